import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  indicatorProgress,
  readCommitments,
  readDatasets,
  readIndicators,
  readIndicatorsLong,
  readIndicatorsWide,
  readMilestones,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const long = readIndicatorsLong(fixture('long/indicators.csv'), fixture('long/values.csv'), {
  file: 'indicators/indicators.csv',
});
const byId = new Map(long.records.map((r) => [r.id, r]));

test('long form: indicators.csv and values.csv, each with its own delimiter and format', () => {
  assert.deepEqual(
    long.errors.map((e) => [e.file, e.code, e.line, e.column, e.value]),
    [['indicators/values.csv', 'values.unknown_indicator', 11, 1, 'desconocido']],
  );
  assert.deepEqual(
    long.warnings.map((e) => [e.file, e.code, e.line, e.column]),
    [['indicators/values.csv', 'url.unsafe', 4, 5]],
  );
  const pqrs = byId.get('pqrs-dias')!;
  assert.equal(pqrs.direction, 'decrease');
  assert.equal(pqrs.group, 'Servicio a la ciudadanía');
  assert.equal(pqrs.unit, 'días');
  assert.equal(pqrs.source, 'Veeduría Distrital');
  assert.deepEqual(
    pqrs.values.map((v) => [v.period.raw, 'value' in v.value ? v.value.value : v.value.missing]),
    [
      ['2021', '27'],
      ['2022', '24'],
    ],
    'the baseline period (2020) is not repeated among the values',
  );
  assert.equal(pqrs.values[0].sourceUrl, 'https://veeduria.gov.co/pqrs');
  assert.equal(pqrs.values[1].sourceUrl, undefined, 'javascript: is never a link');
  assert.equal(pqrs.values[1].note, 'Dato preliminar');
  assert.equal(byId.get('satisfaccion')!.tolerance, '0.2');
  assert.equal(byId.get('cobertura')!.unit, '%');
});

test('a decreasing indicator: (b − v) ÷ (b − t), judged at the date of the latest value', () => {
  // b = 30 (2020), v = 24 (2022), t = 15 (2024): (30 − 24) ÷ (30 − 15) = 6 ÷ 15 = 40 %.
  // Expected: 2020-12-31 → 2022-12-31 is 730 of 1461 days to 2024-12-31 = 49.97 %;
  // 40 % ≥ 49.97 − 10 = 39.97 %, so on track.
  const p = indicatorProgress(byId.get('pqrs-dias')!);
  assert.equal(p.progressPct, '40');
  assert.equal(p.expectedPct, '49.97');
  assert.equal(p.status, 'on_track');
  assert.match(
    messageText(p.explanation, 'es'),
    /^Avance = \(30 − 24\) ÷ \(30 − 15\) = 6 ÷ 15 = 40,0\u00a0%/,
  );
  // As of 2021: v = 27: 3 ÷ 15 = 20 %; expected 365 / 1461 = 24.98 %: on track (≥ 14.98 %).
  const asOf = indicatorProgress(byId.get('pqrs-dias')!, { asOf: '2021-12-31' });
  assert.equal(asOf.progressPct, '20');
  assert.equal(asOf.expectedPct, '24.98');
  assert.equal(asOf.latest?.period.raw, '2021');
  // Mortality fell below its target: (8.4 − 5.8) ÷ (8.4 − 6.0) = 108.3 % → clamped 100 %: achieved.
  const m = indicatorProgress(byId.get('mortalidad')!);
  assert.equal(m.progressPct, '100');
  assert.equal(m.status, 'achieved');
  assert.equal(m.latest?.period.raw, '2022-Q4');
  assert.match(messageText(m.explanation, 'en'), /= 2\.6 ÷ 2\.4 = 108\.3%, limited to 100\.0%/);
});

test('percentages, maintain with tolerance, baseline equal to target, no data', () => {
  // Cobertura: 40 % → 45 % (2022-06), target 80 % in 2024: 5 ÷ 40 = 12.5 %; the 2023-06 S/D is skipped.
  const c = indicatorProgress(byId.get('cobertura')!);
  assert.equal(c.progressPct, '12.5');
  assert.equal(c.latest?.period.raw, '2022-06');
  // 2020-12-31 → 2022-06-30 = 546 of 1461 days = 37.37 %; 12.5 < 27.37 and ≥ 12.37: at risk.
  assert.equal(c.expectedPct, '37.37');
  assert.equal(c.status, 'at_risk');
  assert.match(messageText(c.explanation, 'es'), /\(45\u00a0% − 40\u00a0%\)/);
  // Maintain 4,0 ± 0,2: 4,3 is 0,3 away: off track.
  const s = indicatorProgress(byId.get('satisfaccion')!);
  assert.equal(s.status, 'off_track');
  assert.match(
    messageText(s.explanation, 'es'),
    /\|4,3 − 4,0\| = 0,3, fuera de la tolerancia de 0,2/,
  );
  const within = indicatorProgress({ ...byId.get('satisfaccion')!, tolerance: '0.3' });
  assert.equal(within.status, 'achieved');
  // Baseline 50 equals target 50, value 49: not reached.
  const eq = indicatorProgress(byId.get('igual')!);
  assert.equal(eq.progressPct, '0');
  assert.equal(eq.status, 'off_track');
  const eqMet = indicatorProgress({
    ...byId.get('igual')!,
    values: [
      { ...byId.get('igual')!.values[0], value: { value: '50', isPercent: false, raw: '50' } },
    ],
  });
  assert.equal(eqMet.status, 'achieved');
  const none = indicatorProgress({ ...byId.get('pqrs-dias')!, values: [] });
  assert.equal(none.status, 'no_data');
  assert.equal(none.progress, null);
});

test('values.csv: a second value for the same indicator and period is an error', () => {
  const r = readIndicatorsLong(
    fixture('long/indicators.csv'),
    'indicator_id,period,value\npqrs-dias,2021,27\nPQRS-DIAS,2021,26\n',
    { file: 'indicators/indicators.csv' },
  );
  assert.deepEqual(
    r.errors.map((e) => [e.file, e.code, e.line, e.column]),
    [['indicators/values.csv', 'values.duplicate_period', 3, 2]],
  );
  assert.equal(r.records[0].values.length, 1);
});

test('readIndicators picks the form', () => {
  const both = readIndicators(
    { indicators: fixture('long/indicators.csv'), values: fixture('long/values.csv') },
    { file: 'indicators/indicators.csv' },
  );
  assert.deepEqual(both.records, long.records);
  const only = readIndicators(fixture('long/indicators.csv'), {
    file: 'indicators/indicators.csv',
  });
  assert.equal(only.records.length, 5);
  assert.deepEqual(only.records[0].values, []);
});

test('a wide table whose target column lost its mark says so, not that long-form columns are missing', () => {
  const unmarked = 'Pilar;Medición;2016-2017;2018-2019;2022-2023\nT;Índice;1;2;3\n';
  const r = readIndicators(unmarked, { file: 'indicators/bogota.csv', numberFormat: 'es' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line]),
    [['indicators.target_column', 1]],
  );
  assert.match(
    messageText(r.errors[0].message, 'es'),
    /Ninguna columna de periodo está marcada como meta/,
  );
});

test('the real IV action plan commitments read with their empty lead institutions', () => {
  const r = readCommitments(fixture('colombia-plan-accion-iv-compromisos.csv'), {
    file: 'commitments/commitments.csv',
  });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records.length, 15);
  assert.equal(r.records[0].id, 'IV-01');
  assert.equal(
    r.records[0].leadInstitution,
    'Ministerio de Tecnologías de la Información y las Comunicaciones',
  );
  assert.equal(r.records[1].leadInstitution, undefined);
  assert.equal(r.records[14].title, 'Transparencia y rendición de cuentas');
  assert.equal(r.records.filter((c) => c.leadInstitution === undefined).length, 4);
});

test('the real OGP commitments of earlier plans read with their ids', () => {
  const r = readCommitments(fixture('colombia-compromisos-anteriores.csv'), {
    file: 'commitments/anteriores.csv',
  });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(
    r.records.map((c) => c.id),
    [
      'CO0001',
      'CO0002',
      'CO0011',
      'CO0012',
      'CO0013',
      'CO0015',
      'CO0020',
      'CO0024',
      'CO0031',
      'CO0033',
      'CO0065',
      'CO0076',
      'CO0077',
    ],
  );
  assert.equal(
    r.records[10].title,
    'Ciudadanos digitales hablando de lo público (100 ejercicios: 50 en 2018 y 50 en 2019)',
  );
  assert.equal(r.records[11].actionPlan, 'III Plan de Acción 2017-2019');
});

test('commitment fields: enums in Spanish or English, lists, dates, links', () => {
  const text = [
    'id;título;valores ogp;fecha inicio;fecha fin;cumplimiento;estelar;impacto potencial;url;extra col',
    'CO0100;Uno;Acceso a la información | civic_participation;01/02/2021;2022-06-30;Sustancial;sí;transformative;https://ogp.gov.co/c/100;x',
    'CO0100;Dos;magia;31/02/2021;;casi;tal vez;;javascript:alert(1);',
  ].join('\n');
  const r = readCommitments(text, { file: 'commitments/commitments.csv' });
  const [a] = r.records;
  assert.deepEqual(a.ogpValues, ['access_to_information', 'civic_participation']);
  assert.equal(a.startDate, '2021-02-01');
  assert.equal(a.endDate, '2022-06-30');
  assert.equal(a.completion, 'substantial');
  assert.equal(a.starred, true);
  assert.equal(a.potentialImpact, 'transformative');
  assert.equal(a.url, 'https://ogp.gov.co/c/100');
  assert.deepEqual(a.extra, { 'extra col': 'x' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column]),
    [
      ['commitment.duplicate_id', 3, 1],
      ['schema.invalid_value', 3, 3],
      ['date.invalid', 3, 4],
      ['schema.invalid_value', 3, 6],
      ['schema.invalid_value', 3, 7],
    ],
  );
  assert.deepEqual(
    r.warnings.map((e) => [e.code, e.line, e.column]),
    [['url.unsafe', 3, 9]],
  );
});

test('milestones', () => {
  const r = readMilestones(
    'commitment_id,hito,estado,avance,evidencia\nCO0100,Publicar datos,en progreso,"62,5",https://x.gov.co/e\nCO0100,Otro,delayed,120,\n',
    { file: 'commitments/milestones.csv' },
  );
  assert.equal(r.records[0].status, 'in_progress');
  assert.equal(r.records[0].progressPct, '62.5');
  assert.equal(r.records[0].evidenceUrl, 'https://x.gov.co/e');
  assert.equal(r.records[1].status, 'delayed');
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column]),
    [['milestone.progress_range', 3, 4]],
  );
});

test('the real PIDA catalog: 29 datasets, catalog only', () => {
  const r = readDatasets(fixture('pida-conjuntos-de-datos.csv'), { file: 'datasets/datasets.csv' });
  assert.deepEqual(r.errors, []);
  assert.equal(r.records.length, 29);
  assert.equal(new Set(r.records.map((d) => d.title)).size, 29);
  assert.deepEqual(r.records[0], {
    id: 'cabildeo',
    title: 'Registros de cabildeo',
    keywords: [],
    source: { kind: 'none' },
    dialect: {},
    extra: {},
    theme: 'integridad',
  });
});

test('dataset sources and dialects', () => {
  const text = [
    'dataset_id,title,keywords,file,url,api,ckan_resource_id,delimiter,decimal,encoding',
    'a,Local,contratos | 2025,contratos.csv,,,,;,",",windows-1252',
    'b,Socrata,,,https://www.datos.gov.co/resource/abcd-1234.json,socrata,,,,',
    'c,CKAN,,,https://ckan.example.org,ckan,res-1,,,',
    'd,Malo,,../../etc/passwd,,,,,,',
    'e,Peligro,,,javascript:alert(1),,,,,',
  ].join('\n');
  const r = readDatasets(text, { file: 'datasets/datasets.csv' });
  assert.deepEqual(r.records[0].source, { kind: 'file', file: 'contratos.csv' });
  assert.deepEqual(r.records[0].keywords, ['contratos', '2025']);
  assert.deepEqual(r.records[0].dialect, {
    delimiter: ';',
    decimal: ',',
    encoding: 'windows-1252',
  });
  assert.deepEqual(r.records[1].source, {
    kind: 'socrata',
    url: 'https://www.datos.gov.co/resource/abcd-1234.json',
  });
  assert.deepEqual(r.records[2].source, {
    kind: 'ckan',
    url: 'https://ckan.example.org/',
    resourceId: 'res-1',
  });
  assert.deepEqual(r.records[3].source, { kind: 'none' });
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line]),
    [['dataset.file_outside', 5]],
  );
  assert.deepEqual(
    r.warnings.map((e) => [e.code, e.line]),
    [['url.unsafe', 6]],
  );
});

test('a wide table with a direction column, year columns and «Meta (2026)»', () => {
  const text = [
    'Eje,Indicador,Unidad,Tendencia,2022,2023,2024,Meta (2026)',
    'Movilidad,Muertes en vías por 100.000 habitantes,tasa,Reducción,"8,4","7,9","7,1","6,0"',
    'Servicio,Trámites en línea,%,incremento,20%,25%,N/D,60%',
  ].join('\n');
  const r = readIndicatorsWide(text, { file: 'indicators/movilidad.csv' });
  assert.deepEqual(r.errors, []);
  const [deaths, online] = r.records;
  assert.equal(deaths.direction, 'decrease');
  assert.equal(deaths.target.period.raw, '2026');
  assert.equal(deaths.baseline.period?.raw, '2022');
  // (8,4 − 7,1) ÷ (8,4 − 6,0) = 1,3 ÷ 2,4 = 54,17 %; expected: 2022-12-31 → 2024-12-31 is
  // 731 of the 1461 days to 2026-12-31 = 50,03 %: on track.
  const p = indicatorProgress(deaths);
  assert.equal(p.progressPct, '54.17');
  assert.equal(p.expectedPct, '50.03');
  assert.equal(p.status, 'on_track');
  // Online: 20 % → 25 % (2023; 2024 is N/D), target 60 %: 5 ÷ 40 = 12,5 %; expected
  // 365 ÷ 1461 = 24,98 %; 12,5 < 14,98 (expected − 10) but ≥ −0,02 (expected − 25): at risk.
  const q = indicatorProgress(online);
  assert.equal(q.latest?.period.raw, '2023');
  assert.equal(q.progressPct, '12.5');
  assert.equal(q.expectedPct, '24.98');
  assert.equal(q.status, 'at_risk');
  assert.equal(online.unit, '%');
});
