/** The dataset catalog (`datasets/datasets.csv`). */
import { sortErrors } from '../errors.ts';
import { DATASET_ALIASES } from '../headers.ts';
import { parseDate } from '../period.ts';
import type { DatasetEntry, ReadResult } from '../types.ts';
import {
  Problems,
  cellAt,
  enumError,
  extraFields,
  matchTable,
  requireColumns,
  requiredValueError,
  splitList,
  dateCellError,
  dateFormatOf,
  toTable,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';
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
import { msg } from '../message.ts';

/** Reads the catalog. A dataset's source is a local `file`, or a `url` read by `api` (csv, socrata, ckan). */
export function readDatasets(input: CsvInput, options: SchemaOptions): ReadResult<DatasetEntry> {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const headers = table.headers;
  const match = matchTable(table, DATASET_ALIASES, options);
  requireColumns(table, match, ['dataset_id', 'title'], DATASET_ALIASES, problems);
  const col = (key: string) => {
    const i = match.keys.get(key) ?? 0;
    return { column: i + 1, header: headers[i] };
  };
  const records: DatasetEntry[] = [];
  const seen = new Set<string>();
  for (const { cells, line } of table.rows) {
    const text = (key: string): string | undefined =>
      cellAt(cells, match.keys.get(key)) || undefined;
    const at = (key: string): FieldAt => ({ problems, line, ...col(key) });
    const id = text('dataset_id') ?? '';
    if (id === '' && match.keys.has('dataset_id'))
      requiredValueError(
        problems,
        line,
        col('dataset_id').column,
        col('dataset_id').header,
        'dataset_id',
      );
    if (id !== '' && seen.has(id)) {
      problems.error({
        line,
        ...col('dataset_id'),
        value: id,
        code: 'dataset.duplicate_id',
        expected: msg('dataset.duplicate_id.expected'),
        message: msg('dataset.duplicate_id'),
      });
    }
    seen.add(id);
    const title = text('title') ?? '';
    if (title === '' && match.keys.has('title'))
      requiredValueError(problems, line, col('title').column, col('title').header, 'title');
    const entry: DatasetEntry = {
      id,
      title,
      keywords: splitList(text('keywords') ?? ''),
      source: { kind: 'none' },
      dialect: {},
      extra: extraFields(cells, match.extra),
    };
    for (const [key, field] of [
      ['description', 'description'],
      ['publisher', 'publisher'],
      ['theme', 'theme'],
      ['license', 'license'],
      ['accrual_periodicity', 'accrualPeriodicity'],
    ] as const) {
      const v = text(key);
      if (v !== undefined) entry[field] = v;
    }
    const email = text('contact_email');
    if (email !== undefined) {
      const valid = contactEmail(at('contact_email'), email);
      if (valid) entry.contactEmail = valid;
    }
    for (const [key, field] of [
      ['issued', 'issued'],
      ['modified', 'modified'],
    ] as const) {
      const raw = text(key);
      if (raw === undefined) continue;
      const dateFormat = dateFormatOf(table, options);
      const d = parseDate(raw, dateFormat);
      if (d) entry[field] = d;
      else dateCellError(problems, line, col(key).column, col(key).header, raw, dateFormat);
    }
    const file = text('file');
    const rawUrl = text('url');
    const api = (text('api') ?? '').toLowerCase();
    if (file !== undefined) {
      const inside = datasetFile(at('file'), file);
      if (inside) entry.source = { kind: 'file', file: inside };
    } else if (rawUrl !== undefined) {
      const kind = api === '' ? 'csv' : PORTAL_APIS.find((known) => known === api);
      if (!kind) enumError(problems, line, col('api').column, col('api').header, api, PORTAL_APIS);
      const url = portalUrl(at('url'), rawUrl);
      const resourceId = kind === 'ckan' ? text('ckan_resource_id') : undefined;
      if (kind === 'ckan' && !resourceId)
        requiredValueError(
          problems,
          line,
          col('ckan_resource_id').column,
          col('ckan_resource_id').header ?? 'ckan_resource_id',
          'ckan_resource_id',
        );
      if (kind && url && kind !== 'ckan') entry.source = { kind, url };
      else if (kind === 'ckan' && url && resourceId) entry.source = { kind, url, resourceId };
    }
    const delim = text('delimiter');
    if (delim !== undefined) {
      const d = dialectDelimiter(at('delimiter'), delim);
      if (d) entry.dialect.delimiter = d;
    }
    const enc = text('encoding');
    if (enc !== undefined) {
      const e = dialectEncoding(at('encoding'), enc);
      if (e) entry.dialect.encoding = e;
    }
    const dec = text('decimal');
    if (dec !== undefined) {
      const d = dialectDecimal(at('decimal'), dec);
      if (d) entry.dialect.decimal = d;
    }
    const grp = cellAt(cells, match.keys.get('group'));
    if (match.keys.has('group') && grp !== '') {
      const g = dialectGroup(at('group'), grp);
      if (g) entry.dialect.group = g;
    }
    records.push(entry);
  }
  return { records, errors: sortErrors(problems.errors), warnings: sortErrors(problems.warnings) };
}
