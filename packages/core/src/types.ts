/**
 * The normalised records every Rendir part exchanges. They are plain, JSON-safe
 * objects (exact amounts travel as decimal strings) so that the generator can hand
 * them to components as JSON and components can receive them as a property.
 */

import type { MessageRef } from './message-ref.ts';

/**
 * Which kind of missing value a cell held: a citizen reads "no data", "not applicable", "not
 * available" (a statistics office's `NA`) and "suppressed" (withheld to protect people) differently.
 */
export type MissingKind = 'empty' | 'no_data' | 'not_applicable' | 'not_available' | 'suppressed';

/** A missing value, keeping what the cell said (`S/D`, `N/A`, `-`, ...). */
export interface Missing {
  missing: MissingKind;
  raw: string;
}

/** Number formats a file can be written in: `es` = 1.234,56; `en` = 1,234.56. */
export type NumberFormat = 'es' | 'en';

/**
 * A number read from a cell, exactly. `value` is the exact decimal as a canonical
 * string ("1234567.89", "-0.5"); `isPercent` when the cell carried `%`.
 */
export interface ExactNumber {
  value: string;
  isPercent: boolean;
  /** The cell as written, for display "as published". */
  raw: string;
  /** Fractional digits as written (`6,0` -> 1), when more than 0: display keeps them. */
  decimals?: number;
}

export type CellNumber = ExactNumber | Missing;

/** A problem found in content, with everything an author needs to fix it. */
export interface ContentError {
  /** Path of the file as the author knows it (e.g. `indicators/values.csv`). */
  file: string;
  /** 1-based line in the file; 0 when the problem is about the whole file. */
  line: number;
  /** 1-based column (field index) in the line; 0 when not about one cell. */
  column: number;
  /**
   * The row a spreadsheet shows, when it is not `line`: a quoted cell with line breaks
   * above it is one row in Excel but several lines of text.
   */
  row?: number;
  /** The column header as written in the file, when known. */
  header?: string;
  /** The offending value as written. */
  value?: string;
  /** In a JSON file (no lines): the 1-based record, its id when it has one, and the field's path. */
  record?: number;
  recordId?: string;
  field?: string;
  /** Where, in words, when no line says it: «registro 4 (CO0004), campo potentialImpact». */
  place?: MessageRef;
  /** Stable machine code, e.g. `number.ambiguous`, `csv.ragged_row`. */
  code: string;
  /** What was expected: a catalogue key and its parameters (`messageText` says it). */
  expected: MessageRef;
  /** What is wrong: a catalogue key and its parameters (`messageText` says it). */
  message: MessageRef;
  severity: 'error' | 'warning';
}

export type IndicatorDirection = 'increase' | 'decrease' | 'maintain';

export type IndicatorStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** A period as published: `2025`, `2016-2017`, `2025-Q3`, `2025-06`, a date. */
export interface Period {
  raw: string;
  kind: 'year' | 'year_range' | 'quarter' | 'month' | 'date';
  /** ISO date of the period's first day. */
  start: string;
  /** ISO date of the period's last day. */
  end: string;
}

export interface IndicatorValue {
  indicatorId: string;
  period: Period;
  value: CellNumber;
  note?: string;
  sourceUrl?: string;
}

export interface Indicator {
  id: string;
  name: string;
  group?: string;
  unit?: string;
  direction: IndicatorDirection;
  /** For `maintain`: allowed distance from the baseline, in the indicator's unit. */
  tolerance?: string;
  baseline: { period: Period | null; value: CellNumber };
  target: { period: Period; value: CellNumber };
  /** Every value in period order, baseline and target periods excluded. */
  values: IndicatorValue[];
  responsible?: string;
  source?: string;
  description?: string;
  commitmentId?: string;
  bpin?: string;
  /** Unknown columns, kept as written. */
  extra: Record<string, string>;
}

export interface IndicatorProgress {
  /** 0-1, clamped; null when it cannot be computed (missing baseline, target or value). */
  progress: number | null;
  /** Progress expected by the date of the latest value, 0-1; null when unknown. */
  expected: number | null;
  /** `progress` as an exact percentage string rounded to 2 places ("19.48"); null likewise. */
  progressPct: string | null;
  /** `expected` as an exact percentage string rounded to 2 places ("33.32"); null likewise. */
  expectedPct: string | null;
  status: IndicatorStatus;
  latest: IndicatorValue | null;
  /** The arithmetic, step by step, for "How is this calculated?": a core message. */
  explanation: MessageRef;
}

export type BudgetAmountKey =
  | 'initial_appropriation'
  | 'current_appropriation'
  | 'cdp'
  | 'commitments'
  | 'obligations'
  | 'payments'
  | 'amount';

export interface BudgetLine {
  fiscalYear: string;
  /** The cut-off the figures run to, from a period column (CUIPO's `PERIODO`, a quarter). */
  period?: string;
  /**
   * The budget section the row is part of (CUIPO's `SECCION_PRESUPUESTAL`: a municipality's
   * central administration, council, ombudsman): each section has its own total rows.
   */
  section?: string;
  /** Classification path, outermost first (sector, entity, program...). */
  levels: string[];
  code?: string;
  /** The parent's code, from a parent-code column (`PADRE`, `código padre`). */
  parentCode?: string;
  /** The line's own name (`NOMBRE`, `descripción`), when the file gives one. */
  name?: string;
  bpin?: string;
  flow: 'expense' | 'income';
  fundingSource?: string;
  citizenLabel?: string;
  /** Exact amounts as decimal strings; a key is absent when its column is, or its cell is missing. */
  amounts: Partial<Record<BudgetAmountKey, string>>;
  /** Amount cells that were missing, and how (`S/D` no data, `N/A` not applicable, empty). */
  missing?: Partial<Record<BudgetAmountKey, MissingKind>>;
  extra: Record<string, string>;
  /** Where the line came from, for errors and links. */
  origin: { file: string; line: number };
}

export type OgpValue =
  | 'access_to_information'
  | 'civic_participation'
  | 'public_accountability'
  | 'technology_innovation';

export interface Commitment {
  id: string;
  title: string;
  actionPlan?: string;
  leadInstitution?: string;
  supportingActors: string[];
  ogpValues: OgpValue[];
  description?: string;
  problem?: string;
  startDate?: string;
  endDate?: string;
  completion?: 'not_started' | 'limited' | 'substantial' | 'complete' | 'no_evidence';
  starred?: boolean;
  potentialImpact?: 'none' | 'minor' | 'moderate' | 'transformative';
  potentialResults?: 'unclear' | 'modest' | 'substantial';
  publicInfluence?: 'inform' | 'consult' | 'involve' | 'collaborate' | 'empower';
  /** Only http(s)/mailto; anything else is dropped with a warning. */
  url?: string;
  lastUpdated?: string;
  extra: Record<string, string>;
}

export interface Milestone {
  commitmentId: string;
  title: string;
  responsible?: string;
  startDate?: string;
  endDate?: string;
  status?: 'not_started' | 'in_progress' | 'complete' | 'delayed';
  /** 0-100 as a decimal string. */
  progressPct?: string;
  evidenceUrl?: string;
  extra: Record<string, string>;
}

export interface DatasetEntry {
  id: string;
  title: string;
  description?: string;
  publisher?: string;
  contactEmail?: string;
  keywords: string[];
  theme?: string;
  license?: string;
  issued?: string;
  modified?: string;
  accrualPeriodicity?: string;
  source:
    | { kind: 'file'; file: string }
    | { kind: 'csv'; url: string }
    | { kind: 'socrata'; url: string }
    | { kind: 'ckan'; url: string; resourceId: string }
    | { kind: 'none' };
  dialect: Partial<CsvDialect>;
  extra: Record<string, string>;
}

/**
 * Encodings a CSV can be read in: UTF-8, Windows-1252 (Excel "CSV" on Spanish Windows),
 * UTF-16 little or big endian (Excel "Unicode Text").
 */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** How a CSV is written; from a sidecar `NAME.csv.yaml`, the catalog or an attribute. */
export interface CsvDialect {
  delimiter: ',' | ';' | '\t' | '|';
  encoding: CsvEncoding;
  decimal: ',' | '.';
  group: '.' | ',' | ' ' | '';
  dateFormat: string;
  /** Header as written in the file -> canonical key. */
  columns: Record<string, string>;
}

/** One data row of a CSV, with the 1-based line where it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV as read: headers, rows with their lines, the dialect used, and every problem. */
export interface CsvTable {
  file: string;
  headers: string[];
  /** Line of the header row (1 unless blank lines precede it). */
  headerLine: number;
  rows: CsvRow[];
  /** Delimiter and encoding as used; the rest as declared (defaults when not declared). */
  dialect: CsvDialect;
  /** The dialect as declared (sidecar, catalog, attribute), before detection. */
  declared: Partial<CsvDialect>;
  encoding: CsvEncoding;
  errors: ContentError[];
  warnings: ContentError[];
  /**
   * Where spreadsheet rows and text lines part (quoted cells with line breaks), as pairs
   * `[line, lines - rows]`: from that line on, a line's row is the line minus the second.
   * Absent when every row is one line.
   */
  rowShifts?: number[];
}

/** The result of reading a file: records and every problem found, never just the first. */
/**
 * A total or subtotal row of a budget file (a row with children in the file, or named
 * TOTAL/SUBTOTAL). It is never summed with its children: its published figures are
 * checked against theirs.
 */
export interface BudgetAggregate {
  fiscalYear: string;
  flow: 'expense' | 'income';
  code?: string;
  name: string;
  /** Names of the aggregates above it, outermost first. */
  path: string[];
  /** Figures as the file publishes them. */
  published: Partial<Record<BudgetAmountKey, string>>;
  /** Exact sums of its children, per key that at least one child has. */
  childrenSum: Partial<Record<BudgetAmountKey, string>>;
  /** Keys whose published figure differs from the children's sum. */
  differs: BudgetAmountKey[];
  /** Keys whose published figure equals the children's sum. */
  reconciles: BudgetAmountKey[];
  childCount: number;
  origin: { file: string; line: number };
}

/** One fiscal year and flow of a budget file: the figures a citizen reads as its total. */
export interface BudgetYearTotal {
  fiscalYear: string;
  flow: 'expense' | 'income';
  /**
   * Per key: the published figures of the top rows (a total row's own figure, never
   * added to its children), exact.
   */
  amounts: Partial<Record<BudgetAmountKey, string>>;
  /** Detail lines (not totals) of the year. */
  lineCount: number;
  /** Keys where a total row's figure differs from its lines' sum (the page says so). */
  differs: BudgetAmountKey[];
  /** Keys where every total row of the year matches its lines' sum. */
  reconciles: BudgetAmountKey[];
  /** The cut-off its figures run to (`PERIODO` 20211201), when the file has such a column. */
  period?: string;
}

/** What a budget file states about itself (sidecar) beside its rows. */
export interface BudgetFacts {
  /** Amounts were published in units of this many (1000 = miles); they are read multiplied. */
  scale?: string;
  /** Cut-off date of the figures (ISO), as declared. */
  asOf?: string;
  /** ISO 4217 currency of the amounts, as declared (`EUR`); else the site's. */
  currency?: string;
  /** Keys given one value for every row by the sidecar's `constants`. */
  constants?: Record<string, string>;
  /** How codes without separators relate, as declared (`code_hierarchy`). */
  codeHierarchy?: 'prefix' | 'none';
  /** The rows the figures are, by one value of a column each (`rows: {tipo: eje_gasto}`). */
  rows?: Record<string, string>;
  /** `cumulative`: each cut-off runs from the year's start; the latest is the year's figure. */
  periods?: 'cumulative';
}

export interface BudgetReadResult extends ReadResult<BudgetLine> {
  /** Total and subtotal rows, kept apart from `records` (the detail lines). */
  aggregates: BudgetAggregate[];
  /** Each fiscal year and flow, latest year first. */
  totals: BudgetYearTotal[];
  facts: BudgetFacts;
}

export interface ReadResult<T> {
  records: T[];
  errors: ContentError[];
  warnings: ContentError[];
}
