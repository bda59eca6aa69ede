/** What a load gives the widget: a table in memory, or a portal queried page by page. */
import type { LocalTable } from './model.ts';
import type { RemotePage, RemoteSource } from './sources/remote.ts';
import type { DatasetMetadata } from './types.ts';

/** What a load produced: rows in memory, or a portal to query page by page. */
export type DatasetData =
  | { kind: 'local'; table: LocalTable }
  | {
      kind: 'remote';
      source: RemoteSource;
      /** The page in view: the first one, then the one the reader paged, searched or sorted to. */
      page: RemotePage;
      metadata: DatasetMetadata | null;
    };

/** A portal's data: queried page by page. */
export type RemoteData = Extract<DatasetData, { kind: 'remote' }>;
