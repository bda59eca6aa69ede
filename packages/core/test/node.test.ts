import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  encodeWindows1252,
  indicatorProgress,
  readBudgetFile,
  readCommitmentsFile,
  readCsvFile,
  readDatasetsFile,
  readIndicatorsFile,
  readMilestonesFile,
  readPlanFile,
  readSdgSeriesFile,
  readSidecar,
} from '../src/node.ts';
import { messageText, LANGS, loadAllMessages } from '../src/index.ts';

await loadAllMessages(LANGS);

const root = mkdtempSync(join(tmpdir(), 'rendir-core-'));
for (const d of ['budget', 'indicators', 'commitments', 'datasets']) mkdirSync(join(root, d));
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

test('a sidecar NAME.csv.yaml declares dialect, number format and column mapping', async () => {
  const csv = join(root, 'budget', 'sin-editar.csv');
  writeFileSync(
    csv,
    encodeWindows1252('AÑO|Descripción|Plata|Giros\r\n2025|Café “orgánico”|1.234|2.000,5\r\n'),
  );
  writeFileSync(
    `${csv}.yaml`,
    'delimiter: "|"\nencoding: windows-1252\ndecimal: ","\ngroup: "."\ncolumns:\n  Plata: current_appropriation\n  Giros: payments\n',
  );
  const side = await readSidecar(csv);
  assert.deepEqual(side.dialect, {
    delimiter: '|',
    encoding: 'windows-1252',
    decimal: ',',
    group: '.',
    columns: { Plata: 'current_appropriation', Giros: 'payments' },
  });
  assert.equal(side.numberFormat, 'es');
  const r = await readBudgetFile(csv, { root });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, [], 'a declared encoding is no surprise');
  assert.deepEqual(r.records[0].amounts, { current_appropriation: '1234', payments: '2000.5' });
  assert.equal(r.records[0].name, 'Café “orgánico”');
  assert.equal(r.records[0].origin.file, 'budget/sin-editar.csv');
});

test('sidecar mistakes are errors naming the sidecar file', async () => {
  const csv = join(root, 'budget', 'malo.csv');
  writeFileSync(csv, 'vigencia;valor\n2025;1\n');
  writeFileSync(`${csv}.yaml`, 'delimiter: "#"\nencoding: ebcdic\n');
  const r = await readBudgetFile(csv, { root });
  assert.deepEqual(
    r.errors.map((e) => [e.file, e.code, e.header]),
    [
      ['budget/malo.csv.yaml', 'sidecar.invalid', 'delimiter'],
      ['budget/malo.csv.yaml', 'sidecar.invalid', 'encoding'],
    ],
  );
  writeFileSync(`${csv}.yaml`, 'delimiter: [unclosed\n');
  const y = await readBudgetFile(csv, { root });
  assert.equal(y.errors[0].code, 'sidecar.yaml');
});

test('the real files read from disk', async () => {
  const bogota = join(root, 'indicators', 'bogota.csv');
  copyFileSync(fixture('bogota-gobierno-abierto-indicadores.csv'), bogota);
  const ind = await readIndicatorsFile(bogota, undefined, { root });
  assert.deepEqual(ind.errors, []);
  assert.equal(ind.records.length, 12);
  assert.equal(indicatorProgress(ind.records[9]).status, 'on_track');

  copyFileSync(fixture('long/indicators.csv'), join(root, 'indicators', 'indicators.csv'));
  copyFileSync(fixture('long/values.csv'), join(root, 'indicators', 'values.csv'));
  const longForm = await readIndicatorsFile(
    join(root, 'indicators', 'indicators.csv'),
    join(root, 'indicators', 'values.csv'),
    { root },
  );
  assert.deepEqual(
    longForm.errors.map((e) => [e.file, e.line]),
    [['indicators/values.csv', 11]],
  );

  copyFileSync(
    fixture('colombia-plan-accion-iv-compromisos.csv'),
    join(root, 'commitments', 'commitments.csv'),
  );
  const c = await readCommitmentsFile(join(root, 'commitments', 'commitments.csv'), { root });
  assert.equal(c.records.length, 15);
  writeFileSync(join(root, 'commitments', 'milestones.csv'), 'commitment_id,title\nIV-01,Hito\n');
  const m = await readMilestonesFile(join(root, 'commitments', 'milestones.csv'), { root });
  assert.equal(m.records[0].commitmentId, 'IV-01');

  copyFileSync(fixture('pida-conjuntos-de-datos.csv'), join(root, 'datasets', 'datasets.csv'));
  const d = await readDatasetsFile(join(root, 'datasets', 'datasets.csv'), { root });
  assert.equal(d.records.length, 29);

  const t = await readCsvFile(join(root, 'datasets', 'datasets.csv'), { root });
  assert.equal(t.file, 'datasets/datasets.csv');
  assert.deepEqual(t.sidecarErrors, []);
  assert.deepEqual(t.headers, ['dataset_id', 'title', 'theme']);
});

test('a budget sidecar states file-level facts (constants, scale, as_of); an unknown key is an error with the closest one', async () => {
  const csv = join(root, 'budget', 'ramo23.csv');
  copyFileSync(fixture('budget-real/mexico_ramo23_general2015.csv'), csv);
  writeFileSync(`${csv}.yaml`, 'constants:\n  fiscal_year: 2015\nas_of: 2015-12-31\n');
  const r = await readBudgetFile(csv, { root });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.facts, { asOf: '2015-12-31', constants: { fiscal_year: '2015' } });
  assert.deepEqual(r.totals[0].amounts, { initial_appropriation: '57303643926' });

  writeFileSync(`${csv}.yaml`, 'constant:\n  fiscal_year: 2015\nscale: 1000\n');
  const slip = await readBudgetFile(csv, { root });
  assert.deepEqual(
    slip.errors.map((e) => [e.file, e.code, e.header]),
    [
      ['budget/ramo23.csv.yaml', 'sidecar.unknown_key', 'constant'],
      ['budget/ramo23.csv', 'schema.missing_column', undefined],
    ],
  );
  assert.match(messageText(slip.errors[0].message, 'en'), /Did you mean «constants»\?/);
});

test('a plan and an Open SDG file are read from the content folder with their sidecars', async () => {
  mkdirSync(join(root, 'plan'));
  const plan = join(root, 'plan', 'tenjo.csv');
  copyFileSync(fixture('plan-real/tenjo-plan-indicativo-2024-2027.csv'), plan);
  writeFileSync(`${plan}.yaml`, 'missing:\n  S.D: no disponible\n');
  const p = await readPlanFile(plan, { root });
  assert.equal(p.goals.length, 331);
  assert.ok(
    p.goals.some(
      (g) => g.baseline && 'missing' in g.baseline && g.baseline.missing === 'not_available',
    ),
  );
  assert.ok(p.errors.every((e) => e.file === 'plan/tenjo.csv'));

  const sdg = join(root, 'indicators', 'indicator_1-2-1.csv');
  writeFileSync(sdg, 'Year,Sex,Value\n2020,,NA\n2020,Female,NA\n');
  writeFileSync(`${sdg}.yaml`, 'missing:\n  NA: reservado\n');
  const s = await readSdgSeriesFile(sdg, { root });
  assert.deepEqual(s.errors, []);
  assert.deepEqual(s.headline[0].value, { missing: 'suppressed', raw: 'NA' });
  assert.equal(s.observations.length, 2);
});

test("onTable hands over the file's table as read, once, before its schema reads it", async () => {
  const csv = join(root, 'budget', 'una-vez.csv');
  copyFileSync(fixture('budget-real/costarica_cgr_subpartidas_gastos_2018-2025.csv'), csv);
  writeFileSync(`${csv}.yaml`, 'columns: { "Monto adjudicado en colones": amount }\n');
  const tables: { headers: string[]; rows: number }[] = [];
  const read = await readBudgetFile(csv, {
    root,
    onTable: (t) => tables.push({ headers: t.headers, rows: t.rows.length }),
  });
  assert.equal(read.records.length, 833);
  assert.equal(tables.length, 1);
  assert.equal(tables[0].rows, 833);
  assert.equal(tables[0].headers[5], 'Monto adjudicado en colones', 'the header as written');
});

test('values.csv’s own sidecar says what its markers mean', async () => {
  const dir = join(root, 'indicators');
  writeFileSync(
    join(dir, 'own.csv'),
    'indicator_id;name;baseline_value;baseline_period;target_value;target_period\np;Pobreza;10;2020;5;2024\n',
  );
  writeFileSync(join(dir, 'own-values.csv'), 'indicator_id;period;value\np;2022;NA\n');
  writeFileSync(join(dir, 'own-values.csv.yaml'), 'missing:\n  NA: not_available\n');
  const r = await readIndicatorsFile(join(dir, 'own.csv'), join(dir, 'own-values.csv'), { root });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.records[0].values[0].value, { missing: 'not_available', raw: 'NA' });
});
