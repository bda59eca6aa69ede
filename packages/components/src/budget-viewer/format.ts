/**
 * The budget viewer's display formats, all delegated to the core's formatters (one
 * concept, one place): full amounts to the cent as published, compact words beside them,
 * percentages and head counts.
 */
import { formatCompact, formatMoney, formatNumber, formatPercentValue } from '@rendir/core';

/**
 * `$ 530.111.333.555.778,44`, `$ 108.060.000.000`: the exact amount, with cents when it has
 * them, as the generated page writes it (`cents: true` always writes them, `false` rounds to
 * the peso).
 */
export function formatAmount(
  value: string,
  locale: string,
  currency: string,
  cents?: boolean,
): string {
  return formatMoney(value, { locale, currency, cents });
}

/** `530,1 billones`: compact words, shown beside the full amount, never instead. */
export function formatCompactAmount(value: string, locale: string): string {
  return formatCompact(value, locale);
}

/** `83,3 %` from the decimal string `83.3` (already in percent units). */
export function formatPct(value: string, locale: string, decimals: number): string {
  return formatPercentValue(value, locale, decimals);
}

/** `7.900.000` inhabitants. */
export function formatPeople(value: string, locale: string): string {
  return formatNumber(value, locale, { maximumFractionDigits: 0 });
}
