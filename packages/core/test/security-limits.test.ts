// Limits with clear errors in the build: columns, cell length, file size, and a site's
// own values over the defaults.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_LIMITS,
  formatError,
  headerColumns,
  limitsFromSite,
  readBudgetFile,
  readCsvFile,
} from '../src/node.ts';
import { LANGS, loadAllMessages } from '../src/index.ts';

await loadAllMessages(LANGS);

let root: string;

describe('limits on CSV files', () => {
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'rendir-limits-'));
    const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    writeFileSync(join(root, 'ancho.csv'), `${header}\n${'1,'.repeat(99_999)}1\n`);
    writeFileSync(
      join(root, 'celda.csv'),
      `vigencia;sector;apropiacion_vigente\n2025;${'x'.repeat(40_000)};10\n`,
    );
    writeFileSync(join(root, 'normal.csv'), 'vigencia;sector;apropiacion_vigente\n2025;Salud;10\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('100,000 columns are refused by name, nothing parsed', async () => {
    for (const read of [
      await readCsvFile(join(root, 'ancho.csv'), { root }),
      await readBudgetFile(join(root, 'ancho.csv'), { root }),
    ]) {
      assert.deepEqual(
        read.errors.map((e) => [e.file, e.code, e.line]),
        [['ancho.csv', 'limit.columns', 1]],
      );
      assert.match(formatError(read.errors[0], 'es'), /100000 columnas; el límite es 1000/);
      assert.match(formatError(read.errors[0], 'en'), /limits\.max_columns in site\.yaml/);
    }
  });

  test('a cell past the limit is an error at its line and column', async () => {
    const read = await readBudgetFile(join(root, 'celda.csv'), { root });
    const long = read.errors.find((e) => e.code === 'limit.cell');
    assert.deepEqual([long?.line, long?.column], [2, 2]);
    assert.match(formatError(long!, 'es'), /40000 caracteres; el límite es 32767/);
  });

  test('a site may raise or lower a limit; a file past the size limit is not read', async () => {
    const small = limitsFromSite({
      max_file_bytes: 20,
      max_columns: 2,
      unknown: 5,
      max_cell_chars: -1,
    });
    assert.equal(small.maxFileBytes, 20);
    assert.equal(small.maxColumns, 2);
    assert.equal(small.maxCellChars, DEFAULT_LIMITS.maxCellChars, 'a negative value is ignored');
    const read = await readBudgetFile(join(root, 'normal.csv'), { root, limits: small });
    assert.deepEqual(
      read.errors.map((e) => e.code),
      ['limit.file_bytes'],
    );
    const wide = await readBudgetFile(join(root, 'normal.csv'), {
      root,
      limits: limitsFromSite({ max_columns: 2 }),
    });
    assert.deepEqual(
      wide.errors.map((e) => e.code),
      ['limit.columns'],
    );
    const raised = await readBudgetFile(join(root, 'ancho.csv'), {
      root,
      limits: limitsFromSite({ max_columns: 200_000 }),
    });
    assert.ok(!raised.errors.some((e) => e.code === 'limit.columns'));
  });

  test('headerColumns counts the first line only, quotes respected', () => {
    assert.equal(headerColumns('a;b;"c;d"\n1;2;3;4;5;6'), 3);
    assert.equal(headerColumns('solo'), 1);
    assert.equal(headerColumns('a,b\tc', '\t'), 2);
  });
});
