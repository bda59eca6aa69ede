// UTF-16 files: Excel's "Texto Unicode (*.txt)" export is UTF-16 LE with a BOM and tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  decodeBytes,
  readBudget,
  readCsv,
  readDatasets,
  streamCsv,
  toCsv,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import type { CsvTable } from '../src/index.ts';
import { encodingName, utf16ByteOrder } from '../src/encoding.ts';
import { readBudgetFile, readCsvFile, readSidecar } from '../src/node.ts';
import { streamOf } from './streams.ts';

await loadAllMessages(LANGS);

/** Text as UTF-16 bytes in either byte order, with or without BOM. */
function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = order === 'le' ? 0xff : 0xfe;
    out[at++] = order === 'le' ? 0xfe : 0xff;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[at++] = order === 'le' ? c & 0xff : c >> 8;
    out[at++] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

/** The bytes cut once at `at`. */
function splitAt(bytes: Uint8Array, at: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (at > 0) controller.enqueue(bytes.slice(0, at));
      if (at < bytes.length) controller.enqueue(bytes.slice(at));
      controller.close();
    },
  });
}

/** A table without its encoding, to compare readings of the same text in two encodings. */
function sansEncoding(t: CsvTable) {
  const { encoding: _e, dialect, ...rest } = t;
  const { encoding: _d, ...dialectRest } = dialect;
  return { ...rest, dialect: dialectRest };
}

// As Excel's "Unicode Text" writes it: tabs, CRLF, es amounts.
const UNICODE_TEXT = [
  'Descripción\tAño\tValor',
  'Pequeña obra en Nariño\t2025\t1.234,56',
  'Señalización «vía» – €\t2025\t-987.654.321,09',
].join('\r\n');

test('UTF-16 LE with BOM (Excel "Unicode Text"): accents, ñ, amounts, tab delimiter', () => {
  const t = readCsv(utf16(UNICODE_TEXT + '\r\n', 'le'), { file: 'budget/unicode.txt' });
  assert.equal(t.encoding, 'utf-16le');
  assert.equal(t.dialect.encoding, 'utf-16le');
  assert.equal(t.dialect.delimiter, '\t', 'the tab is found in the header line');
  assert.deepEqual(t.headers, ['Descripción', 'Año', 'Valor']);
  assert.deepEqual(t.rows, [
    { line: 2, cells: ['Pequeña obra en Nariño', '2025', '1.234,56'] },
    { line: 3, cells: ['Señalización «vía» – €', '2025', '-987.654.321,09'] },
  ]);
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.warnings, [], 'a BOM is unambiguous: nothing to warn about');
  const d = decodeBytes(utf16('Año', 'le'));
  assert.deepEqual(d, {
    text: 'Año',
    encoding: 'utf-16le',
    badBytes: [],
    hadBom: true,
    utf16WithoutBom: false,
    bomOverrode: undefined,
  });
});

test('UTF-16 BE with BOM reads the same', () => {
  const le = readCsv(utf16(UNICODE_TEXT, 'le'), { file: 'x.txt' });
  const be = readCsv(utf16(UNICODE_TEXT, 'be'), { file: 'x.txt' });
  assert.equal(be.encoding, 'utf-16be');
  assert.deepEqual(be.warnings, []);
  assert.deepEqual(sansEncoding(be), sansEncoding(le));
  assert.deepEqual(sansEncoding(be), sansEncoding(readCsv(UNICODE_TEXT, { file: 'x.txt' })));
});

test('a file that is only a UTF-16 BOM is an empty file', () => {
  const t = readCsv(new Uint8Array([0xff, 0xfe]), { file: 'e.txt' });
  assert.equal(t.encoding, 'utf-16le');
  assert.deepEqual(
    t.errors.map((e) => e.code),
    ['csv.empty'],
  );
});

test('readBudget on a UTF-16 LE budget gives exactly the records of the UTF-8 file', () => {
  const text = [
    'Vigencia\tSector\tEntidad\tApropiación vigente\tCompromisos\tPagos\tObservación',
    '2025\tSalud\tSecretaría de Salud\t1.234.567,89\t1.000.000,50\t900.000\tniño',
    '2025\tEducación\tSecretaría de Educación\t530.111.333.555.778,44\t0,01\t-\t',
    '2025\tMovilidad\tIDU\t$ 2.000.000\tS/D\tN/A\tañadir 😀',
  ].join('\r\n');
  const opts = { file: 'budget/2025.txt', levels: ['Sector', 'Entidad'] };
  const fromUtf8 = readBudget(new TextEncoder().encode(text), opts);
  const fromUtf16 = readBudget(utf16(text, 'le'), opts);
  assert.deepEqual(fromUtf8.errors, []);
  assert.equal(fromUtf8.records.length, 3);
  assert.equal(fromUtf8.records[1].amounts.current_appropriation, '530111333555778.44');
  assert.deepEqual(fromUtf16, fromUtf8);
  assert.deepEqual(readBudget(utf16(text, 'be'), opts), fromUtf8);
});

test('streamCsv: UTF-16 split at every byte offset, odd ones and mid-surrogate included', async () => {
  // 😀 is a surrogate pair (4 bytes); a cut inside it, or inside any code unit, must hold.
  const text = 'Nombre\tValor\nAñadir 😀\t1.234,56\n«Niño» 😀😀\t7\n';
  for (const order of ['le', 'be'] as const) {
    const bytes = utf16(text, order);
    const whole = readCsv(bytes, { file: 's.txt' });
    assert.deepEqual(whole.rows[0].cells, ['Añadir 😀', '1.234,56']);
    for (let at = 0; at <= bytes.length; at++) {
      const streamed = await streamCsv(splitAt(bytes, at), { file: 's.txt' });
      assert.deepEqual(streamed, whole, `${order}, cut at byte ${at}`);
    }
    for (const size of [1, 3, 5]) {
      const streamed = await streamCsv(streamOf(bytes, [size]), { file: 's.txt', chunkRows: 1 });
      assert.deepEqual(streamed, whole, `${order}, chunks of ${size}`);
    }
  }
});

test('streamCsv on a large UTF-16 file delivers rows as it reads', async () => {
  const lines = ['Vigencia\tSector\tValor'];
  for (let i = 0; i < 3000; i++) lines.push(`2025\tSeñal ${i}\t${i},5`);
  const bytes = utf16(lines.join('\r\n'), 'le');
  let batches = 0;
  const streamed = await streamCsv(streamOf(bytes, [4093, 8191]), {
    file: 'big.txt',
    chunkRows: 500,
    onRows: () => batches++,
  });
  assert.ok(batches >= 6);
  assert.deepEqual(streamed, readCsv(bytes, { file: 'big.txt' }));
  assert.deepEqual(streamed.rows[2999].cells, ['2025', 'Señal 2999', '2999,5']);
});

test('UTF-16 LE without a BOM is recognised from its zero bytes, with a warning', async () => {
  const bytes = utf16(UNICODE_TEXT, 'le', false);
  const t = readCsv(bytes, { file: 'sin-bom.txt' });
  assert.equal(t.encoding, 'utf-16le');
  assert.deepEqual(t.rows[1].cells, ['Señalización «vía» – €', '2025', '-987.654.321,09']);
  assert.deepEqual(
    t.warnings.map((w) => [w.code, w.line, w.column]),
    [['csv.encoding_utf16_nobom', 0, 0]],
  );
  assert.match(messageText(t.warnings[0].message, 'es'), /UTF-16/);
  assert.match(messageText(t.warnings[0].message, 'en'), /UTF-16/);
  // Streaming decides from the same first bytes, whatever the chunks.
  assert.deepEqual(await streamCsv(streamOf(bytes, [1, 2, 3]), { file: 'sin-bom.txt' }), t);
  // Larger than what is looked at, cut so the sample ends on an odd byte.
  const lines = ['Código\tValor'];
  for (let i = 0; i < 1000; i++) lines.push(`Año ${i}\t${i}`);
  const big = utf16(lines.join('\n'), 'le', false);
  const bigWhole = readCsv(big, { file: 'b.txt' });
  assert.equal(bigWhole.encoding, 'utf-16le');
  assert.equal(bigWhole.rows.length, 1000);
  assert.deepEqual(await streamCsv(streamOf(big, [4095, 7]), { file: 'b.txt' }), bigWhole);
  // A declared encoding is no surprise.
  const declared = readCsv(bytes, { file: 'd.txt', dialect: { encoding: 'utf-16le' } });
  assert.deepEqual(declared.warnings, []);
  assert.deepEqual(declared.rows, t.rows);
});

test('UTF-16 BE without a BOM is recognised too, and the warning names its byte order', async () => {
  const bytes = utf16(UNICODE_TEXT, 'be', false);
  const t = readCsv(bytes, { file: 'sin-bom-be.txt' });
  assert.equal(t.encoding, 'utf-16be');
  assert.deepEqual(t.rows[1].cells, ['Señalización «vía» – €', '2025', '-987.654.321,09']);
  assert.deepEqual(
    t.warnings.map((w) => w.code),
    ['csv.encoding_utf16_nobom'],
  );
  assert.match(messageText(t.warnings[0].message, 'es'), /UTF-16 BE/);
  assert.match(messageText(t.warnings[0].message, 'en'), /UTF-16 BE/);
  assert.deepEqual(await streamCsv(streamOf(bytes, [1, 2, 3]), { file: 'sin-bom-be.txt' }), t);
  // The same amounts whichever byte order wrote them.
  const le = readBudget(utf16(UNICODE_TEXT, 'le', false), { file: 'le.txt' });
  const be = readBudget(bytes, { file: 'be.txt' });
  assert.deepEqual(
    be.records.map((r) => r.amounts),
    le.records.map((r) => r.amounts),
  );
  assert.ok(be.records.length > 0);
});

test('UTF-16 without a BOM: what is not recognised', () => {
  const utf8 = new TextEncoder().encode(UNICODE_TEXT);
  assert.equal(utf16ByteOrder(utf8), undefined, 'UTF-8 has no zero bytes');
  assert.equal(readCsv(utf8, { file: 'a.csv' }).encoding, 'utf-8');
  const cp1252 = new Uint8Array([0x41, 0xf1, 0x6f, 0x3b, 0x80, 0x0a, 0x31, 0x3b, 0x32]);
  assert.equal(utf16ByteOrder(cp1252), undefined);
  assert.equal(readCsv(cp1252, { file: 'b.csv' }).encoding, 'windows-1252');
  assert.equal(utf16ByteOrder(utf16('a', 'le', false)), undefined, 'one code unit proves nothing');
  assert.equal(
    utf16ByteOrder(new Uint8Array([0x61, 0, 0, 0, 0x62, 0])),
    undefined,
    'a NUL is not text',
  );
  // UTF-32 LE puts a zero unit after every character.
  assert.equal(
    utf16ByteOrder(new Uint8Array([0x61, 0, 0, 0, 0x3b, 0, 0, 0, 0x62, 0, 0, 0])),
    undefined,
  );
  // Text mostly outside Latin-1 (here CJK) is not taken for UTF-16 LE without a BOM.
  assert.equal(utf16ByteOrder(utf16('名称\t数值\n预算\t1\n', 'le', false)), undefined);
  // A zip (an .xlsx saved with a .csv name): zeros, but not every other byte.
  const zip = new Uint8Array([
    0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee,
    0x9d, 0x68, 0x5e, 0x01, 0x00, 0x00, 0x90, 0x04, 0x00, 0x00, 0x13, 0x00, 0x08, 0x02, 0x5b, 0x43,
  ]);
  assert.equal(utf16ByteOrder(zip), undefined);
  // Latin text with a few characters beyond Latin-1 (€ – “ ”) still is, in either order.
  assert.equal(utf16ByteOrder(utf16('Valor €\tNota “sí” – 1\n', 'le', false)), 'utf-16le');
  assert.equal(utf16ByteOrder(utf16('Valor €\tNota “sí” – 1\n', 'be', false)), 'utf-16be');
  // UTF-32 BE puts three zero bytes before every character.
  assert.equal(
    utf16ByteOrder(new Uint8Array([0, 0, 0, 0x61, 0, 0, 0, 0x3b, 0, 0, 0, 0x62])),
    undefined,
  );
  assert.equal(utf16ByteOrder(utf16('名称\t数值\n预算\t1\n', 'be', false)), undefined);
});

test('a BOM wins over a contradicting declaration, and says so', () => {
  const t = readCsv(utf16(UNICODE_TEXT, 'le'), {
    file: 'c.txt',
    dialect: { encoding: 'windows-1252' },
  });
  assert.equal(t.encoding, 'utf-16le');
  assert.deepEqual(t.rows[0].cells, ['Pequeña obra en Nariño', '2025', '1.234,56']);
  assert.deepEqual(
    t.warnings.map((w) => [w.code, w.value]),
    [['csv.encoding_bom_mismatch', 'windows-1252']],
  );
  // `utf-16` (read as utf-16le) only left the byte order to the BOM: no warning.
  const be = readCsv(utf16(UNICODE_TEXT, 'be'), {
    file: 'c.txt',
    dialect: { encoding: 'utf-16le' },
  });
  assert.equal(be.encoding, 'utf-16be');
  assert.deepEqual(be.warnings, []);
});

test('encoding names a sidecar or catalog may use', () => {
  for (const name of ['utf-16', 'UTF16', 'unicode', 'Unicode', 'utf-16le', 'UTF_16LE', 'utf16le'])
    assert.equal(encodingName(name), 'utf-16le', name);
  for (const name of ['utf-16be', 'UTF-16BE', 'utf16be'])
    assert.equal(encodingName(name), 'utf-16be');
  assert.equal(encodingName('UTF_8'), 'utf-8');
  assert.equal(encodingName('latin1'), 'windows-1252');
  assert.equal(encodingName('ebcdic'), undefined);
  assert.equal(encodingName('constructor'), undefined);
});

test('a catalog may declare a dataset as utf-16 (unicode) too', () => {
  const text = [
    'dataset_id,title,file,delimiter,encoding',
    'a,Contratos,contratos.txt,tab,Unicode',
    'b,Pagos,pagos.csv,;,UTF-16BE',
    'c,Malo,malo.csv,;,utf-32',
  ].join('\n');
  const r = readDatasets(text, { file: 'datasets/datasets.csv' });
  assert.deepEqual(r.records[0].dialect, { delimiter: '\t', encoding: 'utf-16le' });
  assert.deepEqual(r.records[1].dialect, { delimiter: ';', encoding: 'utf-16be' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.header, e.value, messageText(e.expected, 'en')]),
    [
      [
        'schema.invalid_value',
        4,
        'encoding',
        'utf-32',
        'one of: utf-8, windows-1252, utf-16, utf-16le, utf-16be',
      ],
    ],
  );
});

test('a sidecar may declare encoding: utf-16 / unicode / utf-16be', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-utf16-'));
  const budget = [
    'Vigencia\tSector\tApropiación vigente',
    '2025\tNiñez\t1.234,56',
    '2025\tSalud\t2.000',
  ].join('\r\n');
  const csv = join(root, 'presupuesto.csv');
  writeFileSync(csv, utf16(budget, 'be'));
  writeFileSync(`${csv}.yaml`, 'encoding: utf-16\ndecimal: ","\n');
  assert.equal((await readSidecar(csv)).dialect.encoding, 'utf-16le');
  const r = await readBudgetFile(csv, { root, levels: ['Sector'] });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(
    r.records.map((x) => [x.levels[0], x.amounts.current_appropriation]),
    [
      ['Niñez', '1234.56'],
      ['Salud', '2000'],
    ],
  );

  // Without a BOM, the declaration decides the byte order, and nothing is guessed.
  writeFileSync(csv, utf16(budget, 'be', false));
  writeFileSync(`${csv}.yaml`, 'encoding: UTF-16BE\n');
  const be = await readCsvFile(csv, { root });
  assert.equal(be.encoding, 'utf-16be');
  assert.deepEqual(be.rows[0].cells, ['2025', 'Niñez', '1.234,56']);
  assert.deepEqual([...be.sidecarErrors, ...be.warnings], []);

  writeFileSync(csv, utf16(budget, 'le', false));
  writeFileSync(`${csv}.yaml`, 'encoding: unicode\n');
  const le = await readCsvFile(csv, { root });
  assert.equal(le.encoding, 'utf-16le');
  assert.deepEqual(le.rows[0].cells, ['2025', 'Niñez', '1.234,56']);
  assert.deepEqual(le.warnings, [], 'declared: no warning about the missing BOM');

  writeFileSync(`${csv}.yaml`, 'encoding: utf-32\n');
  const bad = await readCsvFile(csv, { root });
  assert.deepEqual(
    bad.sidecarErrors.map((e) => [e.code, e.header, e.value, messageText(e.expected, 'en')]),
    [
      [
        'sidecar.invalid',
        'encoding',
        'utf-32',
        'utf-8, windows-1252 or utf-16 (also utf-16le, utf-16be or unicode)',
      ],
    ],
  );
  assert.match(messageText(bad.sidecarErrors[0].expected, 'es'), /utf-16/);
});

test('property: any table written as UTF-16 LE with BOM reads back as its UTF-8 reading', async () => {
  const cell = fc.string({
    unit: fc.constantFrom(
      'a',
      'é',
      'ñ',
      'Ñ',
      '€',
      '😀',
      ';',
      '"',
      '\n',
      '1',
      ',',
      '.',
      ' ',
      '“',
      '\t',
    ),
    maxLength: 6,
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }),
      fc.constantFrom(';', '\t', ',') as fc.Arbitrary<';' | '\t' | ','>,
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
      async (rows, delimiter, sizes) => {
        const text = toCsv([['Año', 'Descripción', 'Valor'], ...rows], { delimiter });
        const fromUtf8 = readCsv(new TextEncoder().encode(text), { file: 'p.csv' });
        const bytes = utf16(text, 'le');
        const fromUtf16 = readCsv(bytes, { file: 'p.csv' });
        assert.equal(fromUtf16.encoding, 'utf-16le');
        assert.deepEqual(sansEncoding(fromUtf16), sansEncoding(fromUtf8));
        const streamed = await streamCsv(streamOf(bytes, sizes), { file: 'p.csv', chunkRows: 2 });
        assert.deepEqual(streamed, fromUtf16);
      },
    ),
    { numRuns: 150 },
  );
});
