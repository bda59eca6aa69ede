/**
 * "Download data" and "download image", loaded on the first click: the open level as CSV
 * (exact plain decimals, formulas neutralised by the core's `toCsv`) and as an SVG or
 * PNG image in the theme's colours, with the note and the source.
 */
import { toFloat, type ExecutionKey } from '@rendir/core';
import { downloadBlob, svgToPng, tableCsv } from '../platform/chart-kit/download.ts';
import { budgetSvg } from './budget-image.ts';
import {
  displayName,
  execution,
  ofEveryHundred,
  perCapita,
  type BudgetNode,
} from './budget-model.ts';
import { formatAmount, formatCompactAmount, formatPct } from './format.ts';
import { resolvedColour } from '../platform/theme.ts';
import {
  MAX_BOXES,
  placeName,
  type Derived,
  type PartContext,
  type ViewerState,
} from './view-context.ts';

export interface ExportContext extends PartContext {
  d: Derived;
  node: BudgetNode;
  title: string;
  /** "Salud" or "All the budget". */
  place: string;
  note?: string;
  source?: string;
  population?: string;
  threshold: string;
  /** The amount execution measures (the `execution` attribute). */
  executionKey: ExecutionKey;
  /** A theme colour as the element shows it. */
  colour(name: string, fallback: string): string;
}

function fileName(c: ExportContext): string {
  return ['presupuesto', c.d.year, ...c.node.path]
    .join('-')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase();
}

/** The open level as an image, in the theme's colours, with the note and the source. */
export async function downloadImage(c: ExportContext, format: 'svg' | 'png'): Promise<void> {
  const { d, node, m, intl } = c;
  const { svg, width, height } = budgetSvg({
    title: c.title,
    subtitle: `${c.place} · ${m[`key_${d.measure}`]} ${d.year}: ${formatAmount(node.size, intl, c.currency)}`,
    note: c.note,
    source: c.source ? `${c.t.source}: ${c.source}` : undefined,
    items: node.children.slice(0, MAX_BOXES).map((child, i) => {
      const share = ofEveryHundred(child.size, node.size);
      return {
        name: displayName(child),
        detail: [
          formatCompactAmount(child.size, intl),
          share !== undefined ? formatPct(share, intl, 2) : '',
        ]
          .filter(Boolean)
          .join(' · '),
        size: toFloat(child.size),
        colour: c.colour(`cat-${(i % 6) + 1}`, '#0072b2'),
      };
    }),
    colours: {
      surface: c.colour('surface', '#ffffff'),
      text: c.colour('text', '#1a1c21'),
      muted: c.colour('muted', '#4b5260'),
    },
  });
  const name = fileName(c);
  const svgBlob = () => new Blob([svg], { type: 'image/svg+xml' });
  try {
    downloadBlob(
      format === 'svg' ? svgBlob() : await svgToPng(svg, width, height, 2),
      `${name}.${format}`,
    );
  } catch {
    // A browser that cannot draw the SVG (or a CSP that blocks blob: images) gets the SVG.
    downloadBlob(svgBlob(), `${name}.svg`);
  }
}

/** The open level as CSV: exact amounts as plain decimals, formulas neutralised (core `toCsv`). */
export function downloadCsv(c: ExportContext): void {
  const { d, node, m, population } = c;
  const rows = node.children.length ? node.children : [node];
  const header = [
    m.name,
    m.citizenName,
    ...d.keys.map((k) => m[`key_${k}`]),
    `${m.execution} (%)`,
    `${m.executionPaid} (%)`,
    m.everyHundred,
    ...(population ? [m.perCapita] : []),
  ];
  const body = rows.map((n) => {
    const exec = execution(n, c.threshold, c.executionKey);
    return [
      n.name,
      n.citizenLabel ?? '',
      ...d.keys.map((k) => n.totals[k] ?? ''),
      exec.executedPct ?? '',
      exec.paidPct ?? '',
      ofEveryHundred(n.size, node.size) ?? '',
      ...(population ? [perCapita(n.size, population) ?? ''] : []),
    ];
  });
  downloadBlob(
    new Blob([tableCsv(header, body)], { type: 'text/csv;charset=utf-8' }),
    `${fileName(c)}.csv`,
  );
}

/** Downloads the open level as the viewer shows it: `csv`, or an `svg` or `png` image. */
export async function download(
  host: ViewerState,
  d: Derived,
  node: BudgetNode,
  format: 'csv' | 'svg' | 'png',
): Promise<void> {
  const ctx = host.ctx;
  const c: ExportContext = {
    ...ctx,
    d,
    node,
    title: host.heading || ctx.m.title,
    place: placeName(node, ctx.m),
    note: host.note,
    source: host.source,
    population: host.budget.populationValue() ?? undefined,
    threshold: host.budget.threshold(),
    executionKey: host.budget.executionKey(),
    colour: (name, fallback) => resolvedColour(host, name) || fallback,
  };
  if (format === 'csv') downloadCsv(c);
  else await downloadImage(c, format);
}
