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

// What only a chart of data draws: the single indicator's chart with its axes and labels,
// a set's summary, and the series told in words.
export { chartStyles, seriesChart } from './series-chart.ts';
export { miniChart, miniChartStyles } from './mini-chart.ts';
export { summariseSeries } from '../platform/chart-kit/summary.ts';
export { bandGeometry, rawPosition, stackSegments } from './shapes.ts';
export { renderPillars, renderSummary } from './summary.ts';
