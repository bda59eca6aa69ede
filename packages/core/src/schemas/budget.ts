/** Budget lines (`budget/*.csv`), amounts kept as exact decimal strings. */
import { BUDGET_ALIASES, normaliseHeader } from '../headers.ts';
import { parseAmount } from '../numbers.ts';
import type { BudgetAmountKey, BudgetLine, ReadResult } from '../types.ts';
import {
  Problems,
  cellAt,
  decideFormat,
  enumError,
  enumValue,
  matchTable,
  numberCellError,
  requireColumns,
  requiredValueError,
  toTable,
} from './common.ts';
import type { CsvInput, SchemaOptions } from './common.ts';

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

/** Reads budget lines. Every problem of the file is collected; lines with errors are still returned. */
export function readBudget(input: CsvInput, options: BudgetOptions): ReadResult<BudgetLine> {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const headers = table.headers;

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
          line: table.headerLine,
          code: 'budget.missing_level',
          value: name,
          expected: {
            es: `una columna «${name}» (budget.levels)`,
            en: `a column «${name}» (budget.levels)`,
          },
          message: {
            es: `No hay columna para el nivel «${name}» (encabezados: ${headers.join(', ')})`,
            en: `No column for level «${name}» (headers: ${headers.join(', ')})`,
          },
        });
      } else levelIdx.push(i);
    }
  } else {
    const numbered: [number, number][] = [];
    headers.forEach((h, i) => {
      const m = LEVEL_RE.exec(normaliseHeader(h));
      if (m) numbered.push([+m[1], i]);
    });
    numbered.sort((a, b) => a[0] - b[0]);
    for (const [, i] of numbered) levelIdx.push(i);
  }
  const levelSet = new Set(levelIdx);
  // Level columns are levels even when named like an alias (`Fuente`): match the rest only.
  const masked = { ...table, headers: headers.map((h, i) => (levelSet.has(i) ? '' : h)) };
  const match = matchTable(masked, BUDGET_ALIASES, options);
  for (const i of levelSet) match.extra.delete(i);
  const keys = match.keys;

  requireColumns(table, match, ['fiscal_year'], BUDGET_ALIASES, problems);
  const amountCols: { key: BudgetAmountKey; index: number; header: string }[] = [];
  for (const key of BUDGET_AMOUNT_KEYS) {
    const index = keys.get(key);
    if (index !== undefined) amountCols.push({ key, index, header: headers[index] });
  }
  if (amountCols.length === 0) {
    problems.error({
      line: table.headerLine,
      code: 'budget.no_amount_column',
      expected: {
        es: 'al menos una columna de valores: apropiación inicial, apropiación vigente, CDP, compromisos, obligaciones, pagos o valor',
        en: 'at least one amount column: initial/current appropriation, cdp, commitments, obligations, payments or amount',
      },
      message: {
        es: `No hay ninguna columna de valores (encabezados: ${headers.join(', ')})`,
        en: `There is no amount column (headers: ${headers.join(', ')})`,
      },
    });
  }

  const decision = decideFormat(
    table,
    amountCols.map((a) => a.index),
    options,
    problems,
  );
  const format = decision.format;

  const yearIdx = keys.get('fiscal_year');
  const codeIdx = keys.get('code');
  const bpinIdx = keys.get('bpin');
  const flowIdx = keys.get('flow');
  const fundIdx = keys.get('funding_source');
  const labelIdx = keys.get('citizen_label');
  const extraIdx = [...match.extra.entries()];
  const nAmounts = amountCols.length;
  const file = table.file;
  const records: BudgetLine[] = [];

  for (const row of table.rows) {
    const cells = row.cells;
    const line = row.line;
    const fiscalYear = cellAt(cells, yearIdx);
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
          expected: { es: 'un año de cuatro cifras (2025)', en: 'a four-digit year (2025)' },
          message: { es: 'no es un año', en: 'is not a year' },
        });
      }
    }
    const levels: string[] = new Array(levelIdx.length);
    for (let l = 0; l < levelIdx.length; l++) levels[l] = cellAt(cells, levelIdx[l]);
    const amounts: Partial<Record<BudgetAmountKey, string>> = {};
    for (let a = 0; a < nAmounts; a++) {
      const col = amountCols[a];
      if (col.index >= cells.length) continue;
      const r = parseAmount(cells[col.index], format);
      if (typeof r === 'string') amounts[col.key] = r;
      else if ('error' in r)
        numberCellError(problems, line, col.index + 1, col.header, r, decision);
    }
    let flow: 'expense' | 'income' = 'expense';
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
    if (codeIdx !== undefined) {
      const v = cellAt(cells, codeIdx);
      if (v) record.code = v;
    }
    if (bpinIdx !== undefined) {
      const v = cellAt(cells, bpinIdx);
      if (v) record.bpin = v;
    }
    if (fundIdx !== undefined) {
      const v = cellAt(cells, fundIdx);
      if (v) record.fundingSource = v;
    }
    if (labelIdx !== undefined) {
      const v = cellAt(cells, labelIdx);
      if (v) record.citizenLabel = v;
    }
    for (let e = 0; e < extraIdx.length; e++) {
      const [i, h] = extraIdx[e];
      record.extra[h] = i < cells.length ? cells[i] : '';
    }
    records.push(record);
  }
  return { records, errors: problems.errors, warnings: problems.warnings };
}
