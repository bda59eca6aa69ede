// A data set's fast read of plain number cells (readNumberCell, in the dataset widget's
// parser worker) must show and sort exactly as the full reader would: any cell, either format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumber, readNumberCell, shapeOf, type NumberFormat } from '../src/index.ts';

function viaFullReader(raw: string, format: NumberFormat) {
  const parsed = parseNumber(raw, format);
  return { shape: shapeOf(parsed), key: 'value' in parsed ? Number(parsed.value) : NaN };
}

function viaCell(raw: string, format: NumberFormat) {
  const shapes = new Uint16Array(1);
  const keys = new Float64Array(1);
  readNumberCell(raw, format, shapes, keys, 0);
  return { shape: shapes[0], key: keys[0] };
}

/** A number as Excel writes it: thousands grouped or not, any decimals, maybe negative. */
const written = fc
  .record({
    format: fc.constantFrom<NumberFormat>('es', 'en'),
    negative: fc.boolean(),
    whole: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    decimals: fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    grouped: fc.boolean(),
    percent: fc.boolean(),
  })
  .map(({ format, negative, whole, decimals, grouped, percent }) => {
    const [group, point] = format === 'es' ? ['.', ','] : [',', '.'];
    let digits = whole.toString();
    if (grouped) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    const raw = `${negative ? '-' : ''}${digits}${decimals === undefined ? '' : point + decimals}${percent ? '%' : ''}`;
    return { raw, format };
  });

test('plain cells: the fast read gives the full reader’s shape and sort key', () => {
  fc.assert(
    fc.property(written, ({ raw, format }) => {
      assert.deepEqual(viaCell(raw, format), viaFullReader(raw, format), raw);
    }),
    { numRuns: 2000 },
  );
});

test('any text: the same shape and key as the full reader', () => {
  const cells = fc.oneof(
    fc.stringMatching(/^[-\d.,]{0,12}%?$/),
    fc.constantFrom('S/D', 'N/A', '', ' 1.234,5 ', '$ 1.234', '12,5 %', '(1.234,50)', '1.2.3', '-'),
    fc.string({ maxLength: 10 }),
  );
  fc.assert(
    fc.property(cells, fc.constantFrom<NumberFormat>('es', 'en'), (raw, format) => {
      const a = viaCell(raw, format);
      const b = viaFullReader(raw, format);
      assert.equal(a.shape, b.shape, raw);
      assert.ok(Object.is(a.key, b.key) || (Number.isNaN(a.key) && Number.isNaN(b.key)), raw);
    }),
    { numRuns: 3000 },
  );
});

test('no digit invented: a group after a leading zero or a space inside sorts as no number', () => {
  for (const [raw, format] of [
    ['0.500', 'es'],
    ['0.013', 'es'],
    ['0,251', 'en'],
    ['100 150', 'es'],
    ['1\n234', 'en'],
    ['1,83403E+11', 'es'],
  ] as const) {
    assert.ok(Number.isNaN(viaCell(raw, format).key), `${JSON.stringify(raw)} ${format}`);
    assert.deepEqual(viaCell(raw, format), viaFullReader(raw, format));
  }
  assert.equal(viaCell('0,500', 'es').key, 0.5);
  assert.equal(viaCell('10.500', 'es').key, 10500);
});
