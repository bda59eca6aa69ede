/**
 * Budget lines that arrive as JSON or as a property (untrusted, as a CSV is), read by
 * core's `readBudgetJson` with the CSV reader's rules: a problem names its line (record)
 * and field. Loaded only for such lines: a CSV page never downloads it.
 */
import {
  readBudgetJson,
  type BudgetAggregate,
  type BudgetLine,
  type BudgetYearTotal,
} from '@rendir/core';
import { recordsOrThrow } from '../platform/errors.ts';

/** Lines from JSON or a property, read like a file: problems become the error state. */
export function checked(value: unknown, file: string): BudgetLine[] {
  return recordsOrThrow(readBudgetJson(value, { file }));
}

export interface CheckedBudget {
  lines: BudgetLine[];
  /** The file's own year totals and differing total rows; absent from a bare array of lines. */
  totals?: BudgetYearTotal[];
  aggregates?: BudgetAggregate[];
  /** The file's currency, when its sidecar declared one (`EUR`). */
  currency?: string;
}

/**
 * A JSON budget: an array of lines, or a budget document (`budgetDocument` in the core,
 * as the site writes it) whose published totals the viewer shows.
 */
export function checkedBudget(value: unknown, file: string): CheckedBudget {
  const { records, errors, warnings, ...figures } = readBudgetJson(value, { file });
  return { lines: recordsOrThrow({ records, errors, warnings }), ...figures };
}
