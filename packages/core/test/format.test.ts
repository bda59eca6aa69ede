import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  formatCell,
  formatCompact,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  missingWord,
  messageText,
  loadAllMessages,
  LANGS,
  parseDate,
  parsePeriod,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const NBSP = '\u00a0';
/** Intl puts a no-break space between the sign and the amount; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

test('formatMoney gives the full amount to the cent, exactly, in es-CO and en', () => {
  assert.equal(
    plain(formatMoney('530111333555778.44', { locale: 'es-CO', currency: 'COP' })),
    '$ 530.111.333.555.778,44',
  );
  assert.equal(
    plain(formatMoney('530111333555778.44', { locale: 'en', currency: 'COP' })),
    'COP 530,111,333,555,778.44',
  );
  assert.equal(plain(formatMoney('1000000', { locale: 'es-CO' })), '$ 1.000.000');
  assert.equal(plain(formatMoney('1000000', { locale: 'es-CO', cents: true })), '$ 1.000.000,00');
  assert.equal(plain(formatMoney('1234.565', { locale: 'es-CO' })), '$ 1.234,57');
  assert.equal(plain(formatMoney('1234.5', { locale: 'es-CO', cents: false })), '$ 1.235');
  assert.equal(plain(formatMoney('-2500.5', { locale: 'es-CO' })), '-$ 2.500,50');
  assert.equal(
    plain(formatMoney('99999999999999999999.99', { locale: 'en' })),
    'COP 99,999,999,999,999,999,999.99',
  );
});

test('property: formatMoney never loses a cent', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (cents) => {
      const dec = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
      const shown = formatMoney(dec, { locale: 'es-CO', cents: true });
      assert.equal(BigInt(shown.replace(/\D/g, '')), cents);
    }),
    { numRuns: 300 },
  );
});

test('formatCompact uses the Spanish long scale', () => {
  assert.equal(formatCompact('1200000000000', 'es-CO'), '1,2\u00a0billones');
  assert.equal(formatCompact('1000000000000', 'es-CO'), '1\u00a0billón');
  assert.equal(formatCompact('530111333555778.44', 'es-CO'), '530,1\u00a0billones');
  assert.equal(formatCompact('2500000000', 'es-CO'), '2,5\u00a0mil\u00a0millones');
  assert.equal(formatCompact('1000000000', 'es-CO'), '1\u00a0mil\u00a0millones');
  assert.equal(formatCompact('3400000', 'es-CO'), '3,4\u00a0millones');
  assert.equal(formatCompact('1000000', 'es-CO'), '1\u00a0millón');
  assert.equal(
    formatCompact('999960000', 'es-CO'),
    '1\u00a0mil\u00a0millones',
    'rounding moves up a unit',
  );
  assert.equal(formatCompact('45000', 'es-CO'), '45\u00a0mil');
  assert.equal(formatCompact('950', 'es-CO'), '950');
  assert.equal(formatCompact('-1500000', 'es-CO'), '-1,5\u00a0millones');
  assert.equal(formatCompact('1200000000000', 'en'), '1.2\u00a0trillion');
  assert.equal(formatCompact('2500000000', 'en'), '2.5\u00a0billion');
  // A compact figure is one unbreakable unit: no line may start inside «108,1 mil millones».
  for (const locale of ['es-CO', 'en'])
    for (const currency of [undefined, 'COP', 'USD'])
      assert.doesNotMatch(formatCompact('108060000000', locale, { currency }), / /);
  // Money is marked as formatMoney marks it: pesos are `$` in Spanish, `COP` in English.
  assert.equal(plain(formatCompact('2500000000', 'es', { currency: 'COP' })), '$ 2,5 mil millones');
  assert.equal(plain(formatCompact('2500000000', 'en', { currency: 'COP' })), 'COP 2.5 billion');
  assert.equal(plain(formatCompact('-1500000', 'en', { currency: 'COP' })), '-COP 1.5 million');
  assert.equal(
    plain(formatCompact('2500000000', 'es', { currency: 'USD' })),
    'US$ 2,5 mil millones',
  );
  assert.equal(plain(formatCompact('2500000000', 'en', { currency: 'USD' })), '$2.5 billion');
  assert.equal(plain(formatCompact('950', 'en', { currency: 'COP' })), 'COP 950');
  for (const [locale, currency] of [
    ['es', 'COP'],
    ['en', 'COP'],
    ['en', 'EUR'],
  ]) {
    const full = formatMoney('2500000000', { locale, currency });
    const [mark] = full.split(/[\d-]/).filter(Boolean);
    assert.ok(
      formatCompact('2500000000', locale, { currency }).startsWith(mark),
      `${locale} ${currency}`,
    );
  }
});

test('formatNumber and formatPercent are exact', () => {
  assert.equal(formatNumber('1234567.891', 'es-CO'), '1.234.567,891');
  assert.equal(formatNumber('1234567.891', 'en', { maximumFractionDigits: 2 }), '1,234,567.89');
  assert.equal(formatNumber('0.5', 'es-CO', { minimumFractionDigits: 2 }), '0,50');
  assert.equal(formatNumber(2.5, 'en'), '2.5');
  assert.equal(formatNumber(1e21, 'en'), '1,000,000,000,000,000,000,000');
  assert.equal(formatNumber(1e-7, 'en', { maximumFractionDigits: 8 }), '0.0000001');
  assert.equal(formatPercent(0.195, 'es-CO'), `19,5${NBSP}%`);
  assert.equal(formatPercent('0.33318', 'en'), '33.3%');
  assert.equal(formatPercent('1', 'es-CO', 0), `100${NBSP}%`);
});

test('formatCell shows values as published and missing kinds in words', () => {
  assert.equal(
    formatCell({ value: '69.6', isPercent: false, raw: '69,6', decimals: 1 }, 'es-CO'),
    '69,6',
  );
  assert.equal(
    formatCell({ value: '6', isPercent: false, raw: '6,0', decimals: 1 }, 'es-CO'),
    '6,0',
  );
  assert.equal(formatCell({ value: '18', isPercent: true, raw: '18%' }, 'es-CO'), `18${NBSP}%`);
  assert.equal(formatCell({ missing: 'no_data', raw: 'S/D' }, 'es-CO'), 'S/D');
  assert.equal(formatCell({ missing: 'not_applicable', raw: 'N/A' }, 'es-CO'), 'N/A');
  assert.equal(formatCell({ missing: 'empty', raw: '' }, 'en'), '—');
  assert.equal(messageText(missingWord('no_data'), 'es'), 'Sin dato');
  assert.equal(messageText(missingWord('not_applicable'), 'es'), 'No aplica');
  assert.equal(messageText(missingWord('no_data'), 'en'), 'No data');
  assert.equal(messageText(missingWord('not_applicable'), 'en'), 'Not applicable');
});

test('periods and dates: parsed and formatted', () => {
  assert.deepEqual(parsePeriod('2016-2017'), {
    raw: '2016-2017',
    kind: 'year_range',
    start: '2016-01-01',
    end: '2017-12-31',
  });
  assert.deepEqual(parsePeriod('2025-Q3'), {
    raw: '2025-Q3',
    kind: 'quarter',
    start: '2025-07-01',
    end: '2025-09-30',
  });
  assert.equal(parsePeriod('2024-T1')?.end, '2024-03-31');
  assert.deepEqual(parsePeriod('2024-02'), {
    raw: '2024-02',
    kind: 'month',
    start: '2024-02-01',
    end: '2024-02-29',
  });
  assert.deepEqual(parsePeriod('30/06/2025'), {
    raw: '30/06/2025',
    kind: 'date',
    start: '2025-06-30',
    end: '2025-06-30',
  });
  assert.equal(parsePeriod('2025')?.end, '2025-12-31');
  assert.equal(parsePeriod('2017-2016'), undefined);
  assert.equal(parsePeriod('2025-13'), undefined);
  assert.equal(parsePeriod('31/02/2025'), undefined);
  assert.equal(parsePeriod('ayer'), undefined);
  assert.equal(formatPeriod(parsePeriod('2016-2017')!, 'es-CO'), '2016–2017');
  assert.equal(formatPeriod(parsePeriod('2025-Q3')!, 'es-CO'), 'T3 2025');
  assert.equal(formatPeriod(parsePeriod('2025-Q3')!, 'en'), 'Q3 2025');
  assert.equal(formatPeriod(parsePeriod('2025-06')!, 'es-CO'), 'junio de 2025');
  assert.equal(formatPeriod(parsePeriod('2025-06')!, 'en'), 'June 2025');
  assert.equal(formatDate('2025-06-30', 'es-CO'), '30 de junio de 2025');
  assert.equal(formatDate('2025-06-30', 'en'), 'June 30, 2025');
});

test('dates: declared month-first order, Excel midnight, calendar checks', () => {
  assert.equal(parseDate('30/06/2025'), '2025-06-30');
  assert.equal(parseDate('06/30/2025', 'MM/DD/YYYY'), '2025-06-30');
  assert.equal(parseDate('06/30/2025'), '2025-06-30', 'the value proves month first');
  assert.equal(parseDate('06/30/2025', 'DD/MM/YYYY'), undefined, 'not against a declared order');
  assert.equal(parseDate('03/04/2025'), undefined, 'two dates: never a silent guess');
  assert.equal(parseDate('2025-06-30 00:00:00'), '2025-06-30');
  assert.equal(parseDate('30/06/2025 0:00'), '2025-06-30');
  assert.equal(parseDate('2025/06/30'), '2025-06-30');
  assert.equal(parseDate('30-06-2025'), '2025-06-30');
  assert.equal(parseDate('2024-02-29'), '2024-02-29');
  assert.equal(parseDate('2025-02-29'), undefined);
  assert.equal(parseDate('2025-06'), '2025-06');
  assert.equal(parseDate('2025'), '2025');
  assert.equal(parseDate('junio'), undefined);
});

test('formatters cached under constant names never stand in for one another', () => {
  // Alternating kinds, currencies and locales: each call gets its own formatter back.
  const twice = () => [
    plain(formatMoney('1234.5', { locale: 'es', currency: 'COP', cents: true })),
    plain(formatMoney('1234.5', { locale: 'es', currency: 'EUR', cents: true })),
    formatNumber('1234.5', 'es', { minimumFractionDigits: 1 }),
    formatNumber('1234.5', 'en', { minimumFractionDigits: 1 }),
    formatDate('2025-06', 'es'),
    formatDate('2025-06-30', 'es'),
    formatDate('2025-06-30', 'en'),
    formatPeriod(parsePeriod('2025-06')!, 'en'),
  ];
  const first = twice();
  assert.deepEqual(first, [
    '$ 1.234,50',
    'EUR 1.234,50',
    '1.234,5',
    '1,234.5',
    'junio de 2025',
    '30 de junio de 2025',
    'June 30, 2025',
    'June 2025',
  ]);
  assert.deepEqual(twice(), first);
});
