// How a data set's cells read, the one rule for the site's table without JavaScript and the
// dataset widget: what each column holds (readColumns), and each cell's text (cellText),
// on the real SECOP II file and the example contracts, and as properties: an identifier
// never gains separators, a shown amount reads back to the same decimal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  cellText,
  compareDecimals,
  numberShape,
  parseNumber,
  readCellText,
  readColumns,
  readCsv,
  type ColumnReading,
  type CsvTable,
  type NumberFormat,
} from '../src/index.ts';

const es = { locale: 'es-CO', yes: 'Sí', no: 'No' };
const en = { locale: 'en', yes: 'Yes', no: 'No' };

function read(path: string): CsvTable {
  return readCsv(readFileSync(new URL(path, import.meta.url)), { file: path });
}

/** Column `header`'s first cell as shown, with the columns the file's first rows decide. */
function firstShown(table: CsvTable, header: string, words = es, format?: NumberFormat) {
  const read = readColumns(table.file, table.headers, table.rows, { numberFormat: format });
  const c = table.headers.indexOf(header);
  return {
    column: read.columns[c],
    text: readCellText(read.columns[c], table.rows[0].cells[c], read.numberFormat, words),
  };
}

test('the real SECOP II file: pandas whole numbers whole, years as years, dates in words', () => {
  // IngNicolasPolo/SECOP-II-Analizador data/latest.csv: `82917988.0`, `2019.0` (pandas).
  const secop = read('../../components/src/dataset/fixtures/secop-ii-barrancabermeja.csv');
  assert.equal(secop.rows.length, 1791);
  const value = firstShown(secop, 'Valor (COP)');
  assert.deepEqual(value.column, { type: 'number', wholeFloats: true });
  assert.equal(value.text, '82.917.988');
  assert.equal(firstShown(secop, 'Valor (COP)', en).text, '82,917,988');
  const year = firstShown(secop, 'Año');
  assert.deepEqual(year.column, { type: 'text', wholeFloats: true });
  assert.equal(year.text, '2019');
  const date = firstShown(secop, 'Fecha del Proceso');
  assert.equal(date.column.type, 'date');
  assert.equal(date.text, '17 de diciembre de 2019');
  assert.equal(firstShown(secop, 'Fecha del Proceso', en).text, 'December 17, 2019');
  assert.equal(
    firstShown(secop, 'Entidad').text,
    'SENA REGIONAL SANTANDER GRUPO ADMINISTRATIVO CIDT',
  );
});

test('the example contracts: a BPIN as written, amounts with the cents the file writes', () => {
  const contracts = read('../../../content/datasets/contratos-2025.csv');
  assert.deepEqual(firstShown(contracts, 'BPIN'), {
    column: { type: 'text' },
    text: '2025680010001',
  });
  assert.equal(firstShown(contracts, 'Valor').text, '486.500.000,00');
  assert.equal(firstShown(contracts, 'Valor', en).text, '486,500,000.00');
  assert.equal(firstShown(contracts, 'Plazo (días)').text, '240');
});

const rows = (values: string[]) => values.map((v, i) => ({ line: i + 2, cells: [v] }));
const columnOf = (header: string, values: string[], format?: NumberFormat) =>
  readColumns('f.csv', [header], rows(values), { numberFormat: format }).columns[0];

test('identifiers and years are text; a column counting rows stays numbers', () => {
  for (const header of ['BPIN', 'NIT', 'Código DANE', 'codigo_divipola', 'Cédula'])
    assert.equal(columnOf(header, ['05001', '2025680010001']).type, 'text', header);
  assert.deepEqual(columnOf('NIT', ['890201222.0', '900123456.0']), {
    type: 'text',
    wholeFloats: true,
  });
  // A year column: `2019.0` is text; `2019` a date of a year, written as a year all the same.
  assert.equal(columnOf('Vigencia', ['2019.0', '2020.0']).type, 'text');
  assert.equal(cellText(columnOf('Vigencia', ['2019', '2020']), '2019', es), '2019');
  assert.equal(columnOf('id', ['1', '2', '3']).type, 'number');
  // A NIT with its check digit is not digits only: text all the same (not a number).
  assert.equal(columnOf('NIT', ['890.201.222-1']).type, 'text');
});

test('whole floats only when every value is written so; other decimals are kept', () => {
  assert.equal(columnOf('Valor', ['1.0', '2.5']).wholeFloats, undefined);
  const whole: ColumnReading = { type: 'number', wholeFloats: true };
  // A later row with real decimals (past the rows that decided) keeps them.
  assert.equal(cellText(whole, '2.50', es, numberShape('2.50', 'en')), '2,50');
  assert.equal(cellText(whole, '-7.0', es, numberShape('-7.0', 'en')), '-7');
  assert.equal(cellText({ type: 'text', wholeFloats: true }, 'N/A', es), 'N/A');
});

test('missing values, booleans, links and unreadable numbers', () => {
  const number: ColumnReading = { type: 'number' };
  assert.equal(cellText(number, 'S/D', es, numberShape('S/D', 'es')), 'S/D');
  assert.equal(cellText(number, 'N/A', en, numberShape('N/A', 'es')), 'N/A');
  assert.equal(cellText(number, '', es, numberShape('', 'es')), '—');
  assert.equal(cellText(number, 'cien', es, numberShape('cien', 'es')), 'cien');
  assert.equal(cellText(number, '35,5%', es, numberShape('35,5%', 'es')), '35,5\u00a0%');
  assert.equal(cellText({ type: 'boolean' }, 'true', es), 'Sí');
  assert.equal(cellText({ type: 'boolean' }, 'false', en), 'No');
  assert.equal(cellText({ type: 'url' }, 'https://x.gov.co', es), 'https://x.gov.co');
  assert.equal(cellText({ type: 'date' }, 'pronto', es), 'pronto');
});

/** A decimal as a file in `format` writes it, grouped or not. */
const writtenDecimal = fc
  .record({
    negative: fc.boolean(),
    whole: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
    grouped: fc.boolean(),
  })
  .map(({ negative, whole, fraction, grouped }) => ({ negative, whole, fraction, grouped }));

function write(
  v: { negative: boolean; whole: bigint; fraction?: string; grouped: boolean },
  format: NumberFormat,
): string {
  const [group, point] = format === 'es' ? ['.', ','] : [',', '.'];
  let digits = v.whole.toString();
  if (v.grouped) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${v.negative ? '-' : ''}${digits}${v.fraction !== undefined ? point + v.fraction : ''}`;
}

test('property: a shown amount reads back to the decimal the file wrote', () => {
  fc.assert(
    fc.property(
      writtenDecimal,
      fc.constantFrom<NumberFormat>('es', 'en'),
      fc.boolean(),
      (v, format, wholeFloats) => {
        const raw = write(v, format);
        const written = parseNumber(raw, format);
        fc.pre('value' in written);
        const column: ColumnReading = { type: 'number', wholeFloats };
        for (const [words, shownFormat] of [
          [es, 'es'],
          [en, 'en'],
        ] as const) {
          const text = readCellText(column, raw, format, words);
          const back = parseNumber(text, shownFormat);
          assert.ok('value' in back, `${raw} -> ${text}`);
          assert.equal(compareDecimals(back.value, written.value), 0, `${raw} -> ${text}`);
        }
      },
    ),
  );
});

test('property: an identifier never gains separators, whatever its digits', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^\d{1,18}$/), { minLength: 1, maxLength: 20 }),
      fc.constantFrom('BPIN', 'NIT', 'Código', 'DIVIPOLA'),
      (ids, header) => {
        const read = readColumns('f.csv', [header], rows(ids));
        for (const id of ids) {
          assert.equal(readCellText(read.columns[0], id, read.numberFormat, es), id);
          assert.equal(readCellText(read.columns[0], id, read.numberFormat, en), id);
        }
      },
    ),
  );
});
