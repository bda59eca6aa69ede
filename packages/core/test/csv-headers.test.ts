// readCsvHeaders: the header row as readCsvFile reads it, without reading the rows (the site
// tells an Open SDG series from an indicators table by it, then reads the file once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LIMITS, encodeWindows1252, readCsvFile, readCsvHeaders } from '../src/node.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

async function sameAsWholeRead(path: string, root: string) {
  const whole = await readCsvFile(path, { root });
  const headers = await readCsvHeaders(path, { root });
  assert.deepEqual(headers, whole.refused ? [] : whole.headers, path);
  return headers;
}

test('every real published CSV of the fixtures: the same headers as a whole read', async () => {
  const files = globSync('**/*.csv', { cwd: fixtures });
  assert.ok(files.length >= 15, `${files.length} files`);
  for (const file of files) {
    const headers = await sameAsWholeRead(join(fixtures, file), fixtures);
    assert.ok(headers.length > 1, `${file}: ${headers.join('|')}`);
  }
  // Madrid's 20,217 lines (3.4 MB) and a known header of it.
  const madrid = await readCsvHeaders(join(fixtures, 'budget-real', 'madrid_gastos_2012-2015.csv'));
  assert.ok(madrid.includes('DESCRIPCION PROGRAMA'), madrid.join('|'));
});

test('the header rules of a whole read: sep= line, blank lines, Windows-1252, a sidecar, quotes, no rows', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-headers-'));
  const write = (name: string, body: string | Uint8Array) => {
    writeFileSync(join(root, name), body);
    return join(root, name);
  };
  // Rows after the first batch the header search parses, so that it stops early there.
  const many = Array.from({ length: 2000 }, (_, i) => `${2000 + (i % 30)};${i};x`).join('\n');
  const cases: [string, string | Uint8Array, string[]][] = [
    ['sep.csv', `sep=;\nYear;Value;Units\n${many}\n`, ['Year', 'Value', 'Units']],
    ['blank.csv', `\n\r\n  \nyear,value\n2020,1\n`, ['year', 'value']],
    [
      'cp1252.csv',
      encodeWindows1252('Año;Descripción;Valor\r\n2025;Café;1.234\r\n'),
      ['Año', 'Descripción', 'Valor'],
    ],
    ['quoted.csv', `"Year","Value ""raw""","a, b"\n2020,1,2\n`, ['Year', 'Value "raw"', 'a, b']],
    ['header-only.csv', 'Year;Value', ['Year', 'Value']],
    ['bom.csv', '\uFEFFYear,Value\n2020,1\n', ['Year', 'Value']],
  ];
  for (const [name, body, expected] of cases) {
    const headers = await sameAsWholeRead(write(name, body), root);
    assert.deepEqual(headers, expected, name);
  }
  // A sidecar's dialect applies: `|` declared, the header read with it.
  const piped = write('piped.csv', 'Year|Value;raw\n2020|1;2\n');
  writeFileSync(`${piped}.yaml`, 'delimiter: "|"\n');
  assert.deepEqual(await sameAsWholeRead(piped, root), ['Year', 'Value;raw']);
});

test('what a whole read refuses has no headers: outside the folder, too big, not a CSV', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-headers-root-'));
  const outside = join(mkdtempSync(join(tmpdir(), 'rendir-headers-out-')), 'x.csv');
  writeFileSync(outside, 'year,value\n2020,1\n');
  assert.deepEqual(await readCsvHeaders(outside, { root }), []);
  const big = join(root, 'big.csv');
  writeFileSync(big, 'year,value\n2020,1\n');
  const limits = { ...DEFAULT_LIMITS, maxFileBytes: 8 };
  assert.ok((await readCsvFile(big, { root, limits })).refused);
  assert.deepEqual(await readCsvHeaders(big, { root, limits }), []);
  // A spreadsheet saved as .csv: binary bytes.
  const binary = join(root, 'book.csv');
  writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0, 0x2c, 0x0a]));
  assert.ok((await readCsvFile(binary, { root })).refused);
  assert.deepEqual(await readCsvHeaders(binary, { root }), []);
});
