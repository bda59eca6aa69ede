// Linked accountability: commitment_id and bpin tie indicators, commitments and budget
// lines together, both ways; an id that names nothing is a warning.
import type { ContentError } from '@rendir/core';
import type { BudgetFileItem, BudgetLineItem, CommitmentItem, IndicatorItem } from './types.ts';
import { idKey, unknownRef } from './context.ts';

export function linkAccountability(
  indicators: IndicatorItem[],
  budgets: BudgetFileItem[],
  commitments: CommitmentItem[],
  warnings: ContentError[],
): void {
  const commitmentById = new Map(commitments.map((c) => [idKey(c.commitment.id), c]));
  const allLines = budgets.flatMap((b) => b.lines);
  const linesByBpin = new Map<string, BudgetLineItem[]>();
  for (const l of allLines) {
    if (!l.line.bpin) continue;
    const key = l.line.bpin.trim();
    linesByBpin.set(key, [...(linesByBpin.get(key) ?? []), l]);
  }
  for (const ind of indicators) {
    const cid = ind.indicator.commitmentId;
    if (cid) {
      const c = commitmentById.get(idKey(cid));
      if (c) {
        ind.commitment = c;
        c.indicators.push(ind);
      } else {
        warnings.push(unknownRef(ind.file, 'commitment_id', cid));
      }
    }
    const bpin = ind.indicator.bpin?.trim();
    if (bpin) {
      const lines = linesByBpin.get(bpin) ?? [];
      ind.budgetLines = lines;
      for (const l of lines) {
        l.indicators.push(ind);
        if (ind.commitment && !l.commitments.includes(ind.commitment))
          l.commitments.push(ind.commitment);
      }
    }
  }
  for (const l of allLines) {
    const cid = l.line.extra.commitment_id;
    if (!cid) continue;
    const c = commitmentById.get(idKey(cid));
    if (c && !l.commitments.includes(c)) l.commitments.push(c);
  }
  const linesOf = new Map<CommitmentItem, Set<BudgetLineItem>>();
  for (const l of allLines) {
    for (const c of l.commitments) {
      const set = linesOf.get(c) ?? new Set<BudgetLineItem>();
      set.add(l);
      linesOf.set(c, set);
    }
  }
  for (const c of commitments) c.budgetLines = [...(linesOf.get(c) ?? [])];
}
