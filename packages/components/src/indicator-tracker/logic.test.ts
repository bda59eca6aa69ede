import { expect } from '@open-wc/testing';
import type {
  CellNumber,
  Indicator,
  IndicatorProgress,
  IndicatorStatus,
  Period,
} from '@rendir/core';
import {
  arrange,
  explanationSteps,
  findIndicator,
  groupsOf,
  matchGroup,
  seriesOf,
  sparkline,
  unitOf,
  valueDomain,
  type TrackedIndicator,
} from './logic.ts';
import { countByStatus } from './summary.ts';
import { bandGeometry, rawPosition, stackSegments } from './shapes.ts';
import { readIndicatorsJson } from './json.ts';

const year = (y: number): Period => ({
  raw: String(y),
  kind: 'year',
  start: `${y}-01-01`,
  end: `${y}-12-31`,
});
const num = (value: string, isPercent = false): CellNumber => ({ value, isPercent, raw: value });
const missing = (raw: string): CellNumber => ({
  missing: raw === 'N/A' ? 'not_applicable' : 'no_data',
  raw,
});

function indicator(over: Partial<Indicator> & { name: string }): Indicator {
  return {
    id: over.name.toLowerCase().replace(/\s+/g, '-'),
    direction: 'increase',
    baseline: { period: year(2020), value: num('10') },
    target: { period: year(2026), value: num('20') },
    values: [],
    extra: {},
    ...over,
  };
}

function tracked(
  name: string,
  status: IndicatorStatus,
  progress: number | null,
  order: number,
  group?: string,
) {
  const p: IndicatorProgress = {
    progress,
    expected: null,
    progressPct: progress === null ? null : String(progress * 100),
    expectedPct: null,
    status,
    latest: null,
    explanation: { key: 'progress.no_baseline' },
  };
  return { indicator: indicator({ name, group }), progress: p, order } satisfies TrackedIndicator;
}

const items = [
  tracked('Beta', 'off_track', 0, 0, 'Pilar A'),
  tracked('Álamo', 'on_track', 0.5, 1, 'Pilar B'),
  tracked('Cedro', 'no_data', null, 2, 'Pilar A'),
  tracked('Abeto', 'achieved', 1, 3, 'Pilar B'),
  tracked('Delta', 'off_track', 0.1, 4, 'Pilar A'),
];
const names = (list: TrackedIndicator[]) => list.map((i) => i.indicator.name);

describe('indicator tracker logic', () => {
  it('counts each status', () => {
    expect(countByStatus(items)).to.deep.equal({
      achieved: 1,
      on_track: 1,
      at_risk: 0,
      off_track: 2,
      no_data: 1,
    });
  });

  it('lists pillars in published order and matches them loosely', () => {
    expect(groupsOf(items)).to.deep.equal(['Pilar A', 'Pilar B']);
    expect(matchGroup(items, 'pilar b')).to.equal('Pilar B');
    expect(matchGroup(items, 'Pilar C')).to.equal(undefined);
  });

  it('finds one indicator by id or by name without accents', () => {
    expect(findIndicator(items, 'alamo')?.indicator.name).to.equal('Álamo');
    expect(findIndicator(items, 'beta')?.indicator.name).to.equal('Beta');
    expect(findIndicator(items, 'nada')).to.equal(undefined);
  });

  it('filters and sorts, ties in published order', () => {
    expect(names(arrange(items, {}))).to.deep.equal(['Beta', 'Álamo', 'Cedro', 'Abeto', 'Delta']);
    expect(names(arrange(items, { status: 'off_track' }))).to.deep.equal(['Beta', 'Delta']);
    expect(names(arrange(items, { group: 'Pilar B' }))).to.deep.equal(['Álamo', 'Abeto']);
    expect(names(arrange(items, { sort: 'group' }))).to.deep.equal([
      'Beta',
      'Cedro',
      'Delta',
      'Álamo',
      'Abeto',
    ]);
    expect(names(arrange(items, { sort: 'status' }))).to.deep.equal([
      'Abeto',
      'Álamo',
      'Beta',
      'Delta',
      'Cedro',
    ]);
    expect(names(arrange(items, { sort: 'progress' }))).to.deep.equal([
      'Abeto',
      'Álamo',
      'Delta',
      'Beta',
      'Cedro',
    ]);
    expect(names(arrange(items, { sort: 'name', locale: 'es' }))).to.deep.equal([
      'Abeto',
      'Álamo',
      'Beta',
      'Cedro',
      'Delta',
    ]);
  });

  it('tells units apart', () => {
    expect(
      unitOf(indicator({ name: 'a', baseline: { period: year(2020), value: num('18', true) } }))
        .kind,
    ).to.equal('percent');
    expect(unitOf(indicator({ name: 'b', unit: 'índice 0-10' }))).to.deep.equal({
      kind: 'index',
      label: 'índice 0-10',
      scaleMax: 10,
    });
    expect(unitOf(indicator({ name: 'c', unit: 'COP' }))).to.deep.equal({
      kind: 'currency',
      label: 'COP',
      currency: 'COP',
    });
    expect(unitOf(indicator({ name: 'd', unit: 'número de personas' })).kind).to.equal('count');
    expect(unitOf(indicator({ name: 'e', unit: 'días' }))).to.deep.equal({
      kind: 'other',
      label: 'días',
    });
    // `label` is own even when absent (a polluted Object.prototype.label is never read).
    expect(unitOf(indicator({ name: 'f' }))).to.deep.equal({ kind: 'none', label: undefined });
  });

  it('puts a missing first period before a later baseline', () => {
    const late = indicator({
      name: 'late',
      baseline: { period: year(2019), value: num('22.2') },
      values: [{ indicatorId: 'late', period: year(2017), value: missing('N/A') }],
      target: { period: year(2023), value: num('60') },
    });
    expect(seriesOf(late).map((p) => [p.role, p.period?.raw, p.cell.raw])).to.deep.equal([
      ['value', '2017', 'N/A'],
      ['baseline', '2019', '22.2'],
      ['target', '2023', '60'],
    ]);
  });

  it('lays out a sparkline left to right, higher values higher, without missing cells', () => {
    const ind = indicator({
      name: 'spark',
      values: [
        { indicatorId: 'spark', period: year(2022), value: num('15') },
        { indicatorId: 'spark', period: year(2023), value: missing('S/D') },
      ],
    });
    const s = sparkline(seriesOf(ind), 200, 50, 5);
    expect(s.points.map((p) => p.role)).to.deep.equal(['baseline', 'value', 'target']);
    const [b, v, t] = s.points;
    expect(b.x).to.equal(5);
    expect(t.x).to.equal(195);
    expect(b.x < v.x && v.x < t.x).to.equal(true);
    expect(b.y > v.y && v.y > t.y).to.equal(true); // 10 < 15 < 20, SVG y grows downward
    expect(s.path).to.equal(`M${b.x} ${b.y} L${v.x} ${v.y}`);
    expect(s.toTarget).to.equal(`M${v.x} ${v.y} L${t.x} ${t.y}`);
    expect(s.targetY).to.equal(t.y);
  });

  it('places the latest value on the way, negative when it went backwards', () => {
    const up = indicator({ name: 'up' });
    expect(rawPosition(up, num('15'))).to.equal(0.5);
    expect(rawPosition(up, num('5'))).to.equal(-0.5);
    const down = indicator({
      name: 'down',
      direction: 'decrease',
      baseline: { period: year(2020), value: num('30') },
      target: { period: year(2026), value: num('15') },
    });
    expect(rawPosition(down, num('19'))).to.be.closeTo(11 / 15, 1e-9);
    expect(rawPosition(down, num('35'))).to.be.lessThan(0);
    expect(rawPosition(down, missing('S/D'))).to.equal(null);
  });

  it('splits a stacked bar by counts with gaps', () => {
    const segments = stackSegments(
      [
        { key: 'a', count: 1 },
        { key: 'b', count: 3 },
      ],
      102,
      2,
    );
    expect(segments).to.deep.equal([
      { key: 'a', count: 1, x: 0, width: 25 },
      { key: 'b', count: 3, x: 27, width: 75 },
    ]);
  });

  it('centres a maintain band on the baseline', () => {
    const keep = indicator({
      name: 'keep',
      direction: 'maintain',
      tolerance: '2',
      baseline: { period: year(2020), value: num('98', true) },
    });
    // Axis: 98 ± 2 × max(2, |99 − 98|) = 94…102 over 300 units.
    expect(bandGeometry(keep, num('99', true), 300)).to.deep.equal({
      bandX: 75,
      bandWidth: 150,
      baselineX: 150,
      valueX: 187.5,
    });
    // Far outside: the axis grows so the value stays on it.
    const far = bandGeometry(keep, num('90', true), 300)!;
    expect(far.valueX).to.be.within(0, 300);
    expect(far.valueX).to.be.lessThan(far.bandX);
    expect(bandGeometry(keep, missing('S/D'), 300)).to.equal(null);
  });

  it("reads indicator records given as JSON with core's reader, naming a bad record and field", () => {
    const records = JSON.parse(JSON.stringify(items.map((i) => i.indicator)));
    expect(readIndicatorsJson(records, { file: 'i.json' }).errors).to.deep.equal([]);
    const broken = { ...records[0], direction: 'sideways' };
    const [error] = readIndicatorsJson([broken], { file: 'i.json' }).errors;
    expect([error.record, error.recordId, error.field, error.value]).to.deep.equal([
      1,
      records[0].id,
      'direction',
      'sideways',
    ]);
  });

  it('splits an explanation into its sentences, not its numbers', () => {
    expect(
      explanationSteps(
        'Avance = 3 ÷ 15,4 = 19,5 %. Esperado: 2.191 días = 33,3 %. En riesgo: 1.5 puntos.',
      ),
    ).to.deep.equal([
      'Avance = 3 ÷ 15,4 = 19,5 %.',
      'Esperado: 2.191 días = 33,3 %.',
      'En riesgo: 1.5 puntos.',
    ]);
    expect(explanationSteps('Progress = (2 − 1) ÷ (3 − 1) = 50.0%.')).to.deep.equal([
      'Progress = (2 − 1) ÷ (3 − 1) = 50.0%.',
    ]);
  });

  it('scales a sparkline to its data, or to an index’s whole scale', () => {
    expect(valueDomain([98, 97.5, 99])).to.deep.equal([97.35, 99.15]);
    const [low, high] = valueDomain([1, 10]);
    expect(low).to.be.closeTo(0.1, 1e-9);
    expect(high).to.be.closeTo(10.9, 1e-9);
    expect(valueDomain([0.5, 30])[0]).to.equal(0); // never below zero for counts
    expect(valueDomain([-5, 5])).to.deep.equal([-6, 6]);
    const ind = indicator({
      name: 'index',
      baseline: { period: year(2020), value: num('5') },
      target: { period: year(2026), value: num('10') },
    });
    const onScale = sparkline(seriesOf(ind), 100, 100, 0, [0, 10]);
    expect(onScale.points.map((p) => p.y)).to.deep.equal([50, 0]);
  });
});
