// Dates as portals write them, the day/month order decided like a number format: declared,
// proved by the file, or an error naming both dates. Never swapped silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  detectDateOrder,
  formatError,
  parseDate,
  readCommitments,
  readDate,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';

await loadAllMessages(LANGS);

test("Socrata's floating timestamps read as their date", () => {
  assert.equal(parseDate('2025-01-15T00:00:00.000'), '2025-01-15');
  assert.equal(parseDate('01/15/2025 12:00:00 AM'), '2025-01-15');
  assert.equal(parseDate('01/15/2025 12:00 a. m.'), '2025-01-15');
  assert.equal(parseDate('15/01/2025 12:00:00 AM'), '2025-01-15');
  // A time other than midnight is not a date.
  assert.equal(parseDate('01/15/2025 12:00:00 PM'), undefined);
  assert.equal(parseDate('2025-01-15T13:45:00.000'), undefined);
});

test('day/month order: a value proves its own order, two readings are an error, a declared order wins', () => {
  assert.equal(readDate('30/06/2025'), '2025-06-30');
  assert.equal(readDate('06/30/2025'), '2025-06-30');
  assert.equal(readDate('05/05/2025'), '2025-05-05', 'the same either way');
  assert.deepEqual(readDate('03/04/2025'), {
    error: 'date.ambiguous',
    raw: '03/04/2025',
    readings: ['2025-04-03', '2025-03-04'],
  });
  assert.equal(readDate('03/04/2025', 'DMY'), '2025-04-03');
  assert.equal(readDate('03/04/2025', 'MDY'), '2025-03-04');
  assert.deepEqual(readDate('06/30/2025', 'DMY'), {
    error: 'date.order_mismatch',
    raw: '06/30/2025',
  });
  assert.deepEqual(readDate('31/02/2025', 'DMY'), { error: 'date.invalid', raw: '31/02/2025' });
  assert.equal(readDate('30-06-2025'), '2025-06-30');
});

test('detectDateOrder: declared, else the first value that proves an order', () => {
  assert.deepEqual(detectDateOrder(['03/04/2025', '15/04/2025']), {
    order: 'DMY',
    source: 'proved',
    proof: '15/04/2025',
    ambiguous: '03/04/2025',
  });
  assert.equal(detectDateOrder(['01/15/2025 12:00:00 AM']).order, 'MDY');
  assert.equal(
    detectDateOrder(['31/02/2021']).order,
    'DMY',
    'an impossible date still shows its order',
  );
  assert.deepEqual(detectDateOrder(['03/04/2025', 'x']), {
    order: undefined,
    source: 'undecided',
    ambiguous: '03/04/2025',
  });
  assert.deepEqual(detectDateOrder(['2025-06-30']), { order: undefined, source: 'unneeded' });
  assert.deepEqual(detectDateOrder(['15/04/2025'], 'MM/DD/YYYY'), {
    order: 'MDY',
    source: 'declared',
  });
});

const HEADER = 'id;título;fecha inicio;fecha fin';

test('readCommitments: a Socrata export (month first) is proved by its own dates', () => {
  const r = readCommitments(
    [HEADER, 'C1;Uno;03/04/2025 12:00:00 AM;12/31/2025 12:00:00 AM'].join('\n'),
    {
      file: 'c.csv',
    },
  );
  assert.deepEqual(r.errors, []);
  assert.equal(r.records[0].startDate, '2025-03-04');
  assert.equal(r.records[0].endDate, '2025-12-31');
});

test('readCommitments: a file whose dates prove nothing gets an error with both dates, never a swap', () => {
  const r = readCommitments([HEADER, 'C1;Uno;03/04/2025;05/06/2025'].join('\n'), { file: 'c.csv' });
  assert.equal(r.records[0].startDate, undefined);
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column, e.value]),
    [
      ['date.ambiguous', 2, 3, '03/04/2025'],
      ['date.ambiguous', 2, 4, '05/06/2025'],
    ],
  );
  assert.match(
    formatError(r.errors[0], 'es'),
    /puede ser 2025-04-03 \(día primero\) o 2025-03-04 \(mes primero\)/,
  );
  assert.match(formatError(r.errors[0], 'en'), /date_format: DD\/MM\/YYYY or MM\/DD\/YYYY/);
  const declared = readCommitments([HEADER, 'C1;Uno;03/04/2025;05/06/2025'].join('\n'), {
    file: 'c.csv',
    dialect: { dateFormat: 'DD/MM/YYYY' },
  });
  assert.deepEqual(declared.errors, []);
  assert.equal(declared.records[0].startDate, '2025-04-03');
});

test('readCommitments: a date in the other order than the file proves is an error', () => {
  const r = readCommitments([HEADER, 'C1;Uno;15/04/2025;04/30/2025'].join('\n'), { file: 'c.csv' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.column, e.value]),
    [['date.order_mismatch', 4, '04/30/2025']],
  );
});

test('property: a date is read as written or refused, never with day and month swapped (no order or the right one declared)', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2060-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.boolean(),
      fc.constantFrom('DMY' as const, 'MDY' as const),
      fc.constantFrom('', ' 12:00:00 AM', ' 00:00:00', 'T00:00:00.000'),
      (date, declare, written, time) => {
        const declared = declare ? written : undefined;
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        const raw = (written === 'DMY' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`) + time;
        const r = readDate(raw, declared);
        if (typeof r === 'string') assert.equal(r, iso, raw);
        else {
          assert.equal(r.error, 'date.ambiguous', raw);
          assert.equal(declared, undefined, raw);
          assert.ok(r.readings?.includes(iso), raw);
        }
      },
    ),
    { numRuns: 2000 },
  );
});
