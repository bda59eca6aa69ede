/**
 * A plan goal's physical and financial progress in one year, side by side: what was
 * achieved of what was planned, and what was committed of what was appropriated. The one
 * rule the site's plan section and the widgets print. A year is never mixed with another,
 * and a figure that is not published is not made up.
 */
import { compareDecimals, percentOf, shiftDecimal } from './decimal.ts';
import { EXECUTION_DIGITS, executionPercent } from './execution.ts';
import type { ExecutionKey } from './execution.ts';
import { isExactNumber } from './numbers.ts';
import type { PlanGoal, PlanValue } from './schemas/plan.ts';

/**
 * `money_without_results`: money committed (or paid) and nothing achieved of what was
 * planned; `results_without_money`: something achieved and nothing committed.
 */
export type PlanYearFlag = 'money_without_results' | 'results_without_money';

export interface PlanYearProgress {
  year: string;
  /** Executed over planned for the year, in percent (`"85"`, `"99.5"`); absent without both. */
  physicalPercent?: string;
  /**
   * The execution key over the year's appropriation (current, else initial), in percent;
   * absent without both, or when the file leaves either undecided.
   */
  financialPercent?: string;
  flag?: PlanYearFlag;
}

/** A physical value as an exact decimal (`25%` is 0.25); undefined for text or a missing value. */
function amountOf(v: PlanValue | undefined): string | undefined {
  if (!v || !isExactNumber(v)) return undefined;
  return v.isPercent ? shiftDecimal(v.value, -2) : v.value;
}

/** One goal's year: physical against financial, with a flag when they tell opposite stories. */
export function planYearProgress(
  goal: Pick<PlanGoal, 'years'>,
  year: string,
  key: ExecutionKey = 'commitments',
): PlanYearProgress {
  const out: PlanYearProgress = { year };
  const y = goal.years[year];
  if (!y) return out;
  const planned = amountOf(y.plannedTotal);
  const executed = amountOf(y.executedTotal);
  if (planned !== undefined && executed !== undefined && compareDecimals(planned, '0') > 0) {
    const p = percentOf(executed, planned, EXECUTION_DIGITS);
    if (p !== undefined) out.physicalPercent = p;
  }
  const undecided = y.undecidedMoney ?? [];
  const financial = undecided.some((k) => k === key || k === 'current_appropriation')
    ? undefined
    : executionPercent(y.money, key);
  if (financial !== undefined) out.financialPercent = financial;
  const spent = undecided.includes(key) ? undefined : y.money[key];
  if (spent !== undefined && executed !== undefined) {
    const moneyIn = compareDecimals(spent, '0') > 0;
    const achieved = compareDecimals(executed, '0') > 0;
    if (moneyIn && !achieved && planned !== undefined && compareDecimals(planned, '0') > 0)
      out.flag = 'money_without_results';
    else if (achieved && !moneyIn) out.flag = 'results_without_money';
  }
  return out;
}
