// Encodings as files arrive: UTF-8 with a few stray bytes stays UTF-8, a declaration the
// bytes contradict is warned about, and every entry point decides alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeBytes,
  decodeWindows1252,
  readCsv,
  streamCsv,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import { streamOf } from './streams.ts';

await loadAllMessages(LANGS);

const utf8 = (s: string) => new TextEncoder().encode(s);
const join = (...parts: (Uint8Array | number[])[]) => {
  const all = parts.flatMap((p) => [...p]);
  return new Uint8Array(all);
};

// A UTF-8 file in which one cell was pasted from a Windows-1252 program: «í» is the byte 0xED.
const STRAY = join(
  utf8('Año;Entidad;Descripción\n2025;'),
  utf8('Alcald'),
  [0xed],
  utf8('a de Medellín;"Señalización\nvial '),
  [0x93],
  utf8('ñ"\n2024;Gobernación;ok\n'),
);

test('a UTF-8 file with a stray Windows-1252 byte reads as UTF-8, with an error at each bad byte', async () => {
  const t = readCsv(STRAY, { file: 'e.csv' });
  assert.equal(t.encoding, 'utf-8');
  assert.deepEqual(t.headers, ['Año', 'Entidad', 'Descripción'], 'no mojibake («AÃ±o»)');
  assert.deepEqual(t.rows[0].cells, ['2025', 'Alcaldía de Medellín', 'Señalización\nvial “ñ']);
  assert.deepEqual(t.rows[1], { line: 4, cells: ['2024', 'Gobernación', 'ok'] });
  assert.deepEqual(
    t.errors.map((e) => [e.code, e.line, e.column, e.header, e.value]),
    [
      ['csv.encoding_invalid_byte', 2, 2, 'Entidad', 'í'],
      ['csv.encoding_invalid_byte', 3, 3, 'Descripción', '“'],
    ],
  );
  assert.match(messageText(t.errors[0].message, 'es'), /byte 0xED no es UTF-8/);
  assert.match(messageText(t.errors[0].message, 'en'), /Byte 0xED is not UTF-8/);
  assert.deepEqual(t.warnings, [], 'not a Windows-1252 file');
  for (let size = 1; size <= 9; size++) {
    assert.deepEqual(
      await streamCsv(streamOf(STRAY, [size]), { file: 'e.csv' }),
      t,
      `chunks of ${size}`,
    );
  }
});

test('a Windows-1252 file is still one: the warning points at its first non-ASCII letter', async () => {
  const bytes = join(
    utf8('Sector;Valor\nSalud;1\nEducaci'),
    [0xf3],
    utf8('n;2\nCaf'),
    [0xe9],
    utf8(';3\n'),
  );
  const t = readCsv(bytes, { file: 'w.csv' });
  assert.equal(t.encoding, 'windows-1252');
  assert.deepEqual(t.rows[1].cells, ['Educación', '2']);
  assert.deepEqual(t.errors, []);
  assert.deepEqual(
    t.warnings.map((w) => [w.code, w.line, w.column, w.value]),
    [['csv.encoding_windows_1252', 3, 1, 'ó']],
  );
  assert.deepEqual(await streamCsv(streamOf(bytes, [3]), { file: 'w.csv' }), t);
});

test('a declaration the bytes contradict is obeyed, with a warning', async () => {
  const utf8File = utf8('Año;Valor\nNariño;1\n');
  const declared1252 = readCsv(utf8File, { file: 'd.csv', dialect: { encoding: 'windows-1252' } });
  assert.equal(declared1252.headers[0], 'AÃ±o', 'obeyed');
  assert.deepEqual(
    declared1252.warnings.map((w) => [w.code, w.value, messageText(w.expected, 'en')]),
    [['csv.encoding_declaration_contradicted', 'windows-1252', 'encoding: utf-8']],
  );
  const cp1252File = join(utf8('A'), [0xf1], utf8('o;Valor\nNari'), [0xf1], utf8('o;1\n'));
  const declaredUtf8 = readCsv(cp1252File, { file: 'd.csv', dialect: { encoding: 'utf-8' } });
  assert.equal(declaredUtf8.encoding, 'utf-8');
  assert.deepEqual(
    declaredUtf8.warnings.map((w) => [w.code, messageText(w.expected, 'en')]),
    [['csv.encoding_declaration_contradicted', 'encoding: windows-1252']],
  );
  assert.equal(declaredUtf8.errors.length, 2, 'each byte that is not UTF-8 is named');
  for (const [bytes, encoding] of [
    [utf8File, 'windows-1252'],
    [cp1252File, 'utf-8'],
  ] as const) {
    const options = { file: 'd.csv', dialect: { encoding } };
    assert.deepEqual(await streamCsv(streamOf(bytes, [2]), options), readCsv(bytes, options));
  }
  // A declaration the bytes agree with, or cannot judge (ASCII), says nothing.
  assert.deepEqual(
    readCsv(utf8File, { file: 'd.csv', dialect: { encoding: 'utf-8' } }).warnings,
    [],
  );
  assert.deepEqual(
    readCsv(utf8('a;b\n1;2\n'), { file: 'd.csv', dialect: { encoding: 'windows-1252' } }).warnings,
    [],
  );
});

test("Windows-1252 0x80-0x9F maps as Microsoft's table says (Node's TextDecoder is not trusted: nodejs/node#60888)", () => {
  const expected: [number, string][] = [
    [0x80, '€'],
    [0x85, '…'],
    [0x8a, 'Š'],
    [0x91, '‘'],
    [0x92, '’'],
    [0x93, '“'],
    [0x94, '”'],
    [0x96, '–'],
    [0x97, '—'],
    [0x99, '™'],
    [0x9c, 'œ'],
    [0x9f, 'Ÿ'],
  ];
  for (const [byte, ch] of expected)
    assert.equal(decodeWindows1252(new Uint8Array([byte])), ch, byte.toString(16));
  // The five bytes Windows-1252 leaves undefined keep their C1 code points, as browsers do.
  for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d])
    assert.equal(decodeWindows1252(new Uint8Array([byte])).charCodeAt(0), byte);
  // The readers use this table, whatever this Node's TextDecoder does.
  const t = decodeBytes(new Uint8Array([0x93, 0x80, 0x94]));
  assert.deepEqual([t.text, t.encoding], ['“€”', 'windows-1252']);
});

test('property: stray bytes in UTF-8 text are each reported, and every entry point agrees', async () => {
  const char = fc.constantFrom('a', 'ñ', 'é', '€', ';', '\n', '"', '1', '𝄞', ' ');
  await fc.assert(
    fc.asyncProperty(
      fc.array(char, { minLength: 1, maxLength: 40 }),
      // Bytes that start no UTF-8 sequence wherever they land: continuation bytes and F5-FF.
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.oneof(fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xf5, max: 0xff })),
        ),
        { maxLength: 4 },
      ),
      fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
      async (chars, strays, sizes) => {
        const pieces = chars.map((c) => [...utf8(c)]);
        for (const [at, byte] of strays) pieces.splice(at % (pieces.length + 1), 0, [byte]);
        const bytes = new Uint8Array(pieces.flat());
        const whole = readCsv(bytes, { file: 'p.csv' });
        assert.deepEqual(await streamCsv(streamOf(bytes, sizes), { file: 'p.csv' }), whole);
        if (whole.encoding === 'utf-8') {
          const bad = whole.errors.filter((e) => e.code === 'csv.encoding_invalid_byte');
          assert.equal(bad.length, strays.length);
          assert.deepEqual(
            bad.map((e) => e.value).sort(),
            strays.map(([, b]) => decodeWindows1252(new Uint8Array([b]))).sort(),
          );
        }
      },
    ),
    { numRuns: 400 },
  );
});
