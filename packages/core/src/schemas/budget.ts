/** Budget lines (`budget/*.csv`), amounts kept as exact decimal strings. */
import { BUDGET_ALIASES, normaliseHeader } from '../headers.ts';
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
import { withHint } from '../suggest.ts';

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

const FLOW: Record<string, 'expense' | 'income'> = {
  expense: 'expense',
  expenses: 'expense',
  gasto: 'expense',
  gastos: 'expense',
  egreso: 'expense',
  egresos: 'expense',
  income: 'income',
  revenue: 'income',
  ingreso: 'income',
  ingresos: 'income',
};

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
const YEAR_RE = /^\d{4}$/;

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
  let amountColumns: { key: BudgetAmountKey; index: number; header: string }[] = [];
  let parentColumn = false;
  let periodColumn: { index: number; header: string } | undefined;
  let levelColumns = false;
  let reader: ((rows: CsvRow[]) => void) | undefined;
  let finish: (() => void) | undefined;
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
    // Level columns are levels even when named like an alias (`Fuente`): match the rest only.
    const masked = { ...header, headers: headers.map((h, i) => (levelSet.has(i) ? '' : h)) };
    const match = matchTable(masked, BUDGET_ALIASES, options);
    for (const i of levelSet) match.extra.delete(i);
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

    if (constants.fiscal_year === undefined)
      requireColumns(header, match, ['fiscal_year'], BUDGET_ALIASES, problems);
    const amountCols: { key: BudgetAmountKey; index: number; header: string }[] = [];
    for (const key of BUDGET_AMOUNT_KEYS) {
      const index = keys.get(key);
      if (index !== undefined) amountCols.push({ key, index, header: headers[index] });
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
    if (periodIdx !== undefined) periodColumn = { index: periodIdx, header: headers[periodIdx] };
    const constantYear = constants.fiscal_year;
    const constantFlow = constants.flow === undefined ? undefined : enumValue(constants.flow, FLOW);
    const constantSource = constants.funding_source;
    const bpinIdx = keys.get('bpin');
    const flowIdx = keys.get('flow');
    const fundIdx = keys.get('funding_source');
    const labelIdx = keys.get('citizen_label');
    const extraIdx = extraNames(match.extra);
    const nAmounts = amountCols.length;

    reader = (rows) => {
      if (!decided) detect(rows);
      const format = decision.format;
      for (const row of rows) {
        const cells = row.cells;
        const line = row.line;
        const fiscalYear = constantYear ?? cellAt(cells, yearIdx);
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
        const amounts: Partial<Record<BudgetAmountKey, string>> = {};
        let flow: 'expense' | 'income' = constantFlow ?? 'expense';
        if (flowIdx !== undefined) {
          const raw = cellAt(cells, flowIdx);
          if (raw !== '') {
            const f = enumValue(raw, FLOW);
            if (f) flow = f;
            else
              enumError(problems, line, flowIdx + 1, headers[flowIdx], raw, [
                'gasto/expense',
                'ingreso/income',
              ]);
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
        for (let a = 0; a < nAmounts; a++) {
          const col = amountCols[a];
          if (col.index >= cells.length) continue;
          const cell = cells[col.index];
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

/** A currency Intl can format: three capital letters it knows (`EUR`), not a symbol (`€`). */
export function isCurrencyCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    /^[A-Z]{3}$/.test(code) &&
    Intl.supportedValuesOf('currency').includes(code)
  );
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
