// The site model's shape: what pages, endpoints, widgets' registry and `rendir check` read.
// Apart from the readers (model.ts, model/*.ts) so that anything may name these types
// without importing the code that builds them.
import type {
  BudgetLine,
  BudgetReadResult,
  Commitment,
  ContentError,
  CsvTable,
  DatasetEntry,
  Indicator,
  IndicatorProgress,
  Milestone,
  PlanEjeGroup,
  PlanGoal,
  PlanTotalCheck,
  SdgSeriesResult,
  PlanWithheldMoney,
  PlanAccumulationDeclaration,
} from '@rendir/core';
import type { FileNote, SiteConfig } from '../config.ts';
import type { Lang, Localized, Section } from '../i18n.ts';
import type { DocItem } from '../documents.ts';

export interface IndicatorItem {
  indicator: Indicator;
  progress: IndicatorProgress;
  slug: string;
  file: string;
  note: FileNote | undefined;
  commitment: CommitmentItem | undefined;
  budgetLines: BudgetLineItem[];
}

/** A series as a statistics office publishes it for Open SDG, with a page of its own. */
export interface SdgSeriesItem {
  /** Path inside content/, e.g. `indicators/indicator_1-2-1.csv`. */
  file: string;
  slug: string;
  note: FileNote | undefined;
  series: Omit<SdgSeriesResult, 'errors' | 'warnings'>;
}

export interface BudgetLineItem {
  line: BudgetLine;
  /** `presupuesto-2025-3`: stable anchor of the line on the budget page. */
  anchor: string;
  budget: BudgetFileItem;
  indicators: IndicatorItem[];
  commitments: CommitmentItem[];
}

export interface BudgetFileItem {
  /** Path inside content/, e.g. `budget/presupuesto-2025.csv`. */
  file: string;
  slug: string;
  note: FileNote | undefined;
  levelNames: string[];
  /** Detail lines only: total and subtotal rows are in `aggregates`, never among them. */
  lines: BudgetLineItem[];
  /** Each fiscal year's total as the file publishes it, latest first (core's rule). */
  totals: BudgetReadResult['totals'];
  aggregates: BudgetReadResult['aggregates'];
  facts: BudgetReadResult['facts'];
  /** ISO 4217 code of its amounts: its sidecar's `currency`, else site.yaml's. */
  currency: string;
}

export interface CommitmentItem {
  commitment: Commitment;
  slug: string;
  note: FileNote | undefined;
  milestones: Milestone[];
  milestonesNote: FileNote | undefined;
  indicators: IndicatorItem[];
  budgetLines: BudgetLineItem[];
}

export interface DatasetItem {
  entry: DatasetEntry;
  slug: string;
  note: FileNote | undefined;
  catalogNote: FileNote | undefined;
  /** The local file's table, when the data set has one. */
  table: CsvTable | undefined;
  /** Path inside content/ of the local file. */
  file: string | undefined;
}

export interface PlanItem {
  /** Path inside content/, e.g. `plan/plan-indicativo.csv`. */
  file: string;
  slug: string;
  note: FileNote | undefined;
  /** Every goal of the file, in its order; the total row is never one of them. */
  goals: PlanGoal[];
  /** The same goals by eje and programa (core's planByEje). */
  ejes: PlanEjeGroup[];
  years: string[];
  baselinePeriod: string | undefined;
  targetPeriod: string | undefined;
  /** The total row's money checked against the goals; empty when the file has none. */
  totalRow: PlanTotalCheck[];
  totalRowLine: number | undefined;
  /** Money columns withheld whole (a percentage format, two columns that disagree). */
  withheldMoney: PlanWithheldMoney[];
  /** How its goals accumulate toward the four-year target, as its sidecar declares it. */
  accumulation: PlanAccumulationDeclaration | undefined;
}

/** A data file offered for download as CSV and JSON. */
export interface Download {
  /** File name without extension, unique: `indicadores`, `presupuesto-2025`. */
  name: string;
  title: Localized;
  source: string;
  /** The CSV file, ready to write. */
  csv: () => Uint8Array<ArrayBuffer>;
  json: () => unknown;
  example: boolean;
}

export interface SiteModel {
  dir: string;
  config: SiteConfig;
  locales: Lang[];
  defaultLang: Lang;
  sections: Section[];
  indicators: IndicatorItem[];
  /** Open SDG series of content/indicators/ (their slugs never clash with an indicator's). */
  sdgSeries: SdgSeriesItem[];
  budgets: BudgetFileItem[];
  commitments: CommitmentItem[];
  datasets: DatasetItem[];
  plans: PlanItem[];
  reports: DocItem[];
  pages: DocItem[];
  downloads: Download[];
  hasData: boolean;
  errors: ContentError[];
  warnings: ContentError[];
  notes: string[];
  downloadsHref: (lang: Lang) => string;
  fileHref: (name: string, ext: 'csv' | 'json') => string;
  indicatorById: Map<string, IndicatorItem>;
  indicatorBySlug: Map<string, IndicatorItem>;
  commitmentBySlug: Map<string, CommitmentItem>;
  datasetBySlug: Map<string, DatasetItem>;
  commitmentById: Map<string, CommitmentItem>;
  datasetById: Map<string, DatasetItem>;
  budgetByFile: Map<string, BudgetFileItem>;
  /** Widgets whose script bundle is available to enhance the HTML. */
  widgets: Set<string>;
}
