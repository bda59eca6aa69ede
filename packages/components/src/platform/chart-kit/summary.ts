/**
 * Plain-language summaries of a chart's data, generated from the same values the chart
 * draws: the text alternative of the image, shown beside the title. Categories' summary is
 * in category-summary.ts: only the dataset's quick chart, a lazy part, needs it.
 */
import { defineCatalogue, type Locale } from '../i18n.ts';

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
export const seriesSummaryMessages = defineCatalogue('seriesSummary', {
  noData: 'No hay datos.',
  up: 'subió',
  down: 'bajó',
  unchanged: 'sin cambio',
  peak: (value: string, label: string) => ` El máximo fue ${value} en ${label}.`,
  series: (from: string, to: string, first: string, last: string, trend: string) =>
    `De ${from} a ${to} pasó de ${first} a ${last} (${trend}).`,
});

/**
 * For a series in order (periods): where it started and ended, the direction, the peak,
 * e.g. "De 2016 a 2023 pasó de 60 % a 69,6 % (subió). El máximo fue 70 % en 2020."
 */
export function summariseSeries(points: readonly SummaryPoint[], locale: Locale): string {
  const m = seriesSummaryMessages[locale];
  const valid = points.filter((p) => Number.isFinite(p.value));
  if (valid.length === 0) return m.noData;
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (valid.length === 1) return `${first.label}: ${first.display}.`;
  const peak = valid.reduce((a, b) => (b.value > a.value ? b : a));
  const trend = last.value > first.value ? m.up : last.value < first.value ? m.down : m.unchanged;
  const peakNote = peak !== first && peak !== last ? m.peak(peak.display, peak.label) : '';
  return m.series(first.label, last.label, first.display, last.display, trend) + peakNote;
}
