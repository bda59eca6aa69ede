/**
 * What a reader sees in a cell: numbers and dates in their language, links only when safe.
 * Number cells are read once by the core's parser where the rows are read (the parser
 * worker, or the lazy JSON and portal code: `number-shape.ts`), which hands over each
 * cell's shape; here they are only formatted, so the grid carries no number parser.
 */
import { formatCell, formatDate, formatNumber, safeUrl } from '@rendir/core';
import { isoDate } from './iso-date.ts';
import { MISSING_KINDS, SHAPE_MISSING, SHAPE_RAW, type DatasetColumn } from './types.ts';

export interface CellContext {
  /** `Intl` locale of the widget (`es-CO`, `en`). */
  locale: string;
  yes: string;
  no: string;
}

export interface ShownCell {
  text: string;
  /**
   * Set only for `http:`, `https:` and `mailto:` links (core `safeUrl`); an own property
   * always, so that a polluted `Object.prototype.href` never makes a cell a link.
   */
  href: string | undefined;
}

function shown(text: string, href?: string): ShownCell {
  return { text, href };
}

// The core builds an Intl formatter per date: keep what it wrote for each date shown.
const dates = new Map<string, string>();

function shownDate(iso: string, locale: string): string {
  const key = `${locale}|${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    if (dates.size > 5000) dates.clear();
    text = formatDate(iso, locale);
    dates.set(key, text);
  }
  return text;
}

/** A number cell from its shape: the exact decimal is the cell's digits, never a float. */
function numberText(raw: string, shape: number, locale: string): string {
  if (shape >= SHAPE_RAW) return raw;
  if (shape >= SHAPE_MISSING)
    return formatCell({ missing: MISSING_KINDS[shape - SHAPE_MISSING], raw }, locale);
  const decimals = shape >> 2;
  // The core read this cell as a number: its ASCII digits are the number's, in order.
  const digits = raw.replace(/\D/g, '');
  const cut = digits.length - decimals;
  const value = `${shape & 2 ? '-' : ''}${digits.slice(0, cut) || '0'}${decimals ? `.${digits.slice(cut)}` : ''}`;
  return formatCell({ value, isPercent: (shape & 1) === 1, raw, decimals }, locale);
}

/** A cell as shown; `shape` is a number cell's (`number-shape.ts`), else it is shown as written. */
export function showCell(
  column: DatasetColumn,
  raw: string,
  ctx: CellContext,
  shape = SHAPE_RAW,
): ShownCell {
  switch (column.type) {
    case 'number':
      return shown(numberText(raw, shape, ctx.locale));
    case 'date': {
      const iso = isoDate(raw, column.dateOrder);
      return shown(iso ? shownDate(iso, ctx.locale) : raw);
    }
    case 'boolean':
      return shown(raw === 'true' ? ctx.yes : raw === 'false' ? ctx.no : raw);
    case 'url':
      return shown(raw, safeUrl(raw));
    default:
      return shown(raw);
  }
}

/** Counts shown to readers (`100.000` in Spanish). */
export function formatCount(n: number, locale: string): string {
  return formatNumber(String(n), locale);
}
