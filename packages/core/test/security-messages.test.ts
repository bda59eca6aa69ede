// Logs and errors quote bounded, printable values; a file that is not a CSV at all is
// reported as such without quoting any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { boundedValue, MESSAGE_VALUE_CHARS, printable } from '../src/quote.ts';
import { notACsv } from '../src/security.ts';
import { decodeBytes, formatError, readBudgetFile, readCsvFile } from '../src/node.ts';
import type { ContentError } from '../src/index.ts';
import { LANGS, loadAllMessages, msg } from '../src/index.ts';

await loadAllMessages(LANGS);

const repo = join(import.meta.dirname, '../../..');

function errorWith(value: string, header?: string): ContentError {
  return {
    file: 'budget/x.csv',
    line: 3,
    column: 2,
    value,
    header,
    code: 'number.invalid',
    message: msg('number.invalid'),
    expected: msg('budget.accounting_zero.expected'),
    severity: 'error',
  };
}

test('a 5 MB cell is quoted as a few dozen characters', () => {
  const huge = 'secreto '.repeat(650_000);
  for (const lang of ['es', 'en'] as const) {
    const line = formatError(errorWith(huge, huge), lang);
    assert.ok(line.length < 300, `${line.length} characters`);
    assert.match(line, /«(secreto ){5}…»/);
  }
  assert.equal(Array.from(boundedValue('ñ'.repeat(100))).length, MESSAGE_VALUE_CHARS + 1);
  assert.equal(boundedValue('Salud'), 'Salud');
  // Astral characters are not cut in half.
  assert.equal(boundedValue('😀'.repeat(50)), `${'😀'.repeat(MESSAGE_VALUE_CHARS)}…`);
});

test('a value cannot forge a log line or send terminal escapes', () => {
  const forged = 'x\nerror: otro archivo\r\u001b[2J\u0007\u2028';
  const line = formatError(errorWith(forged), 'es');
  assert.equal(line.split('\n').length, 1);
  assert.ok(![...line].some((c) => c < ' ' || c === '\u2028'), 'no control character');
  assert.match(line, /«x\\nerror: otro archivo\\r\\u001b\[2J\\u0007\\u2028»/);
  assert.equal(printable('a\tb'), 'a\\tb');
});

test('binary files are not CSV; every CSV in the repository is', () => {
  const png = new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...deflateSync(Buffer.from('IHDR'.repeat(300))),
  ]);
  assert.equal(notACsv(decodeBytes(png).text, 'media/x.csv')?.code, 'csv.binary');
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
  assert.equal(notACsv(decodeBytes(zip).text, 'x.csv')?.code, 'csv.binary');
  const files = globSync(
    [
      'content/**/*.csv',
      'packages/*/test/fixtures/**/*.csv',
      'packages/components/src/**/fixtures/*.csv',
    ],
    { cwd: repo },
  );
  assert.ok(files.length > 20, `${files.length} files`);
  for (const file of files) {
    const text = decodeBytes(readFileSync(join(repo, file)).subarray(0, 4096)).text;
    assert.equal(notACsv(text, file), undefined, file);
  }
  // UTF-16 is text, though half its bytes are zero.
  const utf16 = new Uint8Array(Buffer.from('\ufeffvigencia;valor\r\n2025;1\r\n', 'utf16le'));
  assert.equal(notACsv(decodeBytes(utf16).text, 'x.csv', { severalColumns: true }), undefined);
});

test('a file that is not a CSV is reported without a byte of it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-notcsv-'));
  try {
    const passwd =
      'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n';
    writeFileSync(join(root, 'passwd.csv'), passwd);
    const read = await readBudgetFile(join(root, 'passwd.csv'), { root });
    assert.deepEqual(
      read.errors.map((e) => e.code),
      ['csv.no_delimiter'],
    );
    for (const lang of ['es', 'en'] as const)
      assert.doesNotMatch(formatError(read.errors[0], lang), /root|daemon|bash/);
    // A data set may have one column: only a binary file is refused there.
    const one = await readCsvFile(join(root, 'passwd.csv'), { root });
    assert.equal(one.refused, undefined);
    writeFileSync(join(root, 'key.csv'), new Uint8Array([1, 2, 3, 0, 255, 254, 0, 7]));
    const binary = await readCsvFile(join(root, 'key.csv'), { root });
    assert.equal(binary.refused?.code, 'csv.binary');
    assert.equal(binary.rows.length, 0);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
