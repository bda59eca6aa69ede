// Plans indicativos (plan/*.csv): each file's goals as core reads them, grouped by eje and
// programa (core's planByEje), with the total row's check. A goal that cannot be evaluated is
// a warning, not an error: it is shown with its text and the reason.
import { basename } from 'node:path';
import { readPlanFile } from '@rendir/core/node';
import { planByEje, uniqueSlugs } from '@rendir/core';
import type { PlanItem } from './types.ts';
import { at, listCsv, noteFor, publish, type ReadContext } from './context.ts';

export const PLAN_FOLDER = 'plan';

export async function readPlans(ctx: ReadContext): Promise<PlanItem[]> {
  const files = listCsv(ctx, PLAN_FOLDER);
  const slugs = uniqueSlugs(files.map((f) => basename(f, '.csv')));
  const plans: PlanItem[] = [];
  for (const [i, file] of files.entries()) {
    const read = await readPlanFile(at(ctx, file), {
      root: ctx.dir,
      limits: ctx.limits,
      defaultNumberFormat: ctx.numberFormat,
      onTable: publish(ctx, file),
    });
    ctx.errors.push(...read.errors);
    ctx.warnings.push(...read.warnings);
    plans.push({
      file,
      slug: slugs[i],
      note: noteFor(ctx, file),
      goals: read.goals,
      ejes: planByEje(read.goals),
      years: read.years,
      baselinePeriod: read.baselinePeriod,
      targetPeriod: read.targetPeriod,
      totalRow: read.totalRow,
      totalRowLine: read.totalRowLine,
      withheldMoney: read.withheldMoney,
      accumulation: read.accumulation,
    });
  }
  return plans;
}
