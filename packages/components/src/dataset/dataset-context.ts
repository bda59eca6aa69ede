/**
 * What the dataset's controllers share: the element (its attributes, language and
 * messages), its lazy parts and what each controller offers the others. The element builds
 * it once; each controller owns one concern and asks its siblings for the rest when it
 * needs it, so that none holds a copy of another's state. Siblings are seen through the
 * interfaces below, never as classes, so no controller imports another.
 */
import type { TemplateResult } from 'lit';
import type { DatasetEntry, NumberFormat } from '@rendir/core';
import type { RendirElement } from '../platform/rendir-element.ts';
import type { LazyParts } from '../platform/lazy-parts.ts';
import type { LoadError } from '../platform/errors.ts';
import type { lazyParts } from './lazy.ts';
import type { CellContext } from './cells.ts';
import { datasetMessages, type DatasetMessages } from './messages.ts';
import type {
  DatasetApi,
  DatasetColumn,
  DatasetInput,
  ShownColumn,
  SortState,
  ViewQuery,
} from './types.ts';
import type { DatasetData, RemoteData } from './dataset-data.ts';
import type { LocalTable } from './model.ts';
import type { RemoteQuery } from './sources/remote.ts';
import type { RetryCountdown } from './retry-countdown.ts';

/** The element's attributes and properties the controllers read. */
export interface DatasetSettings {
  src: string;
  api?: DatasetApi;
  resourceId: string;
  numberFormat?: NumberFormat;
  columns: string;
  chartColumn: string;
  pageSize: number;
  timeout: number;
  data?: DatasetInput;
  entry?: DatasetEntry;
}

/** Where the rows come from (`sources-controller.ts`). */
export interface SharedSources {
  /** The loaded data, once ready. */
  readonly data: DatasetData | undefined;
  /** An error met after the first rows were shown (a bad row further down the file). */
  lateError: LoadError | null;
}

/** What the reader asked to see and the rows it selects (`query-controller.ts`). */
export interface SharedQuery {
  readonly query: ViewQuery;
  readonly hiddenColumns: ReadonlySet<string>;
  /** Local data: the rows in view, as indices into the table, in view order. */
  readonly view: Uint32Array;
  reset(): void;
  applyInitialColumns(columns: readonly DatasetColumn[]): void;
  showFileOrder(table: LocalTable): void;
  hasFilters(): boolean;
  columnsOf(data: DatasetData): DatasetColumn[];
  shownColumns(data: DatasetData): ShownColumn[];
  rowCount(data: DatasetData): number;
  rowCells(data: DatasetData, position: number): readonly string[];
  cellShape(data: DatasetData, position: number, column: number): number;
  toggleSort(key: string, data: DatasetData): void;
  sortBy(sort: SortState | null, data: DatasetData): void;
}

/** A portal's pages (`paging-controller.ts`, loaded with a portal's source). */
export interface SharedPaging {
  /** Where the page in view starts. */
  readonly offset: number;
  readonly busy: boolean;
  readonly error: LoadError | null;
  readonly retry: () => void;
  reset(): void;
  fromStart(data: RemoteData): void;
  remoteQuery(data: RemoteData | null, offset?: number): RemoteQuery;
  renderPager(data: RemoteData): TemplateResult;
}

/** The grid's tab stop and scrolling (`grid-controller.ts`). */
export interface SharedGrid {
  reset(): void;
  toTop(): void;
  columnsChanged(): void;
  keepInside(rows: number): void;
  keepColumnInside(columns: number): void;
  /** The column widths of a file's first drawing, worked out ahead of it. */
  prepare(data: DatasetData): void;
}

export interface DatasetContext {
  readonly host: RendirElement & DatasetSettings;
  /** Prefix of the ids inside the shadow root. */
  readonly uid: string;
  readonly parts: LazyParts<typeof lazyParts>;
  /** Renders now (printing lays out before the next frame). */
  readonly flush: () => void;
  readonly countdown: RetryCountdown;
  readonly query: SharedQuery;
  readonly sources: SharedSources;
  /** Created with a portal's data. */
  paging?: SharedPaging;
  readonly grid: SharedGrid;
}

export function messagesOf(ctx: DatasetContext): DatasetMessages {
  return ctx.host.msg(datasetMessages);
}

/** What the grid, the chart and the downloads need to show a cell in the reader's language. */
export function cellContext(ctx: DatasetContext): CellContext {
  const m = messagesOf(ctx);
  return { locale: ctx.host.intlLocale, yes: m.yes, no: m.no };
}
