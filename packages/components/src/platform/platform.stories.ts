import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { defineElement } from './define.ts';
import {
  RendirDemoChart,
  demoBrokenCsv,
  demoCsv,
  demoLongLabelsCsv,
  demoManyCsv,
} from './fixtures/demo-chart.ts';

defineElement('rendir-demo-chart', RendirDemoChart);

// Story-only network: one URL that never answers (loading) and one that fails (HTTP 503).
const NEVER = '/__rendir-platform-never__/datos.csv';
const FAILING = '/__rendir-platform-503__/datos.csv';
const flag = '__rendirPlatformFetch';
if (typeof window !== 'undefined' && !(window as unknown as Record<string, boolean>)[flag]) {
  (window as unknown as Record<string, boolean>)[flag] = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('__rendir-platform-never__')) return new Promise<Response>(() => {});
    if (url.includes('__rendir-platform-503__')) {
      return Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    }
    return original(input, init);
  };
}

interface Args {
  heading: string;
  theme: string;
  lang: string;
}

const inline = (csv: string, args: Partial<Args> = {}) =>
  html`<rendir-demo-chart
    heading=${args.heading ?? 'Presupuesto por sector'}
    theme=${args.theme || nothing}
    lang=${args.lang || nothing}
  >
    <script type="text/csv">
      ${csv}
    </script>
  </rendir-demo-chart>`;

/**
 * The platform every widget is built on, shown through a small demonstration chart:
 * data loading and its states, the chart frame (summary, table, source, downloads,
 * embed), keyboard navigation, themes and languages.
 */
const meta: Meta<Args> = {
  title: 'Platform/Demo chart',
  component: 'rendir-demo-chart',
  args: { heading: 'Presupuesto por sector', theme: '', lang: '' },
  argTypes: {
    theme: { control: 'select', options: ['', 'light', 'dark', 'high-contrast'] },
    lang: { control: 'select', options: ['', 'es', 'en'] },
  },
  render: (args) => inline(demoCsv, args),
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};

export const Loading: Story = {
  render: (args) =>
    html`<rendir-demo-chart heading=${args.heading} src=${NEVER}></rendir-demo-chart>`,
};

export const Empty: Story = {
  render: (args) => inline('Sector;Valor', args),
};

export const NetworkError: Story = {
  name: 'Error: server',
  render: (args) =>
    html`<rendir-demo-chart heading=${args.heading} src=${FAILING}></rendir-demo-chart>`,
};

export const ContentErrors: Story = {
  name: 'Error: bad cells',
  render: (args) => inline(demoBrokenCsv, args),
};

export const LongSpanishLabels: Story = {
  name: 'Long Spanish labels',
  render: (args) =>
    inline(demoLongLabelsCsv, {
      ...args,
      heading: 'Presupuesto de las entidades del sector social',
    }),
};

export const ManyRows: Story = {
  name: 'Many rows',
  render: (args) => inline(demoManyCsv, args),
};

export const English: Story = {
  args: { lang: 'en', heading: 'Budget by sector' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
};

export const HighContrast: Story = {
  name: 'High contrast',
  args: { theme: 'high-contrast' },
};

export const Mobile: Story = {
  name: 'Mobile (320 px)',
  render: (args) =>
    html`<div style="width: 320px; max-width: 100%">${inline(demoLongLabelsCsv, args)}</div>`,
};

export const HostBranding: Story = {
  name: 'Host branding (custom properties)',
  render: (args) =>
    html`<div
      style="--rendir-color-accent: #6b2c91; --rendir-color-cat-1: #6b2c91; --rendir-font-family: Georgia, serif"
    >
      ${inline(demoCsv, args)}
    </div>`,
};
