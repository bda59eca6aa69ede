/**
 * What the dataset's controllers share: the element (its attributes, language and
 * messages), its lazy parts and each other. The element builds it once; each controller
 * owns one concern and asks its siblings for the rest when it needs it, so that none holds
 * a copy of another's state.
 */
import type { DatasetEntry, NumberFormat } from '@rendir/core';
import type { RendirElement } from '../platform/rendir-element.ts';
import type { LazyParts } from '../platform/lazy-parts.ts';
import type { lazyParts } from './lazy.ts';
import type { CellContext } from './cells.ts';
import { datasetMessages, type DatasetMessages } from './messages.ts';
import type { DatasetApi, DatasetInput } from './types.ts';
import type { RetryCountdown } from './retry-countdown.ts';
import type { DatasetQuery } from './query-controller.ts';
import type { DatasetSources } from './sources-controller.ts';
import type { RemotePaging } from './paging-controller.ts';
import type { DatasetGrid } from './grid-controller.ts';
import type { QuickChartSection } from './chart-controller.ts';
import type { DatasetDownloads } from './downloads-controller.ts';

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

export interface DatasetContext {
  readonly host: RendirElement & DatasetSettings;
  /** Prefix of the ids inside the shadow root. */
  readonly uid: string;
  readonly parts: LazyParts<typeof lazyParts>;
  /** Renders now (printing lays out before the next frame). */
  readonly flush: () => void;
  readonly countdown: RetryCountdown;
  readonly query: DatasetQuery;
  readonly sources: DatasetSources;
  /** Created with a portal's data (its code is the lazy `pager` part). */
  paging?: RemotePaging;
  readonly grid: DatasetGrid;
  readonly chart: QuickChartSection;
  readonly downloads: DatasetDownloads;
}

export function messagesOf(ctx: DatasetContext): DatasetMessages {
  return ctx.host.msg(datasetMessages);
}

/** What the grid, the chart and the downloads need to show a cell in the reader's language. */
export function cellContext(ctx: DatasetContext): CellContext {
  const m = messagesOf(ctx);
  return { locale: ctx.host.intlLocale, yes: m.yes, no: m.no };
}
