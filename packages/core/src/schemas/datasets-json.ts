/**
 * Catalog entries from JSON, as the site writes them (`catalogo.json`) or a page gives one
 * (`<rendir-dataset>`'s `entry`): the fields of the records `readDatasets` returns, read by
 * its rules (dataset-fields.ts), so a link, a file, a portal or a dialect the CSV refuses is
 * refused here too, at its record and field.
 */
import type { CsvDialect, DatasetEntry, ReadResult } from '../types.ts';
import {
  PORTAL_APIS,
  contactEmail,
  datasetFile,
  dialectDecimal,
  dialectDelimiter,
  dialectEncoding,
  dialectGroup,
  portalUrl,
  type FieldAt,
} from './dataset-fields.ts';
import { enumError } from './field-errors.ts';
import { readJsonRecords, setDefined, type JsonFields, type JsonOptions } from './json-records.ts';

/** A source's kinds: a file inside `datasets/`, a portal's address, or none. */
const SOURCE_KINDS = ['file', ...PORTAL_APIS, 'none'];

/** Where a JSON field's problems go (JSON has no line, column or header). */
function fieldAt(f: JsonFields, field: string): FieldAt {
  return { problems: f.sink(field), line: 0, column: 0, header: '' };
}

/** A text field read by one of the catalog's rules. */
function ruled<T>(
  f: JsonFields,
  field: string,
  rule: (at: FieldAt, raw: string) => T | undefined,
): T | undefined {
  const raw = f.text(field);
  return raw === undefined ? undefined : rule(fieldAt(f, field), raw);
}

/** The catalog entries of a JSON document: a list, or `{ "datasets": [...] }`. */
export function readDatasetsJson(value: unknown, options: JsonOptions): ReadResult<DatasetEntry> {
  const how = { ...options, key: 'datasets', idField: 'id', unique: true };
  return readJsonRecords(value, how, (f, id) =>
    setDefined<DatasetEntry>(
      {
        id,
        title: f.required('title'),
        keywords: f.textList('keywords'),
        source: source(f),
        dialect: dialect(f),
        extra: f.extra(),
      },
      {
        description: f.text('description'),
        publisher: f.text('publisher'),
        contactEmail: ruled(f, 'contactEmail', contactEmail),
        theme: f.text('theme'),
        license: f.text('license'),
        issued: f.date('issued'),
        modified: f.date('modified'),
        accrualPeriodicity: f.text('accrualPeriodicity'),
      },
    ),
  );
}

/** `{kind: "file", file}`, `{kind: "csv" | "socrata", url}`, `{kind: "ckan", url, resourceId}`; absent is none. */
function source(record: JsonFields): DatasetEntry['source'] {
  const f = record.object('source');
  if (!f || !f.present('kind')) return { kind: 'none' };
  const kind = f.text('kind');
  if (kind === undefined) return { kind: 'none' };
  if (kind === 'none') return { kind };
  if (kind === 'file') {
    const file = f.present('file') ? ruled(f, 'file', datasetFile) : undefined;
    return file ? { kind, file } : { kind: 'none' };
  }
  const portal = PORTAL_APIS.find((known) => known === kind);
  if (!portal) {
    enumError(f.sink('kind'), 0, 0, '', kind, SOURCE_KINDS);
    return { kind: 'none' };
  }
  const url = f.present('url') ? ruled(f, 'url', portalUrl) : undefined;
  const resourceId = portal === 'ckan' ? f.required('resourceId') : undefined;
  if (!url) return { kind: 'none' };
  if (portal !== 'ckan') return { kind: portal, url };
  return resourceId ? { kind: portal, url, resourceId } : { kind: 'none' };
}

/** The catalog's dialect fields; others (`columns`, `dateFormat`) are the sidecar's, not read here. */
function dialect(record: JsonFields): Partial<CsvDialect> {
  const f = record.object('dialect');
  if (!f) return {};
  // A tab is its own delimiter, not space to trim.
  const delimiter = f.raw('delimiter') === '\t' ? '\t' : ruled(f, 'delimiter', dialectDelimiter);
  return setDefined<Partial<CsvDialect>>(
    {},
    {
      delimiter,
      encoding: ruled(f, 'encoding', dialectEncoding),
      decimal: ruled(f, 'decimal', dialectDecimal),
      group: ruled(f, 'group', dialectGroup),
    },
  );
}
