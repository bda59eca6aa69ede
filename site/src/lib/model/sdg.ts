// Series as statistics offices publish them for Open SDG (content/indicators/, §4.7 of the
// content contract): recognised by their headers (core's isSdgSeries), read by core's
// readSdgSeriesFile, each with a page of its own beside the indicators'.
import { basename } from 'node:path';
import { readCsvHeaders, readSdgSeriesFile } from '@rendir/core/node';
import { isSdgSeries, uniqueSlugs } from '@rendir/core';
import type { SdgSeriesItem } from './types.ts';
import { at, listCsv, noteFor, publish, type ReadContext } from './context.ts';

/** Each folder's answers, so that the indicators' reader and this one look once. */
const looked = new WeakMap<ReadContext, Map<string, Promise<boolean>>>();

/** Whether a file of content/indicators/ is an Open SDG series (its header row says so). */
export function isSdgFile(ctx: ReadContext, file: string): Promise<boolean> {
  let answers = looked.get(ctx);
  if (!answers) looked.set(ctx, (answers = new Map()));
  let answer = answers.get(file);
  if (!answer) {
    // Its header row only: the file is read whole once, by the reader this answer picks.
    answer = readCsvHeaders(at(ctx, file), { root: ctx.dir, limits: ctx.limits }).then(isSdgSeries);
    answers.set(file, answer);
  }
  return answer;
}

/**
 * The Open SDG files of content/indicators/, each read whole (its problems go to the
 * context's lists), with a slug from its name that no indicator's slug (`taken`) has.
 */
export async function readSdgSeriesItems(
  ctx: ReadContext,
  taken: readonly string[],
): Promise<SdgSeriesItem[]> {
  const files: string[] = [];
  for (const file of listCsv(ctx, 'indicators')) if (await isSdgFile(ctx, file)) files.push(file);
  const slugs = uniqueSlugs([...taken, ...files.map((f) => basename(f, '.csv'))]).slice(
    taken.length,
  );
  const items: SdgSeriesItem[] = [];
  for (const [i, file] of files.entries()) {
    const { errors, warnings, ...series } = await readSdgSeriesFile(at(ctx, file), {
      root: ctx.dir,
      limits: ctx.limits,
      onTable: publish(ctx, file),
    });
    ctx.errors.push(...errors);
    ctx.warnings.push(...warnings);
    items.push({ file, slug: slugs[i], note: noteFor(ctx, file), series });
  }
  return items;
}
