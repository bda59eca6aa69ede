/**
 * What a reader sees in a cell: core's `cellText` (the rule the site's table without
 * JavaScript follows too), and links only when safe. Number cells are read to their shapes
 * where the rows are read (the parser worker, or the lazy JSON and portal code), so the
 * grid carries no number parser.
 */
import { cellText, formatNumber, safeUrl, SHAPE_RAW, type CellWords } from '@rendir/core';
import type { DatasetColumn } from './types.ts';

export type CellContext = CellWords;

export interface ShownCell {
  text: string;
  /**
   * Set only for `http:`, `https:` and `mailto:` links (core `safeUrl`); an own property
   * always, so that a polluted `Object.prototype.href` never makes a cell a link.
   */
  href: string | undefined;
}

/** A cell as shown; `shape` is a number cell's, else it is shown as written. */
export function showCell(
  column: DatasetColumn,
  raw: string,
  ctx: CellContext,
  shape = SHAPE_RAW,
): ShownCell {
  return {
    text: cellText(column, raw, ctx, shape),
    href: column.type === 'url' ? safeUrl(raw) : undefined,
  };
}

/** Counts shown to readers (`100.000` in Spanish). */
export function formatCount(n: number, locale: string): string {
  return formatNumber(String(n), locale);
}
