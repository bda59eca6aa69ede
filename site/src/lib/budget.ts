// A budget file's figures for the BudgetViewer and the home page: one fiscal year at a time
// (the latest by default; years are never added), its total as the file publishes it (total
// rows are not added to their lines: core decides that), and the breakdown by the chosen
// levels. They depend on the file, the year and the levels only, not on the page or its
// language: a budget shown in many reports (and in both languages) is summed once per build.
import {
  BUDGET_AMOUNT_KEYS,
  budgetMeasure,
  decimalScale,
  executionPercent,
  shiftDecimal,
  sumLinesByCurrency,
  type CurrencySum,
  type BudgetAmountKey,
  type BudgetLine,
  type BudgetYearTotal,
} from '@rendir/core';
import type { BudgetFileItem, BudgetLineItem } from './model.ts';
import { total } from './fmt.ts';

export interface BudgetGroup {
  /** The line's value at each chosen level (`—` when it has none). */
  path: string[];
  lines: BudgetFileItem['lines'];
  /** Exact sums of every amount in the chain. */
  sums: Partial<Record<BudgetAmountKey, string>>;
  /** The execution key over the appropriation, in percent (core's `executionPercent`). */
  execution: string | undefined;
}

export interface BudgetSummary {
  /** The fiscal year shown: the latest unless asked. */
  year: string;
  flow: 'expense' | 'income';
  /** The amounts that at least one line has, in the order of the chain. */
  chain: BudgetAmountKey[];
  /** The year's total as published (core's `totals`). */
  totals: Partial<Record<BudgetAmountKey, string>>;
  /** The execution key and the payments over the appropriation, in percent. */
  execution: string | undefined;
  paid: string | undefined;
  /** The year's groups, largest first (at most `groupLimit`; `otherGroups` counts the rest). */
  groups: BudgetGroup[];
  /** Sums of the groups not shown, so that the table still adds up to its total. */
  rest: { count: number; sums: Partial<Record<BudgetAmountKey, string>> } | undefined;
  /** Every fiscal year of the file with its own total, latest first. */
  years: BudgetYearTotal[];
  /** Keys where a total row differs from its lines (the page notes it). */
  differs: BudgetAmountKey[];
  /** Keys where every total row matches its lines. */
  reconciles: BudgetAmountKey[];
  /** The cut-off the year's figures run to, when the file has several (`periods: cumulative`). */
  period: string | undefined;
}

/** Where the budget's widget reads it: its budget document (pages/[dir]/[file].budget.json.ts). */
export function budgetDocumentHref(
  model: { fileHref: (name: string, ext: 'json') => string },
  budget: BudgetFileItem,
): string {
  return model.fileHref(`${budget.slug}.budget`, 'json');
}

/** Groups the static table lists; the rest are one row and in the downloads. */
export const GROUP_LIMIT = 50;

/** The figure a budget is headed and its groups and lines ranked by: core's rule, as in its widget. */
export function measureOf(
  amounts: Partial<Record<BudgetAmountKey, string>>,
  execKey: BudgetAmountKey,
): BudgetAmountKey | undefined {
  return budgetMeasure(
    BUDGET_AMOUNT_KEYS.filter((k) => amounts[k] !== undefined),
    execKey,
  );
}

const summaries = new WeakMap<BudgetFileItem, Map<string, BudgetSummary>>();

/** The year and flow a page shows first: the latest year, its expenses when it has any. */
export function shownYear(budget: BudgetFileItem): BudgetYearTotal | undefined {
  const latest = budget.totals[0]?.fiscalYear;
  const ofLatest = budget.totals.filter((t) => t.fiscalYear === latest);
  return ofLatest.find((t) => t.flow === 'expense') ?? ofLatest[0];
}

/** The sums of one year of `budget` grouped by the level columns at `levelIdx`, for `execKey`. */
export function budgetSummary(
  budget: BudgetFileItem,
  levelIdx: number[],
  execKey: BudgetAmountKey,
): BudgetSummary | undefined {
  const shown = shownYear(budget);
  if (!shown) return undefined;
  const key = `${execKey} ${levelIdx.join(',')}`;
  let byKey = summaries.get(budget);
  if (!byKey) {
    byKey = new Map();
    summaries.set(budget, byKey);
  }
  const found = byKey.get(key);
  if (found) return found;
  const items = budget.lines.filter(
    (l) => l.line.fiscalYear === shown.fiscalYear && l.line.flow === shown.flow,
  );
  const chain = BUDGET_AMOUNT_KEYS.filter((k) => shown.amounts[k] !== undefined);
  const sums = (ls: readonly BudgetLine[]) => {
    const out: Partial<Record<BudgetAmountKey, string>> = {};
    for (const k of new Set([...chain, execKey])) out[k] = total(ls, k);
    return out;
  };
  const totals = shown.amounts;
  const byPath = new Map<string, { path: string[]; lines: BudgetLineItem[] }>();
  for (const item of items) {
    const path = levelIdx.map((i) => item.line.levels[i] ?? '—');
    const pathKey = path.join('\u0000');
    const g = byPath.get(pathKey) ?? { path, lines: [] };
    g.lines.push(item);
    byPath.set(pathKey, g);
  }
  const measure = measureOf(totals, execKey);
  const all = [...byPath.values()].map((g) => {
    const ls = g.lines.map((l) => l.line);
    const s = sums(ls);
    return { ...g, sums: s, execution: executionPercent(s, execKey) };
  });
  const ranked = measure ? largestFirst(all, (g) => g.sums[measure] ?? '0') : all;
  const groups = ranked.slice(0, GROUP_LIMIT);
  const others = ranked.slice(GROUP_LIMIT);
  const summary: BudgetSummary = {
    year: shown.fiscalYear,
    flow: shown.flow,
    chain,
    totals,
    execution: executionPercent(totals, execKey),
    paid: executionPercent(totals, 'payments'),
    groups,
    rest: others.length
      ? { count: others.length, sums: sums(others.flatMap((g) => g.lines.map((l) => l.line))) }
      : undefined,
    years: budget.totals.filter((t) => t.flow === shown.flow),
    differs: shown.differs,
    reconciles: shown.reconciles,
    period: shown.period,
  };
  byKey.set(key, summary);
  return summary;
}

/**
 * Lines linked to a result (by BPIN), from any budget file: one figure per currency, each for
 * its latest year (core never adds currencies, years or flows together).
 */
export function linkedBudget(items: readonly BudgetLineItem[]): CurrencySum[] {
  return sumLinesByCurrency(items.map((i) => ({ line: i.line, currency: i.budget.currency })));
}

/** Detail lines the static budget page lists: all of a small file; of a big one, every
 * line a result links to plus the largest of the shown year (the rest are in the downloads). */
export const LINE_LIMIT = 200;

const largestOfYear = new WeakMap<BudgetFileItem, BudgetLineItem[]>();

export function listedLines(
  budget: BudgetFileItem,
  execKey: BudgetAmountKey,
  linked: (l: BudgetLineItem) => boolean,
) {
  if (budget.lines.length <= LINE_LIMIT) return { lines: budget.lines, omitted: 0 };
  let largest = largestOfYear.get(budget);
  if (!largest) {
    const year = shownYear(budget);
    const measure = year && measureOf(year.amounts, execKey);
    const ofYear = budget.lines.filter(
      (l) => l.line.fiscalYear === year?.fiscalYear && l.line.flow === year?.flow,
    );
    largest = (
      measure ? largestFirst(ofYear, (l) => l.line.amounts[measure] ?? '0') : ofYear
    ).slice(0, LINE_LIMIT);
    largestOfYear.set(budget, largest);
  }
  // Largest first, then the linked lines that are not among them, in file order.
  const shown = new Set(largest);
  const lines = [...largest, ...budget.lines.filter((l) => !shown.has(l) && linked(l))];
  return { lines, omitted: budget.lines.length - lines.length };
}

/**
 * `items` by `amountOf`, largest first, ties in their order. Exact: each amount is read once
 * as whole units at the largest scale among them (comparing the decimal strings at every step
 * of the sort allocated 112 MB for Madrid's 20,217 lines).
 */
export function largestFirst<T>(items: readonly T[], amountOf: (item: T) => string): T[] {
  const amounts = items.map(amountOf);
  const scale = amounts.reduce((most, a) => Math.max(most, decimalScale(a)), 0);
  const keyed = items.map((item, i) => ({ item, key: BigInt(shiftDecimal(amounts[i], scale)) }));
  keyed.sort((a, b) => (a.key === b.key ? 0 : a.key > b.key ? -1 : 1));
  return keyed.map((k) => k.item);
}
