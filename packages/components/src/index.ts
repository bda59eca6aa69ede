/**
 * @rendir/components: the element classes (no side effects) and the platform they share.
 * Register tags with `@rendir/components/define/<tag>` or the bundles.
 */
export { RendirElement, closestAttribute } from './platform/rendir-element.ts';
export type { RendirEventName, RendirEventDetail } from './platform/rendir-element.ts';
export { defineElement } from './platform/define.ts';
export {
  defineCatalogue,
  defaultLocale,
  intlLocale,
  addTranslation,
  loadLanguage,
  locales,
  missingKeys,
  platformMessages,
  toLocale,
} from './platform/i18n.ts';
export type {
  Catalogue,
  Locale,
  Message,
  Messages,
  MessagesOf,
  Translation,
  PlatformMessages,
} from './platform/i18n.ts';
export {
  categoricalColour,
  contrastRatio,
  palettes,
  publicProperties,
  relativeLuminance,
  themeStyles,
  tokens,
} from './platform/theme.ts';
export type { Palette, ThemeName } from './platform/theme.ts';
export { LoadError, recordsOrThrow, toLoadError } from './platform/errors.ts';
export type { LoadErrorKind } from './platform/errors.ts';
export {
  errorSummary,
  renderEmpty,
  renderError,
  renderLoading,
  stateStyles,
} from './platform/states.ts';
export {
  DataController,
  dedent,
  detectFormat,
  parseRetryAfter,
} from './platform/data-controller.ts';
export type {
  DataControllerOptions,
  DataStatus,
  LoadContext,
  RawData,
} from './platform/data-controller.ts';
export {
  ChartNavigation,
  RendirChartFrame,
  downloadBlob,
  embedSnippets,
  escapeAttribute,
  serialiseSvg,
  summariseCategories,
  summariseSeries,
  svgToPng,
  tableCsv,
} from './platform/chart-kit/index.ts';
export type {
  ChartColumn,
  ChartNavigationOptions,
  ChartSource,
  ChartTable,
  EmbedOptions,
  SummaryPoint,
} from './platform/chart-kit/index.ts';

// The widgets' classes, free of side effects: register them with `defineElement`, or import
// `@rendir/components/define/<tag>` to register a tag.
export { RendirBudgetViewer } from './budget-viewer/budget-viewer.ts';
export { RendirIndicatorTracker } from './indicator-tracker/indicator-tracker.ts';
export { RendirCommitmentCard } from './commitment-card/commitment-card.ts';
export { RendirCommitmentList } from './commitment-card/commitment-list.ts';
export { RendirDataset } from './dataset/dataset.ts';
