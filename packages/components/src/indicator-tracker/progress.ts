/**
 * The core's progress arithmetic (`indicatorProgress`, with its exact decimals and
 * explanations), loaded beside the data: while a CSV downloads and
 * is read, or with JSON and property data. The first render of data needs them, the
 * loading state does not, so they stay out of the widget bundle; so do the charts' axes,
 * labels and summaries in words, drawn only with data.
 */
import { indicatorProgress, type Indicator } from '@rendir/core';
import type { TrackedIndicator } from './logic.ts';

/** Each indicator with its progress and its place in the published order. */
export function track(indicators: readonly Indicator[]): TrackedIndicator[] {
  return indicators.map((indicator, order) => ({
    indicator,
    progress: indicatorProgress(indicator),
    order,
  }));
}

/**
 * Whether JSON looks like the core's indicator records (the site generator writes them):
 * a check of shape only, enough that a wrong file shows an error instead of breaking.
 */
export function isIndicatorRecords(value: unknown): value is Indicator[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null;
  const isCell = (v: unknown) =>
    isObject(v) && (typeof v.value === 'string' || typeof v.missing === 'string');
  return (
    Array.isArray(value) &&
    value.every(
      (r) =>
        isObject(r) &&
        typeof r.id === 'string' &&
        typeof r.name === 'string' &&
        ['increase', 'decrease', 'maintain'].includes(r.direction as string) &&
        isObject(r.baseline) &&
        isCell(r.baseline.value) &&
        isObject(r.target) &&
        isCell(r.target.value) &&
        isObject(r.target.period) &&
        Array.isArray(r.values) &&
        r.values.every((v) => isObject(v) && isObject(v.period) && isCell(v.value)),
    )
  );
}

// What only a chart of data draws: the single indicator's chart with its axes and labels,
// a set's summary, and the series told in words.
export { chartStyles, seriesChart } from './series-chart.ts';
export { miniChart, miniChartStyles } from './mini-chart.ts';
export { summariseSeries } from '../platform/chart-kit/summary.ts';
export { bandGeometry, rawPosition, stackSegments } from './shapes.ts';
export { renderPillars, renderSummary } from './summary.ts';
