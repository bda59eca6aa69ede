/**
 * @rendir/core: reads the CSVs public entities publish, exactly, with errors people
 * can act on. Browser-safe: no DOM, no Node built-ins (see `./node.ts` for files).
 */
export type * from './types.ts';

export { readCsv, scanCsv, streamCsv, detectDelimiter } from './csv.ts';
export { yieldToEventLoop } from './yield.ts';
export type { Delimiter, ReadCsvOptions, StreamCsvOptions } from './csv.ts';
export { decodeBytes, decodeWindows1252, encodeWindows1252 } from './encoding.ts';
export type { Decoded } from './encoding.ts';
export { contentError, rowOfLine, sortErrors } from './errors.ts';
export {
  columnLetter,
  fileLabel,
  formatError,
  isSpreadsheetFile,
  readerPlace,
  spreadsheetPlace,
} from './error-text.ts';
export { sourceName } from './source-name.ts';
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
export { parsePeriod, parseDate, readDate, dateOrderOf, daysBetween } from './period.ts';
export type { DateFormat, DateError, DateErrorCode, DayMonthOrder } from './period.ts';
export { detectDateOrder } from './date-order.ts';
export { comparePeriods } from './period-order.ts';
export type { DateOrderDecision } from './date-order.ts';
export {
  formatMoney,
  formatCompact,
  formatNumber,
  formatPercent,
  formatPercentValue,
  formatPeriod,
  formatDate,
  formatCell,
  resolveLocale,
  langOf,
} from './format.ts';
export type { MoneyOptions, DecimalFormatOptions } from './format.ts';
export {
  cellText,
  isoDateCell,
  SHAPE_MISSING,
  SHAPE_MISSING_KINDS,
  SHAPE_RAW,
} from './cell-text.ts';
export type { CellWords, ColumnReading, ColumnType } from './cell-text.ts';
export {
  COLUMN_SAMPLE_ROWS,
  isMissingCell,
  numberShape,
  readCellText,
  readColumns,
  readNumberCell,
  shapeOf,
} from './column-reading.ts';
export type { ColumnOptions, ColumnsRead } from './column-reading.ts';
export {
  addLanguage,
  addedCatalogue,
  DEFAULT_LANG,
  INTL_LOCALES,
  isLang,
  languageOf,
  languageOfLocale,
  LANGS,
  LANGUAGES,
} from './languages.ts';
export type { Lang, Language, NumberWords } from './languages.ts';
export {
  addMessages,
  extendMessages,
  hasCatalogue,
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
  fileTooLarge,
  headerColumns,
  limitsFromSite,
  resolveLimits,
  titleTooLong,
} from './limits.ts';
export { cellTooLong, longCells, tooManyColumns } from './table-limits.ts';
export type { Limits } from './limits.ts';
export { MESSAGE_VALUE_CHARS, boundedValue, printable } from './quote.ts';
export { foldText, keepTogether, splitYearRanges } from './text.ts';
export { indicatorProgress, STATUS_THRESHOLDS } from './progress.ts';
export { INDICATOR_STATUSES, indicatorStatusWord, isIndicatorStatus } from './indicator-status.ts';
export { slugify, uniqueSlugs } from './slug.ts';
export {
  budgetMeasure,
  EXECUTION_BASE_KEYS,
  EXECUTION_DIGITS,
  EXECUTION_KEYS,
  executionBase,
  executionBaseKey,
  executionBaseWord,
  executionPercent,
  isExecutionKey,
} from './execution.ts';
export type { ExecutionBaseKey, ExecutionKey } from './execution.ts';
export type { ProgressOptions } from './progress.ts';
export {
  readBudget,
  BUDGET_AMOUNT_KEYS,
  BUDGET_CONSTANT_KEYS,
  isAccountingZero,
} from './schemas/budget.ts';
export { isCurrencyCode } from './currency.ts';
export { structureBudget, totalWord, lineName, budgetYears } from './schemas/budget-hierarchy.ts';
export { MixedMoneyError, sameMoneyKind, sumLinesByCurrency, sumMoney } from './money.ts';
export type { CurrencySum, LineInCurrency, Money } from './money.ts';
export { budgetDocument, BUDGET_DOCUMENT_FORMAT } from './schemas/budget-document.ts';
export type { BudgetDocument, BudgetDocumentLine } from './schemas/budget-document.ts';
export { closestName, didYouMean, withHint } from './suggest.ts';
export { readSidecarObject, budgetSidecarOptions, readAccumulation } from './sidecar.ts';
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
export { readCommitmentsJson, readMilestonesJson } from './schemas/commitments-json.ts';
export { readIndicatorsJson } from './schemas/indicators-json.ts';
export { readBudgetJson } from './schemas/budget-json.ts';
export { readDatasetsJson } from './schemas/datasets-json.ts';
export { notOfType } from './schemas/json-value.ts';
export type { PlainType } from './schemas/json-value.ts';
export { readTableJson, placedInJson } from './schemas/table-json.ts';
export type { JsonTable } from './schemas/table-json.ts';
export type { BudgetJsonResult } from './schemas/budget-json.ts';
export type { JsonOptions } from './schemas/json-records.ts';
export { COMPLETION, IMPACT, INFLUENCE, OGP, RESULTS, enumWords } from './schemas/field-words.ts';
export {
  IMPACT_LEVELS,
  INFLUENCE_LEVELS,
  OGP_VALUES,
  RESULTS_LEVELS,
} from './schemas/field-values.ts';
export {
  COMPLETION_LEVELS,
  completionWord,
  MILESTONE_STATUSES,
  milestoneStatusWord,
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
export { missingWord, notStatedWord } from './missing-words.ts';
export type { MissingMarkers, MissingMeaning } from './missing.ts';
export { readPlan, isPlanIndicativo, PLAN_KEYS, planAccumulationOf } from './schemas/plan.ts';
export { planTargetProgress } from './plan-target.ts';
export type { PlanTargetProgress } from './plan-target.ts';
export type {
  NotEvaluable,
  PlanAccumulation,
  PlanAccumulationDeclaration,
  PlanDirection,
  PlanGoal,
  PlanMoneyKey,
  PlanOptions,
  PlanReadResult,
  PlanTotalCheck,
  PlanValue,
  PlanWithheldMoney,
  PlanYear,
  Quarter,
} from './schemas/plan.ts';
export {
  isSdgSeries,
  readSdgSeries,
  formatSdgPeriod,
  sdgBreakdownRows,
  sdgBreakdowns,
  sdgPeriods,
  sdgSelection,
  SDG_ATTRIBUTE_COLUMNS,
  SDG_SERIES_COLUMNS,
} from './schemas/sdg-series.ts';
export type {
  SdgBreakdown,
  SdgDimension,
  SdgObservation,
  SdgSeriesResult,
} from './schemas/sdg-series.ts';
export {
  PLAN_YEAR_STATUSES,
  planFlagWord,
  planGoalYears,
  planStatusWord,
  planYearProgress,
} from './plan-progress.ts';
export type { PlanYearFlag, PlanYearProgress, PlanYearStatus } from './plan-progress.ts';
export {
  planByEje,
  planEjeNamed,
  planGoalsNamed,
  planMoneyByYear,
  PLAN_MONEY_ORDER,
} from './plan-groups.ts';
export { sumPlanMoney } from './schemas/plan.ts';
export type { PlanEjeGroup, PlanMoneyRow, PlanProgramGroup } from './plan-groups.ts';
