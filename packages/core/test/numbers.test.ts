import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  detectNumberFormat,
  missingKind,
  numberEvidence,
  numberReadings,
  parseAmount,
  parseNumber,
  readCsv,
} from '../src/index.ts';

function value(raw: string, format?: 'es' | 'en'): string {
  const r = parseNumber(raw, format);
  assert.ok('value' in r, `${raw} should read as a number, got ${JSON.stringify(r)}`);
  return r.value;
}

function errorOf(raw: string, format?: 'es' | 'en'): string {
  const r = parseNumber(raw, format);
  assert.ok('error' in r, `${raw} should be an error, got ${JSON.stringify(r)}`);
  return r.error;
}

test('es and en formats and plain numbers', () => {
  assert.equal(value('1.234.567,89', 'es'), '1234567.89');
  assert.equal(value('1.234.567,89'), '1234567.89', 'unambiguous without a format');
  assert.equal(value('1,234,567.89', 'en'), '1234567.89');
  assert.equal(value('1234567.89', 'es'), '1234567.89', 'plain is always accepted');
  assert.equal(value('69,6'), '69.6');
  assert.equal(value('2,61'), '2.61');
  assert.equal(value('6,0'), '6');
  assert.equal(value('0,50'), '0.5');
  assert.equal(value('007'), '7');
  assert.equal(value('-0,0'), '0');
  assert.equal(value('530.111.333.555.778,44'), '530111333555778.44');
});

test('a value that reads differently in es and en is an error unless a format decides', () => {
  assert.equal(errorOf('1.234'), 'number.ambiguous');
  assert.equal(errorOf('1,234'), 'number.ambiguous');
  assert.equal(value('1.234', 'es'), '1234');
  assert.equal(value('1.234', 'en'), '1.234');
  assert.equal(value('1,234', 'es'), '1.234');
  assert.equal(value('1,234', 'en'), '1234');
  // Not ambiguous: a group cannot start with 0 or have 4 digits.
  assert.equal(value('0.234'), '0.234');
  assert.equal(value('1234.567'), '1234.567');
  assert.equal(value('1.2345'), '1.2345');
});

test('a value in the other format than the file is an error, not a guess', () => {
  assert.equal(errorOf('1,234.5', 'es'), 'number.format_mismatch');
  assert.equal(errorOf('1.234,5', 'en'), 'number.format_mismatch');
  assert.equal(errorOf('69,6', 'en'), 'number.format_mismatch');
  assert.equal(errorOf('1.234.567', 'en'), 'number.format_mismatch');
});

test('currency signs, spaces, % and signs', () => {
  assert.equal(value('$ 1.234.567,89'), '1234567.89');
  assert.equal(value('COP 1.234,50'), '1234.5');
  assert.equal(value('$1,234.50'), '1234.5');
  assert.equal(value('1\u00a0234\u00a0567,89'), '1234567.89', 'no-break spaces as groups');
  assert.equal(value('1\u202f234,5'), '1234.5', 'narrow no-break space as a group');
  assert.equal(value('$\u00a01.234', 'es'), '1234');
  assert.equal(value(' 1.234,5 COP'), '1234.5');
  assert.equal(value('-$ 1.234,5'), '-1234.5');
  assert.equal(value('$ -1.234,5'), '-1234.5');
  assert.equal(value('(1.234,50)'), '-1234.5');
  assert.equal(value('+12'), '12');
  const p = parseNumber('18%', 'es');
  assert.ok('value' in p && p.isPercent && p.value === '18');
  const q = parseNumber('18 %', 'es');
  assert.ok('value' in q && q.isPercent);
  const n = parseNumber('69,6', 'es');
  assert.ok('value' in n && !n.isPercent && n.raw === '69,6' && n.decimals === 1);
});

test('invalid numbers', () => {
  for (const raw of [
    'abc',
    '12a',
    '1.23.4',
    '1,2,3',
    '12,34,5',
    '$',
    '1..2',
    '1.234,56,7',
    '--1',
    '1 2 3 x',
  ]) {
    assert.equal(errorOf(raw, 'es'), 'number.invalid', raw);
  }
});

test('missing values keep which kind they are', () => {
  assert.deepEqual(parseNumber('', 'es'), { missing: 'empty', raw: '' });
  assert.deepEqual(parseNumber('  ', 'es'), { missing: 'empty', raw: '  ' });
  assert.deepEqual(parseNumber('S/D', 'es'), { missing: 'no_data', raw: 'S/D' });
  assert.deepEqual(parseNumber('s/d', 'es'), { missing: 'no_data', raw: 's/d' });
  assert.deepEqual(parseNumber('N/D', 'es'), { missing: 'no_data', raw: 'N/D' });
  assert.deepEqual(parseNumber('-', 'es'), { missing: 'no_data', raw: '-' });
  assert.deepEqual(parseNumber('N/A', 'es'), { missing: 'not_applicable', raw: 'N/A' });
  assert.deepEqual(parseNumber('NA', 'es'), { missing: 'not_applicable', raw: 'NA' });
  assert.equal(missingKind('No aplica'), 'not_applicable');
});

test('detectNumberFormat: declared > proved by other values > site default > undecided', () => {
  assert.deepEqual(detectNumberFormat(['1.234', '69,6']), {
    format: 'es',
    source: 'proved',
    proof: '69,6',
    ambiguous: '1.234',
  });
  assert.equal(detectNumberFormat(['1.234', '1.234.567']).format, 'es');
  assert.equal(detectNumberFormat(['1,234', '1,234.5']).format, 'en');
  assert.deepEqual(detectNumberFormat(['1.234', '12']), {
    format: undefined,
    source: 'undecided',
    ambiguous: '1.234',
  });
  assert.equal(detectNumberFormat(['1.234', '69,6'], { declared: 'en' }).format, 'en');
  assert.equal(detectNumberFormat(['1.234'], { siteDefault: 'en' }).source, 'default');
  assert.equal(detectNumberFormat(['69,6'], { siteDefault: 'en' }).source, 'proved');
  assert.deepEqual(detectNumberFormat(['12', '1234.5', 'S/D']), {
    format: undefined,
    source: 'unneeded',
  });
});

function esFormat(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const int = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${int},${frac}`;
}

function canonicalOf(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  let s = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`.replace(/\.?0+$/, '');
  if (s === '') s = '0';
  return neg && s !== '0' ? `-${s}` : s;
}

test('property: every es amount up to 10^15 with cents reads back exactly', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (cents) => {
      const raw = esFormat(cents);
      assert.equal(value(raw, 'es'), canonicalOf(cents));
      assert.equal(
        value(raw.replace(/\./g, '#').replace(',', '.').replace(/#/g, ','), 'en'),
        canonicalOf(cents),
      );
    }),
    { numRuns: 2000 },
  );
});

/** An independent reading of a value in a file known to be es or en, by regular expressions. */
function referenceRead(raw: string, format: 'es' | 'en'): string | undefined {
  // Whitespace after a sign is layout; between digits and separators, never deleted.
  const t = raw.trim().replace(/^-\s+/, '-');
  if (/\s/.test(t)) return undefined;
  const [g, d] = format === 'es' ? ['\\.', ','] : [',', '\\.'];
  // In es `,5` (no integer digits) is 0,5, and a dot is a plain decimal point where it
  // cannot be a group; en's decimal point is already plain.
  const m =
    new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`).exec(t) ??
    new RegExp(`^(-?)()(?:${d}(\\d+))$`).exec(t) ??
    (format === 'es' ? /^(-?)(\d*)\.(\d+)$/.exec(t) : null);
  if (!m) return undefined;
  // A group after a leading zero (`0.500`, `00.013`): 500 or 0.5, an error unless all zeros.
  const grouped = m[2].includes(format === 'es' ? '.' : ',');
  const zeroGroup = grouped
    ? m[2].startsWith('0')
    : /^0\d{0,2}$/.test(m[2]) && /^\d{3}$/.test(m[3] ?? '') && format === 'es' && t.includes('.');
  if (zeroGroup && /[1-9]/.test(m[2] + (m[3] ?? ''))) return undefined;
  const int = m[2].replace(/[.,]/g, '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] && body !== '0' ? `-${body}` : body;
}

test('property: any string of digits, separators, spaces and a sign reads as the reference says, in es and en', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom('0', '0', '1', '2', '5', '9', '.', ',', ' ', '\n'),
        minLength: 1,
        maxLength: 14,
      }),
      fc.boolean(),
      fc.constantFrom('es' as const, 'en' as const),
      (body, neg, format) => {
        const raw = (neg ? '-' : '') + body;
        const r = parseNumber(raw, format);
        const expected = referenceRead(raw, format);
        if ('missing' in r) assert.ok(['-', '..', ''].includes(raw.trim()), raw);
        else if (expected === undefined)
          assert.ok(
            'error' in r,
            `${JSON.stringify(raw)} should be an error, got ${JSON.stringify(r)}`,
          );
        else
          assert.ok(
            'value' in r && r.value === expected,
            `${JSON.stringify(raw)}: ${JSON.stringify(r)} vs ${expected}`,
          );
      },
    ),
    { numRuns: 5000 },
  );
});

test('property: a value read in a format is one of its readings, and a refused one shows both', () => {
  const unit = fc.constantFrom('0', '0', '3', '7', '.', ',');
  fc.assert(
    fc.property(fc.string({ unit, minLength: 1, maxLength: 10 }), (raw) => {
      const readings = numberReadings(raw);
      for (const format of ['es', 'en'] as const) {
        const r = parseNumber(raw, format);
        if ('value' in r) assert.equal(r.value, readings[format], `${raw} ${format}`);
        if ('error' in r && r.error === 'number.group_after_zero') {
          // The thousands reading is shown; it differs from the decimal one where there is one.
          assert.ok(readings[format] !== undefined, raw);
          assert.notEqual(readings.es, readings.en, raw);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('property: parseAmount (the budget hot path) agrees with parseNumber', () => {
  const unit = fc.constantFrom(
    ...['0', '1', '7', '.', ',', '-', '$', ' ', '%', 'S', '/', 'D', '\n', '\u00a0', 'E', '+'],
  );
  fc.assert(
    fc.property(
      fc.string({ unit, maxLength: 12 }),
      fc.constantFrom('es', 'en', undefined),
      (raw, format) => {
        const a = parseAmount(raw, format as 'es' | 'en' | undefined);
        const n = parseNumber(raw, format as 'es' | 'en' | undefined);
        if (typeof a === 'string')
          assert.ok('value' in n && n.value === a, `${raw}: ${a} vs ${JSON.stringify(n)}`);
        else assert.deepEqual(a, 'missing' in n ? { missing: n.missing, raw } : n, raw);
      },
    ),
    { numRuns: 3000 },
  );
});

test('no digit invented or lost: a group after a leading zero is an error with both readings', () => {
  for (const [raw, format] of [
    ['0.500', 'es'],
    ['0.013', 'es'],
    ['-0.500', 'es'],
    ['00.500', 'es'],
    ['02.000', 'es'],
    ['0.234.567', 'es'],
    ['0.500,5', 'es'],
    ['0,251', 'en'],
    ['0,251.5', 'en'],
  ] as const) {
    assert.equal(errorOf(raw, format), 'number.group_after_zero', `${raw} (${format})`);
    assert.deepEqual(parseAmount(raw, format), { error: 'number.group_after_zero', raw }, raw);
  }
  assert.deepEqual(numberReadings('0.500'), { es: '500', en: '0.5' });
  assert.deepEqual(numberReadings('0,251'), { es: '0.251', en: '251' });
  // Zeros read the same either way; the other format's separator is no group.
  assert.equal(value('0.000', 'es'), '0');
  assert.equal(value('0,500', 'es'), '0.5');
  assert.equal(value('0.500', 'en'), '0.5');
  assert.equal(value('0.5', 'es'), '0.5', 'plain: not shaped like a group');
  assert.equal(value('0.5000', 'es'), '0.5');
  assert.equal(value('10.500', 'es'), '10500');
  // Without a format `0.500` is plain 0.5. It proves no format: a file may mix plain
  // decimals (0.500) with es groups (1.234), which must not then read as en.
  assert.equal(value('0.500'), '0.5');
  assert.equal(numberEvidence('0.500'), 'none');
  assert.equal(numberEvidence('0,500'), 'none');
  assert.equal(detectNumberFormat(['0.500', '1.234'], { siteDefault: 'es' }).format, 'es');
});

test('whitespace or a line break between digits is an error, not deleted', () => {
  for (const raw of ['100 150', '1\n234', '1\r\n234', '1 234 567,89', '1\t234', '12 ,5', "1'234"]) {
    for (const format of ['es', 'en', undefined] as const) {
      assert.equal(errorOf(raw, format), 'number.space_inside', `${JSON.stringify(raw)} ${format}`);
      assert.deepEqual(parseAmount(raw, format), { error: 'number.space_inside', raw });
    }
  }
  assert.equal(numberEvidence('1 234,5'), 'none');
  // Around the number, spaces are layout: currency, sign, percent.
  assert.equal(value('$ 1.234,5', 'es'), '1234.5');
  assert.equal(value('- 12', 'es'), '-12');
  assert.equal(value('\n12\n', 'es'), '12');
  // No-break spaces only as well-formed thousands groups.
  assert.equal(errorOf('1\u00a023,5', 'es'), 'number.space_inside');
  assert.equal(errorOf('0\u00a0234', 'es'), 'number.space_inside');
  assert.equal(errorOf('1 2 3 x', 'es'), 'number.invalid', 'not a number at all');
});

test("Excel's scientific notation is refused as digits lost", () => {
  for (const raw of ['1,83403E+11', '1.83403E+11', '2E+12', '1,5e-3', '-1,83403E+11']) {
    assert.equal(errorOf(raw, 'es'), 'number.scientific', raw);
    assert.equal(errorOf(raw, 'en'), 'number.scientific', raw);
    assert.deepEqual(parseAmount(raw, 'es'), { error: 'number.scientific', raw });
  }
  assert.equal(errorOf('E+11', 'es'), 'number.invalid');
  assert.equal(errorOf('12E', 'es'), 'number.invalid');
});

test('the real Costa Rica file: its four scientific cells are refused, every other amount reads', () => {
  const table = readCsv(
    readFileSync(
      new URL('./fixtures/real/costarica_cgr_subpartidas_gastos_2018-2025.csv', import.meta.url),
    ),
    { file: 'costarica.csv' },
  );
  assert.deepEqual(table.errors, []);
  const amount = table.headers.indexOf('Monto adjudicado en colones');
  const refused: string[] = [];
  for (const row of table.rows) {
    const r = parseNumber(row.cells[amount], undefined);
    if ('error' in r) {
      assert.equal(r.error, 'number.scientific', row.cells[amount]);
      refused.push(`${row.line}:${r.raw}`);
    } else assert.match('value' in r ? r.value : '', /^\d+$/, row.cells[amount]);
  }
  assert.deepEqual(refused, ['19:1,83403E+11', '651:2,99E+11', '678:1,39E+11', '722:4,77E+11']);
});
