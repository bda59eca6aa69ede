/**
 * Where the tracker's indicators come from: records given, JSON, or CSV read in a worker;
 * a CSV that is a plan indicativo (core's rule, in the worker) comes back as the plan.
 */
import { safeUrl, type Indicator, type NumberFormat, type PlanReadResult } from '@rendir/core';
import type { LoadContext } from '../platform/data-controller.ts';
import { readOffMainThread } from '../platform/parser.ts';
import { LoadError, recordsOrThrow } from '../platform/errors.ts';
import type { ProgressPart } from './view.ts';
import type { SdgSeriesData } from './sdg-data.ts';

export interface IndicatorSource {
  indicators?: Indicator[];
  src: string;
  valuesSrc: string;
  numberFormat: NumberFormat | '';
  /** A plan's `accumulation`: a word, or the sidecar's mapping as JSON (read in the worker). */
  accumulation?: string;
}

export async function readIndicatorData(
  context: LoadContext,
  part: Promise<ProgressPart>,
  source: IndicatorSource,
): Promise<Indicator[] | SdgSeriesData | PlanReadResult> {
  if (source.indicators) return source.indicators;
  const main = await context.read(source.src);
  if (!main) return [];
  if (main.format === 'json') {
    // The shape check travels with the progress code: only JSON needs it.
    if (!(await part).isIndicatorRecords(main.value)) throw new LoadError('parse');
    return main.value;
  }
  const values = await context.read(source.valuesSrc, { name: 'values' });
  if (values && values.format !== 'csv') throw new LoadError('parse');
  const read = await readOffMainThread(
    'indicators',
    values ? { main: main.input, values: values.input } : { main: main.input },
    {
      file: main.file,
      numberFormat: source.numberFormat || undefined,
      valuesFile: values?.file,
      accumulation: source.accumulation || undefined,
    },
    context,
  );
  // An Open SDG file (its headers say so) is one series with its breakdowns.
  if ('sdg' in read)
    return {
      kind: 'sdg',
      file: main.file,
      ...read.sdg,
      observations: recordsOrThrow(read, context),
    };
  const records = recordsOrThrow(read, context);
  return read.plan ?? records;
}

/** A data URL made absolute (and safe), so that embed code works on another site. */
export function absoluteUrl(url: string): string | undefined {
  if (!url) return undefined;
  try {
    return safeUrl(new URL(url, document.baseURI).href);
  } catch {
    return undefined;
  }
}
