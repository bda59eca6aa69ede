/**
 * A budget file as a widget reads it: the detail lines with only what the viewer shows, and
 * the file's own year totals and the total rows that differ from their lines (core's result).
 * The site writes it for its widgets, so that with JavaScript on a page shows the same total
 * and the same reconciliation note as without.
 */
import type { BudgetAggregate, BudgetFacts, BudgetLine, BudgetYearTotal } from '../types.ts';

export const BUDGET_DOCUMENT_FORMAT = 'rendir-budget/1';

/** What the viewer reads of a line; names, codes and extra columns stay in the downloads. */
export type BudgetDocumentLine = Pick<BudgetLine, 'fiscalYear' | 'levels' | 'flow' | 'amounts'> &
  Partial<Pick<BudgetLine, 'citizenLabel'>>;

export interface BudgetDocument {
  format: typeof BUDGET_DOCUMENT_FORMAT;
  lines: BudgetDocumentLine[];
  /** Each year's total as the file publishes it (`structureBudget`'s `totals`). */
  totals: BudgetYearTotal[];
  /** The total rows whose published figures differ from their lines' sums. */
  aggregates: BudgetAggregate[];
  /** The file's currency when its sidecar declares one (`EUR`). */
  currency?: string;
}

export function budgetDocument(
  lines: readonly BudgetLine[],
  totals: readonly BudgetYearTotal[],
  aggregates: readonly BudgetAggregate[],
  facts: Pick<BudgetFacts, 'currency'> = {},
): BudgetDocument {
  return {
    format: BUDGET_DOCUMENT_FORMAT,
    lines: lines.map((l) => ({
      fiscalYear: l.fiscalYear,
      levels: l.levels,
      flow: l.flow,
      amounts: l.amounts,
      ...(l.citizenLabel !== undefined ? { citizenLabel: l.citizenLabel } : {}),
    })),
    totals: [...totals],
    aggregates: aggregates.filter((a) => a.differs.length > 0),
    ...(facts.currency ? { currency: facts.currency } : {}),
  };
}
