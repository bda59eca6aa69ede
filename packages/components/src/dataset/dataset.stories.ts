import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../define/rendir-dataset.ts';
import { DEMO_NOTE, fixtures, manyRowsUrl, pidaMetadata } from './fixtures/index.ts';
import { fakeAnswer } from './test-support/fake-open-data.mjs';
import { usage } from '../../../../.storybook/usage.ts';

// Story-only network: one URL that never answers (loading) and one that fails (HTTP 503).
const NEVER = '/__rendir-dataset-never__/datos.csv';
const FAILING = '/__rendir-dataset-503__/resource/abcd-1234.json';
const flag = '__rendirDatasetFetch';
if (typeof window !== 'undefined' && !(window as unknown as Record<string, boolean>)[flag]) {
  (window as unknown as Record<string, boolean>)[flag] = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('__rendir-dataset-never__')) return new Promise<Response>(() => {});
    if (url.includes('__rendir-dataset-503__')) {
      return Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    }
    // The same fake Socrata and CKAN the tests use, answered in the page.
    if (url.includes('/fake/socrata/') || url.includes('/fake/ckan/')) {
      return fakeAnswer(new URL(url, location.href)).then((answer) => {
        if (!answer) return original(input, init);
        if ('drop' in answer) throw new TypeError('Failed to fetch');
        return new Response(answer.body, { status: answer.status, headers: answer.headers });
      });
    }
    return original(input, init);
  };
}

interface Args {
  src: string;
  api: '' | 'csv' | 'json' | 'socrata' | 'ckan';
  resourceId: string;
  pageSize: string;
  heading: string;
  description: string;
  publisher: string;
  license: string;
  modified: string;
  periodicity: string;
  keywords: string;
  numberFormat: '' | 'es' | 'en';
  chartColumn: string;
  /** Empty: the toolbar's language. */
  lang: '' | 'es' | 'en';
  theme: '' | 'light' | 'dark' | 'high-contrast';
  width: string;
}

const render = (a: Args) =>
  html`<div lang=${a.lang || nothing} style=${a.width ? `max-width: ${a.width}` : ''}>
    <rendir-dataset
      src=${a.src || nothing}
      api=${a.api || nothing}
      resource-id=${a.resourceId || nothing}
      page-size=${a.pageSize || nothing}
      heading=${a.heading || nothing}
      description=${a.description || nothing}
      publisher=${a.publisher || nothing}
      license=${a.license || nothing}
      modified=${a.modified || nothing}
      periodicity=${a.periodicity || nothing}
      keywords=${a.keywords || nothing}
      number-format=${a.numberFormat || nothing}
      chart-column=${a.chartColumn || nothing}
      theme=${a.theme || nothing}
    ></rendir-dataset>
    <p><small>${a.lang === 'en' ? DEMO_NOTE.en : DEMO_NOTE.es}</small></p>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Dataset',
  component: 'rendir-dataset',
  tags: ['autodocs'],
  render,
  args: {
    src: fixtures.contratos,
    api: '',
    resourceId: '',
    pageSize: '',
    heading: 'Contratos 2025 (ejemplo)',
    description: 'Contratos firmados por las entidades del distrito.',
    publisher: 'Secretaría de Transparencia (ejemplo)',
    license: 'CC BY 4.0',
    modified: new Date().toISOString().slice(0, 10),
    periodicity: 'mensual',
    keywords: 'contratos, SECOP',
    numberFormat: '',
    chartColumn: '',
    lang: '',
    theme: '',
    width: '',
  },
  argTypes: {
    api: { control: 'select', options: ['', 'csv', 'json', 'socrata', 'ckan'] },
    numberFormat: { control: 'select', options: ['', 'es', 'en'] },
    lang: { control: 'select', options: ['', 'es', 'en'] },
    theme: { control: 'select', options: ['', 'light', 'dark', 'high-contrast'] },
  },
  parameters: {
    docs: {
      description: {
        component: usage(
          'rendir-dataset',
          'src="/datos/contratos.csv"',
          '<a href="/datos/contratos.csv">Contratos (CSV)</a>',
        ),
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** A CSV as entities publish it: `;`, comma decimals, `%`, S/D and N/A, a formula cell. */
export const Default: Story = {};

/** The real PIDA catalog, overdue for its yearly update. */
export const StaleCatalog: Story = {
  args: { src: fixtures.pida, ...pidaMetadata, chartColumn: 'theme' },
};

const portal = {
  heading: '',
  description: '',
  publisher: '',
  license: '',
  modified: '',
  periodicity: '',
  keywords: '',
};

/** Socrata (a fake portal in the page): paging, filters, search and sorting by the portal. */
export const Socrata: Story = {
  args: { ...portal, src: '/fake/socrata/ok/resource/abcd-1234.json', pageSize: '25' },
};

/** CKAN DataStore (a fake portal in the page). */
export const Ckan: Story = {
  args: {
    ...portal,
    api: 'ckan',
    src: '/fake/ckan/ok',
    resourceId: 'res-contratos',
    heading: 'Contratos (CKAN, ejemplo)',
  },
};

/** A portal asking to wait two minutes (HTTP 429 with Retry-After). */
export const RateLimited: Story = {
  args: {
    ...portal,
    src: '/fake/socrata/rate-long/resource/abcd-1234.json',
    heading: 'Portal saturado',
  },
};

export const Loading: Story = { args: { src: NEVER } };

export const Empty: Story = { args: { src: fixtures.vacio, heading: 'Sin filas' } };

/** A portal that fails: an alert and a retry. */
export const NetworkError: Story = { args: { src: FAILING, heading: 'Portal caído' } };

/** Bad data names file, line, column and value. */
export const AmbiguousNumbers: Story = { args: { src: fixtures.ambiguo, heading: 'Habitantes' } };

export const RaggedRow: Story = {
  args: { src: fixtures.ragged, heading: 'Fila con un campo de más' },
};

export const LongSpanishLabels: Story = {
  args: {
    src: fixtures.etiquetasLargas,
    heading:
      'Contratos de prestación de servicios profesionales y de apoyo a la gestión de las entidades del sector central',
  },
};

/** 100,000 rows, streamed: the first rows show while the rest is read. */
export const ManyRows: Story = {
  render: (a) =>
    render({ ...a, src: manyRowsUrl(100_000), heading: '100.000 filas (datos inventados)' }),
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const HighContrast: Story = { args: { theme: 'high-contrast' } };

/** Reflow at 320 px: the grid scrolls sideways, nothing else does. */
export const Mobile: Story = {
  args: { width: '320px', src: fixtures.etiquetasLargas },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
};
