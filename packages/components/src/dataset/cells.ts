/** What a reader sees in a cell: numbers and dates in their language, links only when safe. */
import {
  formatCell,
  formatDate,
  formatNumber,
  isNumberError,
  parseNumber,
  safeUrl,
  type NumberFormat,
} from '@rendir/core';
import { isoDate } from './model.ts';
import type { DatasetColumn } from './types.ts';

export interface CellContext {
  /** `Intl` locale of the widget (`es-CO`, `en`). */
  locale: string;
  /** How the source writes numbers (remote APIs write plain `1234.5`: `en`). */
  numberFormat: NumberFormat | undefined;
  yes: string;
  no: string;
}

export interface ShownCell {
  text: string;
  /** Set only for `http:`, `https:` and `mailto:` links (core `safeUrl`). */
  href?: string;
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

export function showCell(column: DatasetColumn, raw: string, ctx: CellContext): ShownCell {
  switch (column.type) {
    case 'number': {
      const parsed = parseNumber(raw, ctx.numberFormat);
      // A cell that is not a number is shown as written, never guessed.
      return { text: isNumberError(parsed) ? raw : formatCell(parsed, ctx.locale) };
    }
    case 'date': {
      const iso = isoDate(raw);
      return { text: iso ? shownDate(iso, ctx.locale) : raw };
    }
    case 'boolean':
      return { text: raw === 'true' ? ctx.yes : raw === 'false' ? ctx.no : raw };
    case 'url': {
      const href = safeUrl(raw);
      return href ? { text: raw, href } : { text: raw };
    }
    default:
      return { text: raw };
  }
}

/** Counts shown to readers (`100.000` in Spanish). */
export function formatCount(n: number, locale: string): string {
  return formatNumber(String(n), locale);
}
