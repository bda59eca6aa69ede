/**
 * The plain-language summary of a chart of categories (see summary.ts), a file of its own
 * so that a bundle whose first render draws only series (the indicator tracker) does not
 * carry it.
 */
import { INTL_LOCALES } from '@rendir/core';
import { defineCatalogue, type Locale } from '../i18n.ts';
import type { SummaryPoint } from './summary.ts';

export const categorySummaryMessages = defineCatalogue('categorySummary', {
  noData: 'No hay datos.',
  count: (n: number) => (n === 1 ? '1 categoría.' : `${n} categorías.`),
  extremes: (max: string, maxValue: string, min: string, minValue: string) =>
    ` La mayor es ${max} (${maxValue}); la menor, ${min} (${minValue}).`,
  topThree: (list: string) => ` Las tres mayores son ${list}.`,
});

/**
 * For categories (bars, treemap cells): how many, the largest and smallest, e.g.
 * "12 categorías. La mayor es Salud (1.200 millones); la menor, Cultura (10 millones)."
 */
export function summariseCategories(points: readonly SummaryPoint[], locale: Locale): string {
  const m = categorySummaryMessages[locale];
  const valid = points.filter((p) => Number.isFinite(p.value));
  if (valid.length === 0) return m.noData;
  const sorted = [...valid].sort((a, b) => b.value - a.value);
  const max = sorted[0];
  const min = sorted[sorted.length - 1];
  const n = valid.length;
  if (n === 1) return `${m.count(1)} ${max.label}: ${max.display}.`;
  const top = sorted.slice(0, 3).map((p) => p.label);
  const list = new Intl.ListFormat(INTL_LOCALES[locale], { type: 'conjunction' }).format(top);
  return (
    m.count(n) +
    m.extremes(max.label, max.display, min.label, min.display) +
    (n > 3 ? m.topThree(list) : '')
  );
}
