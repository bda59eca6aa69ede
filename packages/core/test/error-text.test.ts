// The exact line an author reads for a problem: where it is said as the file's kind says
// places (a spreadsheet's row and column for a table; a text's line and column for MDX and
// YAML; a record and field for JSON), one sentence end after each part whatever the message
// ends with, and inline data named by its type and size, never by its whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  contentError,
  didYouMean,
  fileLabel,
  formatError,
  LANGS,
  loadAllMessages,
  msg,
  PLACEHOLDER,
  readerPlace,
  readSidecarObject,
  sourceName,
  withHint,
  type ContentError,
  type CoreMessageKey,
  type Lang,
  type MessageParam,
} from '../src/index.ts';
import es from '../src/messages/es.ts';
import { punctuationProblems } from '../../../test/punctuation.ts';

await loadAllMessages(LANGS);

const problem = (file: string, line: number, column: number): ContentError =>
  contentError({
    file,
    line,
    column,
    value: 'x',
    code: 'schema.invalid_value',
    expected: msg('schema.invalid_value.expected', { allowed: 'a, b' }),
    message: msg('schema.invalid_value'),
  });

test('a table says its place as a spreadsheet shows it; MDX and YAML as lines of text', () => {
  assert.equal(
    formatError(problem('indicadores/valores.csv', 14, 3), 'es'),
    'indicadores/valores.csv:14:3 — «x» no es un valor permitido. En la hoja de cálculo: fila 14, columna C. Se esperaba: uno de: a, b.',
  );
  assert.equal(
    formatError(problem('paginas/inicio.mdx', 12, 5), 'es'),
    'paginas/inicio.mdx:12:5 — «x» no es un valor permitido. En el texto: línea 12, columna 5. Se esperaba: uno de: a, b.',
  );
  assert.equal(
    formatError(problem('site.yaml', 3, 0), 'en'),
    'site.yaml:3 — «x» is not an allowed value. In the text: line 3. Expected: one of: a, b.',
  );
  for (const file of ['a.md', 'b.MDX', 'presupuesto.csv.yaml', 'c.yml', 'd.json', 'e.geojson'])
    assert.doesNotMatch(formatError(problem(file, 2, 1), 'es'), /hoja de cálculo|fila/, file);
  // A widget's source with no extension, or its inline data, is a table.
  for (const file of ['datos', 'rows.csv', 'plan.tsv', sourceName('data:text/csv,a%0A1')])
    assert.match(
      formatError(problem(file, 2, 1), 'es'),
      /En la hoja de cálculo: fila 2, columna A\./,
      file,
    );
});

test("a widget's reader sees a table's row and column, with the text line when a cell's line break moved the rows", () => {
  assert.equal(readerPlace(problem('valores.csv', 14, 3), 'es'), 'fila 14, columna C');
  assert.equal(readerPlace(problem('datos', 2, 0), 'en'), 'row 2');
  const moved = contentError({ ...problem('budget/2025.csv', 5, 3), row: 3 });
  assert.equal(readerPlace(moved, 'es'), 'fila 3, columna C (línea 5 del texto)');
  assert.equal(readerPlace(moved, 'en'), 'row 3, column C (text line 5)');
  // The whole file, a text document and a JSON record have no spreadsheet place.
  for (const e of [problem('a.csv', 0, 0), problem('inicio.mdx', 4, 2), problem('d.json', 3, 1)])
    assert.equal(readerPlace(e, 'es'), '', e.file);
});

test('a misspelt sidecar key: its suggestion ends the sentence, with no period after «?»', () => {
  const { errors } = readSidecarObject({ constant: { fiscal_year: 2024 } }, 'budget/pgn.csv.yaml');
  assert.deepEqual(
    errors.map((e) => formatError(e, 'es')),
    [
      'budget/pgn.csv.yaml — «constant» no es una clave de NOMBRE.csv.yaml. ¿Quiso decir «constants»? Se esperaba: una de: ' +
        errors[0].expected.params!.keys +
        '.',
    ],
  );
  assert.match(formatError(errors[0], 'en'), / Did you mean «constants»\? Expected: /);
  // A message with no period of its own gets one before its suggestion.
  const hinted = withHint(msg('schema.invalid_value'), didYouMean('gasto', ['gastos']));
  assert.equal(
    formatError({ ...problem('b.csv', 2, 1), message: hinted, header: 'flujo' }, 'es'),
    'b.csv:2:1 — «x» no es un valor permitido. ¿Quiso decir «gastos»? (columna «flujo»). En la hoja de cálculo: fila 2, columna A. Se esperaba: uno de: a, b.',
  );
});

const catalogueKeys = Object.keys(es) as CoreMessageKey[];
const word = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,11}$/);

test('property: no message, said as a problem in any language, doubles or clashes its punctuation', () => {
  const params = (key: CoreMessageKey, words: string[]): Record<string, MessageParam> =>
    Object.fromEntries(
      [...es[key].matchAll(PLACEHOLDER)].map((m, i) => [m[1], words[i % words.length]]),
    );
  fc.assert(
    fc.property(
      fc.constantFrom(...catalogueKeys),
      fc.constantFrom(...catalogueKeys),
      fc.array(word, { minLength: 1, maxLength: 6 }),
      fc.option(word),
      fc.option(word),
      fc.boolean(),
      fc.constantFrom('a.csv', 'p.mdx', 'r.json', sourceName('data:text/csv,1')),
      fc.nat({ max: 3 }),
      fc.constantFrom(...(LANGS as readonly Lang[])),
      (key, expectedKey, words, header, value, hinted, file, line, lang) => {
        const message = msg(key, params(key, words));
        const err: ContentError = {
          ...problem(file, line, line),
          message: hinted
            ? withHint(message, msg('suggest.did_you_mean', { best: words[0] }))
            : message,
          expected: msg(expectedKey, params(expectedKey, words)),
        };
        if (header !== null) err.header = header;
        if (value === null) delete err.value;
        else err.value = value;
        const text = formatError(err, lang);
        assert.deepEqual(punctuationProblems(text), [], text);
      },
    ),
    { numRuns: 3000 },
  );
});

test('inline data is named by its type and size, never by its text', () => {
  const csv = `año,valor\n${'2024,1234567\n'.repeat(180)}`;
  const url = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  assert.equal(new TextEncoder().encode(csv).length, 2351);
  assert.equal(sourceName(url), 'data:text/csv (2351 B)');
  assert.equal(fileLabel(sourceName(url), 'es'), 'datos en línea (data:text/csv, 2,3 KB)');
  assert.equal(fileLabel(sourceName(url), 'en'), 'inline data (data:text/csv, 2.3 KB)');
  const base64 = `data:text/csv;base64,${Buffer.from(csv).toString('base64')}`;
  assert.equal(sourceName(base64), 'data:text/csv (2351 B)');
  assert.equal(sourceName('data:,a%C3%B1o'), 'data:text/plain (4 B)');
  assert.equal(fileLabel(sourceName('data:,1'), 'es'), 'datos en línea (data:text/plain, 0,1 KB)');
  assert.equal(
    fileLabel(sourceName(`data:application/json,${'x'.repeat(3 * 1024 * 1024)}`), 'en'),
    'inline data (data:application/json, 3,072.0 KB)',
  );
  assert.equal(sourceName('data:text/csv;base64,YQ%3D%3D'), 'data:text/csv (1 B)');
  // A media type that is not one is not echoed.
  assert.equal(sourceName('data:<b>x</b>,1'), 'data:text/plain (1 B)');
  assert.equal(
    formatError(problem(sourceName(url), 4, 2), 'es'),
    'datos en línea (data:text/csv, 2,3 KB):4:2 — «x» no es un valor permitido. En la hoja de cálculo: fila 4, columna B. Se esperaba: uno de: a, b.',
  );
  // Files and URLs keep their names.
  assert.equal(
    sourceName('https://datos.gov.co/api/views/x/rows.csv?accessType=DOWNLOAD'),
    'rows.csv',
  );
  assert.equal(fileLabel('presupuesto.csv', 'es'), 'presupuesto.csv');
});
