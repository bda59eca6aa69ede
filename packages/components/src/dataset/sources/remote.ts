/** What the grid asks of a portal that does the querying itself (Socrata, CKAN). */
import type { FetchOptions } from '../../platform/fetch.ts';
import type { ColumnFilter } from '../filters.ts';
import type { DatasetColumn, DatasetMetadata, SortState } from '../types.ts';

export interface RemoteQuery {
  offset: number;
  limit: number;
  search: string;
  filters: ColumnFilter[];
  sort: SortState | null;
}

export interface RemotePage {
  columns: DatasetColumn[];
  /** Cells as text, in `columns` order; '' for a missing value. */
  rows: string[][];
  /** How each number column's cells read (`number-shape.ts`), for the grid to show them. */
  shapes: (Uint16Array | null)[];
  /** Rows matching the query on the server. */
  total: number;
  /** Column keys whose filter this portal cannot apply (shown to the reader). */
  ignoredFilters: string[];
}

export interface RemoteSource {
  readonly kind: 'socrata' | 'ckan';
  readonly url: string;
  page(query: RemoteQuery, options: FetchOptions): Promise<RemotePage>;
  /** Catalog fields the portal publishes, when it has an API for them. */
  metadata(options: FetchOptions): Promise<DatasetMetadata | null>;
  /** A link to the full result as CSV on the portal, when it offers one. */
  exportUrl(query: RemoteQuery): string | null;
}

/** A SODA resource endpoint: `<portal>/resource/xxxx-xxxx(.json)`. */
export const RESOURCE_RE = /^(.*?)\/resource\/([a-z0-9]{4}-[a-z0-9]{4})(?:\.json)?(?:[?#].*)?$/i;

/**
 * True when `url` looks like a SODA resource endpoint. Here, not in socrata.ts, so that
 * choosing the source does not load the source.
 */
export function isSocrataUrl(url: string): boolean {
  return RESOURCE_RE.test(url);
}
