/**
 * CKAN DataStore (`datastore_search`): paging with `limit`/`offset` and `include_total`,
 * `sort`, `q` for full-text search (a field -> text object for column filters, with
 * `full_text` beside it for the search box), `filters` for exact numbers. CKAN cannot
 * compare ranges here: such a filter is reported as ignored, never silently dropped.
 */
import type { FetchOptions } from '../../platform/fetch.ts';
import { fetchJson } from '../../platform/fetch-json.ts';
import { cellText } from './portal-cell.ts';
import type { RemotePage, RemoteQuery, RemoteSource } from './remote.ts';
import { LoadError } from '../../platform/errors.ts';
import { shapeColumns } from '../number-shape.ts';
import type { ColumnType, DatasetColumn } from '../types.ts';

export function ckanType(type: string): ColumnType {
  const t = type.toLowerCase();
  if (
    /^(int|int2|int4|int8|integer|bigint|numeric|float|float4|float8|double|decimal|number)$/.test(
      t,
    )
  )
    return 'number';
  if (/^(timestamp|date|datetime|timestamptz)$/.test(t)) return 'date';
  if (t === 'bool' || t === 'boolean') return 'boolean';
  return 'text';
}

interface CkanResult {
  fields: { id: string; type: string; info?: { label?: string } }[];
  records: Record<string, unknown>[];
  total?: number;
}

export class CkanSource implements RemoteSource {
  readonly kind = 'ckan';
  readonly url: string;
  readonly resourceId: string;

  /** `url`: the portal (`https://datos.example.org`) or its `datastore_search` action. */
  constructor(url: string, resourceId: string) {
    const trimmed = url.trim().replace(/\/+$/, '');
    this.url = /\/api\/3\/action\/datastore_search$/.test(trimmed)
      ? trimmed
      : `${trimmed}/api/3/action/datastore_search`;
    this.resourceId = resourceId;
  }

  searchUrl(query: RemoteQuery): { url: string; ignored: string[] } {
    const p = new URLSearchParams();
    p.set('resource_id', this.resourceId);
    p.set('limit', String(query.limit));
    p.set('offset', String(query.offset));
    p.set('include_total', 'true');
    const ignored: string[] = [];
    const q: Record<string, string> = {};
    const exact: Record<string, string> = {};
    for (const f of query.filters) {
      if (f.kind === 'contains') q[f.key] = f.text;
      else if (f.op === '=') exact[f.key] = f.value;
      else ignored.push(f.key);
    }
    const search = query.search.trim();
    if (Object.keys(q).length) {
      p.set('q', JSON.stringify(q));
      if (search) p.set('full_text', search);
    } else if (search) p.set('q', search);
    if (Object.keys(exact).length) p.set('filters', JSON.stringify(exact));
    if (query.sort)
      p.set(
        'sort',
        `"${query.sort.key}" ${query.sort.direction === 'descending' ? 'desc' : 'asc'}`,
      );
    return { url: `${this.url}?${p}`, ignored };
  }

  exportUrl(): null {
    return null;
  }

  async page(query: RemoteQuery, options: FetchOptions): Promise<RemotePage> {
    const { url, ignored } = this.searchUrl(query);
    const { body } = await fetchJson(url, options);
    const envelope = body as { success?: unknown; result?: CkanResult } | null;
    const result = envelope?.result;
    if (
      !envelope ||
      envelope.success !== true ||
      !result ||
      !Array.isArray(result.fields) ||
      !Array.isArray(result.records)
    ) {
      throw new LoadError('parse', { url });
    }
    const columns: DatasetColumn[] = result.fields
      .filter((f) => !f.id.startsWith('_'))
      .map((f) => ({ key: f.id, label: f.info?.label || f.id, type: ckanType(f.type) }));
    const rows = result.records.map((r) => columns.map((c) => cellText(r[c.key])));
    return {
      columns,
      rows,
      // The DataStore writes numbers plainly (`1234.5`).
      shapes: shapeColumns(columns, rows, 'en'),
      total: typeof result.total === 'number' ? result.total : rows.length,
      ignoredFilters: ignored,
    };
  }

  async metadata(): Promise<null> {
    return null;
  }
}
