import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../define/rendir-indicator-tracker.ts';
import {
  bogotaCsv,
  bogotaUrl,
  brokenCsv,
  canadaSdgUrl,
  decreasingUrl,
  longIndicatorsCsv,
  longIndicatorsUrl,
  longValuesCsv,
  longValuesUrl,
  manyIndicatorsCsv,
} from './fixtures.ts';
import { usage } from '../../../../.storybook/usage.ts';

interface Args {
  src: string;
  valuesSrc: string;
  indicator: string;
  group: string;
  status: string;
  sort: string;
  limit: string;
  heading: string;
  source: string;
  note: string;
  embedScript: string;
  lang: string;
  theme: string;
}

/** A URL whose answer never comes, to show the loading state. */
const neverUrl = '/__rendir-story-never__/indicadores.csv';
if (typeof window !== 'undefined' && !(window as { __rendirNever?: boolean }).__rendirNever) {
  (window as { __rendirNever?: boolean }).__rendirNever = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('__rendir-story-never__')
      ? new Promise<Response>(() => {})
      : original(input, init);
}

const render = (a: Partial<Args>, inline?: { csv: string; values?: string }) =>
  html`<div lang=${a.lang || nothing}>
    <rendir-indicator-tracker
      src=${a.src || nothing}
      values-src=${a.valuesSrc || nothing}
      indicator=${a.indicator || nothing}
      group=${a.group || nothing}
      status=${a.status || nothing}
      sort=${a.sort || nothing}
      limit=${a.limit || nothing}
      heading=${a.heading || nothing}
      source=${a.source || nothing}
      note=${a.note || nothing}
      embed-script=${a.embedScript || nothing}
      theme=${a.theme || nothing}
    >
      ${
        inline
          ? html`<script type="text/csv">
              ${inline.csv}
            </script>`
          : nothing
      }
      ${
        inline?.values
          ? html`<script type="text/csv" data-name="values">
              ${inline.values}
            </script>`
          : nothing
      }
    </rendir-indicator-tracker>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Indicator tracker',
  component: 'rendir-indicator-tracker',
  tags: ['autodocs'],
  args: {
    src: bogotaUrl,
    heading: 'Modelo de gobierno abierto de Bogotá',
    source:
      'Índice de Transparencia de Bogotá, Encuesta de Cultura Política, Veeduría Distrital, DANE',
  },
  argTypes: {
    status: {
      control: 'select',
      options: ['', 'achieved', 'on_track', 'at_risk', 'off_track', 'no_data'],
    },
    sort: { control: 'select', options: ['source', 'group', 'status', 'progress', 'name'] },
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'high-contrast'] },
  },
  render: (a) => render(a),
  parameters: {
    docs: {
      description: {
        component:
          'Bogotá’s real open government table (12 measures, 3 pillars). Every other example is made up and says “(ejemplo)” in its names.\n\n' +
          usage(
            'rendir-indicator-tracker',
            'src="/datos/indicadores.csv"',
            '<a href="/datos/indicadores.csv">Indicadores (CSV)</a>',
          ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Bogotá’s real wide table, from `src`. */
export const Bogota: Story = {
  args: { embedScript: 'https://transparencia.ejemplo.gov.co/rendir/rendir-indicator-tracker.js' },
};

/** The same table pasted inline, for CMSs that block downloads. */
export const Inline: Story = { args: { src: '' }, render: (a) => render(a, { csv: bogotaCsv }) };

/** One pillar, from the `group` attribute. */
export const OnePillar: Story = { args: { group: 'Transparencia institucional' } };

/** Only what is off track, most advanced first. */
export const FilteredAndSorted: Story = { args: { status: 'off_track', sort: 'progress' } };

/** One indicator, for a report paragraph. */
export const SingleIndicator: Story = {
  args: { indicator: 'Grupos de interés consultados en rendición de cuentas', heading: '' },
};

/**
 * A real Open SDG series (Canada 1.2.1, as its statistics office publishes it): the headline
 * chart, whose points the arrow keys walk, and the breakdown chooser with its small multiples.
 */
export const OpenSdgSeries: Story = {
  name: 'Open SDG series',
  args: { src: canadaSdgUrl, heading: 'ODS 1.2.1: personas bajo la línea de pobreza (Canadá)' },
};

/** A measure without a latest value (`S/D`). */
export const NoData: Story = { args: { indicator: 'Índice de innovación pública', heading: '' } };

/** Made-up decreasing indicators: one on track, one that went backwards. */
export const Decreasing: Story = {
  args: {
    src: decreasingUrl,
    heading: 'Indicadores de reducción (ejemplo)',
    source: 'Datos de ejemplo',
    note: 'Cifras inventadas para mostrar el componente: no son datos reales.',
  },
};

/** Long form (indicators + values): index 0-10, percent with a tolerance, currency, days. */
export const LongFormAndUnits: Story = {
  args: {
    src: longIndicatorsUrl,
    valuesSrc: longValuesUrl,
    heading: 'Indicadores de ejemplo',
    source: 'Datos de ejemplo',
    note: 'Cifras inventadas para mostrar el componente: no son datos reales.',
  },
};

/** The long form inline: two `<script type="text/csv">` children. */
export const LongFormInline: Story = {
  args: {
    src: '',
    heading: 'Indicadores de ejemplo',
    source: 'Datos de ejemplo',
    note: 'Cifras inventadas para mostrar el componente: no son datos reales.',
  },
  render: (a) => render(a, { csv: longIndicatorsCsv, values: longValuesCsv }),
};

export const English: Story = { args: { lang: 'en', heading: 'Bogotá open government model' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** In a CMS's 720 px content column: the summary and "Ver todos (12)", which opens the rest. */
export const CmsColumn: Story = {
  name: 'CMS column (compact)',
  render: (a) => html`<div style="max-width:720px">${render(a)}</div>`,
};

/** 320 px wide, as on a phone. */
export const Mobile: Story = {
  render: (a) => html`<div style="max-width:320px">${render(a)}</div>`,
};

/** Thirty made-up indicators with long Spanish labels, in four pillars. */
export const ManyWithLongLabels: Story = {
  args: {
    src: '',
    heading: 'Muchos indicadores (ejemplo)',
    source: 'Datos de ejemplo',
    note: 'Cifras inventadas para mostrar el componente: no son datos reales.',
  },
  render: (a) => render(a, { csv: manyIndicatorsCsv(30) }),
};

export const Loading: Story = { args: { src: neverUrl } };

export const Empty: Story = {
  args: { src: '' },
  render: (a) => render(a, { csv: 'Pilar;Medición;2020;2022 (meta)\n' }),
};

/** A cell that is not a number: the error names file, line, column and value. */
export const ContentError: Story = {
  args: { src: '' },
  render: (a) => render(a, { csv: brokenCsv }),
};

export const HttpError: Story = { args: { src: '/no-existe/indicadores.csv' } };
