/**
 * The plan indicativo (`plan/*.csv`) as DNP's layout exports it: eje → sector → programa →
 * meta de producto, each goal with its indicator, baseline, four-year target, expected value
 * per year, planned and executed per quarter and per year, and its money per year. Columns
 * are recognised by their headers and their place: a header written twice (`L.B` for the
 * result goal and for the product goal) belongs to the goal whose block it stands in. The
 * total row is checked against the goals, never added to them. A goal whose baseline or
 * values are free text is kept, marked "no evaluable" with the text and the reason.
 */
import { compareDecimals, subtractDecimals, sumDecimals } from '../decimal.ts';
import { isExactNumber, isMissing, parseAmount, parseNumber } from '../numbers.ts';
import { sortErrors, withRows } from '../errors.ts';
import { msg, type MessageRef } from '../message.ts';
import { didYouMean, withHint } from '../suggest.ts';
import { foldText } from '../text.ts';
import type { CellNumber, ContentError } from '../types.ts';
import {
  Problems,
  cellAt,
  decideFormat,
  extraFields,
  markersOf,
  ownValue,
  numberCellError,
  toTable,
  type CsvInput,
  type SchemaOptions,
} from './common.ts';

export interface PlanOptions extends SchemaOptions {
  /** Warnings (goals that cannot be evaluated, unknown directions) become errors (`--strict`). */
  strict?: boolean;
  /** How goals' yearly figures accumulate, as the sidecar declares it (`accumulation:`). */
  accumulation?: PlanAccumulationDeclaration;
}

/** How a goal's yearly figures accumulate toward its four-year target (plan-target.ts). */
export type PlanAccumulation = 'capacity' | 'flow' | 'stock';

/** The words a sidecar or a column may write for each type, Spanish or English, any case or accents. */
export const PLAN_ACCUMULATION_WORDS: Record<string, PlanAccumulation> = {
  capacidad: 'capacity',
  capacity: 'capacity',
  flujo: 'flow',
  flow: 'flow',
  stock: 'stock',
};

/** A type as written (`Capacidad`), or undefined when it is none of the words. */
export function planAccumulationOf(word: string): PlanAccumulation | undefined {
  return ownValue(PLAN_ACCUMULATION_WORDS, fold(word));
}

/**
 * The sidecar's `accumulation:`: one type for every goal (`all`), a column of the file that
 * gives each goal's (`column`), and types for single goals by code or name (`goals`), which win.
 */
export interface PlanAccumulationDeclaration {
  all?: PlanAccumulation;
  column?: string;
  goals?: Record<string, PlanAccumulation>;
}

export type PlanDirection = 'increase' | 'decrease' | 'maintain';

/** Money per goal and year, as the plan carries it. */
export type PlanMoneyKey =
  | 'financial_plan'
  | 'initial_appropriation'
  | 'current_appropriation'
  | 'commitments'
  | 'obligations'
  | 'payments';

/** A physical value: a number or a missing marker, or the text the cell holds instead. */
export type PlanValue = CellNumber | { text: string };

export type Quarter = 1 | 2 | 3 | 4;

export interface PlanYear {
  expected?: PlanValue;
  /** Planned per quarter (`1` is T1), as published. */
  plannedQuarters?: Partial<Record<Quarter, PlanValue>>;
  executedQuarters?: Partial<Record<Quarter, PlanValue>>;
  plannedTotal?: PlanValue;
  executedTotal?: PlanValue;
  /** Exact decimal strings. */
  money: Partial<Record<PlanMoneyKey, string>>;
  /** Money the file withholds (`PlanReadResult.withheldMoney`): not shown, nothing is measured against it. */
  undecidedMoney?: PlanMoneyKey[];
}

/** Why a goal cannot be evaluated: the cell, as the spreadsheet shows it, and what it holds. */
export interface NotEvaluable {
  column: number;
  header: string;
  text: string;
  reason: MessageRef;
}

export interface PlanGoal {
  /** The product goal (`META DE PRODUCTO`). */
  name: string;
  code?: string;
  eje: string;
  sector?: string;
  program: string;
  subprogram?: string;
  resultGoal?: string;
  /** The result goal's indicator and baseline, as written (the layout's first `L.B`). */
  resultIndicator?: string;
  resultBaseline?: string;
  indicator?: string;
  unit?: string;
  direction?: PlanDirection;
  responsible?: string;
  bpin?: string;
  project?: string;
  baseline?: PlanValue;
  target?: PlanValue;
  /** How its yearly figures accumulate toward the target, when the sidecar declares it. */
  accumulation?: PlanAccumulation;
  years: Record<string, PlanYear>;
  /** The layout's other columns (percentages, supports, statuses), as written. */
  extra: Record<string, string>;
  /** Present when the goal cannot be evaluated; the site shows the text and the reason. */
  notEvaluable?: NotEvaluable[];
  origin: { file: string; line: number };
}

/** One money column of the total row, against the exact sum of the goals. */
export interface PlanTotalCheck {
  year: string;
  key: PlanMoneyKey;
  header: string;
  published: string;
  goalsSum: string;
  reconciles: boolean;
}

/**
 * A money column none of whose figures is shown, nor any total of it: `percent_format`, its
 * cells carry `%` (a percentage format in the workbook multiplies each figure by 100);
 * `columns_disagree`, the same figure is written in two columns with other values.
 */
export interface PlanWithheldMoney {
  year: string;
  key: PlanMoneyKey;
  header: string;
  /** 1-based, as the spreadsheet's column letter is worked out. */
  column: number;
  reason: 'percent_format' | 'columns_disagree';
}

export interface PlanReadResult {
  goals: PlanGoal[];
  /** The plan's years (from its per-year columns), first to last. */
  years: string[];
  baselinePeriod?: string;
  targetPeriod?: string;
  /** The total row's figures checked against the goals; empty when the file has none. */
  totalRow: PlanTotalCheck[];
  totalRowLine?: number;
  /** Money columns withheld whole, so that no sum of them is partial. */
  withheldMoney: PlanWithheldMoney[];
  /** The accumulation the sidecar declared, as applied (a widget over the file needs it too). */
  accumulation?: PlanAccumulationDeclaration;
  errors: ContentError[];
  warnings: ContentError[];
}

/** What a sidecar's `columns:` may name a plan column (`{Meta: goal}`). */
export const PLAN_KEYS = [
  'eje',
  'sector',
  'program',
  'subprogram',
  'result_goal',
  'result_indicator',
  'result_baseline',
  'goal_code',
  'goal',
  'indicator',
  'unit',
  'direction',
  'responsible',
  'bpin',
  'project',
  'baseline',
  'target',
] as const;

type Role = (typeof PLAN_KEYS)[number];

/** Headers as compared: no case or accents, one space between words (dots are kept). */
function fold(h: string): string {
  return foldText(h).replace(/\s+/g, ' ').trim();
}

/** Roles of the goal's identity, by header (the first column that matches). */
const ROLE_PATTERNS: [Role, RegExp][] = [
  ['eje', /^(eje|eje estrategico|linea estrategica|pilar|dimension)$/],
  ['sector', /^(sector|nombre (del? )?sector)$/],
  ['program', /^(programa( pdt)?|nombre del programa|programa presupuestal)$/],
  ['subprogram', /^(subprograma|sub programa)$/],
  ['result_goal', /^meta de resultado$/],
  ['goal_code', /^(cod(igo)?\.? meta (de )?producto|no|n° meta producto)$/],
  ['goal', /^metas? de producto$/],
  ['unit', /^unidad de medida$/],
  ['direction', /^tendencia( (del )?indicador)?$/],
  ['responsible', /^((secretaria|dependencia) )?responsable( de la meta)?$/],
  ['bpin', /^(bpin|codigo bpin|n° banco de proyectos?|n° bando de proyecto)$/],
  ['project', /^nombre del proyecto$/],
];
/** Written twice in the layout (result goal, then product goal): the product's follows the goal. */
const BASELINE_RE = /^(l\.? ?b\.?|linea base)( \((\d{4})\))?$/;
const INDICATOR_RE = /^indicador( de producto)?$/;
const TARGET_RE = /^(valor esperado cuatrienio|meta (del )?cuatrienio|esperado (\d{4}))$/;
const EXPECTED_RE = /^valor esperado (\d{4})$/;
const QUARTER_RE = /^t\.? ?([1-4])\.? (planeado|programado|ejecutado) (\d{4})$/;
const YEAR_TOTAL_RE = /^(?:total (planeado|programado|ejecutado) (\d{4})|(ejecutado) \((\d{4})\))$/;
const MONEY_RE =
  /^(?:(\d{4}) plan financiero.*|(apropiacion inicial|apropiacion definitiva|apropiacion|compromisos|obligaciones|pagos) (\d{4}))$/;
const MONEY_KEY: Record<string, PlanMoneyKey> = {
  'apropiacion inicial': 'initial_appropriation',
  'apropiacion definitiva': 'current_appropriation',
  apropiacion: 'current_appropriation',
  compromisos: 'commitments',
  obligaciones: 'obligations',
  pagos: 'payments',
};

const DIRECTIONS: Record<string, PlanDirection> = {
  i: 'increase',
  incremento: 'increase',
  aumento: 'increase',
  increase: 'increase',
  m: 'maintain',
  mantenimiento: 'maintain',
  mantener: 'maintain',
  maintain: 'maintain',
  d: 'decrease',
  reduccion: 'decrease',
  disminucion: 'decrease',
  decrease: 'decrease',
};

interface Layout {
  roles: Partial<Record<Role, number>>;
  expected: Map<string, number>;
  quarters: { year: string; quarter: Quarter; kind: 'planned' | 'executed'; index: number }[];
  yearTotals: { year: string; kind: 'planned' | 'executed'; index: number }[];
  money: { year: string; key: PlanMoneyKey; index: number; header: string }[];
  /** Money columns refused because the same figure is written twice with other values. */
  duplicateMoney: { year: string; key: PlanMoneyKey; first: number; second: number }[];
  targetYear?: string;
  baselineYear?: string;
}

/** Whether a header row is the plan indicativo's: a product goal with a baseline or yearly values. */
export function isPlanIndicativo(headers: readonly string[]): boolean {
  const folded = headers.map(fold);
  const goal = folded.findIndex((h) => /^metas? de producto$/.test(h));
  return (
    goal >= 0 &&
    folded.some((h) => BASELINE_RE.test(h) || TARGET_RE.test(h)) &&
    folded.some((h) => EXPECTED_RE.test(h) || QUARTER_RE.test(h) || YEAR_TOTAL_RE.test(h))
  );
}

/**
 * The columns' roles: those a sidecar names (`columns: {Meta: goal}`) first, then the
 * layout's headers by pattern and place.
 */
function layoutOf(headers: readonly string[], mapped: ReadonlyMap<number, Role>): Layout {
  const folded = headers.map(fold);
  let goalAt = folded.findIndex((h) => /^metas? de producto$/.test(h));
  for (const [i, role] of mapped) if (role === 'goal') goalAt = i;
  const layout: Layout = {
    roles: Object.fromEntries([...mapped].map(([i, role]) => [role, i])),
    expected: new Map(),
    quarters: [],
    yearTotals: [],
    money: [],
    duplicateMoney: [],
  };
  folded.forEach((h, i) => {
    if (mapped.has(i)) return;
    for (const [role, re] of ROLE_PATTERNS)
      if (re.test(h) && layout.roles[role] === undefined) layout.roles[role] = i;
    // The product goal's own baseline, indicator and target stand after the goal column;
    // the same headers before it are the result goal's.
    const afterGoal = goalAt >= 0 && i > goalAt;
    if (!afterGoal && (INDICATOR_RE.test(h) || h === 'indicador de resultado'))
      layout.roles.result_indicator ??= i;
    if (!afterGoal && BASELINE_RE.test(h)) layout.roles.result_baseline ??= i;
    let m = BASELINE_RE.exec(h);
    if (m && afterGoal && layout.roles.baseline === undefined) {
      layout.roles.baseline = i;
      if (m[3]) layout.baselineYear = m[3];
    }
    if (INDICATOR_RE.test(h) && afterGoal && layout.roles.indicator === undefined)
      layout.roles.indicator = i;
    m = TARGET_RE.exec(h);
    if (m && afterGoal && layout.roles.target === undefined) {
      layout.roles.target = i;
      if (m[3]) layout.targetYear = m[3];
    }
    if ((m = EXPECTED_RE.exec(h))) layout.expected.set(m[1], i);
    if ((m = QUARTER_RE.exec(h)))
      layout.quarters.push({
        year: m[3],
        quarter: +m[1] as Quarter,
        kind: m[2] === 'ejecutado' ? 'executed' : 'planned',
        index: i,
      });
    if ((m = YEAR_TOTAL_RE.exec(h)))
      layout.yearTotals.push({
        year: m[2] ?? m[4],
        kind: (m[1] ?? m[3]) === 'ejecutado' ? 'executed' : 'planned',
        index: i,
      });
    if ((m = MONEY_RE.exec(h))) {
      const year = m[1] ?? m[3];
      const key = m[1] ? 'financial_plan' : MONEY_KEY[m[2]];
      const before = layout.money.find((c) => c.year === year && c.key === key);
      if (before) layout.duplicateMoney.push({ year, key, first: before.index, second: i });
      else layout.money.push({ year, key, index: i, header: headers[i] });
    }
  });
  return layout;
}

const WORD_RE = /\p{L}{2,}/u;
/** A goal cell that names the file's total (`TOTAL`, `Total general`) on a row with no eje. */
const TOTAL_RE = /^(sub\s*-?\s*)?total(es)?\b/;

/**
 * Reads a plan indicativo. Every goal is returned, including those that cannot be evaluated;
 * money problems are errors, physical values that are not numbers are warnings on their goal.
 */
export function readPlan(input: CsvInput, options: PlanOptions): PlanReadResult {
  const table = toTable(input, options);
  const problems = new Problems(table);
  const { headers } = table;
  const layout = layoutOf(headers, mappedColumns());
  const roles = layout.roles;
  const result: PlanReadResult = {
    goals: [],
    years: [],
    totalRow: [],
    withheldMoney: [],
    errors: [],
    warnings: [],
  };
  if (roles.goal === undefined) {
    problems.error({
      line: table.headerLine,
      code: 'plan.no_goal_column',
      expected: msg('plan.no_goal_column.expected'),
      message: msg('plan.no_goal_column', { headers: headers.join(', ') }),
    });
    return finish();
  }
  const markers = markersOf(options);
  const years = new Set<string>([
    ...layout.expected.keys(),
    ...layout.quarters.map((q) => q.year),
    ...layout.yearTotals.map((t) => t.year),
    ...layout.money.map((c) => c.year),
  ]);
  result.years = [...years].sort();
  result.targetPeriod = layout.targetYear ?? result.years.at(-1);
  result.baselinePeriod =
    layout.baselineYear ?? (result.years[0] ? String(+result.years[0] - 1) : undefined);
  const numericColumns = [
    roles.baseline,
    roles.target,
    ...layout.expected.values(),
    ...layout.quarters.map((q) => q.index),
    ...layout.yearTotals.map((t) => t.index),
    ...layout.money.map((c) => c.index),
  ].filter((i): i is number => i !== undefined);
  const decision = decideFormat(table, numericColumns, options, problems);

  const moneyRefused = new Set<number>();
  const withhold = (index: number, reason: PlanWithheldMoney['reason']) => {
    const c = layout.money.find((m) => m.index === index)!;
    moneyRefused.add(index);
    result.withheldMoney.push({
      year: c.year,
      key: c.key,
      header: c.header,
      column: index + 1,
      reason,
    });
  };
  for (const d of layout.duplicateMoney) {
    const differ = table.rows.filter((r) => cellAt(r.cells, d.first) !== cellAt(r.cells, d.second));
    if (differ.length === 0) continue;
    withhold(d.first, 'columns_disagree');
    problems.warning({
      line: table.headerLine,
      column: d.second + 1,
      header: headers[d.second],
      value: headers[d.second],
      code: 'plan.money_columns_disagree',
      expected: msg('plan.money_columns_disagree.expected', { header: headers[d.second] }),
      message: msg('plan.money_columns_disagree', {
        header: headers[d.second],
        firstColumn: d.first + 1,
        secondColumn: d.second + 1,
        differCount: differ.length,
      }),
    });
  }
  // A column whose cells carry `%` had a percentage format in the workbook, which multiplies
  // each figure by 100: the whole column is withheld (a warning), never read in part, so no
  // total of it is a partial sum shown as if whole.
  for (const c of layout.money) {
    if (moneyRefused.has(c.index)) continue;
    const withPercent = table.rows.filter((r) => cellAt(r.cells, c.index).includes('%'));
    if (withPercent.length === 0) continue;
    withhold(c.index, 'percent_format');
    problems.warning({
      line: withPercent[0].line,
      column: c.index + 1,
      header: c.header,
      value: cellAt(withPercent[0].cells, c.index),
      code: 'plan.percent_in_money',
      expected: msg('plan.percent_in_money.expected'),
      message: msg('plan.percent_in_money', { count: withPercent.length }),
    });
  }
  const money = layout.money.filter((c) => !moneyRefused.has(c.index));
  const undecided = layout.money.filter((c) => moneyRefused.has(c.index));
  const read = new Set<number>([
    ...Object.values(roles),
    ...layout.expected.values(),
    ...layout.quarters.map((q) => q.index),
    ...layout.yearTotals.map((t) => t.index),
    ...layout.money.map((c) => c.index),
    ...layout.duplicateMoney.map((d) => d.second),
  ]);
  const extra = new Map<number, string>();
  headers.forEach((h, i) => {
    if (!read.has(i)) extra.set(i, h.trim());
  });

  const text = (cells: readonly string[], role: Role): string | undefined =>
    cellAt(cells, roles[role]) || undefined;
  const accumulation = accumulationReader();
  if (options.accumulation) result.accumulation = options.accumulation;

  const totalCells: { cells: string[]; line: number }[] = [];
  for (const row of table.rows) {
    const cells = row.cells;
    const line = row.line;
    const name = cellAt(cells, roles.goal);
    if (name === '' || (TOTAL_RE.test(foldText(name)) && !text(cells, 'eje'))) {
      // A row without a goal that carries figures is the file's total row (or a subtotal).
      if (money.some((c) => cellAt(cells, c.index) !== '')) totalCells.push({ cells, line });
      continue;
    }
    const goal: PlanGoal = {
      name,
      eje: text(cells, 'eje') ?? '',
      program: text(cells, 'program') ?? '',
      years: {},
      extra: extraFields(cells, extra),
      origin: { file: table.file, line },
    };
    const optional: [keyof PlanGoal, Role][] = [
      ['code', 'goal_code'],
      ['sector', 'sector'],
      ['subprogram', 'subprogram'],
      ['resultGoal', 'result_goal'],
      ['resultIndicator', 'result_indicator'],
      ['resultBaseline', 'result_baseline'],
      ['indicator', 'indicator'],
      ['unit', 'unit'],
      ['responsible', 'responsible'],
      ['bpin', 'bpin'],
      ['project', 'project'],
    ];
    for (const [field, role] of optional) {
      const v = text(cells, role);
      if (v !== undefined) (goal as unknown as Record<string, string>)[field] = v;
    }
    const physical = (index: number | undefined): PlanValue | undefined => {
      if (index === undefined || index >= cells.length) return undefined;
      const raw = cells[index];
      const r = parseNumber(raw, decision.format, markers);
      if (isMissing(r) && r.missing === 'empty') return undefined;
      if (isExactNumber(r) || isMissing(r)) return r;
      const freeText = WORD_RE.test(raw);
      (goal.notEvaluable ??= []).push({
        column: index + 1,
        header: headers[index],
        text: raw.trim(),
        reason: msg(freeText ? 'plan_not_evaluable.free_text' : 'plan_not_evaluable.invalid_value'),
      });
      problems.warning({
        line,
        column: index + 1,
        header: headers[index],
        value: raw.trim(),
        code: freeText ? 'plan.free_text_value' : 'plan.invalid_value',
        expected: msg('plan.invalid_value.expected'),
        message: msg(freeText ? 'plan.free_text_value' : 'plan.invalid_value', {
          name: bounded(name),
          header: headers[index].trim(),
        }),
      });
      return { text: raw.trim() };
    };
    const accumulated = accumulation.of(goal, cells, line);
    if (accumulated) goal.accumulation = accumulated;
    const baseline = physical(roles.baseline);
    if (baseline) goal.baseline = baseline;
    const target = physical(roles.target);
    if (target) goal.target = target;
    const direction = text(cells, 'direction');
    if (direction !== undefined) {
      const d = ownValue(DIRECTIONS, fold(direction));
      if (d) goal.direction = d;
      else {
        const index = roles.direction!;
        (goal.notEvaluable ??= []).push({
          column: index + 1,
          header: headers[index],
          text: direction,
          reason: msg('plan_not_evaluable.direction'),
        });
        problems.warning({
          line,
          column: index + 1,
          header: headers[index],
          value: direction,
          code: 'plan.invalid_direction',
          expected: msg('plan.invalid_direction.expected'),
          message: msg('plan.invalid_direction', { name: bounded(name) }),
        });
      }
    }
    const yearOf = (year: string): PlanYear => (goal.years[year] ??= { money: {} });
    for (const [year, index] of layout.expected) {
      const v = physical(index);
      if (v) yearOf(year).expected = v;
    }
    for (const q of layout.quarters) {
      const v = physical(q.index);
      if (!v) continue;
      const y = yearOf(q.year);
      const list = q.kind === 'planned' ? (y.plannedQuarters ??= {}) : (y.executedQuarters ??= {});
      list[q.quarter] = v;
    }
    for (const t of layout.yearTotals) {
      const v = physical(t.index);
      if (!v) continue;
      if (t.kind === 'planned') yearOf(t.year).plannedTotal = v;
      else yearOf(t.year).executedTotal = v;
    }
    for (const c of money) {
      const amount = moneyCell(cells, c.index, line);
      if (amount !== undefined) yearOf(c.year).money[c.key] = amount;
    }
    for (const c of undecided) (yearOf(c.year).undecidedMoney ??= []).push(c.key);
    result.goals.push(goal);
  }

  accumulation.reportUnmatched();
  if (totalCells.length === 1) checkTotal(totalCells[0]);
  else if (totalCells.length > 1) {
    problems.error({
      line: totalCells[0].line,
      code: 'plan.total_rows_undecided',
      expected: msg('plan.total_rows_undecided.expected'),
      message: msg('plan.total_rows_undecided', {
        lines: totalCells.map((t) => t.line).join(', '),
      }),
    });
  }
  return finish();

  /** The sidecar's `columns:` as column index -> role; a key or header it cannot use is an error. */
  function mappedColumns(): Map<number, Role> {
    const out = new Map<number, Role>();
    const columns = { ...table.declared.columns, ...options.dialect?.columns };
    for (const [header, key] of Object.entries(columns)) {
      const index = headers.findIndex((h) => fold(h) === fold(header));
      const role = (PLAN_KEYS as readonly string[]).includes(key) ? (key as Role) : undefined;
      if (role !== undefined && index >= 0) {
        out.set(index, role);
        continue;
      }
      const hint = role === undefined ? didYouMean(key, PLAN_KEYS) : didYouMean(header, headers);
      problems.error({
        line: role === undefined ? 0 : table.headerLine,
        header,
        value: role === undefined ? key : header,
        code: role === undefined ? 'plan.unknown_key' : 'plan.unknown_column',
        expected:
          role === undefined
            ? msg('sidecar.unknown_key.expected', { keys: PLAN_KEYS.join(', ') })
            : msg('budget.unknown_column.expected', { headers: headers.join(', ') }),
        message: withHint(
          role === undefined
            ? msg('plan.unknown_key', { header, key })
            : msg('budget.unknown_column', { header }),
          hint,
        ),
      });
    }
    return out;
  }

  /**
   * Each goal's accumulation type as the sidecar declares it: its code or name in `goals`,
   * else its cell of `column` (a word that is no type is a warning, and no type), else `all`.
   */
  function accumulationReader() {
    const declared = options.accumulation ?? {};
    const byGoal = new Map(Object.entries(declared.goals ?? {}).map(([k, v]) => [fold(k), v]));
    const unmatched = new Map(Object.keys(declared.goals ?? {}).map((k) => [fold(k), k]));
    const seen: string[] = [];
    let column: number | undefined;
    if (declared.column !== undefined) {
      column = headers.findIndex((h) => fold(h) === fold(declared.column!));
      if (column < 0) {
        column = undefined;
        problems.error({
          line: table.headerLine,
          header: declared.column,
          value: declared.column,
          code: 'plan.unknown_column',
          expected: msg('budget.unknown_column.expected', { headers: headers.join(', ') }),
          message: withHint(
            msg('budget.unknown_column', { header: declared.column }),
            didYouMean(declared.column, headers),
          ),
        });
      }
    }
    const of = (goal: PlanGoal, cells: readonly string[], line: number) => {
      if (goal.code !== undefined) seen.push(goal.code);
      seen.push(goal.name);
      const byCode = goal.code !== undefined ? fold(goal.code) : undefined;
      const named =
        (byCode !== undefined ? byGoal.get(byCode) : undefined) ?? byGoal.get(fold(goal.name));
      if (byCode !== undefined) unmatched.delete(byCode);
      unmatched.delete(fold(goal.name));
      if (named) return named;
      const raw = column === undefined ? '' : cellAt(cells, column);
      const written = raw ? planAccumulationOf(raw) : undefined;
      if (written) return written;
      if (raw)
        problems.warning({
          line,
          column: column! + 1,
          header: headers[column!],
          value: raw,
          code: 'plan.invalid_accumulation',
          expected: msg('plan.invalid_accumulation.expected'),
          message: msg('plan.invalid_accumulation', { name: bounded(goal.name) }),
        });
      return declared.all;
    };
    /** A goal the sidecar names that the file does not have: said, never silently unused. */
    const reportUnmatched = () => {
      for (const key of unmatched.values())
        problems.error({
          line: table.headerLine,
          value: key,
          code: 'plan.unknown_goal',
          expected: msg('plan.unknown_goal.expected'),
          message: withHint(msg('plan.unknown_goal', { key }), didYouMean(key, seen)),
        });
    };
    return { of, reportUnmatched };
  }

  function moneyCell(cells: readonly string[], index: number, line: number): string | undefined {
    if (index >= cells.length) return undefined;
    const raw = cells[index];
    const r = parseAmount(raw, decision.format, markers);
    if (typeof r === 'string') return r;
    if ('error' in r) numberCellError(problems, line, index + 1, headers[index], r, decision);
    return undefined;
  }

  function checkTotal(total: { cells: string[]; line: number }) {
    result.totalRowLine = total.line;
    for (const c of money) {
      const published = moneyCell(total.cells, c.index, total.line);
      if (published === undefined) continue;
      const carried = sumPlanMoney(result.goals, c.year, c.key);
      const goalsSum = carried?.sum ?? '0';
      const reconciles = compareDecimals(published, goalsSum) === 0;
      result.totalRow.push({
        year: c.year,
        key: c.key,
        header: c.header,
        published,
        goalsSum,
        reconciles,
      });
      if (reconciles) continue;
      problems.warning({
        line: total.line,
        column: c.index + 1,
        header: c.header,
        value: published,
        code: 'plan.total_mismatch',
        expected: msg('plan.total_mismatch.expected', { goalCount: carried?.goals ?? 0, goalsSum }),
        message: msg('plan.total_mismatch', {
          published,
          goalsSum,
          difference: subtractDecimals(published, goalsSum),
        }),
      });
    }
  }

  function finish(): PlanReadResult {
    let warnings = withRows(problems.warnings, table.rowShifts);
    let errors = withRows(problems.errors, table.rowShifts);
    if (options.strict) {
      errors = [...errors, ...warnings.map((w) => ({ ...w, severity: 'error' as const }))];
      warnings = [];
    }
    result.errors = sortErrors(errors);
    result.warnings = sortErrors(warnings);
    return result;
  }
}

function bounded(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
}

/**
 * The exact sum of some goals' money of one year and key, with how many goals carry it;
 * undefined when none does (a sum of nothing is not a zero a citizen should read).
 */
export function sumPlanMoney(
  goals: readonly PlanGoal[],
  year: string,
  key: PlanMoneyKey,
): { sum: string; goals: number } | undefined {
  const parts: string[] = [];
  for (const g of goals) {
    const v = g.years[year]?.money[key];
    if (v !== undefined) parts.push(v);
  }
  return parts.length ? { sum: sumDecimals(parts), goals: parts.length } : undefined;
}
