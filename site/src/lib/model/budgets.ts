// Budget files: each one's detail lines (total rows apart, in `aggregates`), each year's
// published total, and its facts (scale, cut-off date), read once.
import { basename } from 'node:path';
import { readBudgetFile } from '@rendir/core/node';
import { uniqueSlugs } from '@rendir/core';
import type { BudgetFileItem } from './types.ts';
import { absorb, at, listCsv, noteFor, publish, type ReadContext } from './context.ts';

export async function readBudgets(ctx: ReadContext): Promise<BudgetFileItem[]> {
  const budgets: BudgetFileItem[] = [];
  const files = listCsv(ctx, 'budget');
  const slugs = uniqueSlugs(files.map((f) => basename(f, '.csv')));
  for (const [i, file] of files.entries()) {
    const read = await readBudgetFile(at(ctx, file), {
      root: ctx.dir,
      limits: ctx.limits,
      levels: ctx.config.budget.levels,
      defaultNumberFormat: ctx.numberFormat,
      onTable: publish(ctx, file),
    });
    const lines = absorb(ctx, read);
    const item: BudgetFileItem = {
      file,
      slug: slugs[i],
      note: noteFor(ctx, file),
      levelNames: ctx.config.budget.levels ?? [],
      lines: [],
      totals: read.totals,
      aggregates: read.aggregates,
      facts: read.facts,
      currency: read.facts.currency ?? ctx.config.currency,
    };
    item.lines = lines.map((line, n) => ({
      line,
      anchor: `${slugs[i]}-${n + 1}`,
      budget: item,
      indicators: [],
      commitments: [],
    }));
    budgets.push(item);
  }
  return budgets;
}
