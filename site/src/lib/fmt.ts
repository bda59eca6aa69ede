// The site's only bridge to the core's formatters: pages call these, never Intl or
// toFixed directly, so that every figure reads the same on the site and in the widgets.
import {
  formatCell,
  formatCompact,
  formatDate,
  formatMoney,
  formatPercent,
  formatPercentValue,
  EXECUTION_DIGITS,
  formatPeriod,
  INTL_LOCALES,
  sumDecimals,
} from '@rendir/core';
import type { BudgetAmountKey, BudgetLine, CellNumber, Period } from '@rendir/core';
import type { Lang } from './i18n.ts';

// The same figure shows on many pages (an indicator's own page, its embed, its group's
// table, the index, each language): each value is formatted once per language. Cells and
// periods are the model's own objects, read once per build, so they key a WeakMap.
const cellCache = new Map<Lang, WeakMap<CellNumber, string>>();
const periodCache = new Map<Lang, WeakMap<Period, string>>();
const percentCache = new Map<Lang, Map<number, string>>();
const amountCache = new Map<Lang, Map<string, string>>();

/** One language's cache of a kind, made the first time that language is formatted. */
function cacheOf<C>(caches: Map<Lang, C>, lang: Lang, make: () => C): C {
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = make()));
  return cache;
}

/** A cell as published (`69,6`, `18 %`, `S/D`), with the indicator's unit when it has one. */
export function cell(value: CellNumber, lang: Lang, unit?: string): string {
  const cache = cacheOf(cellCache, lang, () => new WeakMap());
  let text = cache.get(value);
  if (text === undefined) {
    text = formatCell(value, INTL_LOCALES[lang]);
    cache.set(value, text);
  }
  return unit && 'value' in value && !value.isPercent && unit !== '%' ? `${text} ${unit}` : text;
}

export function money(value: string | undefined, currency: string, lang: Lang): string {
  if (value === undefined) return '—';
  const key = `${currency} ${value}`;
  const cache = cacheOf(amountCache, lang, () => new Map());
  let text = cache.get(key);
  if (text === undefined) {
    text = formatMoney(value, { locale: INTL_LOCALES[lang], currency });
    cache.set(key, text);
  }
  return text;
}

export function percent(fraction: number | null | undefined, lang: Lang): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  const cache = cacheOf(percentCache, lang, () => new Map());
  let text = cache.get(fraction);
  if (text === undefined) {
    text = formatPercent(fraction, INTL_LOCALES[lang]);
    cache.set(fraction, text);
  }
  return text;
}

export function period(p: Period | null | undefined, lang: Lang): string {
  if (!p) return '—';
  const cache = cacheOf(periodCache, lang, () => new WeakMap());
  let text = cache.get(p);
  if (text === undefined) {
    text = formatPeriod(p, INTL_LOCALES[lang]);
    cache.set(p, text);
  }
  return text;
}

const dates = new Map<string, string>();

/** Dates repeat across thousands of pages: each is formatted once per language. */
export function date(iso: string | undefined, lang: Lang): string {
  if (!iso) return '';
  const key = `${lang}|${iso}`;
  let text = dates.get(key);
  if (text === undefined) {
    text = formatDate(iso, INTL_LOCALES[lang]);
    dates.set(key, text);
  }
  return text;
}

/** Exact sum of one amount over lines; undefined when no line has it. */
export function total(lines: readonly BudgetLine[], key: BudgetAmountKey): string | undefined {
  const values = lines.map((l) => l.amounts[key]).filter((v): v is string => v !== undefined);
  return values.length ? sumDecimals(values) : undefined;
}

/** An execution percentage core computed (`"80.4"` -> `80,4 %`), as the budget viewer prints it. */
export function executionText(value: string | undefined, lang: Lang): string {
  return value === undefined
    ? '—'
    : formatPercentValue(value, INTL_LOCALES[lang], EXECUTION_DIGITS);
}

/** Words beside a full amount (`108.060 millones`), never instead of it. */
export function compact(value: string | undefined, currency: string, lang: Lang): string {
  return value === undefined ? '' : formatCompact(value, INTL_LOCALES[lang], { currency });
}
