import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../define/rendir-budget-viewer.ts';
import {
  BUDGET_LEVELS,
  FIXTURE_DEFLATOR,
  FIXTURE_NOTICE,
  FIXTURE_POPULATION,
  badAmountCsv,
  budgetCsv,
  emptyCsv,
  longLabelsCsv,
  manyLinesCsv,
  missingLevelCsv,
  singleAmountCsv,
} from './fixtures.ts';
import { usage } from '../../../../.storybook/usage.ts';

interface Args {
  csv: string;
  src: string;
  levels: string;
  /** Empty: the toolbar's language (inherited from the story wrapper). */
  lang: '' | 'es' | 'en';
  theme: '' | 'light' | 'dark' | 'high-contrast';
  view: 'auto' | 'treemap' | 'bars' | 'icicle';
  population: string;
  deflator: string;
  heading: string;
  tableOpen: boolean;
  width: string;
  path: string[];
}

/** A URL whose answer never comes, to show the loading state. */
const neverUrl = '/__rendir-story-never__/presupuesto.csv';
if (typeof window !== 'undefined' && !(window as { __rendirNever?: boolean }).__rendirNever) {
  (window as { __rendirNever?: boolean }).__rendirNever = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('__rendir-story-never__')
      ? new Promise<Response>(() => {})
      : original(input, init);
}

/** Inline CSV as a CMS author pastes it: a `<script type="text/csv">` child. */
function csvScript(csv: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  return script;
}

const render = (a: Args) => {
  const notice = a.lang === 'en' ? FIXTURE_NOTICE.en : FIXTURE_NOTICE.es;
  return html`<div lang=${a.lang || nothing} style=${a.width ? `max-width: ${a.width}` : ''}>
    <rendir-budget-viewer
      src=${a.src || nothing}
      levels=${a.levels || nothing}
      theme=${a.theme || nothing}
      view=${a.view}
      population=${a.population || nothing}
      deflator=${a.deflator || nothing}
      heading=${a.heading || nothing}
      note=${notice}
      ?table-open=${a.tableOpen}
      .path=${a.path}
      >${a.src ? nothing : csvScript(a.csv)}</rendir-budget-viewer
    >
  </div>`;
};

const meta: Meta<Args> = {
  title: 'Widgets/Budget viewer',
  component: 'rendir-budget-viewer',
  tags: ['autodocs'],
  render,
  args: {
    csv: budgetCsv,
    src: '',
    levels: BUDGET_LEVELS,
    lang: '',
    theme: '',
    view: 'auto',
    population: FIXTURE_POPULATION,
    deflator: FIXTURE_DEFLATOR,
    heading: 'Presupuesto ciudadano (ejemplo)',
    tableOpen: false,
    width: '',
    path: [],
  },
  argTypes: {
    csv: { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'high-contrast'] },
    view: { control: 'inline-radio', options: ['auto', 'treemap', 'bars', 'icicle'] },
  },
  parameters: {
    docs: {
      description: {
        component: `Citizen budget viewer. ${FIXTURE_NOTICE.en}\n\n${usage('rendir-budget-viewer', 'src="/datos/presupuesto.csv" levels="Sector,Entidad,Programa"', '<a href="/datos/presupuesto.csv">Presupuesto (CSV)</a>')}`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The whole budget: boxes, execution, per-capita figures, "of every 100 pesos", the calculator. */
export const Default: Story = {};

/** Opened at a sector, with the data table shown. */
export const Drilled: Story = { args: { path: ['Salud'], tableOpen: true } };

/** The deepest level: plain-language names with the official ones beside them. */
export const DeepestLevel: Story = {
  args: { path: ['Educación', 'Secretaría de Educación'], tableOpen: true },
};

export const English: Story = { args: { lang: 'en', heading: 'Citizen budget (example)' } };

/** A single amount per line, `level_1 … level_n` columns, English number format. */
export const SingleAmount: Story = {
  args: { csv: singleAmountCsv, levels: '', population: '', deflator: '', tableOpen: true },
};

export const LongSpanishLabels: Story = {
  args: { csv: longLabelsCsv, population: '', deflator: '', tableOpen: true },
};

/** 2,000 lines; the benchmark uses 10,000 (`node bench/budget-viewer.bench.ts`). */
export const ManyRows: Story = {
  args: { csv: manyLinesCsv(2000), population: '', deflator: '', tableOpen: true },
};

/** The ranked bar list the viewer uses by itself below 36rem. */
export const Mobile320: Story = { args: { width: '320px' } };

export const Bars: Story = { args: { view: 'bars' } };

/** Two levels at once (an icicle): sectors above their entities. */
export const TwoLevels: Story = { args: { view: 'icicle' } };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const HighContrast: Story = { args: { theme: 'high-contrast' } };

export const Loading: Story = { args: { src: neverUrl } };

export const Empty: Story = { args: { csv: emptyCsv } };

/** Line 3, column 5 holds words where an amount must be. */
export const ErrorNonNumericAmount: Story = { args: { csv: badAmountCsv } };

/** Line 2, column 3 (Entidad) is empty. */
export const ErrorMissingLevel: Story = { args: { csv: missingLevelCsv } };
