/**
 * Where the tracker's indicators come from: records given, JSON, or CSV read in a worker;
 * a CSV that is a plan indicativo (core's rule, in the worker) comes back as the plan.
 */
import { safeUrl, type Indicator, type NumberFormat, type PlanReadResult } from '@rendir/core';
import type { LoadContext } from '../platform/data-controller.ts';
import { readOffMainThread } from '../platform/parser.ts';
import { LoadError, recordsOrThrow } from '../platform/errors.ts';
import { propertyFile } from '../platform/property-data.ts';
import type { SdgSeriesData } from './sdg-data.ts';
import { loadPart } from '../platform/lazy-parts.ts';
import { lazyParts } from './lazy.ts';

export interface IndicatorSource {
  indicators?: Indicator[];
  src: string;
  valuesSrc: string;
  numberFormat: NumberFormat | '';
  /** A plan's `accumulation`: a word, or the sidecar's mapping as JSON (read in the worker). */
  accumulation?: string;
}

/**
 * Reads of one file by several trackers on a page (a plan page has one per eje): the file is
 * fetched and read once, each tracker shapes the result and tells its own warnings.
 */
const sharedReads = new Map<string, Promise<RawRead>>();

export async function readIndicatorData(
  context: LoadContext,
  /** The element: a property's problems are named after it. */
  source: IndicatorSource & Element,
): Promise<Indicator[] | SdgSeriesData | PlanReadResult> {
  // Records given by the page are read like a JSON file (core's reader, loaded for them).
  if (source.indicators) {
    const { readIndicatorsJson } = await loadPart(lazyParts, 'json');
    const file = propertyFile(source, 'indicators');
    return recordsOrThrow(readIndicatorsJson(source.indicators, { file }), context);
  }
  const key = sharedKey(source);
  let raw = key ? sharedReads.get(key) : undefined;
  if (raw) {
    // The tracker that started it failed or went away: this one reads for itself, and
    // reports its own failure if there is one.
    raw = raw.catch(() => readRaw(context, source));
  } else {
    raw = readRaw(context, source);
    if (key) {
      sharedReads.set(key, raw);
      raw.catch(() => sharedReads.delete(key));
    }
  }
  const done = await raw;
  return 'records' in done ? done.records : shapeOf(done.read, done.file, context);
}

/** Files at addresses only: a tracker's inline values child is its own. */
function sharedKey(source: IndicatorSource & Partial<ParentNode>): string | undefined {
  if (!source.valuesSrc && source.querySelector?.('script[data-name="values"]')) return undefined;
  // An address with no safe absolute form (a `data:` URL) is no file another tracker reads.
  const src = absoluteUrl(source.src);
  return (
    src &&
    JSON.stringify([
      src,
      source.valuesSrc && absoluteUrl(source.valuesSrc),
      source.numberFormat,
      source.accumulation,
    ])
  );
}

type RawRead = { records: Indicator[] } | { read: IndicatorsRead; file: string };

async function readRaw(context: LoadContext, source: IndicatorSource): Promise<RawRead> {
  const main = await context.read(source.src);
  if (!main) return { records: [] };
  if (main.format === 'json') {
    const { readIndicatorsJson } = await loadPart(lazyParts, 'json');
    return {
      records: recordsOrThrow(readIndicatorsJson(main.value, { file: main.file }), context),
    };
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
  return { read, file: main.file };
}

type IndicatorsRead = Awaited<ReturnType<typeof readOffMainThread<'indicators'>>>;

function shapeOf(
  read: IndicatorsRead,
  file: string,
  context: LoadContext,
): Indicator[] | SdgSeriesData | PlanReadResult {
  // An Open SDG file (its headers say so) is one series with its breakdowns.
  if ('sdg' in read)
    return {
      kind: 'sdg',
      file,
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
