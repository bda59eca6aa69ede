// Budget execution, the one rule the site's pages and the budget viewer both print: the
// site.yaml key (commitments by default) over the appropriation, exact, one rounding.
import { compareDecimals, percentOf } from './decimal.ts';
import { msg, type CoreMessageKey, type MessageRef } from './message.ts';
import type { BudgetAmountKey } from './types.ts';

/** The amounts site.yaml's `budget.execution` may name. */
export const EXECUTION_KEYS = ['commitments', 'obligations', 'payments'] as const;
export type ExecutionKey = (typeof EXECUTION_KEYS)[number];

export function isExecutionKey(value: unknown): value is ExecutionKey {
  return (EXECUTION_KEYS as readonly unknown[]).includes(value);
}

/** Decimals of a printed execution percentage: `80,4 %`. */
export const EXECUTION_DIGITS = 1;

/** What execution may be measured against, in the order it is chosen. */
export const EXECUTION_BASE_KEYS = [
  'current_appropriation',
  'initial_appropriation',
  'amount',
] as const satisfies readonly BudgetAmountKey[];
export type ExecutionBaseKey = (typeof EXECUTION_BASE_KEYS)[number];

/** What a budget is headed and sized by before any execution amount, in this order. */
export const MEASURE_KEYS = [
  'current_appropriation',
  'amount',
  'initial_appropriation',
] as const satisfies readonly BudgetAmountKey[];

/**
 * The one amount a budget is headed, sized and ranked by, of the `present` keys (chain order):
 * the current appropriation, else a file's single `amount`, else the initial appropriation;
 * an execution report without any of them is headed by what execution measures (site.yaml's
 * `budget.execution`, the viewer's `execution`), so a page set to payments never heads a
 * CUIPO report with its commitments; else the first amount of the chain.
 */
export function budgetMeasure(
  present: readonly BudgetAmountKey[],
  executionKey: BudgetAmountKey = 'commitments',
): BudgetAmountKey | undefined {
  return [...MEASURE_KEYS, executionKey].find((k) => present.includes(k)) ?? present[0];
}

/**
 * Which amount execution is measured against: the current appropriation, else the initial
 * one, else a file's single `amount`; undefined when that is missing, zero or negative.
 */
export function executionBaseKey(
  amounts: Partial<Record<BudgetAmountKey, string>>,
): ExecutionBaseKey | undefined {
  const key = EXECUTION_BASE_KEYS.find((k) => amounts[k] !== undefined);
  return key !== undefined && compareDecimals(amounts[key]!, '0') > 0 ? key : undefined;
}

/** The amount execution is measured against (see `executionBaseKey`). */
export function executionBase(
  amounts: Partial<Record<BudgetAmountKey, string>>,
): string | undefined {
  const key = executionBaseKey(amounts);
  return key === undefined ? undefined : amounts[key];
}

/**
 * The words for the base a percentage was measured against, so that a page never says «of the
 * current appropriation» over the initial one: `of` follows a figure (`80,4 % de la
 * apropiación inicial`), `over` follows the executed amount's name (`compromisos sobre…`).
 */
export function executionBaseWord(base: ExecutionBaseKey, place: 'of' | 'over'): MessageRef {
  return msg(BASE_WORDS[base][place]);
}

// Keys written out whole, so that each is found where it is said (messages.test.ts).
const BASE_WORDS: Readonly<Record<ExecutionBaseKey, { of: CoreMessageKey; over: CoreMessageKey }>> =
  {
    current_appropriation: {
      of: 'execution_base.current_appropriation.of',
      over: 'execution_base.current_appropriation.over',
    },
    initial_appropriation: {
      of: 'execution_base.initial_appropriation.of',
      over: 'execution_base.initial_appropriation.over',
    },
    amount: { of: 'execution_base.amount.of', over: 'execution_base.amount.over' },
  };

/**
 * `key` over the base, in percent, exact and rounded once (half away from zero) to
 * `digits` decimals: `"80.4"`. Undefined when the key or the base is missing.
 */
export function executionPercent(
  amounts: Partial<Record<BudgetAmountKey, string>>,
  key: BudgetAmountKey,
  digits = EXECUTION_DIGITS,
): string | undefined {
  const part = amounts[key];
  const base = executionBase(amounts);
  return part === undefined || base === undefined ? undefined : percentOf(part, base, digits);
}
