/**
 * Indicator series as statistics offices publish them for Open SDG (`indicator_1-2-1.csv`):
 * `Year`, one column per disaggregation (`Sex`, `Age`, `Geography`…), `Value`. A row whose
 * disaggregations are all empty belongs to the headline series; the others to breakdowns.
 * `Units` and `Series` split a file into separate series, `GeoCode` places a row on a map
 * and SDMX attributes (`Observation status`, `Unit multiplier`, `Unit measure`) describe a
 * value: none of them is a disaggregation. `NA` is "not available", as Open SDG means it.
 */
import { missingMarkers } from '../missing.ts';
import type { MissingMarkers } from '../missing.ts';
import { isExactNumber, isMissing, parseNumber } from '../numbers.ts';
import { sortErrors, withRows } from '../errors.ts';
import { msg } from '../message.ts';
import { parsePeriod } from '../period.ts';
import { comparePeriods } from '../period-order.ts';
import { formatPeriod } from '../format.ts';
import type { CellNumber, ContentError, Period } from '../types.ts';
import { Problems, cellAt, numberCellError, ownValue, setField, toTable } from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';

/** Columns Open SDG does not treat as disaggregations (besides `Year` and `Value`). */
export const SDG_SERIES_COLUMNS = ['Units', 'Series'] as const;
export const SDG_ATTRIBUTE_COLUMNS = [
  'GeoCode',
  'Observation status',
  'Unit multiplier',
  'Unit measure',
] as const;

export interface SdgObservation {
  /** As written: `2021`, or a span such as `2007/08 to 2008/09`. */
  period: string;
  value: CellNumber;
  /** The row's disaggregations that have a value (`{Sex: 'Female'}`); empty for the headline. */
  breakdown: Record<string, string>;
  units?: string;
  series?: string;
  /** GeoCode and SDMX attributes, as written. */
  attributes: Record<string, string>;
  line: number;
}

export interface SdgDimension {
  /** The column as written (`Persons in low income`). */
  name: string;
  /** Its values in the order they first appear. */
  values: string[];
}

export interface SdgSeriesResult {
  /** Every row, in file order. */
  observations: SdgObservation[];
  /** Rows whose disaggregations are all empty. */
  headline: SdgObservation[];
  /** The disaggregation columns, each with its values: what a breakdown chooser offers. */
  dimensions: SdgDimension[];
  units: string[];
  series: string[];
  errors: ContentError[];
  warnings: ContentError[];
}

const fold = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');
const TAB_OR_SPACE = /^[\s\uFEFF]+|[\s\uFEFF]+$/g;

/** Whether a header row is Open SDG's data format: a `Year` and a `Value` column. */
export function isSdgSeries(headers: readonly string[]): boolean {
  const folded = headers.map(fold);
  return folded.includes('year') && folded.includes('value');
}

/** The markers an Open SDG file is read with: the defaults, `NA` as not available, then its own. */
function sdgMarkers(options: SchemaOptions): MissingMarkers {
  return missingMarkers({ NA: 'not_available', ...options.missing });
}

/** Reads an Open SDG data file as it is. */
export function readSdgSeries(input: CsvInput, options: SchemaOptions): SdgSeriesResult {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const { headers } = table;
  const folded = headers.map(fold);
  const yearIdx = folded.indexOf('year');
  const valueIdx = folded.indexOf('value');
  const special = new Map<number, 'units' | 'series' | 'attribute'>();
  folded.forEach((h, i) => {
    if (h === 'units') special.set(i, 'units');
    else if (h === 'series') special.set(i, 'series');
    else if (SDG_ATTRIBUTE_COLUMNS.some((a) => fold(a) === h)) special.set(i, 'attribute');
  });
  const dimensionIdx = headers
    .map((_, i) => i)
    .filter((i) => i !== yearIdx && i !== valueIdx && !special.has(i));
  const result: SdgSeriesResult = {
    observations: [],
    headline: [],
    dimensions: dimensionIdx.map((i) => ({ name: headers[i].trim(), values: [] })),
    units: [],
    series: [],
    errors: [],
    warnings: [],
  };
  for (const [idx, name] of [
    [yearIdx, 'Year'],
    [valueIdx, 'Value'],
  ] as const) {
    if (idx >= 0) continue;
    problems.error({
      line: table.headerLine,
      code: 'sdg.missing_column',
      value: name,
      expected: msg('sdg.missing_column.expected', { name }),
      message: msg('sdg.missing_column', { name, headers: headers.join(', ') }),
    });
  }
  if (yearIdx < 0 || valueIdx < 0) return finish();

  const markers = sdgMarkers(options);
  const format = options.numberFormat ?? 'en';
  const decision = { format, source: 'declared' as const };
  const seenValues = dimensionIdx.map(() => new Set<string>());
  const seenKeys = new Map<string, number>();
  for (const row of table.rows) {
    const cells = row.cells;
    const line = row.line;
    const period = cellAt(cells, yearIdx);
    if (period === '') {
      problems.error({
        line,
        column: yearIdx + 1,
        header: headers[yearIdx],
        value: '',
        code: 'sdg.empty_year',
        expected: msg('sdg.empty_year.expected'),
        message: msg('sdg.empty_year'),
      });
      continue;
    }
    const raw = valueIdx < cells.length ? cells[valueIdx] : '';
    const parsed = parseNumber(raw, format, markers);
    let value: CellNumber;
    if (isExactNumber(parsed) || isMissing(parsed)) value = parsed;
    else {
      numberCellError(problems, line, valueIdx + 1, headers[valueIdx], parsed, decision);
      continue;
    }
    const obs: SdgObservation = { period, value, breakdown: {}, attributes: {}, line };
    dimensionIdx.forEach((i, d) => {
      const v = cellAt(cells, i);
      if (v === '') return;
      setField(obs.breakdown, result.dimensions[d].name, v);
      if (!seenValues[d].has(v)) {
        seenValues[d].add(v);
        result.dimensions[d].values.push(v);
      }
    });
    for (const [i, kind] of special) {
      // Spreadsheets sometimes keep a code as text with a leading tab (`"\t00"`).
      const v = (i < cells.length ? cells[i] : '').replace(TAB_OR_SPACE, '');
      if (v === '') continue;
      if (kind === 'units') obs.units = v;
      else if (kind === 'series') obs.series = v;
      else setField(obs.attributes, headers[i].trim(), v);
    }
    // One value per period and breakdown: a second would be a guess between two figures.
    const key = JSON.stringify([period, obs.units, obs.series, obs.breakdown]);
    const first = seenKeys.get(key);
    if (first !== undefined) {
      problems.error({
        line,
        column: valueIdx + 1,
        header: headers[valueIdx],
        value: raw,
        code: 'sdg.duplicate_observation',
        expected: msg('sdg.duplicate_observation.expected'),
        message: msg('sdg.duplicate_observation', { first, period }),
      });
      continue;
    }
    seenKeys.set(key, line);
    if (obs.units !== undefined && !result.units.includes(obs.units)) result.units.push(obs.units);
    if (obs.series !== undefined && !result.series.includes(obs.series))
      result.series.push(obs.series);
    result.observations.push(obs);
    if (Object.keys(obs.breakdown).length === 0) result.headline.push(obs);
  }
  if (result.headline.length === 0 && result.observations.length > 0) {
    problems.warning({
      line: table.headerLine,
      code: 'sdg.no_headline',
      expected: msg('sdg.no_headline.expected'),
      message: msg('sdg.no_headline', {
        dimensions: result.dimensions.map((d) => d.name).join(', '),
      }),
    });
  }
  return finish();

  function finish(): SdgSeriesResult {
    result.errors = sortErrors(withRows(problems.errors, table.rowShifts));
    result.warnings = sortErrors(withRows(problems.warnings, table.rowShifts));
    return result;
  }
}

/**
 * The observations of one breakdown: those whose disaggregations are exactly `selection`
 * (`{Sex: 'Female'}`: female, every other disaggregation empty), optionally of one units
 * and series. An empty selection is the headline.
 */
export function sdgSelection(
  result: Pick<SdgSeriesResult, 'observations'>,
  selection: Readonly<Record<string, string>>,
  of: { units?: string; series?: string } = {},
): SdgObservation[] {
  const wanted = Object.entries(selection).filter(([, v]) => v !== '');
  return result.observations.filter(
    (o) =>
      (of.units === undefined || o.units === of.units) &&
      (of.series === undefined || o.series === of.series) &&
      Object.keys(o.breakdown).length === wanted.length &&
      wanted.every(([k, v]) => ownValue(o.breakdown, k) === v),
  );
}

/** A kind of breakdown a file publishes: the disaggregations its rows fill, in column order. */
export interface SdgBreakdown {
  dimensions: string[];
  /** How many rows it has. */
  rows: number;
}

/**
 * The breakdowns a file publishes (`Sex`; `Persons in low income` with `Geography`), in the
 * order they first appear, of one units and series when given: what a chooser offers, since
 * a disaggregation may only ever be published together with another (Canada's geography
 * always comes with a group of persons). The headline is not one of them.
 */
export function sdgBreakdowns(
  result: Pick<SdgSeriesResult, 'observations' | 'dimensions'>,
  of: { units?: string; series?: string } = {},
): SdgBreakdown[] {
  const order = result.dimensions.map((d) => d.name);
  const found = new Map<string, SdgBreakdown>();
  for (const o of result.observations) {
    if (of.units !== undefined && o.units !== of.units) continue;
    if (of.series !== undefined && o.series !== of.series) continue;
    const dimensions = order.filter((name) => ownValue(o.breakdown, name) !== undefined);
    if (dimensions.length === 0) continue;
    const key = JSON.stringify(dimensions);
    const known = found.get(key);
    if (known) known.rows++;
    else found.set(key, { dimensions, rows: 1 });
  }
  return [...found.values()];
}

/**
 * The rows of one breakdown: those whose filled disaggregations are exactly its
 * `dimensions` (any values), of one units and series when given.
 */
export function sdgBreakdownRows(
  result: Pick<SdgSeriesResult, 'observations'>,
  dimensions: readonly string[],
  of: { units?: string; series?: string } = {},
): SdgObservation[] {
  return result.observations.filter(
    (o) =>
      (of.units === undefined || o.units === of.units) &&
      (of.series === undefined || o.series === of.series) &&
      Object.keys(o.breakdown).length === dimensions.length &&
      dimensions.every((d) => ownValue(o.breakdown, d) !== undefined),
  );
}

/**
 * The periods of some observations, once each: in time order when every one is a period
 * the core reads (`2015`, `2016-2017`), else in the order they first appear (a statistics
 * office's `2007/08 to 2008/09` is written in order).
 */
export function sdgPeriods(observations: readonly SdgObservation[]): string[] {
  const periods = [...new Set(observations.map((o) => o.period))];
  const read = periods.map((p) => parsePeriod(p));
  if (read.some((p) => p === undefined)) return periods;
  const order = periods.map((_, i) => i);
  order.sort((a, b) => comparePeriods(read[a] as Period, read[b] as Period));
  return order.map((i) => periods[i]);
}

/** A period as the reader sees it: `2016–2017` when the core reads it, else as written. */
export function formatSdgPeriod(raw: string, locale: string): string {
  const period = parsePeriod(raw);
  return period ? formatPeriod(period, locale) : raw;
}
