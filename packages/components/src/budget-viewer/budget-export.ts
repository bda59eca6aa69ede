/**
 * "Download image", loaded on the first click: the open level as an SVG or PNG image in
 * the theme's colours, with the note and the source. Its data, as CSV, is the chart
 * frame's download.
 */
import { toFloat } from '@rendir/core';
import { downloadBlob, svgToPng } from '../platform/chart-kit/download.ts';
import { budgetSvg } from './budget-image.ts';
import { displayName, ofEveryHundred, type BudgetNode } from './budget-model.ts';
import { formatAmount, formatCompactAmount, formatPct } from './format.ts';
import { resolvedColour } from '../platform/theme.ts';
import {
  MAX_BOXES,
  fileName,
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
  /** A theme colour as the element shows it. */
  colour(name: string, fallback: string): string;
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
  const name = fileName(c.d, c.node);
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

/** Downloads the open level as an `svg` or `png` image (its data: the chart frame's CSV). */
export async function download(
  host: ViewerState,
  d: Derived,
  node: BudgetNode,
  format: 'svg' | 'png',
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
    colour: (name, fallback) => resolvedColour(host, name) || fallback,
  };
  await downloadImage(c, format);
}
