// Budget execution, the one rule the site's pages and the budget viewer both print: the
// site.yaml key (commitments by default) over the appropriation, exact, one rounding.
import { compareDecimals, percentOf } from './decimal.ts';
import type { BudgetAmountKey } from './types.ts';

/** The amounts site.yaml's `budget.execution` may name. */
export const EXECUTION_KEYS = ['commitments', 'obligations', 'payments'] as const;
export type ExecutionKey = (typeof EXECUTION_KEYS)[number];

export function isExecutionKey(value: unknown): value is ExecutionKey {
  return (EXECUTION_KEYS as readonly unknown[]).includes(value);
}

/** Decimals of a printed execution percentage: `80,4 %`. */
export const EXECUTION_DIGITS = 1;

/**
 * The amount execution is measured against: the current appropriation, else the initial
 * one, else a file's single `amount`; undefined when that is missing, zero or negative.
 */
export function executionBase(
  amounts: Partial<Record<BudgetAmountKey, string>>,
): string | undefined {
  const base = amounts.current_appropriation ?? amounts.initial_appropriation ?? amounts.amount;
  return base !== undefined && compareDecimals(base, '0') > 0 ? base : undefined;
}

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
