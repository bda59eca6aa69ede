/**
 * A plan goal's physical and financial progress in one year, side by side: what was
 * achieved of what was planned, and what was committed of what was appropriated. The one
 * rule the site's plan section and the widgets print. A year is never mixed with another,
 * and a figure that is not published is not made up.
 */
import { compareDecimals, percentOf, shiftDecimal } from './decimal.ts';
import { EXECUTION_DIGITS, executionPercent } from './execution.ts';
import type { ExecutionKey } from './execution.ts';
import { msg, type CoreMessageKey, type MessageRef } from './message.ts';
import { isExactNumber } from './numbers.ts';
import type { PlanGoal, PlanValue, PlanYear } from './schemas/plan.ts';

/**
 * `money_without_results`: money committed (or paid) and nothing achieved of what was
 * planned; `results_without_money`: something achieved and nothing committed.
 */
export type PlanYearFlag = 'money_without_results' | 'results_without_money';

/**
 * What a goal's year reads as, from executed against planned: `achieved` (all that was
 * planned), `partial` (some), `not_started` (nothing yet), `not_planned` (nothing was
 * planned), `no_data` (no planned or no executed figure), `not_evaluable` (a figure is text).
 */
export const PLAN_YEAR_STATUSES = [
  'achieved',
  'partial',
  'not_started',
  'not_planned',
  'no_data',
  'not_evaluable',
] as const;
export type PlanYearStatus = (typeof PLAN_YEAR_STATUSES)[number];

/** The words a citizen reads beside a status's icon (the site and the widgets alike). */
export function planStatusWord(status: PlanYearStatus): MessageRef {
  return msg(PLAN_STATUS_WORDS[status]);
}

// Keys written out whole, so that each is found where it is said (messages.test.ts).
const PLAN_STATUS_WORDS: Readonly<Record<PlanYearStatus, CoreMessageKey>> = {
  achieved: 'plan_status.achieved',
  partial: 'plan_status.partial',
  not_started: 'plan_status.not_started',
  not_planned: 'plan_status.not_planned',
  no_data: 'plan_status.no_data',
  not_evaluable: 'plan_status.not_evaluable',
};

/** The words for a flag: physical and financial progress telling opposite stories. */
export function planFlagWord(flag: PlanYearFlag): MessageRef {
  return msg(
    flag === 'money_without_results'
      ? 'plan_flag.money_without_results'
      : 'plan_flag.results_without_money',
  );
}

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
  status: PlanYearStatus;
}

/** A physical value as an exact decimal (`25%` is 0.25); undefined for text or a missing value. */
function amountOf(v: PlanValue | undefined): string | undefined {
  if (!v || !isExactNumber(v)) return undefined;
  return v.isPercent ? shiftDecimal(v.value, -2) : v.value;
}

function yearStatus(
  y: PlanYear,
  planned: string | undefined,
  executed: string | undefined,
): PlanYearStatus {
  if (isText(y.plannedTotal) || isText(y.executedTotal)) return 'not_evaluable';
  if (planned !== undefined && compareDecimals(planned, '0') === 0) return 'not_planned';
  if (planned === undefined || executed === undefined) return 'no_data';
  if (compareDecimals(executed, planned) >= 0) return 'achieved';
  return compareDecimals(executed, '0') > 0 ? 'partial' : 'not_started';
}

const isText = (v: PlanValue | undefined): boolean => v !== undefined && 'text' in v;

/** One goal's year: physical against financial, with a flag when they tell opposite stories. */
export function planYearProgress(
  goal: Pick<PlanGoal, 'years'>,
  year: string,
  key: ExecutionKey = 'commitments',
): PlanYearProgress {
  const y = goal.years[year];
  if (!y) return { year, status: 'no_data' };
  const planned = amountOf(y.plannedTotal);
  const executed = amountOf(y.executedTotal);
  const out: PlanYearProgress = { year, status: yearStatus(y, planned, executed) };
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

/** A goal's progress in each of the plan's years it has any figure for, first to last. */
export function planGoalYears(
  goal: Pick<PlanGoal, 'years'>,
  years: readonly string[],
  key: ExecutionKey = 'commitments',
): PlanYearProgress[] {
  return years
    .filter((y) => goal.years[y] !== undefined)
    .map((y) => planYearProgress(goal, y, key));
}
