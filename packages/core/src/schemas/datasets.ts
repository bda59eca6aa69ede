/** The dataset catalog (`datasets/datasets.csv`). */
import { ENCODING_CHOICES, encodingName } from '../encoding.ts';
import { sortErrors } from '../errors.ts';
import { DATASET_ALIASES } from '../headers.ts';
import { parseDate } from '../period.ts';
import { safeUrl } from '../security.ts';
import type { CsvDialect, DatasetEntry, ReadResult } from '../types.ts';
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
  ownValue,
  toTable,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';
import { unsafeUrlWarning } from './field-errors.ts';
import { msg } from '../message.ts';

const DELIMS: Record<string, CsvDialect['delimiter']> = {
  ',': ',',
  ';': ';',
  '|': '|',
  '\\t': '\t',
  tab: '\t',
  tabulador: '\t',
  coma: ',',
  comma: ',',
  'punto y coma': ';',
  semicolon: ';',
};

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
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) entry.contactEmail = email;
      else {
        problems.warning({
          line,
          ...col('contact_email'),
          value: email,
          code: 'dataset.invalid_email',
          expected: msg('dataset.invalid_email.expected'),
          message: msg('dataset.invalid_email'),
        });
      }
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
      if (file.includes('..') || file.startsWith('/') || /^[a-z]+:/i.test(file)) {
        problems.error({
          line,
          ...col('file'),
          value: file,
          code: 'dataset.file_outside',
          expected: msg('dataset.file_outside.expected'),
          message: msg('dataset.file_outside'),
        });
      } else entry.source = { kind: 'file', file };
    } else if (rawUrl !== undefined) {
      const url = safeUrl(rawUrl);
      if (!url || url.startsWith('mailto:'))
        unsafeUrlWarning(problems, line, col('url').column, col('url').header, rawUrl);
      else if (api === '' || api === 'csv') entry.source = { kind: 'csv', url };
      else if (api === 'socrata') entry.source = { kind: 'socrata', url };
      else if (api === 'ckan') {
        const resourceId = text('ckan_resource_id');
        if (resourceId) entry.source = { kind: 'ckan', url, resourceId };
        else
          requiredValueError(
            problems,
            line,
            col('ckan_resource_id').column,
            col('ckan_resource_id').header ?? 'ckan_resource_id',
            'ckan_resource_id',
          );
      } else
        enumError(problems, line, col('api').column, col('api').header, api, [
          'csv',
          'socrata',
          'ckan',
        ]);
    }
    const delim = text('delimiter');
    if (delim !== undefined) {
      const d = ownValue(DELIMS, delim.toLowerCase());
      if (d) entry.dialect.delimiter = d;
      else
        enumError(problems, line, col('delimiter').column, col('delimiter').header, delim, [
          ',',
          ';',
          'tab',
          '|',
        ]);
    }
    const enc = text('encoding');
    if (enc !== undefined) {
      const e = encodingName(enc);
      if (e) entry.dialect.encoding = e;
      else
        enumError(
          problems,
          line,
          col('encoding').column,
          col('encoding').header,
          enc,
          ENCODING_CHOICES,
        );
    }
    const dec = text('decimal');
    if (dec !== undefined) {
      if (dec === ',' || dec === '.') entry.dialect.decimal = dec;
      else enumError(problems, line, col('decimal').column, col('decimal').header, dec, [',', '.']);
    }
    const grp = cellAt(cells, match.keys.get('group'));
    if (match.keys.has('group') && grp !== '') {
      if (grp === '.' || grp === ',') entry.dialect.group = grp;
      else enumError(problems, line, col('group').column, col('group').header, grp, ['.', ',']);
    }
    records.push(entry);
  }
  return { records, errors: sortErrors(problems.errors), warnings: sortErrors(problems.warnings) };
}
