/**
 * @rendir/core: reads the CSVs public entities publish, exactly, with errors people
 * can act on. Browser-safe: no DOM, no Node built-ins (see `./node.ts` for files).
 */
export type * from './types.ts';

export { readCsv, scanCsv, streamCsv, detectDelimiter, yieldToEventLoop } from './csv.ts';
export type { Delimiter, ReadCsvOptions, StreamCsvOptions } from './csv.ts';
export { decodeBytes, decodeWindows1252, encodeWindows1252 } from './encoding.ts';
export type { Decoded } from './encoding.ts';
export {
  columnLetter,
  contentError,
  formatError,
  rowOfLine,
  sortErrors,
  spreadsheetPlace,
} from './errors.ts';
export type { ErrorInit } from './errors.ts';
export {
  normaliseHeader,
  matchHeaders,
  aliasIndex,
  BUDGET_ALIASES,
  INDICATOR_ALIASES,
  VALUE_ALIASES,
  COMMITMENT_ALIASES,
  MILESTONE_ALIASES,
  DATASET_ALIASES,
} from './headers.ts';
export type { AliasTable, HeaderMatch } from './headers.ts';
export {
  parseNumber,
  parseAmount,
  detectNumberFormat,
  numberEvidence,
  numberReadings,
  missingKind,
  isMissing,
  isExactNumber,
  isNumberError,
} from './numbers.ts';
export type {
  NumberError,
  NumberErrorCode,
  ParsedNumber,
  FormatEvidence,
  NumberFormatDecision,
  NumberReadings,
} from './numbers.ts';
export {
  addDecimals,
  subtractDecimals,
  sumDecimals,
  compareDecimals,
  multiplyDecimal,
  divideDecimals,
  negateDecimal,
  absDecimal,
  roundDecimal,
  shiftDecimal,
  percentOf,
  ratio,
  toFloat,
  isDecimalString,
  normaliseDecimal,
  decimalScale,
} from './decimal.ts';
export {
  parsePeriod,
  parseDate,
  readDate,
  detectDateOrder,
  dateOrderOf,
  comparePeriods,
  daysBetween,
} from './period.ts';
export type {
  DateFormat,
  DateError,
  DateErrorCode,
  DateOrderDecision,
  DayMonthOrder,
} from './period.ts';
export {
  formatMoney,
  formatCompact,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatPeriod,
  formatDate,
  formatCell,
  missingLabel,
  resolveLocale,
  langOf,
} from './format.ts';
export type { MoneyOptions, DecimalFormatOptions } from './format.ts';
export {
  addLanguage,
  DEFAULT_LANG,
  INTL_LOCALES,
  isLang,
  languageOf,
  LANGS,
  LANGUAGES,
} from './languages.ts';
export type { Lang, Language } from './languages.ts';
export {
  addMessages,
  extendMessages,
  hasMessages,
  loadAllMessages,
  loadMessages,
  messageText,
  msg,
  msgList,
  PLACEHOLDER,
} from './message.ts';
export type {
  CoreCatalogue,
  CoreMessageKey,
  MessageList,
  MessageParam,
  MessageRef,
} from './message.ts';
export { toCsv, neutraliseCell } from './csv-download.ts';
export {
  safeUrl,
  notACsv,
  ownField,
  contentRelativePath,
  withoutPrototypes,
  withoutPrototypesSteps,
} from './security.ts';
export {
  DEFAULT_LIMITS,
  LIMIT_KEYS,
  cellTooLong,
  fileTooLarge,
  headerColumns,
  limitsFromSite,
  longCells,
  resolveLimits,
  titleTooLong,
  tooManyColumns,
} from './limits.ts';
export type { Limits } from './limits.ts';
export { MESSAGE_VALUE_CHARS, boundedValue, printable } from './quote.ts';
export { foldText } from './text.ts';
export { indicatorProgress, STATUS_THRESHOLDS, STATUS_LABELS } from './progress.ts';
export { INDICATOR_STATUSES, isIndicatorStatus } from './indicator-status.ts';
export { slugify, uniqueSlugs } from './slug.ts';
export {
  EXECUTION_BASE_KEYS,
  EXECUTION_BASE_WORDS,
  EXECUTION_DIGITS,
  EXECUTION_KEYS,
  executionBase,
  executionBaseKey,
  executionPercent,
  isExecutionKey,
} from './execution.ts';
export type { ExecutionBaseKey, ExecutionKey } from './execution.ts';
export type { ProgressOptions } from './progress.ts';
export {
  readBudget,
  isCurrencyCode,
  BUDGET_AMOUNT_KEYS,
  BUDGET_CONSTANT_KEYS,
  isAccountingZero,
} from './schemas/budget.ts';
export {
  structureBudget,
  totalWord,
  lineName,
  budgetYears,
  sumBudgetLines,
} from './schemas/budget-hierarchy.ts';
export { budgetDocument, BUDGET_DOCUMENT_FORMAT } from './schemas/budget-document.ts';
export type { BudgetDocument, BudgetDocumentLine } from './schemas/budget-document.ts';
export { closestName, didYouMean } from './suggest.ts';
export { readSidecarObject, budgetSidecarOptions } from './sidecar.ts';
export type { Sidecar } from './sidecar.ts';
export type { BudgetOptions } from './schemas/budget.ts';
export {
  readIndicators,
  readIndicatorsWide,
  readIndicatorsLong,
  parsePeriodHeader,
} from './schemas/indicators.ts';
export type { IndicatorOptions } from './schemas/indicators.ts';
export { readCommitments, readMilestones } from './schemas/commitments.ts';
export {
  COMPLETION_LABELS,
  COMPLETION_LEVELS,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  milestoneProgress,
  milestoneProgressText,
  milestoneStatus,
  sortMilestones,
  summariseMilestones,
  type Completion,
  type MilestoneStatus,
  type MilestoneSummary,
  type MilestoneView,
} from './milestones.ts';
export { readDatasets } from './schemas/datasets.ts';
export type { CsvInput, SchemaOptions } from './schemas/common.ts';
export {
  DEFAULT_MISSING_MARKERS,
  MISSING_MEANINGS,
  missingMarkers,
  missingMeaning,
} from './missing.ts';
export type { MissingMarkers, MissingMeaning } from './missing.ts';
export { readPlan, isPlanIndicativo, PLAN_KEYS } from './schemas/plan.ts';
export type {
  NotEvaluable,
  PlanDirection,
  PlanGoal,
  PlanMoneyKey,
  PlanOptions,
  PlanReadResult,
  PlanTotalCheck,
  PlanValue,
  PlanYear,
  Quarter,
} from './schemas/plan.ts';
export {
  isSdgSeries,
  readSdgSeries,
  sdgSelection,
  SDG_ATTRIBUTE_COLUMNS,
  SDG_SERIES_COLUMNS,
} from './schemas/sdg-series.ts';
export type { SdgDimension, SdgObservation, SdgSeriesResult } from './schemas/sdg-series.ts';
export { planYearProgress, PLAN_FLAG_LABELS, PLAN_STATUS_LABELS } from './plan-progress.ts';
export type { PlanYearFlag, PlanYearProgress, PlanYearStatus } from './plan-progress.ts';
export { planByEje } from './plan-groups.ts';
export { sumPlanMoney } from './schemas/plan.ts';
export type { PlanEjeGroup, PlanProgramGroup } from './plan-groups.ts';
