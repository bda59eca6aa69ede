/** Budget lines (`budget/*.csv`), amounts kept as exact decimal strings. */
import {
  BUDGET_ALIASES,
  normaliseHeader,
  PROJECT_NAME_HEADERS,
  type HeaderMatch,
} from '../headers.ts';
import { detectNumberFormat, parseAmount } from '../numbers.ts';
import type { NumberFormatDecision } from '../numbers.ts';
import { scanCsv } from '../csv.ts';
import { shiftDecimal } from '../decimal.ts';
import { sortErrors, withRows } from '../errors.ts';
import { parseDate } from '../period.ts';
import { didYouMean } from '../suggest.ts';
import type {
  BudgetAmountKey,
  BudgetFacts,
  BudgetLine,
  BudgetReadResult,
  CsvDialect,
  CsvRow,
  CsvTable,
} from '../types.ts';
import { structureBudget } from './budget-hierarchy.ts';
import {
  Problems,
  cellAt,
  declaredFormat,
  enumError,
  enumValue,
  markersOf,
  matchTable,
  numberCellError,
  requireColumns,
  requiredValueError,
  isTable,
  extraNames,
  setField,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';
import { msg, type MessageRef } from '../message.ts';
import { FLOW } from './field-words.ts';
import { withHint } from '../suggest.ts';
import { missingKind, type MissingMarkers } from '../missing.ts';
import { isCurrencyCode } from '../currency.ts';

export const BUDGET_AMOUNT_KEYS: readonly BudgetAmountKey[] = [
  'initial_appropriation',
  'current_appropriation',
  'cdp',
  'commitments',
  'obligations',
  'payments',
  'amount',
];

export interface BudgetOptions extends SchemaOptions {
  /**
   * Classification columns, outermost first, by their names as written
   * (`['Sector', 'Entidad', 'Programa']`). Without it, `level_1 … level_n`
   * (or `nivel_1 … nivel_n`) columns are used.
   */
  levels?: readonly string[];
  /**
   * One value for every row, for a key the file has no column for (sidecar `constants:
   * {fiscal_year: 2024, flow: income}`): `fiscal_year`, `flow` or `funding_source`.
   */
  constants?: Record<string, string>;
  /** Amounts are published in units of this many (sidecar `scale: 1000`, miles de pesos). */
  scale?: string;
  /** Cut-off date of the figures (sidecar `as_of: 2025-06-30`). */
  asOf?: string;
  /** ISO 4217 currency of the amounts (sidecar `currency: EUR`), when not the site's. */
  currency?: string;
  /**
   * How codes without separators relate (sidecar `code_hierarchy`): `prefix` (`1` is the
   * total of `12`, `120`…) or `none` (codes only name rows; no row is a total by its code).
   */
  codeHierarchy?: string;
  /**
   * The rows the file's figures are, by one value of a column each (sidecar `rows: {tipo:
   * eje_gasto}`): other rows are not read. Such a column is then not read as a key (every
   * kept row has the same value), except the fiscal year's, which stays the rows' year.
   */
  rows?: Record<string, string>;
  /**
   * `cumulative` (sidecar `periods`): each cut-off of the period column runs from the year's
   * start, so the latest is the year's figure and the earlier ones are left out, never added.
   */
  periods?: string;
}

/** Keys a sidecar's `constants` may give one value for every row. */
export const BUDGET_CONSTANT_KEYS = ['fiscal_year', 'flow', 'funding_source'] as const;

/** Scales a file may declare, by the words people use for them too. */
const SCALE_WORDS: Record<string, string> = {
  unidades: '1',
  miles: '1000',
  thousands: '1000',
  millones: '1000000',
  millions: '1000000',
};

/**
 * Excel's accounting format writes zero as a dash padded with spaces, often after a currency
 * sign (` $ -   `, ` -   `). A bare `-` stays a missing value, as the content contract says.
 */
const ACCOUNTING_ZERO_RE = /^\s*(?:\$|COP|USD|€)?\s*-\s*$/;
export function isAccountingZero(raw: string): boolean {
  if (!ACCOUNTING_ZERO_RE.test(raw)) return false;
  return raw.trim() !== '-' || raw !== raw.trim();
}

const LEVEL_RE = /^(?:level|nivel)(\d+)$/;

/** Level names site.yaml may give in English for Spanish headers (and back). */
const LEVEL_SYNONYMS: string[][] = [
  ['entity', 'entidad'],
  ['program', 'programa'],
  ['subprogram', 'subprograma'],
  ['project', 'proyecto'],
  ['area', 'area'],
  ['dependency', 'dependencia'],
  ['department', 'departamento'],
  ['municipality', 'municipio'],
  ['goal', 'meta'],
  ['account', 'cuenta', 'rubro'],
  ['chapter', 'capitulo'],
  ['item', 'item', 'concepto'],
  ['sector', 'sector'],
];
/** A fiscal year as a file writes it (four digits), for the CSV and JSON readers alike. */
export const YEAR_RE = /^\d{4}$/;

interface Deferred {
  record: BudgetLine;
  key: BudgetAmountKey;
  raw: string;
  line: number;
  column: number;
  header: string;
}

/**
 * Reads budget lines. Every problem of the file is collected; lines with errors are
 * still returned. From text or bytes, rows become records batch by batch as they are
 * parsed (a 10^6-row file never holds all its raw rows and records at once); the number
 * format is decided by the first value that proves it, and amounts that were ambiguous
 * until then are read again once it is known.
 */
export function readBudget(input: CsvInput, options: BudgetOptions): BudgetReadResult {
  const file = isTable(input) ? input.file : options.file;
  const problems = new Problems({ file, errors: [], warnings: [] });
  const records: BudgetLine[] = [];
  const facts = readFacts(options, problems);
  const constants = facts.constants ?? {};
  const accountingZeros: { line: number; column: number; header: string; raw: string }[] = [];
  // A `tipo` column's values that are no flow: one error per row when the column holds flows
  // too (a slip), else one for the column (it is something else, SIIF's A/B/C).
  const flowColumn = {
    index: -1,
    header: '',
    read: false,
    refused: [] as { line: number; raw: string }[],
  };
  let amountColumns: { key: BudgetAmountKey; index: number; header: string }[] = [];
  let parentColumn = false;
  let periodColumn: { index: number; header: string } | undefined;
  let levelColumns = false;
  let selectors: RowSelector[] = [];
  let vigenciaColumn: { index: number; header: string } | undefined;
  /** Per fiscal year and flow, each «vigencia del gasto» value and its first line. */
  const vigencias = new Map<string, Map<string, number>>();
  const noteVigencia = (record: BudgetLine, value: string) => {
    if (value === '') return;
    const key = `${record.fiscalYear} ${record.flow}`;
    let seen = vigencias.get(key);
    if (!seen) vigencias.set(key, (seen = new Map()));
    if (!seen.has(value)) seen.set(value, record.origin.line);
  };
  let reader: ((rows: CsvRow[]) => void) | undefined;
  let finish: (() => void) | undefined;
  let yearLike: { columns: Map<number, boolean>; require: () => void } | undefined;
  const declaredDialect: Partial<CsvDialect> = isTable(input)
    ? input.declared
    : (options.dialect ?? {});

  const setup = (headers: string[], headerLine: number) => {
    const header = { headers, headerLine, declared: declaredDialect };
    // Classification levels first: a level named like an alias is still a level.
    const levelIdx: number[] = [];
    if (options.levels && options.levels.length > 0) {
      const byNorm = new Map<string, number>();
      headers.forEach((h, i) => {
        const n = normaliseHeader(h);
        if (!byNorm.has(n)) byNorm.set(n, i);
      });
      for (const name of options.levels) {
        const n = normaliseHeader(name);
        let i = byNorm.get(n);
        if (i === undefined) {
          const synonyms = LEVEL_SYNONYMS.find((group) => group.includes(n)) ?? [];
          for (const alt of synonyms) i ??= byNorm.get(alt);
        }
        if (i === undefined) {
          problems.error({
            line: headerLine,
            code: 'budget.missing_level',
            value: name,
            expected: msg('budget.missing_level.expected', { name }),
            message: msg('budget.missing_level', { name, headers: headers.join(', ') }),
          });
        } else levelIdx.push(i);
      }
    } else {
      const numbered: [number, number][] = [];
      // A sidecar may name a column a level too (`columns: {Programa: level_1}`).
      const mapped = new Map(
        Object.entries({ ...declaredDialect.columns, ...options.dialect?.columns }).map(
          ([h, key]) => [normaliseHeader(h), normaliseHeader(key)],
        ),
      );
      headers.forEach((h, i) => {
        const n = normaliseHeader(h);
        const m = LEVEL_RE.exec(mapped.get(n) ?? n);
        if (m) numbered.push([+m[1], i]);
      });
      numbered.sort((a, b) => a[0] - b[0]);
      for (const [, i] of numbered) levelIdx.push(i);
    }
    const levelSet = new Set(levelIdx);
    selectors = rowSelectors(headers, headerLine, facts.rows ?? {});
    // Level columns are levels even when named like an alias (`Fuente`), and a column that
    // selects the rows says nothing of a kept row: match the rest only.
    const unread = new Set(levelSet);
    for (const s of selectors) if (!isYearHeader(headers[s.index])) unread.add(s.index);
    const masked = { ...header, headers: headers.map((h, i) => (unread.has(i) ? '' : h)) };
    const match = matchTable(masked, BUDGET_ALIASES, options);
    vigenciaBesideYear(match, headers, { ...declaredDialect.columns, ...options.dialect?.columns });
    projectNameBesideName(match, headers, {
      ...declaredDialect.columns,
      ...options.dialect?.columns,
    });
    // Two columns of one amount (CUIPO's APROPIACION_INICIAL on expense rows and
    // PRESUPUESTO_INICIAL on income rows) are both read: each row fills one of them.
    const amountKeys = new Set<string>(BUDGET_AMOUNT_KEYS);
    const sameAmount = match.duplicates.filter((d) => amountKeys.has(d.key));
    // Any other column whose key another column took (CUIPO's TRIMESTRE beside PERIODO) stays
    // in the line as written, an extra column: it was dropped without a word.
    for (const d of match.duplicates)
      if (!amountKeys.has(d.key)) match.extra.set(d.index, d.header);
    match.duplicates = [];
    for (const i of unread) match.extra.delete(i);
    const keys = match.keys;
    checkMapping(headers, headerLine, { ...declaredDialect.columns, ...options.dialect?.columns });
    for (const key of Object.keys(constants)) {
      const index = keys.get(key);
      if (index === undefined) continue;
      problems.error({
        line: headerLine,
        column: index + 1,
        header: headers[index],
        value: constants[key],
        code: 'budget.constant_and_column',
        expected: msg('budget.constant_and_column.expected', { key }),
        message: msg('budget.constant_and_column', { key }),
      });
    }

    // Without a year, the columns of years only: the fix is to map one (columns:) or, with
    // none, to give the year of the whole file (constants:), said once the rows are read.
    if (constants.fiscal_year === undefined && !keys.has('fiscal_year')) {
      const years = new Map([...match.extra.keys()].map((i) => [i, false]));
      const at = problems.errors.length;
      yearLike = { columns: years, require: () => requireYear(header, match, years, at) };
    }
    // `first`: the column of the same amount that a row's figure is read from before this one.
    const amountCols: { key: BudgetAmountKey; index: number; header: string; first?: number }[] =
      [];
    for (const key of BUDGET_AMOUNT_KEYS) {
      const index = keys.get(key);
      if (index === undefined) continue;
      amountCols.push({ key, index, header: headers[index] });
      for (const d of sameAmount)
        if (d.key === key) amountCols.push({ key, index: d.index, header: d.header, first: index });
    }
    amountColumns = amountCols;
    parentColumn = keys.has('parent_code');
    levelColumns = levelIdx.length > 0;
    if (amountCols.length === 0) {
      problems.error({
        line: headerLine,
        code: 'budget.no_amount_column',
        expected: msg('budget.no_amount_column.expected'),
        message: msg('budget.no_amount_column', { headers: headers.join(', ') }),
      });
    }

    // The number format: declared, else proved by the first value that proves it.
    const declared = declaredFormat(options, header);
    let decision: NumberFormatDecision = declared
      ? { format: declared, source: 'declared' }
      : { format: undefined, source: 'undecided' };
    let decided = declared !== undefined;
    const deferred: Deferred[] = [];
    const markers = markersOf(options);
    const resolve = () => {
      for (const d of deferred) {
        const r = parseAmount(d.raw, decision.format, markers);
        if (typeof r === 'string') d.record.amounts[d.key] = r;
        else if ('error' in r) numberCellError(problems, d.line, d.column, d.header, r, decision);
      }
      deferred.length = 0;
    };
    const detect = (rows: CsvRow[]) => {
      function* values(): Generator<string> {
        for (const row of rows)
          for (const c of amountCols) if (c.index < row.cells.length) yield row.cells[c.index];
      }
      const found = detectNumberFormat(values());
      if (found.source === 'proved') {
        decision = found;
        decided = true;
        resolve();
      }
    };

    const yearIdx = keys.get('fiscal_year');
    const codeIdx = keys.get('code');
    const parentIdx = keys.get('parent_code');
    const nameIdx = keys.get('name');
    const periodIdx = keys.get('period');
    const sectionIdx = keys.get('section');
    if (periodIdx !== undefined) periodColumn = { index: periodIdx, header: headers[periodIdx] };
    const constantYear = constants.fiscal_year;
    const constantFlow = constants.flow === undefined ? undefined : enumValue(constants.flow, FLOW);
    const constantSource = constants.funding_source;
    const bpinIdx = keys.get('bpin');
    const flowIdx = keys.get('flow');
    if (flowIdx !== undefined)
      Object.assign(flowColumn, { index: flowIdx, header: headers[flowIdx] });
    const fundIdx = keys.get('funding_source');
    const labelIdx = keys.get('citizen_label');
    const vigenciaIdx = keys.get('expense_vigencia');
    if (vigenciaIdx !== undefined)
      vigenciaColumn = { index: vigenciaIdx, header: headers[vigenciaIdx] };
    const extraIdx = extraNames(match.extra);
    const nAmounts = amountCols.length;

    reader = (rows) => {
      if (!decided) detect(rows);
      const format = decision.format;
      for (const row of rows) {
        const cells = row.cells;
        if (selectors.length > 0 && !isSelected(cells, selectors)) continue;
        const line = row.line;
        const fiscalYear = constantYear ?? cellAt(cells, yearIdx);
        if (yearLike) noteYearLike(yearLike.columns, cells);
        if (yearIdx !== undefined) {
          if (fiscalYear === '')
            requiredValueError(problems, line, yearIdx + 1, headers[yearIdx], 'fiscal_year');
          else if (!YEAR_RE.test(fiscalYear)) {
            problems.error({
              line,
              column: yearIdx + 1,
              header: headers[yearIdx],
              value: fiscalYear,
              code: 'budget.invalid_year',
              expected: msg('budget.invalid_year.expected'),
              message: msg('budget.invalid_year'),
            });
          }
        }
        const levels: string[] = new Array(levelIdx.length);
        for (let l = 0; l < levelIdx.length; l++) {
          levels[l] = cellAt(cells, levelIdx[l]);
          // A line without one of its levels cannot be placed in the hierarchy, nor summed.
          // (A cell beyond the end of a short row is already reported as a ragged row.)
          if (levels[l].trim() === '' && levelIdx[l] < cells.length) {
            const header = headers[levelIdx[l]];
            problems.error({
              line,
              column: levelIdx[l] + 1,
              header,
              value: levels[l],
              code: 'budget.empty_level',
              expected: msg('budget.empty_level.expected', { header }),
              message: msg('budget.empty_level', { header }),
            });
          }
        }
        const depth = levelDepth(levels, markers);
        if (depth < levels.length) {
          const below = levels.findIndex(
            (v, l) => l > depth && missingKind(v, markers) === undefined,
          );
          if (below >= 0) {
            const [header, value] = [headers[levelIdx[depth]], levels[depth]];
            problems.error({
              line,
              column: levelIdx[depth] + 1,
              header,
              value,
              code: 'budget.level_after_missing',
              expected: msg('budget.level_after_missing.expected', { header, value }),
              message: msg('budget.level_after_missing', {
                header,
                value,
                below: headers[levelIdx[below]],
              }),
            });
          }
          levels.length = depth;
        }
        const amounts: Partial<Record<BudgetAmountKey, string>> = {};
        let flow: 'expense' | 'income' = constantFlow ?? 'expense';
        if (flowIdx !== undefined) {
          const raw = cellAt(cells, flowIdx);
          if (raw !== '') {
            const f = enumValue(raw, FLOW);
            if (f) {
              flow = f;
              flowColumn.read = true;
            } else flowColumn.refused.push({ line, raw });
          }
        }
        const record: BudgetLine = {
          fiscalYear,
          levels,
          flow,
          amounts,
          extra: {},
          origin: { file, line },
        };
        if (vigenciaIdx !== undefined) noteVigencia(record, cellAt(cells, vigenciaIdx).trim());
        for (let a = 0; a < nAmounts; a++) {
          const col = amountCols[a];
          if (col.index >= cells.length) continue;
          const cell = cells[col.index];
          if (col.first !== undefined) {
            // A second column of the same amount: read where the first is empty; the same
            // figure in both is one figure; two different ones are an error, never a choice.
            if (noAmount(cell, markers)) continue;
            const first = cells[col.first] ?? '';
            if (!noAmount(first, markers)) {
              if (first.trim() !== cell.trim())
                problems.error({
                  line,
                  column: col.index + 1,
                  header: col.header,
                  value: cell.trim(),
                  code: 'budget.amount_columns_differ',
                  expected: msg('budget.amount_columns_differ.expected', {
                    header: col.header,
                    first: headers[col.first],
                  }),
                  message: msg('budget.amount_columns_differ', {
                    first: headers[col.first],
                    value: first.trim(),
                  }),
                });
              continue;
            }
            if (record.missing) delete record.missing[col.key];
          }
          if (isAccountingZero(cell)) {
            amounts[col.key] = '0';
            accountingZeros.push({ line, column: col.index + 1, header: col.header, raw: cell });
            continue;
          }
          const r = parseAmount(cell, format, markers);
          if (typeof r === 'string') amounts[col.key] = r;
          else if ('missing' in r) (record.missing ??= {})[col.key] = r.missing;
          else if ('error' in r) {
            if (!decided && r.error === 'number.ambiguous') {
              const d = {
                record,
                key: col.key,
                raw: r.raw,
                line,
                column: col.index + 1,
                header: col.header,
              };
              deferred.push(d);
            } else numberCellError(problems, line, col.index + 1, col.header, r, decision);
          }
        }
        if (codeIdx !== undefined) {
          const v = cellAt(cells, codeIdx);
          if (v) record.code = v;
        }
        if (parentIdx !== undefined) {
          const v = cellAt(cells, parentIdx);
          if (v) record.parentCode = v;
        }
        if (nameIdx !== undefined) {
          const v = cellAt(cells, nameIdx);
          if (v) record.name = v;
        }
        if (periodIdx !== undefined) {
          const v = cellAt(cells, periodIdx).trim();
          if (v) record.period = v;
        }
        if (sectionIdx !== undefined) {
          const v = cellAt(cells, sectionIdx);
          if (v) record.section = v;
        }
        if (bpinIdx !== undefined) {
          const v = cellAt(cells, bpinIdx);
          if (v) record.bpin = v;
        }
        if (fundIdx !== undefined) {
          const v = cellAt(cells, fundIdx);
          if (v) record.fundingSource = v;
        } else if (constantSource !== undefined) record.fundingSource = constantSource;
        if (labelIdx !== undefined) {
          const v = cellAt(cells, labelIdx);
          if (v) record.citizenLabel = v;
        }
        for (let e = 0; e < extraIdx.length; e++) {
          const [i, h] = extraIdx[e];
          setField(record.extra, h, i < cells.length ? cells[i] : '');
        }
        records.push(record);
      }
    };

    finish = () => {
      if (decided || deferred.length === 0) return;
      const sample = deferred[0].raw;
      if (options.defaultNumberFormat) {
        decision = { format: options.defaultNumberFormat, source: 'default', ambiguous: sample };
        problems.warning({
          line: 0,
          code: 'number.format_from_site_default',
          value: sample,
          expected: msg('number.format_from_site_default.expected'),
          message: msg('number.format_from_site_default', {
            ambiguous: sample,
            format: decision.format ?? '?',
          }),
        });
      } else decision = { format: undefined, source: 'undecided', ambiguous: sample };
      resolve();
    };
  };

  const refuseFlows = () => {
    const { index, header, read, refused } = flowColumn;
    const allowed = ['gasto/expense', 'ingreso/income'];
    if (read || refused.length === 0) {
      for (const r of refused) enumError(problems, r.line, index + 1, header, r.raw, allowed);
      return;
    }
    const values = [...new Set(refused.map((r) => r.raw))];
    problems.error({
      line: refused[0].line,
      column: index + 1,
      header,
      value: refused[0].raw,
      code: 'budget.flow_column_not_flow',
      expected: msg('budget.flow_column_not_flow.expected', { header }),
      message: msg('budget.flow_column_not_flow', {
        header,
        count: refused.length,
        values: values.slice(0, 5).join(', ') + (values.length > 5 ? '…' : ''),
      }),
    });
  };

  let table: CsvTable;
  if (isTable(input)) {
    table = input;
    setup(table.headers, table.headerLine);
    reader?.(table.rows);
  } else {
    table = scanCsv(input, { file, dialect: options.dialect }, (rows, headers, headerLine) => {
      if (!reader) setup(headers, headerLine);
      reader?.(rows);
    });
    if (!reader) setup(table.headers, table.headerLine);
  }
  finish?.();
  refuseFlows();
  yearLike?.require();
  for (const s of selectors) if (!s.matched) unmatchedSelector(s);
  refuseSeveralVigencias();
  if (facts.periods === 'cumulative') keepLatestCutOffs();
  // Rows read, yet no amount cell of any of them holds a figure or a marker: the figures are
  // in columns of other names (CUIPO's income execution, TOTAL_RECAUDO). Never a budget of
  // nothing.
  if (
    problems.errors.length + table.errors.length === 0 &&
    records.length > 0 &&
    amountColumns.length > 0 &&
    records.every(
      (r) =>
        Object.keys(r.amounts).length === 0 &&
        Object.values(r.missing ?? {}).every((kind) => kind === 'empty'),
    )
  ) {
    problems.error({
      line: table.headerLine,
      code: 'budget.no_figures',
      expected: msg('budget.no_figures.expected'),
      message: msg('budget.no_figures', {
        count: records.length,
        headers: [...new Set(amountColumns.map((c) => `«${c.header}»`))].join(', '),
      }),
    });
  }
  if (accountingZeros.length > 0) {
    const first = accountingZeros[0];
    problems.warning({
      line: first.line,
      column: first.column,
      header: first.header,
      value: first.raw,
      code: 'budget.accounting_zero',
      expected: msg('budget.accounting_zero.expected'),
      message: msg('budget.accounting_zero', {
        count: accountingZeros.length,
        first: first.raw.trim(),
      }),
    });
  }
  const places = facts.scale === undefined ? 0 : facts.scale.length - 1;
  if (places > 0) {
    for (const r of records)
      for (const key in r.amounts) {
        const k = key as BudgetAmountKey;
        r.amounts[k] = shiftDecimal(r.amounts[k]!, places);
      }
  }
  const structure = structureBudget(records, {
    file,
    parentColumn,
    ...(periodColumn ? { periodColumn } : {}),
    levelColumns,
    amountColumns,
    problems,
    ...(facts.codeHierarchy ? { codeHierarchy: facts.codeHierarchy } : {}),
  });
  return {
    records: structure.details,
    aggregates: structure.aggregates,
    totals: structure.totals,
    facts,
    errors: sortErrors(withRows([...table.errors, ...problems.errors], table.rowShifts)),
    warnings: sortErrors(withRows([...table.warnings, ...problems.warnings], table.rowShifts)),
  };

  /** The missing year, with the column of years that may be it, or the constant that gives it. */
  function requireYear(
    header: Pick<CsvTable, 'headers' | 'headerLine'>,
    match: HeaderMatch,
    years: ReadonlyMap<number, boolean>,
    at: number,
  ): void {
    const column = [...years].find(([, only]) => only)?.[0];
    const end = problems.errors.length;
    requireColumns(header, match, ['fiscal_year'], BUDGET_ALIASES, problems, {
      likely: { fiscal_year: column === undefined ? null : header.headers[column] },
      constants: { fiscal_year: '2025' },
    });
    // First among the header's problems, where it was before the rows were read.
    problems.errors.splice(at, 0, ...problems.errors.splice(end));
  }

  /** The sidecar's `rows`, each column found in the file (or reported with the closest). */
  function rowSelectors(
    headers: string[],
    headerLine: number,
    rows: Record<string, string>,
  ): RowSelector[] {
    const out: RowSelector[] = [];
    for (const [header, value] of Object.entries(rows)) {
      const index = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(header));
      if (index >= 0) {
        out.push({ header, index, value, folded: foldValue(value), matched: false, seen: [] });
        continue;
      }
      problems.error({
        line: headerLine,
        header,
        value: header,
        code: 'budget.rows_unknown_column',
        expected: msg('budget.unknown_column.expected', { headers: headers.join(', ') }),
        message: withHint(
          msg('budget.rows_unknown_column', { header }),
          didYouMean(header, headers),
        ),
      });
    }
    return out;
  }

  /** A selected value no row has: nothing is shown rather than another value guessed. */
  function unmatchedSelector(s: RowSelector): void {
    problems.error({
      line: 0,
      header: s.header,
      value: s.value,
      code: 'budget.rows_value_missing',
      expected: msg('budget.rows_value_missing.expected', {
        values: s.seen.slice(0, 10).join(', ') + (s.seen.length > 10 ? '…' : ''),
      }),
      message: withHint(
        msg('budget.rows_value_missing', { header: s.header, value: s.value }),
        didYouMean(s.value, s.seen),
      ),
    });
  }

  /**
   * A year whose rows execute several years' appropriations (CUIPO's VIGENCIA ACTUAL beside
   * RESERVAS): adding them would count last year's reserves as this year's spending.
   */
  function refuseSeveralVigencias(): void {
    if (!vigenciaColumn) return;
    for (const [key, seen] of vigencias) {
      if (seen.size < 2) continue;
      const [[first], [second, line]] = [...seen];
      problems.error({
        line,
        column: vigenciaColumn.index + 1,
        header: vigenciaColumn.header,
        value: second,
        code: 'budget.several_expense_vigencias',
        expected: msg('budget.several_expense_vigencias.expected', {
          header: vigenciaColumn.header,
          value: first,
        }),
        message: msg('budget.several_expense_vigencias', {
          fiscalYear: key.split(' ')[0],
          header: vigenciaColumn.header,
          values: [...seen.keys()].join(', '),
        }),
      });
    }
  }

  /**
   * `periods: cumulative`: of each year and flow, only the rows of its latest cut-off are read
   * (each cut-off already holds the earlier ones), and the check output says which.
   */
  function keepLatestCutOffs(): void {
    const column = periodColumn;
    if (!column) {
      problems.error({
        line: 0,
        header: 'periods',
        value: 'cumulative',
        code: 'budget.periods_without_column',
        expected: msg('budget.periods_without_column.expected'),
        message: msg('budget.periods_without_column'),
      });
      return;
    }
    const cutOffs = new Map<string, { fiscalYear: string; periods: Map<string, number> }>();
    for (const r of records) {
      if (r.period === undefined) continue;
      const key = `${r.fiscalYear} ${r.flow}`;
      let year = cutOffs.get(key);
      if (!year) cutOffs.set(key, (year = { fiscalYear: r.fiscalYear, periods: new Map() }));
      if (!year.periods.has(r.period)) year.periods.set(r.period, r.origin.line);
    }
    const latest = new Map<string, string>();
    for (const [key, { fiscalYear, periods }] of cutOffs) {
      const sorted = [...periods.keys()].sort((a, b) =>
        a.localeCompare(b, 'es', { numeric: true }),
      );
      const last = sorted[sorted.length - 1];
      latest.set(key, last);
      if (sorted.length < 2) continue;
      problems.warning({
        line: periods.get(last)!,
        column: column.index + 1,
        header: column.header,
        value: last,
        code: 'budget.cumulative_periods',
        expected: msg('budget.cumulative_periods.expected'),
        message: msg('budget.cumulative_periods', {
          fiscalYear,
          count: sorted.length,
          header: column.header,
          list: sorted.slice(0, 6).join(', ') + (sorted.length > 6 ? '…' : ''),
          latest: last,
        }),
      });
    }
    let kept = 0;
    for (const r of records) {
      if (r.period === undefined || latest.get(`${r.fiscalYear} ${r.flow}`) === r.period)
        records[kept++] = r;
    }
    records.length = kept;
  }

  /** A sidecar mapping that names a key no budget has, or a header the file lacks. */
  function checkMapping(headers: string[], headerLine: number, columns: Record<string, string>) {
    const validKeys = Object.keys(BUDGET_ALIASES);
    for (const [header, key] of Object.entries(columns)) {
      if (!validKeys.includes(key) && !LEVEL_KEY_RE.test(key)) {
        const hint = didYouMean(key, validKeys);
        problems.error({
          line: 0,
          header,
          value: key,
          code: 'budget.unknown_key',
          expected: msg('budget.unknown_key.expected', { keys: validKeys.join(', ') }),
          message: withHint(msg('budget.unknown_key', { header, key }), hint),
        });
      }
      if (!headers.some((h) => normaliseHeader(h) === normaliseHeader(header))) {
        const hint = didYouMean(header, headers);
        problems.error({
          line: headerLine,
          header,
          value: header,
          code: 'budget.unknown_column',
          expected: msg('budget.unknown_column.expected', { headers: headers.join(', ') }),
          message: withHint(msg('budget.unknown_column', { header }), hint),
        });
      }
    }
  }
}

const LEVEL_KEY_RE = /^(?:level|nivel)_?\d+$/;

/** One column of the sidecar's `rows` and the value whose rows are read. */
interface RowSelector {
  header: string;
  index: number;
  value: string;
  folded: string;
  /** Whether some row has the value. */
  matched: boolean;
  /** The column's values met, as written (at most SEEN_VALUES), for «did you mean». */
  seen: string[];
}

const SEEN_VALUES = 200;

/** A cell as a selector compares it: trimmed, without case or accents. */
function foldValue(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

/**
 * How many of a line's levels are levels: those before the first that holds a missing
 * marker (CUIPO's «No Aplica» in `CUENTA_NIVEL_07`…), which is no level: the line sits at
 * its parent. An empty cell is no marker here (it is reported: the line cannot be placed).
 */
function levelDepth(levels: readonly string[], markers?: MissingMarkers): number {
  const depth = levels.findIndex((v) => v !== '' && missingKind(v, markers) !== undefined);
  return depth < 0 ? levels.length : depth;
}

/** A cell that reads as a recent year (1900-2099), not any four digits (`1101`, an entity code). */
const PLAUSIBLE_YEAR_RE = /^(19|20)\d\d$/;

/**
 * Keeps, among `columns` (index -> a year seen), those whose cells in `cells` are years or
 * empty: what remains with a year seen is a column of years only.
 */
function noteYearLike(columns: Map<number, boolean>, cells: readonly string[]): void {
  for (const i of columns.keys()) {
    const value = cellAt(cells, i);
    if (value === '') continue;
    if (PLAUSIBLE_YEAR_RE.test(value)) columns.set(i, true);
    else columns.delete(i);
  }
}

/** Whether a row has every selected value (each selector notes the values it meets). */
function isSelected(cells: readonly string[], selectors: readonly RowSelector[]): boolean {
  let selected = true;
  for (const s of selectors) {
    const raw = cellAt(cells, s.index).trim();
    const folded = foldValue(raw);
    if (folded === s.folded) s.matched = true;
    else {
      selected = false;
      if (s.seen.length < SEEN_VALUES && !s.seen.includes(raw)) s.seen.push(raw);
    }
  }
  return selected;
}

const YEAR_HEADERS = new Set(['fiscal_year', ...BUDGET_ALIASES.fiscal_year].map(normaliseHeader));

/** A fiscal-year column stays the rows' year even when it selects them. */
function isYearHeader(header: string): boolean {
  return YEAR_HEADERS.has(normaliseHeader(header));
}

/** The file-level facts a sidecar declares, checked. */
function readFacts(options: BudgetOptions, problems: Problems): BudgetFacts {
  const facts: BudgetFacts = {};
  const bad = (key: string, value: string, expected: MessageRef) =>
    problems.error({
      line: 0,
      header: key,
      value,
      code: 'budget.invalid_fact',
      expected,
      message: msg('budget.invalid_fact', { key }),
    });
  if (options.scale !== undefined) {
    const raw = options.scale.trim().toLowerCase();
    const scale = Object.hasOwn(SCALE_WORDS, raw) ? SCALE_WORDS[raw] : raw;
    if (/^10*$/.test(scale)) {
      if (scale !== '1') facts.scale = scale;
    } else bad('scale', options.scale, msg('budget.invalid_fact.scale.expected'));
  }
  if (options.codeHierarchy !== undefined) {
    const v = options.codeHierarchy.trim().toLowerCase();
    if (v === 'prefix' || v === 'none') facts.codeHierarchy = v;
    else
      bad(
        'code_hierarchy',
        options.codeHierarchy,
        msg('budget.invalid_fact.code_hierarchy.expected'),
      );
  }
  if (options.currency !== undefined) {
    const code = options.currency.trim().toUpperCase();
    if (isCurrencyCode(code)) facts.currency = code;
    else bad('currency', options.currency, msg('budget.invalid_fact.currency.expected'));
  }
  if (options.periods !== undefined) {
    if (options.periods.trim().toLowerCase() === 'cumulative') facts.periods = 'cumulative';
    else bad('periods', options.periods, msg('budget.invalid_fact.periods.expected'));
  }
  if (options.rows !== undefined && Object.keys(options.rows).length > 0)
    facts.rows = { ...options.rows };
  if (options.asOf !== undefined) {
    const d = parseDate(options.asOf);
    if (d) facts.asOf = d;
    else bad('as_of', options.asOf, msg('budget.invalid_fact.as_of.expected'));
  }
  if (options.constants) {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(options.constants)) {
      if (!(BUDGET_CONSTANT_KEYS as readonly string[]).includes(key)) {
        const hint = didYouMean(key, BUDGET_CONSTANT_KEYS);
        problems.error({
          line: 0,
          header: 'constants',
          value: key,
          code: 'budget.unknown_key',
          expected: msg('budget.unknown_constant.expected', {
            keys: BUDGET_CONSTANT_KEYS.join(', '),
          }),
          message: withHint(msg('budget.unknown_constant', { key }), hint),
        });
        continue;
      }
      if (key === 'fiscal_year' && !YEAR_RE.test(value)) {
        bad(
          'constants.fiscal_year',
          value,
          msg('budget.invalid_fact.constants.fiscal_year.expected'),
        );
        continue;
      }
      if (key === 'flow' && !enumValue(value, FLOW)) {
        bad('constants.flow', value, msg('budget.invalid_fact.constants.flow.expected'));
        continue;
      }
      out[key] = value;
    }
    if (Object.keys(out).length) facts.constants = out;
  }
  return facts;
}

const PROJECT_NAME = new Set(PROJECT_NAME_HEADERS.map(normaliseHeader));

/** A cell that gives no figure: empty or a missing marker (an accounting zero is a 0). */
function noAmount(cell: string, markers?: MissingMarkers): boolean {
  return !isAccountingZero(cell) && missingKind(cell.trim(), markers) !== undefined;
}

/**
 * A line's name is its own column's (`Nombre`, `Descripción`) over its project's (`Nombre del
 * proyecto`); a column the sidecar maps to `name` goes first. The other columns that name the
 * line stay in the line as written (extra columns), as a project's name did before it named
 * lines.
 */
function projectNameBesideName(
  match: HeaderMatch,
  headers: readonly string[],
  declared: Record<string, string>,
): void {
  const first = match.keys.get('name');
  const more = match.duplicates.filter((d) => d.key === 'name');
  if (first === undefined || more.length === 0) return;
  const named = new Set(Object.keys(declared).map(normaliseHeader));
  const rank = (i: number) => {
    const n = normaliseHeader(headers[i]);
    return named.has(n) ? 0 : PROJECT_NAME.has(n) ? 2 : 1;
  };
  const columns = [first, ...more.map((d) => d.index)];
  const chosen = columns.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  match.keys.set('name', chosen);
  match.duplicates = match.duplicates.filter((d) => d.key !== 'name');
  for (const i of columns) if (i !== chosen) match.extra.set(i, headers[i]);
}

/**
 * The Contraloría's format for universities (IES) names the year `Anio` and which year's
 * appropriation a figure executes `Vigencia` (`Actual`, `Reservas`, `CxP`). Beside another
 * year column, a `vigencia` column is that expense vigencia, not a second year: read as the
 * year, it refused the file; kept aside, it added this year's figures to last year's reserves.
 */
function vigenciaBesideYear(
  match: HeaderMatch,
  headers: readonly string[],
  declared: Record<string, string>,
): void {
  if (match.keys.has('expense_vigencia')) return;
  const first = match.keys.get('fiscal_year');
  const years = match.duplicates.filter((d) => d.key === 'fiscal_year');
  if (first === undefined || years.length !== 1) return;
  const both = [first, years[0].index];
  const isVigencia = (i: number) => normaliseHeader(headers[i]) === 'vigencia';
  const named = new Set(Object.keys(declared).map(normaliseHeader));
  const vigencia = both.find(isVigencia);
  if (vigencia === undefined || named.has('vigencia')) return;
  const year = both.find((i) => i !== vigencia)!;
  if (isVigencia(year)) return;
  match.keys.set('fiscal_year', year);
  match.keys.set('expense_vigencia', vigencia);
  match.duplicates.splice(match.duplicates.indexOf(years[0]), 1);
}
