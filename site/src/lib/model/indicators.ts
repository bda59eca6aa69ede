// Indicators: the long form (indicators.csv + values.csv) and any wide tables beside it,
// each with its progress toward target (core's rule) and a unique slug for its page.
import { indicatorProgress, readIndicatorsFile } from '@rendir/core/node';
import { uniqueSlugs, type Indicator } from '@rendir/core';
import type { IndicatorItem } from './types.ts';
import { absorb, at, listCsv, noteFor, type ReadContext } from './context.ts';
import { isSdgFile } from './sdg.ts';

export const LONG_FILE = 'indicators/indicators.csv';
export const VALUES_FILE = 'indicators/values.csv';

export async function readIndicators(ctx: ReadContext): Promise<IndicatorItem[]> {
  const files = listCsv(ctx, 'indicators');
  const options = { root: ctx.dir, limits: ctx.limits, defaultNumberFormat: ctx.numberFormat };
  const read: { indicator: Indicator; file: string }[] = [];
  if (files.includes(LONG_FILE)) {
    const values = files.includes(VALUES_FILE) ? at(ctx, VALUES_FILE) : undefined;
    const records = absorb(ctx, await readIndicatorsFile(at(ctx, LONG_FILE), values, options));
    for (const indicator of records) read.push({ indicator, file: LONG_FILE });
  }
  for (const file of files) {
    if (file === LONG_FILE || file === VALUES_FILE) continue;
    // An Open SDG series is read as one (sdg.ts), with a page of its own.
    if (await isSdgFile(ctx, file)) continue;
    const records = absorb(ctx, await readIndicatorsFile(at(ctx, file), undefined, options));
    for (const indicator of records) read.push({ indicator, file });
  }
  const slugs = uniqueSlugs(read.map((r) => r.indicator.id));
  return read.map(({ indicator, file }, i) => ({
    indicator,
    progress: indicatorProgress(indicator),
    slug: slugs[i],
    file,
    note: noteFor(ctx, file),
    commitment: undefined,
    budgetLines: [],
  }));
}
