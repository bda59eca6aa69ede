import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectNumberFormat, missingKind, parseAmount, parseNumber } from '../src/index.ts';

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
  assert.equal(value('1 234 567,89'), '1234567.89');
  assert.equal(value('1\u00a0234,5'), '1234.5');
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

/** An independent reading of a value in a file known to be es, by regular expressions. */
function referenceEs(raw: string): string | undefined {
  // `,5` (no integer digits) is read as 0,5.
  const m =
    /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(raw) ??
    /^(-?)()(?:,(\d+))$/.exec(raw) ??
    /^(-?)(\d*)\.(\d+)$/.exec(raw);
  if (!m) return undefined;
  const int = m[2].replace(/\./g, '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] && body !== '0' ? `-${body}` : body;
}

test('property: any string of digits, dots, commas and a sign reads as the es reference says', () => {
  fc.assert(
    fc.property(
      fc.string({
        unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ','),
        minLength: 1,
        maxLength: 14,
      }),
      fc.boolean(),
      (body, neg) => {
        const raw = (neg ? '-' : '') + body;
        const r = parseNumber(raw, 'es');
        const expected = referenceEs(raw);
        if ('missing' in r) assert.ok(['-', '..'].includes(raw), raw);
        else if (expected === undefined)
          assert.ok('error' in r, `${raw} should be an error, got ${JSON.stringify(r)}`);
        else
          assert.ok(
            'value' in r && r.value === expected,
            `${raw}: ${JSON.stringify(r)} vs ${expected}`,
          );
      },
    ),
    { numRuns: 3000 },
  );
});

test('property: parseAmount (the budget hot path) agrees with parseNumber', () => {
  const unit = fc.constantFrom('0', '1', '7', '.', ',', '-', '$', ' ', '%', 'S', '/', 'D');
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
