// Catalog entries from JSON (the site's catalogo.json, the dataset widget's `entry`): what
// the catalog's CSV reader returns reads back equal, the same bad values are the same
// problems, at record and field, and no value at all makes the reader throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  LANGS,
  formatError,
  loadAllMessages,
  readDatasets,
  readDatasetsJson,
  type ContentError,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url));
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const where = (problems: readonly ContentError[]) =>
  problems.map((e) => [e.code, e.record, e.recordId, e.field, e.value]);

test('real catalogs read back equal from their JSON, as the site writes it', () => {
  for (const file of [
    './fixtures/pida-conjuntos-de-datos.csv',
    '../../../content/datasets/datasets.csv',
  ]) {
    const csv = readDatasets(fixture(file), { file: 'datasets/datasets.csv' });
    assert.deepEqual(csv.errors, [], file);
    assert.ok(csv.records.length > 0, file);
    const json = readDatasetsJson(asJson(csv.records), { file: 'catalogo.json' });
    assert.deepEqual(json, { records: csv.records, errors: [], warnings: [] }, file);
    const bundled = readDatasetsJson(asJson({ datasets: csv.records }), { file: 'x.json' });
    assert.deepEqual(bundled.records, csv.records, file);
  }
});

test('every source and dialect the CSV takes reads back equal, and what it refuses is refused', () => {
  const csv = readDatasets(
    [
      'dataset_id,title,keywords,file,url,api,ckan_resource_id,delimiter,decimal,encoding,group,contact_email',
      'a,Local,contratos | 2025,contratos.csv,,,,;,",",windows-1252,.,datos@tunja.gov.co',
      'b,Socrata,,,https://www.datos.gov.co/resource/abcd-1234.json,socrata,,tab,,,,',
      'c,CKAN,,,https://ckan.example.org,ckan,res-1,|,.,utf-16,",",',
      'd,Malo,,../../etc/passwd,,,,,,,,',
      'e,Peligro,,,javascript:alert(1),,,,,,,correo',
    ].join('\n'),
    { file: 'datasets/datasets.csv' },
  );
  const json = readDatasetsJson(
    asJson([
      ...csv.records.slice(0, 3),
      { id: 'd', title: 'Malo', source: { kind: 'file', file: '../../etc/passwd' } },
      {
        id: 'e',
        title: 'Peligro',
        source: { kind: 'csv', url: 'javascript:alert(1)' },
        contactEmail: 'correo',
      },
    ]),
    { file: 'catalogo.json' },
  );
  assert.deepEqual(json.records, csv.records);
  assert.deepEqual(csv.records[1].dialect, { delimiter: '\t' });
  // The same problems, each at its line in the CSV and at its record and field in JSON.
  assert.deepEqual(
    [...csv.errors, ...csv.warnings].map((e) => [e.code, e.line, e.value]),
    [
      ['dataset.file_outside', 5, '../../etc/passwd'],
      ['url.unsafe', 6, 'javascript:alert(1)'],
      ['dataset.invalid_email', 6, 'correo'],
    ],
  );
  assert.deepEqual(where([...json.errors, ...json.warnings]), [
    ['dataset.file_outside', 4, 'd', 'source.file', '../../etc/passwd'],
    ['url.unsafe', 5, 'e', 'source.url', 'javascript:alert(1)'],
    ['dataset.invalid_email', 5, 'e', 'contactEmail', 'correo'],
  ]);
});

test('each kind of bad field is a problem at its record and field, in es and en', () => {
  const r = readDatasetsJson(
    [
      { id: 'a', title: 42, keywords: 'contratos' },
      { id: 'b', title: 'B', source: { kind: 'ftp', url: 'ftp://x' } },
      { id: 'c', title: 'C', source: { kind: 'ckan', url: 'https://ckan.example.org' } },
      { id: 'd', title: 'D', dialect: { decimal: ';', encoding: 'latin-9', delimiter: 4 } },
      { id: 'd', title: 'D otra vez', modified: '03/04/2025', source: 'https://x.org/d.csv' },
      'no es un registro',
    ],
    { file: '<rendir-dataset> entry' },
  );
  assert.deepEqual(r.records.length, 5);
  assert.deepEqual(where(r.errors), [
    ['json.not_object', 6, undefined, undefined, 'no es un registro'],
    ['json.not_text', 1, 'a', 'title', '42'],
    ['json.not_list', 1, 'a', 'keywords', 'contratos'],
    ['schema.invalid_value', 2, 'b', 'source.kind', 'ftp'],
    ['json.required', 3, 'c', 'source.resourceId', ''],
    ['json.not_text', 4, 'd', 'dialect.delimiter', '4'],
    ['schema.invalid_value', 4, 'd', 'dialect.encoding', 'latin-9'],
    ['schema.invalid_value', 4, 'd', 'dialect.decimal', ';'],
    ['json.duplicate_id', 5, 'd', 'id', 'd'],
    ['json.not_object', 5, 'd', 'source', 'https://x.org/d.csv'],
    ['date.ambiguous', 5, 'd', 'modified', '03/04/2025'],
  ]);
  // Nothing half-read is kept: a refused source is none, a refused dialect field absent.
  assert.deepEqual(
    r.records.map((e) => [e.source.kind, e.dialect]),
    [
      ['none', {}],
      ['none', {}],
      ['none', {}],
      ['none', {}],
      ['none', {}],
    ],
  );
  const ckan = r.errors[4];
  assert.match(
    formatError(ckan, 'es'),
    /<rendir-dataset> entry, registro 3 \(c\), campo source\.resourceId/,
  );
  assert.match(
    formatError(ckan, 'en'),
    /<rendir-dataset> entry, record 3 \(c\), field source\.resourceId/,
  );
  assert.deepEqual(
    where(readDatasetsJson({ filas: [] }, { file: 'x.json' }).errors).map((e) => e[0]),
    ['json.not_records'],
  );
});

test('property: no JSON value makes the reader throw, and what it keeps is well formed', () => {
  const entryLike = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
      title: fc.oneof(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 })),
      keywords: fc.jsonValue({ maxDepth: 2 }),
      modified: fc.jsonValue({ maxDepth: 1 }),
      contactEmail: fc.jsonValue({ maxDepth: 1 }),
      source: fc.oneof(
        fc.record({
          kind: fc.oneof(fc.constantFrom('file', 'csv', 'socrata', 'ckan', 'none'), fc.jsonValue()),
          url: fc.oneof(fc.webUrl(), fc.jsonValue({ maxDepth: 1 })),
          file: fc.jsonValue({ maxDepth: 1 }),
          resourceId: fc.jsonValue({ maxDepth: 1 }),
        }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      dialect: fc.oneof(
        fc.dictionary(
          fc.constantFrom('delimiter', 'encoding', 'decimal', 'group', 'columns'),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  );
  const kinds = new Set(['file', 'csv', 'socrata', 'ckan', 'none']);
  fc.assert(
    fc.property(fc.oneof(fc.array(entryLike, { maxLength: 4 }), fc.jsonValue()), (value) => {
      const r = readDatasetsJson(value, { file: 'x.json' });
      for (const entry of r.records) {
        assert.equal(typeof entry.id, 'string');
        assert.equal(typeof entry.title, 'string');
        assert.ok(Array.isArray(entry.keywords));
        assert.ok(kinds.has(entry.source.kind));
        for (const v of Object.values(entry.dialect)) assert.equal(typeof v, 'string');
        for (const v of Object.values(entry.extra)) assert.equal(typeof v, 'string');
      }
      for (const e of [...r.errors, ...r.warnings])
        assert.equal(typeof formatError(e, 'en'), 'string');
    }),
  );
});
