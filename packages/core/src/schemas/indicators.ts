/** Indicators: long form (indicators.csv + values.csv) and wide form (a period per column). */
import { slugify } from '../slug.ts';
import { sortErrors } from '../errors.ts';
import { INDICATOR_ALIASES, VALUE_ALIASES, normaliseHeader } from '../headers.ts';
import { isExactNumber, isMissing, parseNumber } from '../numbers.ts';
import type { NumberFormatDecision } from '../numbers.ts';
import type { MissingMarkers } from '../missing.ts';
import { parsePeriod } from '../period.ts';
import { comparePeriods } from '../period-order.ts';
import { safeUrl } from '../security.ts';
import type {
  CellNumber,
  CsvTable,
  Indicator,
  IndicatorDirection,
  IndicatorValue,
  Period,
  ReadResult,
} from '../types.ts';
import {
  Problems,
  cellAt,
  decideFormat,
  enumError,
  enumValue,
  extraFields,
  markersOf,
  matchTable,
  numberCellError,
  requireColumns,
  requiredValueError,
  dateFormatOf,
  toTable,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';
import { msg } from '../message.ts';
import { DIRECTION, DIRECTION_WORDS } from './field-words.ts';
import { periodError, unsafeUrlWarning } from './field-errors.ts';

const TARGET_MARK_RE = /[([]?\s*\b(?:meta|target|objetivo)\b\s*[)\]]?/i;

/** A wide-form period header: `2016-2017`, `2022-2023 (meta)`, `Meta 2026`. */
export function parsePeriodHeader(
  header: string,
): { period: Period; isTarget: boolean } | undefined {
  const isTarget = TARGET_MARK_RE.test(header);
  const rest = header
    .replace(TARGET_MARK_RE, '')
    .replace(/[:\s]+$/, '')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  const period = parsePeriod(rest);
  if (!period) return undefined;
  return { period: { ...period, raw: header.trim() === rest ? period.raw : rest }, isTarget };
}

export interface IndicatorOptions extends SchemaOptions {
  /** Path of values.csv, for errors (long form). Defaults to `values.csv` beside `file`. */
  valuesFile?: string;
  /** Declared number format of values.csv when it differs from indicators.csv. */
  valuesNumberFormat?: SchemaOptions['numberFormat'];
  /** Declared dialect of values.csv (its sidecar); `dialect` is indicators.csv's. */
  valuesDialect?: SchemaOptions['dialect'];
  /** What values.csv's own missing markers mean (its sidecar's `missing`). */
  valuesMissing?: SchemaOptions['missing'];
}

/** How a file's numbers are read: its format, and its missing markers. */
type NumberReading = NumberFormatDecision & { markers?: MissingMarkers };

function readNumberCell(
  raw: string,
  decision: NumberReading,
  problems: Problems,
  line: number,
  column: number,
  header: string,
): CellNumber {
  const r = parseNumber(raw, decision.format, decision.markers);
  if (isExactNumber(r) || isMissing(r)) return r;
  numberCellError(problems, line, column, header, r, decision);
  return { missing: 'no_data', raw };
}

function readDirection(
  raw: string,
  problems: Problems,
  line: number,
  column: number,
  header: string,
): IndicatorDirection {
  if (raw === '') return 'increase';
  const d = enumValue(raw, DIRECTION);
  if (d) return d;
  enumError(problems, line, column, header, raw, DIRECTION_WORDS);
  return 'increase';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base || 'indicador';
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

const OPTIONAL_TEXT: [
  key: string,
  field: 'group' | 'unit' | 'responsible' | 'source' | 'description' | 'commitmentId' | 'bpin',
][] = [
  ['group', 'group'],
  ['unit', 'unit'],
  ['responsible', 'responsible'],
  ['source', 'source'],
  ['description', 'description'],
  ['commitment_id', 'commitmentId'],
  ['bpin', 'bpin'],
];

/**
 * Wide form, as entities publish it: one row per indicator, one column per period, the
 * target column marked by `meta` or `target`. The first period with a value is the baseline.
 */
export function readIndicatorsWide(input: CsvInput, options: SchemaOptions): ReadResult<Indicator> {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const headers = table.headers;
  const periodCols: { index: number; period: Period; isTarget: boolean; header: string }[] = [];
  const masked: string[] = headers.map((h, i) => {
    const p = parsePeriodHeader(h);
    if (!p) return h;
    periodCols.push({ index: i, period: p.period, isTarget: p.isTarget, header: h });
    return '';
  });
  const match = matchTable({ ...table, headers: masked }, INDICATOR_ALIASES, options);
  for (const c of periodCols) match.extra.delete(c.index);
  requireColumns(table, match, ['name'], INDICATOR_ALIASES, problems);
  const targets = periodCols.filter((c) => c.isTarget);
  if (targets.length !== 1) {
    problems.error({
      line: table.headerLine,
      code: 'indicators.target_column',
      value: targets.map((t) => t.header).join(', '),
      expected: msg('indicators.target_column.expected'),
      message: msg(
        targets.length === 0 ? 'indicators.target_column.none' : 'indicators.target_column.several',
      ),
    });
  }
  const target = targets[0];
  const series = periodCols
    .filter((c) => !c.isTarget)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const decision: NumberReading = {
    ...decideFormat(
      table,
      periodCols.map((c) => c.index),
      options,
      problems,
    ),
    markers: markersOf(options),
  };
  const nameIdx = match.keys.get('name');
  const idIdx = match.keys.get('indicator_id');
  const dirIdx = match.keys.get('direction');
  const tolIdx = match.keys.get('tolerance');
  const used = new Set<string>();
  const records: Indicator[] = [];
  for (const row of table.rows) {
    const { cells, line } = row;
    const name = cellAt(cells, nameIdx);
    if (nameIdx !== undefined && name === '')
      requiredValueError(problems, line, nameIdx + 1, headers[nameIdx], 'name');
    const values: IndicatorValue[] = [];
    const id = uniqueId(cellAt(cells, idIdx) || slugify(name, 'indicador'), used);
    let baseline: Indicator['baseline'] | undefined;
    for (const c of series) {
      const value = readNumberCell(
        cellAt(cells, c.index),
        decision,
        problems,
        line,
        c.index + 1,
        c.header,
      );
      if (!baseline && isExactNumber(value)) baseline = { period: c.period, value };
      else values.push({ indicatorId: id, period: c.period, value });
    }
    if (!baseline) {
      problems.warning({
        line,
        code: 'indicator.no_baseline',
        value: name,
        expected: msg('indicator.no_baseline.expected'),
        message: msg('indicator.no_baseline'),
      });
      baseline = {
        period: null,
        value: values.length > 0 ? values[0].value : { missing: 'empty', raw: '' },
      };
    }
    let targetValue: CellNumber = { missing: 'empty', raw: '' };
    if (target) {
      targetValue = readNumberCell(
        cellAt(cells, target.index),
        decision,
        problems,
        line,
        target.index + 1,
        target.header,
      );
      if (isMissing(targetValue)) {
        problems.error({
          line,
          column: target.index + 1,
          header: target.header,
          value: targetValue.raw,
          code: 'indicator.target_missing',
          expected: msg('indicator.target_missing.expected'),
          message: msg('indicator.target_missing'),
        });
      }
    }
    const direction =
      dirIdx !== undefined
        ? readDirection(cellAt(cells, dirIdx), problems, line, dirIdx + 1, headers[dirIdx])
        : 'increase';
    const indicator: Indicator = {
      id,
      name,
      direction,
      baseline,
      target: {
        period: target ? target.period : { raw: '', kind: 'year', start: '', end: '' },
        value: targetValue,
      },
      values,
      extra: extraFields(cells, match.extra),
    };
    for (const [key, field] of OPTIONAL_TEXT) {
      const v = cellAt(cells, match.keys.get(key));
      if (v) indicator[field] = v;
    }
    if (tolIdx !== undefined)
      setTolerance(
        indicator,
        cellAt(cells, tolIdx),
        decision,
        problems,
        line,
        tolIdx + 1,
        headers[tolIdx],
      );
    if (!indicator.unit && (isPercentCell(baseline.value) || isPercentCell(targetValue)))
      indicator.unit = '%';
    checkUnits(indicator, problems, line);
    records.push(indicator);
  }
  return { records, errors: sortErrors(problems.errors), warnings: sortErrors(problems.warnings) };
}

function isPercentCell(c: CellNumber): boolean {
  return isExactNumber(c) && c.isPercent;
}

function setTolerance(
  indicator: Indicator,
  raw: string,
  decision: NumberFormatDecision,
  problems: Problems,
  line: number,
  column: number,
  header: string,
): void {
  if (raw === '') return;
  const t = readNumberCell(raw, decision, problems, line, column, header);
  if (isExactNumber(t)) indicator.tolerance = t.value.startsWith('-') ? t.value.slice(1) : t.value;
}

/** Values with `%` beside values without one: the author may have mixed units. */
function checkUnits(indicator: Indicator, problems: Problems, line: number): void {
  const cells = [
    indicator.baseline.value,
    indicator.target.value,
    ...indicator.values.map((v) => v.value),
  ].filter(isExactNumber);
  const pct = cells.filter((c) => c.isPercent).length;
  if (pct > 0 && pct < cells.length) {
    problems.warning({
      line,
      code: 'indicator.mixed_percent',
      value: indicator.name,
      expected: msg('indicator.mixed_percent.expected'),
      message: msg('indicator.mixed_percent'),
    });
  }
}

/** Long form: `indicators.csv` (one row per indicator) and `values.csv` (one row per value). */
export function readIndicatorsLong(
  indicatorsInput: CsvInput,
  valuesInput: CsvInput | undefined,
  options: IndicatorOptions,
): ReadResult<Indicator> {
  const table = toTable(indicatorsInput, options);
  const problems = new Problems(table);
  const headers = table.headers;
  const match = matchTable(table, INDICATOR_ALIASES, options);
  requireColumns(
    table,
    match,
    ['name', 'baseline_value', 'baseline_period', 'target_value', 'target_period'],
    INDICATOR_ALIASES,
    problems,
  );
  const numericCols = ['baseline_value', 'target_value', 'tolerance']
    .map((k) => match.keys.get(k))
    .filter((i): i is number => i !== undefined);
  const decision: NumberReading = {
    ...decideFormat(table, numericCols, options, problems),
    markers: markersOf(options),
  };
  const k = (key: string) => match.keys.get(key);
  const used = new Set<string>();
  const byId = new Map<string, Indicator>();
  const records: Indicator[] = [];
  for (const { cells, line } of table.rows) {
    const name = cellAt(cells, k('name'));
    const nameIdx = k('name');
    if (nameIdx !== undefined && name === '')
      requiredValueError(problems, line, nameIdx + 1, headers[nameIdx], 'name');
    const givenId = cellAt(cells, k('indicator_id'));
    if (givenId && used.has(givenId)) {
      const idIdx = k('indicator_id') ?? 0;
      problems.error({
        line,
        column: idIdx + 1,
        header: headers[idIdx],
        value: givenId,
        code: 'indicator.duplicate_id',
        expected: msg('indicator.duplicate_id.expected'),
        message: msg('indicator.duplicate_id'),
      });
    }
    const id = uniqueId(givenId || slugify(name, 'indicador'), used);
    const period = (key: string): Period | null => {
      const i = k(key);
      if (i === undefined) return null;
      const raw = cellAt(cells, i);
      if (raw === '') {
        requiredValueError(problems, line, i + 1, headers[i], key);
        return null;
      }
      const p = parsePeriod(raw, dateFormatOf(table, options));
      if (!p) periodError(problems, line, i + 1, headers[i], raw);
      return p ?? null;
    };
    const number = (key: string): CellNumber => {
      const i = k(key);
      if (i === undefined) return { missing: 'empty', raw: '' };
      return readNumberCell(cellAt(cells, i), decision, problems, line, i + 1, headers[i]);
    };
    const baselinePeriod = period('baseline_period');
    const targetPeriod = period('target_period');
    const dirIdx = k('direction');
    const indicator: Indicator = {
      id,
      name,
      direction:
        dirIdx !== undefined
          ? readDirection(cellAt(cells, dirIdx), problems, line, dirIdx + 1, headers[dirIdx])
          : 'increase',
      baseline: { period: baselinePeriod, value: number('baseline_value') },
      target: {
        period: targetPeriod ?? { raw: '', kind: 'year', start: '', end: '' },
        value: number('target_value'),
      },
      values: [],
      extra: extraFields(cells, match.extra),
    };
    for (const [key, field] of OPTIONAL_TEXT) {
      const v = cellAt(cells, k(key));
      if (v) indicator[field] = v;
    }
    const tolIdx = k('tolerance');
    if (tolIdx !== undefined)
      setTolerance(
        indicator,
        cellAt(cells, tolIdx),
        decision,
        problems,
        line,
        tolIdx + 1,
        headers[tolIdx],
      );
    if (
      !indicator.unit &&
      (isPercentCell(indicator.baseline.value) || isPercentCell(indicator.target.value))
    )
      indicator.unit = '%';
    byId.set(id, indicator);
    records.push(indicator);
  }
  const errors = problems.errors;
  const warnings = problems.warnings;
  if (valuesInput !== undefined) {
    const valuesFile = options.valuesFile ?? siblingPath(options.file, 'values.csv');
    const v = readValues(
      valuesInput,
      {
        file: valuesFile,
        numberFormat: options.valuesNumberFormat ?? options.numberFormat,
        defaultNumberFormat: options.defaultNumberFormat,
        dialect: options.valuesDialect,
        missing: options.valuesMissing,
      },
      byId,
    );
    errors.push(...v.errors);
    warnings.push(...v.warnings);
  }
  for (const ind of records) {
    ind.values.sort((a, b) => comparePeriods(a.period, b.period));
    checkUnits(ind, problems, 0);
  }
  return { records, errors: sortErrors(errors), warnings: sortErrors(warnings) };
}

function siblingPath(file: string, name: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? name : file.slice(0, slash + 1) + name;
}

/** Reads values.csv into the indicators it names. */
function readValues(
  input: CsvInput,
  options: SchemaOptions,
  byId: Map<string, Indicator>,
): { errors: CsvTable['errors']; warnings: CsvTable['warnings'] } {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const headers = table.headers;
  const match = matchTable(table, VALUE_ALIASES, options);
  requireColumns(table, match, ['indicator_id', 'period', 'value'], VALUE_ALIASES, problems);
  const idIdx = match.keys.get('indicator_id');
  const periodIdx = match.keys.get('period');
  const valueIdx = match.keys.get('value');
  const noteIdx = match.keys.get('note');
  const urlIdx = match.keys.get('source_url');
  const decision: NumberReading = {
    ...decideFormat(table, valueIdx !== undefined ? [valueIdx] : [], options, problems),
    markers: markersOf(options),
  };
  // Ids may be written with other case or accents than in indicators.csv.
  const byNorm = new Map<string, Indicator>();
  for (const [id, ind] of byId) byNorm.set(normaliseHeader(id), ind);
  const seen = new Map<string, number>();
  const dateFormat = dateFormatOf(table, options);
  for (const { cells, line } of table.rows) {
    const id = cellAt(cells, idIdx);
    const indicator = byId.get(id) ?? byNorm.get(normaliseHeader(id));
    if (idIdx !== undefined && !indicator) {
      problems.error({
        line,
        column: idIdx + 1,
        header: headers[idIdx],
        value: id,
        code: id === '' ? 'schema.required_value' : 'values.unknown_indicator',
        expected: msg('values.unknown_indicator.expected'),
        message: msg('values.unknown_indicator'),
      });
    }
    if (periodIdx === undefined || valueIdx === undefined) continue;
    const rawPeriod = cellAt(cells, periodIdx);
    const period = parsePeriod(rawPeriod, dateFormat);
    if (!period) {
      if (rawPeriod === '')
        requiredValueError(problems, line, periodIdx + 1, headers[periodIdx], 'period');
      else periodError(problems, line, periodIdx + 1, headers[periodIdx], rawPeriod);
    }
    const value = readNumberCell(
      cellAt(cells, valueIdx),
      decision,
      problems,
      line,
      valueIdx + 1,
      headers[valueIdx],
    );
    if (!indicator || !period) continue;
    const key = `${indicator.id}\u0000${period.start}\u0000${period.end}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.error({
        line,
        column: periodIdx + 1,
        header: headers[periodIdx],
        value: rawPeriod,
        code: 'values.duplicate_period',
        expected: msg('values.duplicate_period.expected'),
        message: msg('values.duplicate_period', { id: indicator.id, first }),
      });
      continue;
    }
    seen.set(key, line);
    const iv: IndicatorValue = { indicatorId: indicator.id, period, value };
    const note = cellAt(cells, noteIdx);
    if (note) iv.note = note;
    const rawUrl = cellAt(cells, urlIdx);
    if (rawUrl) {
      const url = safeUrl(rawUrl);
      if (url) iv.sourceUrl = url;
      else unsafeUrlWarning(problems, line, (urlIdx ?? 0) + 1, headers[urlIdx ?? 0], rawUrl);
    }
    if (indicator.baseline.period && samePeriod(indicator.baseline.period, period)) continue;
    if (samePeriod(indicator.target.period, period)) continue;
    indicator.values.push(iv);
  }
  return { errors: problems.errors, warnings: problems.warnings };
}

function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Reads indicators in whichever form the input has: `{ indicators, values }` for the long
 * form, or one table (wide when a period column is marked as the target, else long
 * without values).
 */
export function readIndicators(
  input: CsvInput | { indicators: CsvInput; values?: CsvInput },
  options: IndicatorOptions,
): ReadResult<Indicator> {
  if (typeof input === 'object' && input !== null && 'indicators' in input) {
    return readIndicatorsLong(input.indicators, input.values, options);
  }
  const table = toTable(input, options);
  // Period headers make a wide table even when none is marked as the target: the author
  // then hears that the mark is missing, not that long-form columns are.
  const periods = table.headers.map((h) => parsePeriodHeader(h)).filter((p) => p !== undefined);
  const wide = periods.some((p) => p.isTarget) || periods.length >= 2;
  return wide ? readIndicatorsWide(table, options) : readIndicatorsLong(table, undefined, options);
}
