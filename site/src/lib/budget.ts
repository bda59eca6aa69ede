// A budget file's sums for the BudgetViewer: the execution chain, its totals and the
// breakdown by the chosen levels. They depend on the file and the levels only, not on the
// page or its language: a budget shown in many reports (and in both languages) is summed
// once per build.
import { BUDGET_AMOUNT_KEYS, type BudgetAmountKey } from '@rendir/core';
import type { BudgetFileItem } from './model.ts';
import { share, total } from './fmt.ts';

export interface BudgetGroup {
  /** The line's value at each chosen level (`—` when it has none). */
  path: string[];
  lines: BudgetFileItem['lines'];
  /** Exact sums of every amount in the chain. */
  sums: Partial<Record<BudgetAmountKey, string>>;
  /** The execution key's sum over the current appropriation (or the amount). */
  execution: number | null;
}

export interface BudgetSummary {
  /** The amounts that at least one line has, in the order of the chain. */
  chain: BudgetAmountKey[];
  totals: Partial<Record<BudgetAmountKey, string>>;
  execution: number | null;
  paid: number | null;
  groups: BudgetGroup[];
  /** Fiscal years of the lines, as `2024, 2025`. */
  years: string;
}

const summaries = new WeakMap<BudgetFileItem, Map<string, BudgetSummary>>();

/** The sums of `budget` grouped by the level columns at `levelIdx`, for `execKey`. */
export function budgetSummary(
  budget: BudgetFileItem,
  levelIdx: number[],
  execKey: BudgetAmountKey,
): BudgetSummary {
  const key = `${execKey} ${levelIdx.join(',')}`;
  let byKey = summaries.get(budget);
  if (!byKey) {
    byKey = new Map();
    summaries.set(budget, byKey);
  }
  const found = byKey.get(key);
  if (found) return found;
  const lines = budget.lines.map((l) => l.line);
  const chain = BUDGET_AMOUNT_KEYS.filter((k) => lines.some((l) => l.amounts[k] !== undefined));
  const sums = (ls: typeof lines) => {
    const out: Partial<Record<BudgetAmountKey, string>> = {};
    for (const k of new Set([...chain, execKey])) out[k] = total(ls, k);
    return out;
  };
  const totals = sums(lines);
  const base = totals.current_appropriation ?? totals.initial_appropriation ?? totals.amount;
  const byPath = new Map<string, { path: string[]; lines: BudgetFileItem['lines'] }>();
  for (const item of budget.lines) {
    const path = levelIdx.map((i) => item.line.levels[i] ?? '—');
    const pathKey = path.join('\u0000');
    const g = byPath.get(pathKey) ?? { path, lines: [] };
    g.lines.push(item);
    byPath.set(pathKey, g);
  }
  const groups = [...byPath.values()].map((g) => {
    const ls = g.lines.map((l) => l.line);
    const s = sums(ls);
    return {
      ...g,
      sums: s,
      execution: share(s[execKey], total(ls, 'current_appropriation') ?? total(ls, 'amount')),
    };
  });
  const summary: BudgetSummary = {
    chain,
    totals,
    execution: share(totals[execKey], base),
    paid: share(totals.payments, base),
    groups,
    years: [...new Set(lines.map((l) => l.fiscalYear))].join(', '),
  };
  byKey.set(key, summary);
  return summary;
}
