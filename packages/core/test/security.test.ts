import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatError,
  parseNumber,
  readBudget,
  readDatasets,
  safeUrl,
  toCsv,
  loadAllMessages,
  msg,
  LANGS,
} from '../src/index.ts';
import type { ContentError } from '../src/index.ts';

await loadAllMessages(LANGS);

test('safeUrl makes only http, https and mailto clickable', () => {
  assert.equal(
    safeUrl('https://www.datos.gov.co/resource/x.json'),
    'https://www.datos.gov.co/resource/x.json',
  );
  assert.equal(safeUrl(' http://bogota.gov.co '), 'http://bogota.gov.co/');
  assert.equal(safeUrl('mailto:transparencia@bogota.gov.co'), 'mailto:transparencia@bogota.gov.co');
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    '/relativo',
    '//evil.example',
    'https://',
    '',
    'https://a b.co',
  ]) {
    assert.equal(safeUrl(bad), undefined, bad);
  }
  assert.equal(safeUrl(undefined), undefined);
});

test('property: safeUrl never returns anything but http(s) or mailto', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc
          .tuple(
            fc.constantFrom(
              'http://',
              'https://',
              'mailto:',
              'javascript:',
              'data:',
              'ftp://',
              '//',
              ' JavaScript:',
              'java\nscript:',
            ),
            fc.string(),
          )
          .map(([scheme, rest]) => scheme + rest),
      ),
      (s) => {
        const u = safeUrl(s);
        if (u !== undefined) assert.match(u, /^(https?:\/\/|mailto:)/);
      },
    ),
    { numRuns: 1000 },
  );
});

test('toCsv neutralises formula cells and quotes what needs quoting', () => {
  const csv = toCsv(
    [
      ['Nombre', 'Valor', 'Nota'],
      ['=HYPERLINK("http://x","clic")', '-1234,5', '@SUM(A1)'],
      ['+57 1 555', '-', 'a;b'],
      ['\tTab', '\rCR', 'línea\nnueva'],
    ],
    { delimiter: ';' },
  );
  assert.equal(
    csv,
    'Nombre;Valor;Nota\r\n' +
      `"'=HYPERLINK(""http://x"",""clic"")";-1234,5;'@SUM(A1)\r\n` +
      '\'+57 1 555;\'-;"a;b"\r\n' +
      `'\tTab;"'\rCR";"línea\nnueva"\r\n`,
  );
});

test('formatError gives one actionable line per problem in each language', () => {
  const err: ContentError = {
    file: 'indicators/values.csv',
    line: 14,
    column: 3,
    header: 'valor',
    value: '1.234',
    code: 'number.ambiguous',
    expected: msg('indicator.target_missing.expected'),
    message: msg('number.invalid'),
    severity: 'error',
  };
  assert.equal(
    formatError(err, 'es'),
    'indicators/values.csv:14:3 — «1.234» no es un número (columna «valor»). En la hoja de cálculo: fila 14, columna C. Se esperaba: un valor de meta.',
  );
  assert.equal(
    formatError(err, 'en'),
    'indicators/values.csv:14:3 — «1.234» is not a number (column «valor»). In a spreadsheet: row 14, column C. Expected: a target value.',
  );
  assert.equal(
    formatError({ ...err, line: 0, column: 0, value: undefined, header: undefined }, 'en'),
    'indicators/values.csv — is not a number. Expected: a target value.',
  );
});

test('content cannot reach Object.prototype through headers or enum words', () => {
  const r = readBudget(
    // A third row with a real flow word: the column is a flow column, so each prototype
    // word is refused where it stands (a column of none would be refused whole).
    'Vigencia;Tipo;__proto__;constructor;Valor\n2025;constructor;x;y;1\n2025;toString;z;w;2\n2025;gasto;v;u;3\n',
    {
      file: 'b.csv',
    },
  );
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column]),
    [
      ['schema.invalid_value', 2, 2],
      ['schema.invalid_value', 3, 2],
    ],
  );
  assert.equal(r.records[0].flow, 'expense');
  assert.equal(Object.getPrototypeOf(r.records[0].extra), Object.prototype);
  assert.deepEqual(Object.keys(r.records[0].extra), ['__proto__', 'constructor']);
  assert.equal(JSON.parse(JSON.stringify(r.records[0].extra)).constructor, 'y');
  assert.deepEqual(parseNumber('constructor', 'es'), {
    error: 'number.invalid',
    raw: 'constructor',
  });
  const d = readDatasets('dataset_id,title,delimiter\na,A,constructor\n', { file: 'd.csv' });
  assert.equal(d.records[0].dialect.delimiter, undefined);
  assert.equal(d.errors[0].code, 'schema.invalid_value');
});
