/** Shapes shared by the dataset widget's sources, model, grid and element. */
import type { ColumnReading } from '@rendir/core';

/** How a column's cells are read, shown, sorted and filtered (core's `readColumns`). */
export type { ColumnType } from '@rendir/core';

export interface DatasetColumn extends ColumnReading {
  /** Field name as the source knows it (CSV header, Socrata field, CKAN id). */
  key: string;
  /** Name shown to readers. */
  label: string;
}

/** A shown column and its place in each row's cells. */
export interface ShownColumn {
  column: DatasetColumn;
  index: number;
}

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: string;
  direction: SortDirection;
}

/** What the reader asked to see: full-text search, per-column filters, one sort. */
export interface ViewQuery {
  search: string;
  /** Column key -> the text typed in that column's filter. */
  filters: Record<string, string>;
  sort: SortState | null;
}

export const emptyQuery = (): ViewQuery => ({ search: '', filters: {}, sort: null });

/** Catalog fields (DCAT) shown in the header. */
export interface DatasetMetadata {
  title?: string;
  description?: string;
  publisher?: string;
  license?: string;
  /** ISO date (or date-time) of the last update. */
  modified?: string;
  /** How often it should be updated: ISO 8601 duration, DCAT frequency URI or a word. */
  periodicity?: string;
  keywords?: string[];
  /** Landing page or API of the data set (shown only through `safeUrl`). */
  url?: string;
  /** Human names of columns by key, when the portal publishes them. */
  columnLabels?: Record<string, string>;
}

/** Where the data comes from (`api` attribute); default: from the URL. */
export type DatasetApi = 'csv' | 'json' | 'socrata' | 'ckan';

/** Data handed in as a property: records, or columns and rows. */
export type DatasetInput =
  Record<string, unknown>[] | { columns: (string | DatasetColumn)[]; rows: unknown[][] };
