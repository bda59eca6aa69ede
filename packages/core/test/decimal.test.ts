import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDecimals,
  compareDecimals,
  divideDecimals,
  multiplyDecimal,
  percentOf,
  ratio,
  readBudget,
  roundDecimal,
  sumDecimals,
  subtractDecimals,
} from '../src/index.ts';

const cents = fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n });
const dec = (c: bigint) => {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const s = `${a / 100n}.${(a % 100n).toString().padStart(2, '0')}`.replace(/\.?0+$/, '') || '0';
  return neg && s !== '0' ? `-${s}` : s;
};

test('exact arithmetic where floats fail', () => {
  assert.equal(addDecimals('0.1', '0.2'), '0.3');
  assert.equal(sumDecimals(['530111333555778.44', '0.01', '-0.45']), '530111333555778');
  assert.equal(addDecimals('999999999999999.99', '0.01'), '1000000000000000');
  assert.equal(subtractDecimals('1', '1.5'), '-0.5');
  assert.equal(multiplyDecimal('1.5', '-2.25'), '-3.375');
  assert.equal(divideDecimals('1', '3', 4), '0.3333');
  assert.equal(divideDecimals('2', '3', 4), '0.6667');
  assert.equal(divideDecimals('-2', '3', 4), '-0.6667');
  assert.equal(divideDecimals('0.125', '1', 2), '0.13', 'half away from zero');
  assert.equal(roundDecimal('-0.125', 2), '-0.13');
  assert.equal(percentOf('1', '3', 2), '33.33');
  assert.equal(percentOf('530111333555778.44', '530111333555778.44', 2), '100');
  assert.equal(percentOf('1', '0'), undefined);
  assert.equal(compareDecimals('10', '9.99'), 1);
  assert.equal(compareDecimals('-0', '0'), 0);
  assert.equal(ratio('1', '4'), 0.25);
  assert.ok(Number.isNaN(ratio('1', '0')));
  assert.throws(() => divideDecimals('1', '0', 2), RangeError);
});

test('property: add, subtract, compare, multiply agree with BigInt cents', () => {
  fc.assert(
    fc.property(cents, cents, (a, b) => {
      assert.equal(addDecimals(dec(a), dec(b)), dec(a + b));
      assert.equal(subtractDecimals(dec(a), dec(b)), dec(a - b));
      assert.equal(compareDecimals(dec(a), dec(b)), a === b ? 0 : a < b ? -1 : 1);
      const product = multiplyDecimal(dec(a), dec(b));
      assert.equal(multiplyDecimal(product, '1'), product);
      if (b !== 0n)
        assert.equal(divideDecimals(multiplyDecimal(dec(a), dec(b)), dec(b), 2), dec(a));
    }),
    { numRuns: 1000 },
  );
});

test('property: percentOf is exact: part/total*100 rounded half away from zero', () => {
  fc.assert(
    fc.property(
      fc.bigInt({ min: 0n, max: 10n ** 17n }),
      fc.bigInt({ min: 1n, max: 10n ** 17n }),
      (p, t) => {
        const got = percentOf(dec(p), dec(t), 2)!;
        // Independent: p*10000*2 + t over 2t, floor, in hundredths of a percent.
        const hundredths = (p * 10000n * 2n + t) / (2n * t);
        assert.equal(got, dec(hundredths));
      },
    ),
    { numRuns: 500 },
  );
});

/** A small seeded generator so the 100,000 amounts are the same on every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('100,000 random amounts up to 10^13 with cents, read from an es CSV, sum to the independent exact sum', () => {
  const rand = prng(20261122);
  const lines = ['Vigencia;Sector;Apropiación vigente;Pagos'];
  let expectedAppropriation = 0n;
  let expectedPayments = 0n;
  for (let i = 0; i < 100_000; i++) {
    // Up to 10^13 pesos = 10^15 cents, built from two 32-bit draws.
    const a =
      (BigInt(Math.floor(rand() * 1e8)) * 10_000_000n + BigInt(Math.floor(rand() * 1e7))) %
      (10n ** 15n + 1n);
    const b =
      (BigInt(Math.floor(rand() * 1e8)) * 10_000_000n + BigInt(Math.floor(rand() * 1e7))) %
      (10n ** 15n + 1n);
    expectedAppropriation += a;
    expectedPayments += b;
    const es = (c: bigint) =>
      `${(c / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${(c % 100n).toString().padStart(2, '0')}`;
    lines.push(`2025;Sector ${i % 17};${es(a)};$ ${es(b)}`);
  }
  const result = readBudget(lines.join('\n'), { file: 'budget/random.csv' });
  assert.deepEqual(result.errors, []);
  assert.equal(result.records.length, 100_000);
  const total = sumDecimals(result.records.map((r) => r.amounts.current_appropriation!));
  const paid = sumDecimals(result.records.map((r) => r.amounts.payments!));
  assert.equal(total, dec(expectedAppropriation));
  assert.equal(paid, dec(expectedPayments));
  assert.ok(expectedAppropriation > 10n ** 19n, 'the total is far beyond 2^53');
});
