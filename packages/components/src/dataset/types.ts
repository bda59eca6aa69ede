/** Shapes shared by the dataset widget's sources, model, grid and element. */

/** How a column's cells are read, shown, sorted and filtered. */
export type ColumnType = 'number' | 'date' | 'boolean' | 'url' | 'text';

export interface DatasetColumn {
  /** Field name as the source knows it (CSV header, Socrata field, CKAN id). */
  key: string;
  /** Name shown to readers. */
  label: string;
  type: ColumnType;
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
