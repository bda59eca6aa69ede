/**
 * Plain-language summaries of a chart's data, generated from the same values the chart
 * draws: the text alternative of the image, shown beside the title. Categories' summary is
 * in category-summary.ts: only the dataset's quick chart, a lazy part, needs it.
 */
import type { Locale } from '../i18n.ts';

export interface SummaryPoint {
  /** Category or period, as shown. */
  label: string;
  /** For comparisons only; never shown. */
  value: number;
  /** The value as the widget shows it (formatted by the core). */
  display: string;
}

/**
 * For a series in order (periods): where it started and ended, the direction, the peak,
 * e.g. "De 2016 a 2023 pasó de 60 % a 69,6 % (subió). El máximo fue 70 % en 2020."
 */
export function summariseSeries(points: readonly SummaryPoint[], locale: Locale): string {
  const valid = points.filter((p) => Number.isFinite(p.value));
  if (valid.length === 0) return locale === 'es' ? 'No hay datos.' : 'There is no data.';
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (valid.length === 1) return `${first.label}: ${first.display}.`;
  const peak = valid.reduce((a, b) => (b.value > a.value ? b : a));
  const trend =
    last.value > first.value
      ? locale === 'es'
        ? 'subió'
        : 'up'
      : last.value < first.value
        ? locale === 'es'
          ? 'bajó'
          : 'down'
        : locale === 'es'
          ? 'sin cambio'
          : 'unchanged';
  const peakNote =
    peak !== first && peak !== last
      ? locale === 'es'
        ? ` El máximo fue ${peak.display} en ${peak.label}.`
        : ` The highest was ${peak.display} in ${peak.label}.`
      : '';
  return locale === 'es'
    ? `De ${first.label} a ${last.label} pasó de ${first.display} a ${last.display} (${trend}).${peakNote}`
    : `From ${first.label} to ${last.label} it went from ${first.display} to ${last.display} (${trend}).${peakNote}`;
}
