// The real Bogotá table: every value read right, and progress for all 12 measures
// checked against the spec's formula worked by hand (see the package README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  formatCell,
  indicatorProgress,
  LANGS,
  loadAllMessages,
  messageText,
  isExactNumber,
  readIndicators,
  readIndicatorsWide,
} from '../src/index.ts';

await loadAllMessages(LANGS);
import type { CellNumber, Indicator } from '../src/index.ts';

const bytes = readFileSync(
  new URL('./fixtures/bogota-gobierno-abierto-indicadores.csv', import.meta.url),
);
const result = readIndicators(bytes, { file: 'indicators/bogota.csv' });

function show(c: CellNumber): string {
  if (isExactNumber(c)) return `${c.value}${c.isPercent ? '%' : ''}`;
  return c.missing === 'no_data' ? 'S/D' : c.missing === 'not_applicable' ? 'N/A' : '';
}

/** The row as published: 2016-2017, 2018-2019, target. */
function row(ind: Indicator): string[] {
  const byPeriod = new Map<string, CellNumber>();
  if (ind.baseline.period) byPeriod.set(ind.baseline.period.raw, ind.baseline.value);
  for (const v of ind.values) byPeriod.set(v.period.raw, v.value);
  return [
    show(byPeriod.get('2016-2017')!),
    show(byPeriod.get('2018-2019')!),
    show(ind.target.value),
  ];
}

test('the Bogotá table reads without errors, as the wide form, in three pillars', () => {
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.warnings, []);
  assert.equal(result.records.length, 12);
  assert.deepEqual(
    [...new Set(result.records.map((r) => r.group))],
    [
      'Transparencia institucional',
      'Confianza, colaboración e innovación',
      'Rendición de cuentas y participación',
    ],
  );
  assert.deepEqual(readIndicatorsWide(bytes, { file: 'x.csv' }).records, result.records);
  for (const r of result.records) {
    assert.equal(r.target.period.raw, '2022-2023');
    assert.equal(r.target.period.end, '2023-12-31');
    assert.equal(r.direction, 'increase');
  }
});

test('every value of the Bogotá table, S/D and N/A told apart, 18% a percentage, 2,61 an index', () => {
  const expected: [string, string[]][] = [
    ['Condiciones institucionales para la información pública', ['69.6', '72.6', '85']],
    ['Publicación y posicionamiento del PAAC', ['52.9', '41.7', '85']],
    ['Existencia de criterios para la apertura de datos', ['26.4', '51.4', '95']],
    ['Condiciones institucionales de medidas anticorrupción', ['N/A', '22.2', '60']],
    ['Índice de confianza ciudadana en instituciones distritales', ['2.61', '2.6', '6']],
    ['Índice de innovación pública', ['37.7', 'S/D', '60']],
    ['Uso de internet para trámites con instituciones distritales', ['S/D', '18%', '35%']],
    [
      'Procesos de planeación en cuya formulación se involucró a la ciudadanía',
      ['35.5', '27.1', '70'],
    ],
    ['Divulgación de información para la rendición de cuentas', ['59%', '50%', '100%']],
    ['Grupos de interés consultados en rendición de cuentas', ['16.2', '45.8', '75']],
    ['Promoción de espacios de diálogo y concertación con la ciudadanía', ['56.9', '54.4', '75']],
    ['Índice de participación efectiva de Bogotá', ['2.26', '2.26', '5']],
  ];
  assert.deepEqual(
    result.records.map((r) => [r.name, row(r)]),
    expected,
  );
  const anticorruption = result.records[3];
  assert.equal(
    anticorruption.baseline.period?.raw,
    '2018-2019',
    'the first period with a value is the baseline',
  );
  const na = anticorruption.values[0].value;
  assert.ok(!isExactNumber(na) && na.missing === 'not_applicable' && na.raw === 'N/A');
  const sd = result.records[5].values[0].value;
  assert.ok(!isExactNumber(sd) && sd.missing === 'no_data' && sd.raw === 'S/D');
  assert.equal(result.records[6].unit, '%');
  assert.equal(result.records[4].unit, undefined);
});

test('cells display as published in Spanish and English', () => {
  const r = result.records;
  assert.equal(formatCell(r[0].baseline.value, 'es-CO'), '69,6');
  assert.equal(formatCell(r[4].baseline.value, 'es-CO'), '2,61');
  assert.equal(formatCell(r[4].values[0].value, 'es-CO'), '2,60');
  assert.equal(formatCell(r[4].target.value, 'es-CO'), '6,0');
  assert.equal(formatCell(r[6].baseline.value, 'es-CO'), '18\u00a0%');
  assert.equal(formatCell(r[6].baseline.value, 'en'), '18%');
  assert.equal(formatCell(r[5].values[0].value, 'es-CO'), 'S/D');
  assert.equal(formatCell(r[3].values[0].value, 'es-CO'), 'N/A');
  assert.equal(formatCell(r[5].values[0].value, 'en'), 'No data');
  assert.equal(formatCell(r[0].baseline.value, 'en'), '69.6');
});

// Expected progress at 2019-12-31 (end of 2018-2019), from the end of the baseline
// (2017-12-31) to the end of the target (2023-12-31): 730 / 2191 days = 33.32 %.
// on_track needs >= 23.32 %, at_risk >= 8.32 %.
const HAND: [name: string, progressPct: string | null, status: string][] = [
  ['Condiciones institucionales para la información pública', '19.48', 'at_risk'], // 3 / 15.4
  ['Publicación y posicionamiento del PAAC', '0', 'off_track'], // -11.2 / 32.1 clamped
  ['Existencia de criterios para la apertura de datos', '36.44', 'on_track'], // 25 / 68.6
  ['Condiciones institucionales de medidas anticorrupción', null, 'no_data'], // baseline 2018-2019, nothing after
  ['Índice de confianza ciudadana en instituciones distritales', '0', 'off_track'], // -0.01 / 3.39 clamped
  ['Índice de innovación pública', null, 'no_data'], // 2018-2019 is S/D
  ['Uso de internet para trámites con instituciones distritales', null, 'no_data'], // baseline 18 % in 2018-2019
  ['Procesos de planeación en cuya formulación se involucró a la ciudadanía', '0', 'off_track'], // -8.4 / 34.5
  ['Divulgación de información para la rendición de cuentas', '0', 'off_track'], // -9 / 41
  ['Grupos de interés consultados en rendición de cuentas', '50.34', 'on_track'], // 29.6 / 58.8
  ['Promoción de espacios de diálogo y concertación con la ciudadanía', '0', 'off_track'], // -2.5 / 18.1
  ['Índice de participación efectiva de Bogotá', '0', 'off_track'], // 0 / 2.74
];

test('progress and status of all 12 Bogotá measures, as computed by hand', () => {
  result.records.forEach((ind, i) => {
    const [name, pct, status] = HAND[i];
    assert.equal(ind.name, name);
    const p = indicatorProgress(ind);
    assert.equal(p.progressPct, pct, name);
    assert.equal(p.status, status, name);
    if (pct !== null) {
      assert.equal(p.expectedPct, '33.32', name);
      assert.ok(Math.abs(p.expected! - 730 / 2191) < 1e-6);
      assert.ok(Math.abs(p.progress! - Number(pct) / 100) < 1e-4);
      assert.equal(p.latest?.period.raw, '2018-2019');
    } else {
      assert.equal(p.progress, null);
    }
  });
});

test('the explanation shows the arithmetic in both languages', () => {
  const p = indicatorProgress(result.records[0]);
  assert.match(
    messageText(p.explanation, 'es'),
    /^Avance = \(72,6 − 69,6\) ÷ \(85 − 69,6\) = 3 ÷ 15,4 = 19,5\u00a0%/,
  );
  assert.match(messageText(p.explanation, 'es'), /730 de 2\.191 días/);
  assert.match(messageText(p.explanation, 'es'), /En riesgo/);
  assert.match(
    messageText(p.explanation, 'en'),
    /^Progress = \(72\.6 − 69\.6\) ÷ \(85 − 69\.6\) = 3 ÷ 15\.4 = 19\.5%/,
  );
  assert.match(messageText(p.explanation, 'en'), /730 of 2,191 days/);
  const clamped = indicatorProgress(result.records[1]);
  assert.match(
    messageText(clamped.explanation, 'es'),
    /−11,2 ÷ 32,1 = −34,9\u00a0%, que se limita a 0,0\u00a0%/,
  );
  const pct = indicatorProgress(result.records[8]);
  assert.match(
    messageText(pct.explanation, 'es'),
    /\(50\u00a0% − 59\u00a0%\) ÷ \(100\u00a0% − 59\u00a0%\)/,
  );
  const nd = indicatorProgress(result.records[5]);
  assert.match(messageText(nd.explanation, 'es'), /«S\/D»/);
});
