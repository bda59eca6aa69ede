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

export function date(iso: string | undefined, lang: Lang): string {
  return iso ? formatDate(iso, LOCALE[lang]) : '';
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
