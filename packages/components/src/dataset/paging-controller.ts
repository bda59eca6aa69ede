/**
 * A portal's rows, one page at a time: where the page in view starts, the request under
 * way (one at a time: a newer one aborts the older) and why the last one failed, with the
 * retry countdown of a 429. Loaded with a portal's source (the lazy `pager` part): a
 * file's grid needs none of it.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { isAbort } from '../platform/fetch.ts';
import { toLoadError, type LoadError } from '../platform/errors.ts';
import type { DatasetContext, SharedPaging } from './dataset-context.ts';
import type { RemoteQuery } from './sources/remote.ts';
import { pagerMessages, renderPager } from './remote-pager.ts';
import type { RemoteData } from './dataset-data.ts';

export class RemotePaging implements ReactiveController, SharedPaging {
  /** Where the page in view (`data.page`) starts. */
  offset = 0;
  /** A page is being fetched. */
  busy = false;
  /** Why the last page could not be fetched (the grid keeps the previous one). */
  error: LoadError | null = null;
  /** Fetches again the page that failed. */
  readonly retry = (): void => this.retryLast();
  private retryLast: () => void = () => {};
  private abort: AbortController | null = null;
  private readonly ctx: DatasetContext;

  constructor(ctx: DatasetContext) {
    this.ctx = ctx;
    ctx.host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** A new load: no page yet, no request under way. */
  reset(): void {
    this.abort?.abort();
    this.offset = 0;
    this.error = null;
  }

  /** The reader's query as the portal is asked it, from `offset`. */
  remoteQuery(data: RemoteData | null, offset = this.offset): RemoteQuery {
    const { query, parts, host } = this.ctx;
    const columns = data?.page.columns ?? [];
    // Typed filters are read by the view part, which fetchPage waits for.
    const reader = query.hasFilters() ? parts.peek('view') : undefined;
    return {
      offset,
      limit: Math.max(1, host.pageSize),
      search: query.query.search,
      filters: reader?.readFilters(columns, query.query, host.locale) ?? [],
      sort: query.query.sort,
    };
  }

  /** The query changed: its first page. */
  fromStart(data: RemoteData): void {
    this.offset = 0;
    void this.fetchPage(data, 0);
  }

  async fetchPage(data: RemoteData, offset: number): Promise<void> {
    const { host, countdown, query, parts } = this.ctx;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.busy = true;
    this.error = null;
    host.requestUpdate();
    countdown.stop();
    try {
      if (query.hasFilters()) await parts.load('view');
      if (abort.signal.aborted) return;
      const page = await data.source.page(this.remoteQuery(data, offset), {
        signal: abort.signal,
        timeout: host.timeout,
      });
      if (abort.signal.aborted) return;
      const labels = data.metadata?.columnLabels;
      for (const c of page.columns) c.label = labels?.[c.key] ?? c.label;
      data.page = page;
      this.offset = offset;
      host.emit('rendir-dataset-view', {
        shown: page.rows.length,
        total: page.total,
        query: query.query,
        complete: true,
      });
    } catch (error) {
      if (abort.signal.aborted || isAbort(error)) return;
      this.error = toLoadError(error);
      this.retryLast = () => void this.fetchPage(data, offset);
      countdown.start(this.error, this.retry);
    } finally {
      if (this.abort === abort) this.busy = false;
      host.requestUpdate();
    }
  }

  renderPager(data: RemoteData): TemplateResult {
    const host = this.ctx.host;
    return renderPager({
      page: data.page,
      offset: this.offset,
      size: Math.max(1, host.pageSize),
      busy: this.busy,
      m: host.msg(pagerMessages),
      go: (offset) => void this.fetchPage(data, offset),
    });
  }
}
