/**
 * The plain-language summary of a chart of categories (see summary.ts), a file of its own
 * so that a bundle whose first render draws only series (the indicator tracker) does not
 * carry it.
 */
import type { Locale } from '../i18n.ts';
import type { SummaryPoint } from './summary.ts';

function list(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale === 'es' ? 'es' : 'en', { type: 'conjunction' }).format(items);
}

/**
 * For categories (bars, treemap cells): how many, the largest and smallest, e.g.
 * "12 categorías. La mayor es Salud (1.200 millones); la menor, Cultura (10 millones)."
 */
export function summariseCategories(points: readonly SummaryPoint[], locale: Locale): string {
  const valid = points.filter((p) => Number.isFinite(p.value));
  if (valid.length === 0) return locale === 'es' ? 'No hay datos.' : 'There is no data.';
  const sorted = [...valid].sort((a, b) => b.value - a.value);
  const max = sorted[0];
  const min = sorted[sorted.length - 1];
  const n = valid.length;
  if (locale === 'es') {
    const head = n === 1 ? '1 categoría.' : `${n} categorías.`;
    if (n === 1) return `${head} ${max.label}: ${max.display}.`;
    const top = sorted.slice(0, 3).map((p) => p.label);
    return `${head} La mayor es ${max.label} (${max.display}); la menor, ${min.label} (${min.display}).${
      n > 3 ? ` Las tres mayores son ${list(top, locale)}.` : ''
    }`;
  }
  const head = n === 1 ? '1 category.' : `${n} categories.`;
  if (n === 1) return `${head} ${max.label}: ${max.display}.`;
  const top = sorted.slice(0, 3).map((p) => p.label);
  return `${head} The largest is ${max.label} (${max.display}); the smallest, ${min.label} (${min.display}).${
    n > 3 ? ` The three largest are ${list(top, locale)}.` : ''
  }`;
}
