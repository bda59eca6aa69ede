/**
 * Socrata SODA 2.x (datos.gov.co): `/resource/xxxx-xxxx.json`. The portal does the work:
 * paging with `$limit`/`$offset` in `:id` order (stable pages), `$where` for column
 * filters, `$order` for sorting, `$q` for full-text search, `$select=count(*)` for the
 * row count. Types come from the `X-SODA2-Types` header; numbers arrive as strings and
 * stay strings (exact); null fields are simply absent from a row.
 */
import type { FetchOptions } from '../../platform/fetch.ts';
import { fetchJson } from '../../platform/fetch-json.ts';
import { cellText } from './portal-cell.ts';
import { RESOURCE_RE, type RemotePage, type RemoteQuery, type RemoteSource } from './remote.ts';
import { LoadError } from '../../platform/errors.ts';
import { shapeColumns } from '../number-shape.ts';
import type { ColumnFilter } from '../filters.ts';
import type { ColumnType, DatasetColumn, DatasetMetadata } from '../types.ts';

export function socrataType(type: string): ColumnType {
  switch (type) {
    case 'number':
    case 'double':
    case 'money':
    case 'percent':
      return 'number';
    case 'calendar_date':
    case 'floating_timestamp':
    case 'fixed_timestamp':
    case 'date':
      return 'date';
    case 'checkbox':
      return 'boolean';
    case 'url':
      return 'url';
    default:
      return 'text';
  }
}

/** A field name in SoQL: plain identifiers as they are, anything else in backticks. */
function field(key: string): string {
  return /^[a-z_][a-z0-9_]*$/i.test(key) ? key : `\`${key.replace(/`/g, '')}\``;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The `$where` clause for column filters (SoQL). */
export function soqlWhere(filters: readonly ColumnFilter[]): string {
  return filters
    .map((f) =>
      f.kind === 'compare'
        ? `${field(f.key)} ${f.op} ${f.value}`
        : `upper(${field(f.key)}) like ${quote(`%${f.text.toUpperCase()}%`)}`,
    )
    .join(' AND ');
}

function readHeaderList(headers: Headers, name: string): string[] | null {
  const value = headers.get(name);
  if (!value) return null;
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) && list.every((x) => typeof x === 'string') ? list : null;
  } catch {
    return null;
  }
}

export class SocrataSource implements RemoteSource {
  readonly kind = 'socrata';
  readonly url: string;
  private readonly base: string;
  private readonly id: string;
  private countCache = new Map<string, number>();

  constructor(url: string) {
    const m = RESOURCE_RE.exec(url.trim());
    if (!m) throw new LoadError('parse', { url });
    this.base = m[1];
    this.id = m[2].toLowerCase();
    this.url = `${this.base}/resource/${this.id}.json`;
  }

  private params(query: RemoteQuery): URLSearchParams {
    const p = new URLSearchParams();
    const where = soqlWhere(query.filters);
    if (where) p.set('$where', where);
    if (query.search.trim()) p.set('$q', query.search.trim());
    return p;
  }

  /** The data request: a page in a stable order (the sort, then `:id`). */
  dataUrl(query: RemoteQuery): string {
    const p = this.params(query);
    const order = query.sort
      ? `${field(query.sort.key)} ${query.sort.direction === 'descending' ? 'DESC' : 'ASC'},:id`
      : ':id';
    p.set('$order', order);
    p.set('$limit', String(query.limit));
    p.set('$offset', String(query.offset));
    return `${this.url}?${p}`;
  }

  countUrl(query: RemoteQuery): string {
    const p = this.params(query);
    p.set('$select', 'count(*)');
    return `${this.url}?${p}`;
  }

  exportUrl(query: RemoteQuery): string {
    const p = this.params(query);
    if (query.sort)
      p.set(
        '$order',
        `${field(query.sort.key)} ${query.sort.direction === 'descending' ? 'DESC' : 'ASC'}`,
      );
    return `${this.base}/resource/${this.id}.csv?${p}`;
  }

  private async count(query: RemoteQuery, options: FetchOptions): Promise<number> {
    const url = this.countUrl(query);
    const cached = this.countCache.get(url);
    if (cached !== undefined) return cached;
    const { body } = await fetchJson(url, options);
    const first = Array.isArray(body)
      ? (body[0] as Record<string, unknown> | undefined)
      : undefined;
    // SODA 2.1 names it `count`, 2.0 `count_1`: take the only value.
    const value = first ? Number(Object.values(first)[0]) : NaN;
    if (!Number.isFinite(value)) throw new LoadError('parse', { url });
    this.countCache.set(url, value);
    return value;
  }

  async page(query: RemoteQuery, options: FetchOptions): Promise<RemotePage> {
    const url = this.dataUrl(query);
    const [{ body, headers }, total] = await Promise.all([
      fetchJson(url, options),
      this.count(query, options),
    ]);
    if (!Array.isArray(body)) throw new LoadError('parse', { url });
    const records = body as Record<string, unknown>[];
    const names = readHeaderList(headers, 'X-SODA2-Fields');
    const types = readHeaderList(headers, 'X-SODA2-Types');
    let columns: DatasetColumn[];
    if (names) {
      columns = names.map((key, i) => ({
        key,
        label: key,
        type: socrataType(types?.[i] ?? 'text'),
      }));
    } else {
      // Without the headers (a proxy dropped them), the union of the rows' fields.
      const keys = new Set<string>();
      for (const r of records) for (const k of Object.keys(r)) keys.add(k);
      columns = [...keys].map((key) => ({ key, label: key, type: 'text' }));
    }
    columns = columns.filter((c) => !c.key.startsWith(':'));
    const rows = records.map((r) => columns.map((c) => cellText(r[c.key])));
    // SODA writes numbers plainly (`1234.5`).
    return { columns, rows, shapes: shapeColumns(columns, rows, 'en'), total, ignoredFilters: [] };
  }

  async metadata(options: FetchOptions): Promise<DatasetMetadata | null> {
    const { body } = await fetchJson(`${this.base}/api/views/${this.id}.json`, options);
    if (!body || typeof body !== 'object') return null;
    const v = body as Record<string, unknown>;
    const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x : undefined);
    const meta: DatasetMetadata = {
      title: text(v.name),
      description: text(v.description),
      publisher: text(v.attribution),
      license: text((v.license as { name?: unknown } | undefined)?.name),
      keywords: Array.isArray(v.tags)
        ? v.tags.filter((t): t is string => typeof t === 'string')
        : [],
      url: `${this.base}/d/${this.id}`,
    };
    const updated = typeof v.rowsUpdatedAt === 'number' ? v.rowsUpdatedAt : undefined;
    if (updated) meta.modified = new Date(updated * 1000).toISOString();
    // datos.gov.co keeps the update frequency among its custom fields.
    const custom = (
      v.metadata as { custom_fields?: Record<string, Record<string, unknown>> } | undefined
    )?.custom_fields;
    for (const group of Object.values(custom ?? {})) {
      for (const [k, value] of Object.entries(group ?? {})) {
        if (/frecuencia|frequency|periodicidad|periodicity/i.test(k) && typeof value === 'string')
          meta.periodicity = value;
      }
    }
    if (Array.isArray(v.columns)) {
      // Prototype-less: a field named `__proto__` or `constructor` is a label like any other.
      meta.columnLabels = Object.create(null) as Record<string, string>;
      for (const c of v.columns as { fieldName?: unknown; name?: unknown }[]) {
        if (typeof c.fieldName === 'string' && typeof c.name === 'string')
          meta.columnLabels[c.fieldName] = c.name;
      }
    }
    return meta;
  }
}
