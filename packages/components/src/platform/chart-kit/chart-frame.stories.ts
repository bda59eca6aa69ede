import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import { defineElement } from '../define.ts';
import { RendirChartFrame, type ChartTable } from './chart-frame.ts';
import { summariseCategories } from './category-summary.ts';

defineElement('rendir-chart-frame', RendirChartFrame);

const points = [
  { label: 'Educación', value: 3400, display: '$ 3.400 millones' },
  { label: 'Movilidad', value: 2100, display: '$ 2.100 millones' },
  { label: 'Salud', value: 1200.5, display: '$ 1.200,5 millones' },
  { label: 'Cultura', value: 10, display: '$ 10 millones' },
];

const table: ChartTable = {
  columns: [{ label: 'Sector' }, { label: 'Valor', align: 'end' }],
  rows: points.map((p) => [p.label, p.display]),
  raw: [
    ['Educación', '3400000000'],
    ['Movilidad', '2100000000'],
    ['Salud', '1200500000'],
    ['Cultura', '10000000'],
  ],
};

// A decorative chart: the frame's role=img and summary carry its meaning.
const chart = svg`<svg slot="chart" viewBox="0 0 600 150" aria-hidden="true" style="width:100%;height:auto">
  ${points.map(
    (p, i) => svg`<text x="0" y=${i * 36 + 22} font-size="14" fill="currentColor">${p.label}</text>
      <rect x="140" y=${i * 36 + 6} height="24" width=${Math.max(2, (p.value / 3400) * 440)} fill="#0072b2"></rect>`,
  )}
</svg>`;

interface Args {
  chartTitle: string;
  notes: string;
  tableOpen: boolean;
  noImage: boolean;
  withEmbed: boolean;
}

/**
 * The frame every Rendir chart sits in: a visible plain-language summary, the graphic as
 * an image named by it, the same data as a real table, and a footer with source, notes,
 * downloads (CSV with formulas neutralised, SVG, PNG) and embed code.
 */
const meta: Meta<Args> = {
  title: 'Platform/Chart frame',
  component: 'rendir-chart-frame',
  tags: ['autodocs'],
  args: {
    chartTitle: 'Presupuesto por sector, 2025',
    notes: 'Cifras en pesos corrientes.',
    tableOpen: false,
    noImage: false,
    withEmbed: true,
  },
  render: (args) =>
    html`<rendir-chart-frame
      chart-title=${args.chartTitle}
      notes=${args.notes}
      ?table-open=${args.tableOpen}
      ?no-image=${args.noImage}
      .summary=${summariseCategories(points, 'es')}
      .table=${table}
      .source=${{ label: 'Secretaría de Hacienda (datos de ejemplo)', url: 'https://www.datos.gov.co/' }}
      .embed=${
        args.withEmbed
          ? {
              tag: 'rendir-budget-viewer',
              attributes: {
                src: 'https://transparencia.ejemplo.gov.co/datos/presupuesto.csv',
                lang: 'es',
              },
              scriptUrl: 'https://transparencia.ejemplo.gov.co/rendir/rendir-budget-viewer.js',
              iframeUrl:
                'https://transparencia.ejemplo.gov.co/insertar/presupuesto-presupuesto-2025/',
              hostScriptUrl: 'https://transparencia.ejemplo.gov.co/rendir/embed-host.js',
              title: 'Presupuesto por sector, 2025',
            }
          : null
      }
      filename="presupuesto-2025"
    >
      ${chart}
    </rendir-chart-frame>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const TableOpen: Story = { name: 'Table open', args: { tableOpen: true } };

export const Minimal: Story = {
  name: 'Without embed and image downloads',
  args: { withEmbed: false, noImage: true, notes: '' },
};
