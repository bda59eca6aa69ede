// Money of several budget files: amounts are only ever added within one currency, one fiscal
// year and one flow. The properties check the sums against an independent BigInt sum of
// exactly the lines of each currency, year and flow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MixedMoneyError, sumLinesByCurrency, sumMoney } from '../src/index.ts';
import type { BudgetAmountKey, BudgetLine, LineInCurrency, Money } from '../src/index.ts';

const CURRENCIES = ['COP', 'EUR', 'USD'] as const;
const YEARS = ['2023', '2024', '2025'] as const;
const FLOWS = ['expense', 'income'] as const;
const KEYS: BudgetAmountKey[] = ['current_appropriation', 'commitments', 'payments'];

/** Cents as a decimal string (`-1234` -> `"-12.34"`), the form amounts are read in. */
function decimalOf(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** A decimal string as cents, independently of core's decimal code. */
function centsOf(s: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  assert.ok(m, `not a decimal with at most 2 places: ${s}`);
  const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

const cents = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });
const money = fc.record({
  amount: cents.map(decimalOf),
  currency: fc.constantFrom(...CURRENCIES),
  fiscalYear: fc.constantFrom(...YEARS),
  flow: fc.constantFrom(...FLOWS),
});

test('property: sumMoney adds amounts of one currency, year and flow exactly, and refuses any mix', () => {
  fc.assert(
    fc.property(fc.array(money, { minLength: 1, maxLength: 12 }), (values: Money[]) => {
      const [first] = values;
      const mixed = values.some(
        (v) =>
          v.currency !== first.currency ||
          v.fiscalYear !== first.fiscalYear ||
          v.flow !== first.flow,
      );
      if (mixed) {
        assert.throws(() => sumMoney(values), MixedMoneyError);
        return;
      }
      const sum = sumMoney(values);
      assert.equal(
        centsOf(sum.amount),
        values.reduce((s, v) => s + centsOf(v.amount), 0n),
      );
      assert.deepEqual(
        [sum.currency, sum.fiscalYear, sum.flow],
        [first.currency, first.fiscalYear, first.flow],
      );
    }),
    { numRuns: 500 },
  );
});

test('sumMoney refuses pesos with euros, and two years of one currency, naming both', () => {
  const cop: Money = { amount: '100', currency: 'COP', fiscalYear: '2024', flow: 'expense' };
  assert.throws(
    () => sumMoney([cop, { ...cop, currency: 'EUR' }]),
    /COP 2024 expense and EUR 2024 expense are never added together/,
  );
  assert.throws(() => sumMoney([cop, { ...cop, fiscalYear: '2023' }]), MixedMoneyError);
  assert.throws(() => sumMoney([]), RangeError);
});

const line = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  fiscalYear: fc.constantFrom(...YEARS),
  flow: fc.constantFrom(...FLOWS),
  amounts: fc.record(
    { current_appropriation: cents, commitments: cents, payments: cents },
    { requiredKeys: [] },
  ),
});

function budgetLine(l: LineSpec, n: number): LineInCurrency {
  const amounts: Partial<Record<BudgetAmountKey, string>> = {};
  for (const k of KEYS) if (l.amounts[k] !== undefined) amounts[k] = decimalOf(l.amounts[k]);
  const record: BudgetLine = {
    fiscalYear: l.fiscalYear,
    flow: l.flow,
    levels: [`línea ${n}`],
    amounts,
    extra: {},
    origin: { file: `budget/${l.currency}.csv`, line: n + 2 },
  };
  return { line: record, currency: l.currency };
}
type LineSpec = {
  currency: string;
  fiscalYear: string;
  flow: 'expense' | 'income';
  amounts: Partial<Record<BudgetAmountKey, bigint>>;
};

test('property: lines of several files give one sum per currency, of its latest year and flow only', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (specs: LineSpec[]) => {
      const items: LineInCurrency[] = specs.map((s, n) => budgetLine(s, n));
      const sums = sumLinesByCurrency(items);
      const currencies = [...new Set(specs.map((s) => s.currency))];
      assert.deepEqual(
        sums.map((s) => s.currency),
        currencies,
        'one sum per currency, in the order they appear',
      );
      for (const sum of sums) {
        const ofCurrency = specs.filter((s) => s.currency === sum.currency);
        const latest = ofCurrency.map((s) => s.fiscalYear).sort()[ofCurrency.length - 1];
        assert.equal(sum.fiscalYear, latest);
        const ofYear = ofCurrency.filter((s) => s.fiscalYear === latest);
        assert.equal(sum.flow, ofYear.some((s) => s.flow === 'expense') ? 'expense' : 'income');
        const summed = ofYear.filter((s) => s.flow === sum.flow);
        assert.equal(sum.lineCount, summed.length);
        for (const k of KEYS) {
          const parts = summed.map((s) => s.amounts[k]).filter((v) => v !== undefined);
          if (parts.length === 0) assert.equal(sum.amounts[k], undefined);
          else
            assert.equal(
              centsOf(sum.amounts[k]!),
              parts.reduce((a, b) => a + b, 0n),
              `${sum.currency} ${k}: exactly its own year's and flow's lines`,
            );
        }
      }
    }),
    { numRuns: 500 },
  );
});

test('a commitment linked to a peso line and a euro line shows both, neither added to the other', () => {
  const spec = (currency: string, payments: bigint): LineSpec => ({
    currency,
    fiscalYear: '2024',
    flow: 'expense',
    amounts: { payments },
  });
  const sums = sumLinesByCurrency([
    budgetLine(spec('COP', 500_000_000_00n), 0),
    budgetLine(spec('EUR', 120_000_00n), 1),
    budgetLine(spec('COP', 250_000_000_00n), 2),
  ]);
  assert.deepEqual(
    sums.map((s) => [s.currency, s.fiscalYear, s.amounts.payments, s.lineCount]),
    [
      ['COP', '2024', '750000000', 2],
      ['EUR', '2024', '120000', 1],
    ],
  );
});
