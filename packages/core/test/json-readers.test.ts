// The JSON readers: what the CSV readers return reads back equal once written as JSON, and
// every kind of bad value is an error (or warning) at its record and field, in es and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  COMPLETION,
  IMPACT,
  INFLUENCE,
  LANGS,
  OGP,
  RESULTS,
  enumWords,
  formatError,
  loadAllMessages,
  readCommitments,
  readCommitmentsJson,
  readIndicators,
  readIndicatorsJson,
  readMilestones,
  readMilestonesJson,
  readBudget,
  readBudgetJson,
  budgetDocument,
  safeUrl,
  type Commitment,
  type ContentError,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url));
/** Records as the site writes them and a widget gets them: through JSON text. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const where = (errors: readonly ContentError[]) =>
  errors.map((e) => [e.code, e.record, e.recordId, e.field, e.value]);
const sorted = <T>(list: T[]): T[] =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

test('commitments and milestones of real files read back equal from their JSON', () => {
  for (const file of [
    './fixtures/colombia-plan-accion-iv-compromisos.csv',
    './fixtures/colombia-compromisos-anteriores.csv',
    '../../../content/commitments/commitments.csv',
  ]) {
    const csv = readCommitments(fixture(file), { file: 'commitments.csv' });
    assert.deepEqual(csv.errors, [], file);
    const json = readCommitmentsJson(asJson(csv.records), { file: 'compromisos.json' });
    assert.deepEqual(json, { records: csv.records, errors: [], warnings: [] }, file);
    // The object form, as a bundled file writes it.
    const bundled = readCommitmentsJson(asJson({ commitments: csv.records }), { file: 'x.json' });
    assert.deepEqual(bundled.records, csv.records);
  }
  const milestones = readMilestones(
    fixture('../../components/src/commitment-card/fixtures/hitos-ejemplo-plan-iv.csv'),
    { file: 'milestones.csv' },
  );
  assert.deepEqual(milestones.errors, []);
  assert.ok(milestones.records.some((m) => m.progressPct !== undefined && m.status));
  assert.deepEqual(readMilestonesJson(asJson(milestones.records), { file: 'hitos.json' }), {
    records: milestones.records,
    errors: [],
    warnings: [],
  });
});

test('indicators of real files, wide and long, read back equal from their JSON', () => {
  const cases = [
    readIndicators(fixture('./fixtures/bogota-gobierno-abierto-indicadores.csv'), {
      file: 'indicators/bogota.csv',
    }),
    readIndicators(
      {
        indicators: fixture('../../../content/indicators/indicators.csv'),
        values: fixture('../../../content/indicators/values.csv'),
      },
      // As its sidecars declare: 3.200 is three thousand two hundred.
      { file: 'indicators/indicators.csv', numberFormat: 'es', valuesNumberFormat: 'es' },
    ),
  ];
  for (const csv of cases) {
    assert.deepEqual(csv.errors, []);
    assert.ok(csv.records.length > 0);
    const json = readIndicatorsJson(asJson(csv.records), { file: 'indicadores.json' });
    assert.deepEqual(json.errors, []);
    assert.deepEqual(json.records, csv.records);
  }
});

test("an indicator id in two files of the site's download is no error: ids are unique per file", () => {
  const csv = readIndicators(fixture('./fixtures/bogota-gobierno-abierto-indicadores.csv'), {
    file: 'indicators/bogota.csv',
  });
  const twice = asJson([...csv.records, csv.records[0]]);
  assert.deepEqual(readIndicatorsJson(twice, { file: 'i.json' }).errors, []);
});

test("the site's indicators download (with its progress) reads as the records", () => {
  const csv = readIndicators(fixture('./fixtures/bogota-gobierno-abierto-indicadores.csv'), {
    file: 'indicators/bogota.csv',
  });
  const download = csv.records.map((i) => ({ ...i, progress: { status: 'on_track' } }));
  assert.deepEqual(readIndicatorsJson(asJson(download), { file: 'i.json' }).records, csv.records);
});

test("a commitment's bad values are errors at record, id and field; nothing is dropped in silence", () => {
  const r = readCommitmentsJson(
    [
      { id: 'CO0001', title: 'Datos abiertos', completion: 'substantial' },
      {
        id: 'CO0002',
        title: 'Presupuesto',
        completion: 'casi',
        potentialImpact: 'enorme',
        ogpValues: ['civic_participation', 'magia', 7],
        startDate: '31/31/2025',
        endDate: '03/04/2025',
        url: 'javascript:alert(1)',
        starred: 'tal vez',
        supportingActors: 'Veeduría',
      },
      { title: 'Sin id', leadInstitution: 12 },
      'CO0004',
      { id: 'CO0001', title: 'Repetido' },
    ],
    { file: 'compromisos.json' },
  );
  assert.deepEqual(sorted(where(r.errors)), [
    ['date.ambiguous', 2, 'CO0002', 'endDate', '03/04/2025'],
    ['date.invalid', 2, 'CO0002', 'startDate', '31/31/2025'],
    ['json.duplicate_id', 5, 'CO0001', 'id', 'CO0001'],
    ['json.not_list', 2, 'CO0002', 'supportingActors', 'Veeduría'],
    ['json.not_object', 4, undefined, undefined, 'CO0004'],
    ['json.not_text', 2, 'CO0002', 'ogpValues[2]', '7'],
    ['json.not_text', 3, undefined, 'leadInstitution', '12'],
    ['json.required', 3, undefined, 'id', ''],
    ['schema.invalid_value', 2, 'CO0002', 'completion', 'casi'],
    ['schema.invalid_value', 2, 'CO0002', 'ogpValues[1]', 'magia'],
    ['schema.invalid_value', 2, 'CO0002', 'potentialImpact', 'enorme'],
    ['schema.invalid_value', 2, 'CO0002', 'starred', 'tal vez'],
  ]);
  assert.deepEqual(where(r.warnings), [['url.unsafe', 2, 'CO0002', 'url', 'javascript:alert(1)']]);
  const impact = r.errors.find((e) => e.field === 'potentialImpact')!;
  assert.equal(
    formatError(impact, 'es'),
    'compromisos.json, registro 2 (CO0002), campo potentialImpact — «enorme» no es un valor permitido. Se esperaba: uno de: none, minor, moderate, transformative.',
  );
  assert.equal(
    formatError(impact, 'en'),
    'compromisos.json, record 2 (CO0002), field potentialImpact — «enorme» is not an allowed value. Expected: one of: none, minor, moderate, transformative.',
  );
});

test('the JSON readers take the words the CSV readers take, from the same lists', () => {
  const r = readCommitmentsJson(
    [{ id: 'A', title: 'T', completion: 'Sustancial', potentialImpact: 'Moderado', starred: 'sí' }],
    { file: 'c.json' },
  );
  assert.deepEqual(r.errors, []);
  assert.equal(r.records[0].completion, 'substantial');
  assert.equal(r.records[0].potentialImpact, 'moderate');
  assert.equal(r.records[0].starred, true);
});

test('money and figures are exact decimal text: a JSON number is refused, not rounded', () => {
  const m = readMilestonesJson(
    [
      { commitmentId: 'A', title: 'Uno', progressPct: 45.5 },
      { commitmentId: 'A', title: 'Dos', progressPct: '120' },
      { commitmentId: 'A', title: 'Tres', progressPct: '1.234,5', status: 'parado' },
    ],
    { file: 'hitos.json' },
  );
  assert.deepEqual(sorted(where(m.errors)), [
    ['json.not_decimal', 1, 'A', 'progressPct', '45.5'],
    ['json.not_decimal', 3, 'A', 'progressPct', '1.234,5'],
    ['milestone.progress_range', 2, 'A', 'progressPct', '120'],
    ['schema.invalid_value', 3, 'A', 'status', 'parado'],
  ]);
  assert.match(formatError(m.errors[0], 'es'), /número JSON, que pudo redondearse/);
});

test("an indicator's bad values: cells, periods and required fields, named by path", () => {
  const good = {
    id: 'pqrs',
    name: 'Días de respuesta',
    direction: 'decrease',
    baseline: { period: { raw: '2020' }, value: { value: '30', isPercent: false, raw: '30' } },
    target: { period: { raw: '2024' }, value: { value: '15', isPercent: false, raw: '15' } },
    values: [{ indicatorId: 'pqrs', period: '2022', value: { value: '20', raw: '20' } }],
    extra: {},
  };
  const ok = readIndicatorsJson([good], { file: 'i.json' });
  assert.deepEqual(ok.errors, []);
  assert.equal(ok.records[0].values[0].period.start, '2022-01-01');
  const r = readIndicatorsJson(
    [
      {
        ...good,
        direction: 'sube',
        target: { period: { raw: '2024', start: '2023-01-01' }, value: { value: 15 } },
        values: [
          { period: { raw: 'pronto' }, value: { missing: 'quizá', raw: '?' } },
          { period: '03/04/2025', value: { value: '1.5', raw: '1,5' }, sourceUrl: 'ftp://x' },
        ],
      },
      { id: 'b', name: 'Sin meta', baseline: 'nada', extra: { nota: 3 } },
    ],
    { file: 'indicadores.json' },
  );
  assert.deepEqual(
    sorted(where(r.errors)),
    sorted([
      ['schema.invalid_value', 1, 'pqrs', 'direction', 'sube'],
      ['json.period_mismatch', 1, 'pqrs', 'target.period.start', '2023-01-01'],
      ['json.not_decimal', 1, 'pqrs', 'target.value.value', '15'],
      ['period.invalid', 1, 'pqrs', 'values[0].period.raw', 'pronto'],
      ['schema.invalid_value', 1, 'pqrs', 'values[0].value.missing', 'quizá'],
      ['date.ambiguous', 1, 'pqrs', 'values[1].period', '03/04/2025'],
      ['json.not_object', 2, 'b', 'baseline', 'nada'],
      ['json.required', 2, 'b', 'target', ''],
      ['json.not_text', 2, 'b', 'extra.nota', '3'],
    ]),
  );
  assert.deepEqual(where(r.warnings), [
    ['url.unsafe', 1, 'pqrs', 'values[1].sourceUrl', 'ftp://x'],
  ]);
  assert.equal(
    formatError(
      r.errors.find((e) => e.field === 'direction')!,
      'en',
    ),
    'indicadores.json, record 1 (pqrs), field direction — «sube» is not an allowed value. Expected: one of: incremento/increase, reducción/decrease, mantenimiento/maintain.',
  );
});

test("an indicator's number: its text (raw, what a citizen reads) must read as its value", () => {
  const indicator = (value: unknown) => ({
    id: 'pqrs',
    name: 'Días de respuesta',
    direction: 'decrease',
    baseline: { period: { raw: '2020' }, value },
    target: { period: { raw: '2024' }, value: { value: '15', raw: '15' } },
    extra: {},
  });
  const read = (value: unknown) => readIndicatorsJson([indicator(value)], { file: 'i.json' });
  // The same number in either format, with its % when it is a percentage: no error.
  for (const agreeing of [
    { value: '1234', raw: '1.234' },
    { value: '1.234', raw: '1.234' },
    { value: '1234567.89', raw: '$ 1.234.567,89' },
    { value: '12.5', raw: '12.50' },
    { value: '18', isPercent: true, raw: '18 %' },
    { value: '-3', raw: '−3' },
    { value: '42' },
  ])
    assert.deepEqual(read(agreeing).errors, [], JSON.stringify(agreeing));
  // Two numbers in one cell: an error at the record and field, and neither is shown.
  const cases: [unknown, string][] = [
    [{ value: '99', raw: '1.234' }, 'does not read as 99'],
    [{ value: '18', raw: '18 %' }, 'does not read as 18,'],
    [{ value: '18', isPercent: true, raw: '18' }, 'does not read as 18 %'],
    [{ value: '12.5', raw: 'doce' }, 'does not read as 12.5'],
  ];
  for (const [cell, says] of cases) {
    const r = read(cell);
    assert.deepEqual(where(r.errors), [
      ['json.raw_mismatch', 1, 'pqrs', 'baseline.value.raw', (cell as { raw: string }).raw],
    ]);
    // As for any cell refused: neither number is shown, the cell reads as having none.
    assert.deepEqual(r.records[0].baseline.value, { missing: 'empty', raw: '' });
    assert.ok(formatError(r.errors[0], 'en').includes(says), formatError(r.errors[0], 'en'));
  }
  assert.equal(
    formatError(read({ value: '99', raw: '1.234' }).errors[0], 'es'),
    'i.json, registro 1 (pqrs), campo baseline.value.raw — «1.234» no se lee como 99, el valor del registro: el texto y la cifra dicen dos números. Se esperaba: el texto del número como se publica, que se lea como 99 (el campo «value»), o ningún campo «raw».',
  );
});

test('a document that is no list of records says so, once', () => {
  for (const value of [{ rows: [] }, 'x', 42, null]) {
    const r = readCommitmentsJson(value, { file: 'c.json' });
    assert.deepEqual(r.records, []);
    assert.deepEqual(
      where(r.errors).map((e) => e[0]),
      ['json.not_records'],
    );
  }
  assert.match(
    formatError(readIndicatorsJson({}, { file: 'i.json' }).errors[0], 'es'),
    /^i\.json — «\{…\}» El archivo no es una lista de registros\. Se esperaba: .*«indicators»/,
  );
});

test('property: any commitment the CSV reader could return reads back equal from JSON', () => {
  const text = fc.stringMatching(/^\S(.{0,20}\S)?$/);
  const date = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const commitment = fc.record(
    {
      id: text,
      title: text,
      actionPlan: text,
      leadInstitution: text,
      supportingActors: fc.array(text, { maxLength: 3 }),
      ogpValues: fc.uniqueArray(fc.constantFrom(...enumWords(OGP)), { maxLength: 4 }),
      startDate: date,
      endDate: date,
      completion: fc.constantFrom(...enumWords(COMPLETION)),
      starred: fc.boolean(),
      potentialImpact: fc.constantFrom(...enumWords(IMPACT)),
      potentialResults: fc.constantFrom(...enumWords(RESULTS)),
      publicInfluence: fc.constantFrom(...enumWords(INFLUENCE)),
      url: fc.webUrl().map((u) => safeUrl(u) ?? 'https://example.org/'),
      lastUpdated: date,
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 })),
    },
    { requiredKeys: ['id', 'title', 'supportingActors', 'ogpValues', 'extra'] },
  );
  fc.assert(
    fc.property(fc.uniqueArray(commitment, { selector: (c) => c.id, maxLength: 5 }), (list) => {
      const records = asJson(list) as Commitment[];
      const r = readCommitmentsJson(records, { file: 'c.json' });
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.records, records);
    }),
  );
});

test("budget lines of real files, and the site's budget document, read back equal from JSON", () => {
  for (const [file, options] of [
    ['./fixtures/budget-real/madrid_gastos_2012-2015.csv', {}],
    ['../../../content/budget/presupuesto-2025.csv', { levels: ['sector', 'entity'] }],
  ] as const) {
    const csv = readBudget(fixture(file), { file: 'budget/b.csv', ...options });
    assert.deepEqual(csv.errors, [], file);
    const lines = readBudgetJson(asJson(csv.records), { file: 'b.json' });
    assert.deepEqual(lines, { records: csv.records, errors: [], warnings: [] }, file);
    const doc = asJson(
      budgetDocument(csv.records, csv.totals, csv.aggregates, { currency: 'EUR' }),
    );
    const read = readBudgetJson(doc, { file: 'b.budget.json' });
    assert.deepEqual(read.errors, [], file);
    assert.deepEqual(read.totals, csv.totals);
    assert.deepEqual(read.aggregates, asJson(csv.aggregates.filter((a) => a.differs.length)));
    assert.equal(read.currency, 'EUR');
    // The document keeps what the viewer shows of a line; the rest is the downloads'.
    assert.deepEqual(
      read.records.map((l) => [l.fiscalYear, l.levels, l.flow, l.amounts, l.origin.line]),
      csv.records.map((l, i) => [l.fiscalYear, l.levels, l.flow, l.amounts, i + 1]),
    );
  }
});

test("a budget's bad values: years, amounts as numbers, unknown keys, the document's own figures", () => {
  const lines = readBudgetJson(
    [
      { fiscalYear: '2025', levels: ['Cultura'], amounts: { amount: '0.1' } },
      { fiscalYear: '25', levels: ['Cultura'], amounts: { amount: 12.5, gastos: '3' }, flow: 'x' },
    ],
    { file: 'malo.json' },
  );
  assert.deepEqual(sorted(where(lines.errors)), [
    ['budget.invalid_year', 2, undefined, 'fiscalYear', '25'],
    ['json.not_decimal', 2, undefined, 'amounts.amount', '12.5'],
    ['schema.invalid_value', 2, undefined, 'amounts.gastos', 'gastos'],
    ['schema.invalid_value', 2, undefined, 'flow', 'x'],
  ]);
  const doc = {
    format: 'rendir-budget/1',
    lines: [{ fiscalYear: '2025', levels: ['A'], flow: 'expense', amounts: { amount: '1' } }],
    totals: [{ fiscalYear: '2025', flow: 'expense', amounts: { payments: 10207063183473 } }],
    aggregates: [],
    currency: '€',
  };
  const read = readBudgetJson(doc, { file: 'malo.budget.json' });
  assert.deepEqual(sorted(where(read.errors)), [
    ['json.not_decimal', undefined, undefined, 'totals[0].amounts.payments', '10207063183473'],
    ['schema.invalid_value', undefined, undefined, 'currency', '€'],
  ]);
  assert.equal(
    formatError(
      read.errors.find((e) => e.field === 'currency')!,
      'en',
    ),
    'malo.budget.json, field currency — «€» is not an allowed value. Expected: one of: COP, EUR, USD…',
  );
  assert.deepEqual(
    where(readBudgetJson({ format: 'rendir-budget/9', lines: [] }, { file: 'x.json' }).errors),
    [['json.budget_format', undefined, undefined, 'format', 'rendir-budget/9']],
  );
});
