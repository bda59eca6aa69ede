import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  formatError,
  isSdgSeries,
  readSdgSeries,
  sdgSelection,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';
import type { SdgObservation } from '../src/index.ts';

await loadAllMessages(LANGS);

const read = (name: string) =>
  readSdgSeries(
    new Uint8Array(readFileSync(new URL(`./fixtures/sdg-real/${name}`, import.meta.url))),
    { file: `indicadores/${name}` },
  );
const shown = (list: SdgObservation[]) =>
  list.map((o) => [o.period, 'value' in o.value ? o.value.value : o.value.missing]);

test('Canada 1.2.1: the headline is the rows with no disaggregation; the breakdowns offer their values', () => {
  const r = read('canada_indicator_1-2-1.csv');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.observations.length, 2162);
  assert.deepEqual(shown(r.headline), [
    ['2015', '14.5'],
    ['2016', '12.9'],
    ['2017', '11.9'],
    ['2018', '11.2'],
    ['2019', '10.3'],
    ['2020', '6.4'],
    ['2021', '7.4'],
    ['2022', '9.9'],
    ['2023', '10.2'],
  ]);
  // GeoCode places a row on a map: it is not a dimension to choose.
  assert.deepEqual(
    r.dimensions.map((d) => [d.name, d.values.length]),
    [
      ['Persons in low income', 12],
      ['Geography', 25],
    ],
  );
  assert.equal(r.dimensions[0].values[0], 'All persons');
  const alberta = sdgSelection(r, { Geography: 'Alberta', 'Persons in low income': 'All persons' });
  assert.deepEqual(shown(alberta).slice(0, 3), [
    ['2015', '9.4'],
    ['2016', '10.1'],
    ['2017', '8.5'],
  ]);
  assert.equal(alberta.length, 9);
  assert.equal(alberta[0].attributes.GeoCode, '48');
  assert.deepEqual(sdgSelection(r, {}), r.headline);
  // Geography alone is never published without a group of persons: nothing is made up.
  assert.deepEqual(sdgSelection(r, { Geography: 'Alberta' }), []);
});

test('UK ONS 10.3.1: periods as written, SDMX attributes kept apart, an empty value is empty', () => {
  const r = read('uk_ons_indicator_10-3-1.csv');
  assert.deepEqual(r.errors, []);
  assert.equal(r.observations.length, 99);
  assert.deepEqual(shown(r.headline)[0], ['2007/08 to 2008/09', '0.2871760101585322']);
  assert.equal(r.headline.length, 5);
  assert.deepEqual(
    r.dimensions.map((d) => d.name),
    [
      'Type of hate crime',
      'Age',
      'Sex',
      'Disability status',
      'Ethnicity',
      'Household income',
      'Urban or rural',
    ],
  );
  assert.deepEqual(r.observations[0].attributes, {
    'Observation status': 'Normal Value',
    'Unit multiplier': 'Units',
    'Unit measure': 'Percentage (%)',
  });
  assert.equal(r.observations.filter((o) => 'missing' in o.value).length, 1);
});

test('Mexico 1.2.1 (CONEVAL by municipality): NA is not available, no headline is said, tab-led GeoCodes are read', () => {
  const r = read('mexico_indicator_1-2-1-esp.csv');
  assert.deepEqual(r.errors, []);
  assert.equal(r.observations.length, 17548);
  const kinds: Record<string, number> = {};
  for (const o of r.observations) {
    const k = 'missing' in o.value ? o.value.missing : 'number';
    kinds[k] = (kinds[k] ?? 0) + 1;
  }
  assert.deepEqual(kinds, { number: 5126, not_available: 12409, no_data: 11, empty: 2 });
  assert.equal(r.headline.length, 0);
  assert.equal(r.warnings.length, 1);
  assert.equal(r.warnings[0].code, 'sdg.no_headline');
  assert.match(formatError(r.warnings[0], 'en'), /no headline series/);
  assert.deepEqual(
    r.dimensions.map((d) => [d.name, d.values.length]),
    [
      ['Entidad federativa', 33],
      ['Municipios', 2329],
      ['Sexo', 3],
      ['Grupo de edad', 6],
    ],
  );
  const national = sdgSelection(r, {
    'Entidad federativa': 'Estados Unidos Mexicanos',
    Sexo: 'Total',
  });
  assert.deepEqual(shown(national)[0], ['2020', '52.77346101']);
  assert.equal(national[0].attributes.GeoCode, '00');
});

test('a file’s sidecar may say what its markers mean; a second value for the same year and breakdown is an error', () => {
  const file = 'Year,Sex,Value\n2020,,NA\n2020,Female,x\n2021,,1.5\n2021,,1.6\n';
  const r = readSdgSeries(file, { file: 'indicadores/i.csv', missing: { x: 'suppressed' } });
  assert.deepEqual(shown(r.observations), [
    ['2020', 'not_available'],
    ['2020', 'suppressed'],
    ['2021', '1.5'],
  ]);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0].code, 'sdg.duplicate_observation');
  assert.equal(r.errors[0].line, 5);
  const declared = readSdgSeries(file, { file: 'i.csv', missing: { NA: 'suppressed' } });
  assert.deepEqual(declared.observations[0].value, { missing: 'suppressed', raw: 'NA' });
});

test('a file without Year or Value is not an Open SDG file, said in both languages', () => {
  const r = readSdgSeries('Año,Valor\n2020,1\n', { file: 'indicadores/x.csv' });
  assert.deepEqual(
    r.errors.map((e) => e.code),
    ['sdg.missing_column', 'sdg.missing_column'],
  );
  assert.match(messageText(r.errors[0].message, 'es'), /falta la columna «Year»/);
  assert.ok(!isSdgSeries(['Año', 'Valor']));
  assert.ok(isSdgSeries(['Year', 'Sex', 'GeoCode', 'Value']));
});

test('column names and values are untrusted text: __proto__ is a dimension like any other', () => {
  const r = readSdgSeries('Year,__proto__,constructor,Value\n2020,a,b,1\n', { file: 'i.csv' });
  const [o] = r.observations;
  assert.deepEqual(Object.keys(o.breakdown), ['__proto__', 'constructor']);
  assert.equal(Object.getPrototypeOf(o.breakdown), Object.prototype);
  const both = Object.fromEntries([
    ['__proto__', 'a'],
    ['constructor', 'b'],
  ]);
  assert.deepEqual(sdgSelection(r, both), [o]);
  assert.deepEqual(sdgSelection(r, { constructor: 'b' }), []);
});

test('the breakdowns a file publishes, and its periods in time order', async () => {
  const { sdgBreakdowns, sdgPeriods } = await import('../src/index.ts');
  const canada = read('canada_indicator_1-2-1.csv');
  // Geography is only ever published with a group of persons: one breakdown of both.
  assert.deepEqual(sdgBreakdowns(canada), [
    { dimensions: ['Persons in low income', 'Geography'], rows: 2153 },
  ]);
  assert.deepEqual(sdgPeriods(canada.headline), [
    '2015',
    '2016',
    '2017',
    '2018',
    '2019',
    '2020',
    '2021',
    '2022',
    '2023',
  ]);
  const uk = read('uk_ons_indicator_10-3-1.csv');
  assert.deepEqual(
    sdgBreakdowns(uk).map((b) => [b.dimensions.join(' × '), b.rows]),
    [
      ['Type of hate crime', 21],
      ['Urban or rural', 4],
      ['Disability status', 6],
      ['Sex', 4],
      ['Age', 14],
      ['Ethnicity', 10],
      ['Household income', 7],
      ['Age × Sex', 28],
    ],
  );
  // Spans the core does not read as periods keep the order the office wrote them in.
  assert.deepEqual(sdgPeriods(uk.observations), [
    '2007/08 to 2008/09',
    '2009/10 to 2011/12',
    '2012/13 to 2014/15',
    '2015/16 to 2017/18',
    '2017/18 to 2019/20',
  ]);
  const mexico = read('mexico_indicator_1-2-1-esp.csv');
  assert.deepEqual(
    sdgBreakdowns(mexico).map((b) => [b.dimensions.join(' × '), b.rows]),
    [
      ['Entidad federativa × Sexo', 9],
      ['Entidad federativa × Grupo de edad', 18],
      ['Entidad federativa', 231],
      ['Entidad federativa × Municipios', 17290],
    ],
  );
  // Written out of order in the file (2020 first), read in time order.
  assert.deepEqual(sdgPeriods(mexico.observations), [
    '2008',
    '2010',
    '2012',
    '2014',
    '2015',
    '2016',
    '2018',
    '2020',
  ]);
  assert.deepEqual(sdgBreakdowns(uk, { units: 'none' }), []);
});

test('a period is written as the core writes periods, or as published', async () => {
  const { formatSdgPeriod } = await import('../src/index.ts');
  assert.equal(formatSdgPeriod('2015', 'es-CO'), '2015');
  assert.equal(formatSdgPeriod('2016-2017', 'es-CO'), '2016–2017');
  assert.equal(formatSdgPeriod('2007/08 to 2008/09', 'en'), '2007/08 to 2008/09');
});

test("a breakdown's rows are those that fill exactly its disaggregations", async () => {
  const { sdgBreakdownRows } = await import('../src/index.ts');
  const uk = read('uk_ons_indicator_10-3-1.csv');
  assert.equal(sdgBreakdownRows(uk, ['Sex']).length, 4);
  assert.equal(sdgBreakdownRows(uk, ['Age', 'Sex']).length, 28);
  assert.equal(sdgBreakdownRows(uk, ['Age']).length, 14);
  assert.deepEqual(sdgBreakdownRows(uk, []), uk.headline);
});
