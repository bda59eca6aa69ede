/** The chart accessibility kit: frame element, keyboard navigation, summaries, downloads, embed code. */
export { RendirChartFrame } from './chart-frame.ts';
export type { ChartColumn, ChartSource, ChartTable } from './chart-frame.ts';
export { ChartNavigation } from './navigation.ts';
export type { ChartNavigationOptions } from './navigation.ts';
export { summariseSeries } from './summary.ts';
export { summariseCategories } from './category-summary.ts';
export type { SummaryPoint } from './summary.ts';
export { downloadBlob, serialiseSvg, svgToPng, tableCsv } from './download.ts';
export { embedSnippets, escapeAttribute } from './embed.ts';
export type { EmbedOptions } from './embed.ts';
