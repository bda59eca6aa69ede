// The site's only bridge to the core's formatters: pages call these, never Intl or
// toFixed directly, so that every figure reads the same on the site and in the widgets.
import {
  formatCell,
  formatCompact,
  formatDate,
  formatMoney,
  formatPercent,
  formatPeriod,
  ratio,
  sumDecimals,
} from '@rendir/core';
import type { BudgetAmountKey, BudgetLine, CellNumber, Period } from '@rendir/core';
import type { Lang } from './i18n.ts';

const LOCALE: Record<Lang, string> = { es: 'es-CO', en: 'en' };

/** A cell as published (`69,6`, `18 %`, `S/D`), with the indicator's unit when it has one. */
export function cell(value: CellNumber, lang: Lang, unit?: string): string {
  const text = formatCell(value, LOCALE[lang]);
  return unit && 'value' in value && !value.isPercent && unit !== '%' ? `${text} ${unit}` : text;
}

export function money(value: string | undefined, currency: string, lang: Lang): string {
  return value === undefined ? '—' : formatMoney(value, { locale: LOCALE[lang], currency });
}

export function percent(fraction: number | null | undefined, lang: Lang): string {
  return fraction === null || fraction === undefined || !Number.isFinite(fraction)
    ? '—'
    : formatPercent(fraction, LOCALE[lang]);
}

export function period(p: Period | null | undefined, lang: Lang): string {
  return p ? formatPeriod(p, LOCALE[lang]) : '—';
}

const dates = new Map<string, string>();

/** Dates repeat across thousands of pages: each is formatted once per language. */
export function date(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const key = `${lang}|${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    text = formatDate(iso, LOCALE[lang]);
    dates.set(key, text);
  }
  return text;
}

/** Exact sum of one amount over lines; undefined when no line has it. */
export function total(lines: readonly BudgetLine[], key: BudgetAmountKey): string | undefined {
  const values = lines.map((l) => l.amounts[key]).filter((v): v is string => v !== undefined);
  return values.length ? sumDecimals(values) : undefined;
}

/** part / whole as a fraction, or null when the whole is missing or zero. */
export function share(part: string | undefined, whole: string | undefined): number | null {
  if (part === undefined || whole === undefined || /^-?0*(\.0*)?$/.test(whole)) return null;
  const r = ratio(part, whole);
  return Number.isFinite(r) ? r : null;
}

/** Words beside a full amount (`108.060 millones`), never instead of it. */
export function compact(value: string | undefined, lang: Lang): string {
  return value === undefined ? '' : formatCompact(value, LOCALE[lang], { currency: true });
}
