import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_MISSING_MARKERS,
  missingKind,
  missingWord,
  missingMarkers,
  parseAmount,
  parseNumber,
  readBudget,
  readIndicators,
  readMilestones,
  readSidecarObject,
  budgetSidecarOptions,
  messageText,
  loadAllMessages,
  LANGS,
} from '../src/index.ts';

await loadAllMessages(LANGS);

test('the markers plans and statistics use are missing values, each with its meaning', () => {
  assert.equal(missingKind('S.D'), 'no_data');
  assert.equal(missingKind('s/i'), 'no_data');
  assert.equal(missingKind('N.A.'), 'not_applicable');
  assert.equal(missingKind('No disponible'), undefined, 'only a declaration says not available');
  assert.equal(missingKind('Sin información'), 'no_data');
  assert.equal(missingKind('NA'), 'not_applicable');
  assert.equal(missingKind(''), 'empty');
  assert.equal(missingKind('2 km'), undefined);
  assert.deepEqual(parseNumber(' S.D ', 'es'), { missing: 'no_data', raw: ' S.D ' });
  // Every default marker is read as missing by both number readers, never as a number.
  for (const marker of Object.keys(DEFAULT_MISSING_MARKERS)) {
    assert.ok('missing' in (parseNumber(marker, 'es') as object), marker);
    assert.ok('missing' in (parseAmount(marker, 'es') as object), marker);
  }
});

test('a file’s own markers override the defaults (NA = not available) and add new ones', () => {
  const markers = missingMarkers({ NA: 'not_available', x: 'suppressed' });
  assert.deepEqual(parseNumber('NA', 'en', markers), { missing: 'not_available', raw: 'NA' });
  assert.deepEqual(parseAmount('x', 'en', markers), { missing: 'suppressed', raw: 'x' });
  assert.equal(missingKind('NA'), 'not_applicable', 'the defaults are unchanged');
  assert.equal(messageText(missingWord('not_available'), 'es'), 'No disponible');
  assert.equal(messageText(missingWord('suppressed'), 'en'), 'Suppressed');
});

test('a sidecar declares `missing:` and the budget reader obeys it; a meaning it does not know is an error', () => {
  const sidecar = readSidecarObject(
    { missing: { NA: 'no disponible', 'S/I': 'sin_dato' } },
    'budget/b.csv.yaml',
  );
  assert.deepEqual(sidecar.errors, []);
  const r = readBudget('Vigencia;Sector;Pagos\n2025;Salud;NA\n', {
    file: 'budget/b.csv',
    levels: ['Sector'],
    ...budgetSidecarOptions(sidecar),
  });
  assert.deepEqual(r.records[0].missing, { payments: 'not_available' });
  const bad = readSidecarObject({ missing: { NA: 'unknown' } }, 'b.csv.yaml');
  assert.equal(bad.errors[0].code, 'sidecar.invalid');
  assert.equal(bad.errors[0].header, 'missing.NA');
  assert.equal(readSidecarObject({ missing: ['NA'] }, 'b.csv.yaml').errors.length, 1);
  const long = readSidecarObject({ missing: { ['x'.repeat(25)]: 'no_data' } }, 'b.csv.yaml');
  assert.match(messageText(long.errors[0].expected, 'en'), /a marker of 1 to 24 characters/);
});

test('the indicator and milestone readers read a file’s own markers too', () => {
  const wide = readIndicators('Pilar;Medición;2020;2024 (meta)\nA;Cobertura;NA;90\n', {
    file: 'indicators/i.csv',
    missing: { NA: 'not_available' },
  });
  assert.deepEqual(wide.records[0].baseline.value, { missing: 'not_available', raw: 'NA' });
  const milestones = readMilestones('commitment_id;title;progress_pct\nCO1;Hito;reservado\n', {
    file: 'commitments/milestones.csv',
    missing: { reservado: 'suppressed' },
  });
  assert.deepEqual(milestones.errors, []);
  const undeclared = readMilestones('commitment_id;title;progress_pct\nCO1;Hito;reservado\n', {
    file: 'commitments/milestones.csv',
  });
  assert.equal(undeclared.errors.length, 1, 'without the declaration it is not a number');
});
