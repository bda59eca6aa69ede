/**
 * What the tracker decides on its own, free of DOM: which indicators to show and in
 * which order, counts per status, what kind of unit an indicator has, and the geometry
 * of its small charts. Reading and progress arithmetic belong to the data core.
 */
import { foldText, INDICATOR_STATUSES, isExactNumber, ownField } from '@rendir/core';
import type {
  CellNumber,
  ExactNumber,
  Indicator,
  IndicatorProgress,
  IndicatorStatus,
  Period,
} from '@rendir/core';

/** One indicator with its progress, and where it stood in the published file. */
export interface TrackedIndicator {
  indicator: Indicator;
  progress: IndicatorProgress;
  order: number;
}

export type SortKey = 'source' | 'group' | 'status' | 'progress' | 'name';
export const sortKeys: readonly SortKey[] = ['source', 'group', 'status', 'progress', 'name'];

export function isSortKey(s: string | null | undefined): s is SortKey {
  return (sortKeys as readonly string[]).includes(s ?? '');
}

/** Letters only, no accents, no case: how people type a name in an attribute. */
export function looseKey(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Pillars in the order they first appear in the file. */
export function groupsOf(items: readonly TrackedIndicator[]): string[] {
  const seen = new Set<string>();
  for (const { indicator } of items) if (indicator.group) seen.add(indicator.group);
  return [...seen];
}

/** The pillar an attribute names, matched loosely; `undefined` when none matches. */
export function matchGroup(items: readonly TrackedIndicator[], wanted: string): string | undefined {
  const key = looseKey(wanted);
  return groupsOf(items).find((g) => looseKey(g) === key);
}

/** The items of the pillar `wanted` names loosely; all of them when it names none. */
export function inPillar(items: TrackedIndicator[], wanted: string): TrackedIndicator[] {
  const group = wanted ? matchGroup(items, wanted) : undefined;
  return group ? items.filter((i) => i.indicator.group === group) : items;
}

/** One indicator by id, or by its name as people type it. */
export function findIndicator(
  items: readonly TrackedIndicator[],
  wanted: string,
): TrackedIndicator | undefined {
  const exact = items.find((i) => i.indicator.id === wanted);
  if (exact) return exact;
  const key = looseKey(wanted);
  return items.find((i) => looseKey(i.indicator.id) === key || looseKey(i.indicator.name) === key);
}

export interface Arrangement {
  status?: IndicatorStatus | '';
  group?: string;
  sort?: SortKey;
  /** For sorting names in the reader's language. */
  locale?: string;
}

/** Filters, then sorts; ties keep the published order. */
export function arrange(items: readonly TrackedIndicator[], how: Arrangement): TrackedIndicator[] {
  // Own fields only: an arrangement without a group filters by none, on any page.
  const status = ownField(how, 'status');
  const group = ownField(how, 'group');
  const shown = items.filter(
    (i) => (!status || i.progress.status === status) && (!group || i.indicator.group === group),
  );
  const collator = new Intl.Collator(ownField(how, 'locale') ?? 'es', {
    sensitivity: 'base',
    numeric: true,
  });
  const byOrder = (a: TrackedIndicator, b: TrackedIndicator) => a.order - b.order;
  // Pillars in the order they first appear; indicators without one last.
  const pillars = groupsOf(items);
  const pillar = (i: TrackedIndicator) =>
    i.indicator.group ? pillars.indexOf(i.indicator.group) : pillars.length;
  const compare: Record<SortKey, (a: TrackedIndicator, b: TrackedIndicator) => number> = {
    source: byOrder,
    group: (a, b) => pillar(a) - pillar(b) || byOrder(a, b),
    status: (a, b) =>
      INDICATOR_STATUSES.indexOf(a.progress.status) -
        INDICATOR_STATUSES.indexOf(b.progress.status) || byOrder(a, b),
    // Most advanced first; indicators without progress last.
    progress: (a, b) => (b.progress.progress ?? -1) - (a.progress.progress ?? -1) || byOrder(a, b),
    name: (a, b) => collator.compare(a.indicator.name, b.indicator.name) || byOrder(a, b),
  };
  return shown.sort(compare[ownField(how, 'sort') ?? 'source']);
}

export type UnitKind = 'percent' | 'index' | 'currency' | 'count' | 'other' | 'none';

export interface UnitInfo {
  kind: UnitKind;
  /** The unit as the file wrote it. */
  label?: string;
  /** Top of an index scale (`índice 0-10` → 10). */
  scaleMax?: number;
  /** ISO code for currency units. */
  currency?: string;
}

const currencyCodes = ['COP', 'USD', 'EUR'];

/**
 * What kind of quantity an indicator measures, from its `unit` and its cells: a `%` in
 * any cell makes it a percentage, a unit like `índice 0-10` an index on that scale.
 */
export function unitOf(indicator: Indicator): UnitInfo {
  const label = indicator.unit?.trim() || undefined;
  const cells = [
    indicator.baseline.value,
    indicator.target.value,
    ...indicator.values.map((v) => v.value),
  ];
  const key = label ? looseKey(label) : '';
  if (
    cells.some((c) => isExactNumber(c) && c.isPercent) ||
    /^(%|percent|porcentaje|pct)/.test(label?.toLowerCase() ?? '')
  ) {
    return { kind: 'percent', label };
  }
  if (/^(indice|index|escala|scale)\b/.test(key)) {
    const scale = /(\d+(?:[.,]\d+)?)\s*(?:-|a|to)\s*(\d+(?:[.,]\d+)?)/.exec(label ?? '');
    const max = scale ? Number(scale[2].replace(',', '.')) : undefined;
    return { kind: 'index', label, scaleMax: max };
  }
  const code = currencyCodes.find((c) => key.split(' ').includes(c.toLowerCase()));
  if (code || /^(\$|pesos|moneda|currency)/i.test(label ?? '')) {
    return { kind: 'currency', label, currency: code ?? 'COP' };
  }
  if (/^(numero|number|count|cantidad|personas|people|casos|cases)\b/.test(key)) {
    return { kind: 'count', label };
  }
  // `label` own even when absent: a polluted Object.prototype.label is never shown.
  return label ? { kind: 'other', label } : { kind: 'none', label: undefined };
}

export type PointRole = 'baseline' | 'value' | 'target';

export interface SeriesPoint {
  role: PointRole;
  period: Period | null;
  cell: CellNumber;
}

/** Baseline, measured values and target, in time order, missing cells kept. */
export function seriesOf(indicator: Indicator): SeriesPoint[] {
  // A period before the baseline can hold a missing cell (`N/A` then a first value).
  const measured: SeriesPoint[] = [
    { role: 'baseline', period: indicator.baseline.period, cell: indicator.baseline.value },
    ...indicator.values.map((v): SeriesPoint => ({
      role: 'value',
      period: v.period,
      cell: v.value,
    })),
  ];
  const start = (p: SeriesPoint) => (p.period ? Date.parse(p.period.start) : -Infinity);
  measured.sort((a, b) => start(a) - start(b));
  return [
    ...measured,
    { role: 'target', period: indicator.target.period, cell: indicator.target.value },
  ];
}

/** Middle of a period in days since the epoch, for placing it on a time axis. */
export function periodMiddle(period: Period): number {
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  return (start + end) / 2 / 86_400_000;
}

export interface PlottedPoint extends SeriesPoint {
  x: number;
  y: number;
}

export interface Sparkline {
  /** Points with numbers, in time order (the target included). */
  points: PlottedPoint[];
  /** `d` of the measured line (baseline and values, not the target). */
  path: string;
  /** `d` of the dashed line from the latest value to the target. */
  toTarget: string;
  /** Where the target level crosses the chart. */
  targetY: number | null;
}

/**
 * Lays out a small time series in a `width` × `height` box with `pad` pixels around, on
 * `scale` (e.g. 0-10 for an index) or the data's own range.
 * Floating point here only: it is the last step before drawing.
 */
export function sparkline(
  series: readonly SeriesPoint[],
  width: number,
  height: number,
  pad = 6,
  scale?: readonly [number, number],
): Sparkline {
  // Only points with a number and a period can be placed.
  const usable = series.filter(
    (p): p is SeriesPoint & { cell: ExactNumber; period: Period } =>
      isExactNumber(p.cell) && p.period !== null,
  );
  const xs = usable.map((p) => periodMiddle(p.period));
  const ys = usable.map((p) => Number(p.cell.value));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [low, high] = scale ?? valueDomain(ys);
  const sx = (x: number) =>
    x1 === x0 ? width / 2 : pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad);
  const sy = (y: number) =>
    high === low ? height / 2 : height - pad - ((y - low) / (high - low)) * (height - 2 * pad);
  const points = usable.map((p, i) => ({ ...p, x: round(sx(xs[i])), y: round(sy(ys[i])) }));
  const measured = points.filter((p) => p.role !== 'target');
  const target = points.find((p) => p.role === 'target');
  const path = measured.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ');
  const last = measured[measured.length - 1];
  const toTarget = last && target ? `M${last.x} ${last.y} L${target.x} ${target.y}` : '';
  return { points, path, toTarget, targetY: target ? target.y : null };
}

/**
 * The vertical range of a sparkline: the data's own, with a tenth of it as margin, not
 * below zero for data that is never negative (the shape toward the target shows; the
 * figures are beside it).
 */
export function valueDomain(values: readonly number[]): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const margin = (max - min) / 10;
  const low = min >= 0 ? Math.max(0, min - margin) : min - margin;
  return [low, max + margin];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The core's explanation in steps (formula, expected progress, status): its sentences,
 * split where a full stop is followed by a capital letter.
 */
export function explanationSteps(explanation: string): string[] {
  return explanation
    .split(/(?<=\.)\s+(?=[A-ZÁÉÍÓÚÑ¿])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
