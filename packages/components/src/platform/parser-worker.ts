/**
 * The CSV reading the widgets need (papaparse and the core's schema readers), kept out of
 * the widget bundles: the jobs, and the messages between the page and a parser worker.
 * Each file in `parsers/` serves one reader, so a page loads only the one its widget
 * needs. It runs in a Web Worker, so a large file never freezes the host page; where a
 * page forbids workers (CSP `worker-src`, a cross-origin CDN) the same file is imported
 * on the main thread, where `streamCsv` reads in small slices that yield to the browser.
 * `parser.ts` decides which, and is the only module that loads them.
 */
import {
  decodeBytes,
  DEFAULT_LIMITS,
  headerColumns,
  longCells,
  readBudget,
  readCsv,
  tooManyColumns,
  type ContentError,
  readSidecarObject,
  budgetSidecarOptions,
  readCommitments,
  readIndicators,
  readMilestones,
  isSdgSeries,
  readSdgSeries,
  type SdgObservation,
  type SdgSeriesResult,
  isPlanIndicativo,
  readAccumulation,
  readPlan,
  type PlanReadResult,
  streamCsv,
  type BudgetOptions,
  type CsvDialect,
  type CsvRow,
  type CsvTable,
  type IndicatorOptions,
  type SchemaOptions,
} from '@rendir/core';
// The dataset's table job types its columns and keys its rows here, beside the reading.
import { ColumnTyper, type TypingOptions } from '../dataset/column-types.ts';
import { searchTexts } from '../dataset/search-texts.ts';
import { batchBuffers, type TableBatch } from '../dataset/table-batch.ts';
import { packRows } from '../dataset/packed-rows.ts';

/** A file to read: its text, its bytes, or its bytes as they arrive. */
export type ParserSource = string | Uint8Array | ReadableStream<Uint8Array>;

export interface TableJobOptions {
  file: string;
  dialect?: Partial<CsvDialect>;
  /** Rows per `onRows` batch. */
  chunkRows?: number;
  /**
   * Also hand over each row's search text (its cells joined by line breaks and folded,
   * `foldText`), worked out off the main thread with the parsing.
   */
  searchText?: boolean;
  /** Hand the rows over packed (`TableBatch.rows`), not as an object per row. */
  packRows?: boolean;
  /**
   * Also decide the column types (from the first batch) and hand over each batch's sort
   * keys of number and date columns and its number cells' shapes (`TableBatch`), so the
   * page's main thread neither reads nor carries a number parser.
   */
  columnTypes?: TypingOptions;
}

/** What each job reads, from which sources, and what it gives back. */
export interface ParserJobs {
  /** Rows in batches (`onRows`) while the file is read; the result holds no rows. */
  table: { sources: { main: ParserSource }; options: TableJobOptions; result: CsvTable };
  budget: {
    sources: { main: ParserSource };
    /** `sidecar`: a parsed `NAME.csv.yaml` (or a widget's JSON), read by core's rules here. */
    options: BudgetOptions & { sidecar?: unknown };
    result: ReturnType<typeof readBudget>;
  };
  indicators: {
    sources: { main: ParserSource; values?: ParserSource };
    /** `accumulation`: a plan indicativo's, a word or the sidecar's mapping as JSON. */
    options: IndicatorOptions & { accumulation?: string };
    /**
     * An Open SDG file (the core's `isSdgSeries`) is read as its series: `SdgSeriesRead`;
     * `plan`: the file is a plan indicativo (core's isPlanIndicativo), read as one.
     */
    result: (ReturnType<typeof readIndicators> & { plan?: PlanReadResult }) | SdgSeriesRead;
  };
  commitments: {
    sources: { main: ParserSource };
    options: SchemaOptions;
    result: ReturnType<typeof readCommitments>;
  };
  milestones: {
    sources: { main: ParserSource };
    options: SchemaOptions;
    result: ReturnType<typeof readMilestones>;
  };
}

export type ParserJobKind = keyof ParserJobs;

/** An Open SDG file read: its observations are the records (sent over in batches). */
export interface SdgSeriesRead {
  records: SdgObservation[];
  errors: ContentError[];
  warnings: ContentError[];
  sdg: Pick<SdgSeriesResult, 'dimensions' | 'units' | 'series'>;
}

export interface ParserHooks {
  signal?: AbortSignal;
  /** Milliseconds a worker may read before it is stopped (default: limits.ts `parseBudgetMs`). */
  budgetMs?: number;
  /** A batch of rows; `batch` holds their search texts, types and keys when the table job asked for them. */
  onRows?: (rows: CsvRow[], headers: string[], batch?: TableBatch) => void;
  /** Rows already delivered must be discarded (the file is read again as Windows-1252). */
  onReset?: () => void;
  /**
   * Lets the browser paint and handle input (`LoadContext.yield`): the records' arrival is
   * then finished in slices, never in one long task.
   */
  yield?: () => Promise<void>;
}

function bytesStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** All of a stream's bytes, for the synchronous readers (fastest where nothing waits). */
async function collect(source: ParserSource): Promise<string | Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) return source;
  const parts: Uint8Array[] = [];
  let length = 0;
  const reader = source.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/**
 * A whole table. In a worker the synchronous reader is fastest (nothing else waits on
 * this thread); on the main thread `streamCsv` parses in slices that let the page paint.
 */
async function wholeTable(
  source: ParserSource,
  options: SchemaOptions,
  hooks: ParserHooks,
  inWorker: boolean,
): Promise<string | Uint8Array | CsvTable> {
  if (inWorker) return collect(source);
  return streamCsv(source instanceof Uint8Array ? bytesStream(source) : source, {
    file: options.file,
    dialect: options.dialect,
    signal: hooks.signal,
  });
}

/** Bytes of a first line read before giving up on finding its end (a header that long is refused). */
const FIRST_LINE_BYTES = 4 * 1024 * 1024;

/**
 * The source's first line, counted before anything is parsed: a file with more columns
 * than the limit (100,000 in 0.9 MB froze a page for 80 s) is refused at once. A stream
 * is read up to its first line break and handed back whole.
 */
async function wideFile(
  source: ParserSource,
  file: string,
  dialect: Partial<CsvDialect> | undefined,
): Promise<{ source: ParserSource; problem?: ContentError }> {
  const limits = DEFAULT_LIMITS;
  const problem = (head: string) => {
    const columns = headerColumns(head, dialect?.delimiter);
    return columns > limits.maxColumns ? tooManyColumns(file, columns, limits) : undefined;
  };
  if (typeof source === 'string')
    return { source, problem: problem(source.slice(0, FIRST_LINE_BYTES)) };
  const firstLine = (bytes: Uint8Array) => {
    const newline = bytes.indexOf(0x0a);
    const end = newline < 0 ? Math.min(bytes.length, FIRST_LINE_BYTES) : newline + 2;
    return decodeBytes(bytes.subarray(0, end), dialect?.encoding).text;
  };
  if (source instanceof Uint8Array) return { source, problem: problem(firstLine(source)) };
  const reader = source.getReader();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < FIRST_LINE_BYTES) {
    const next = await reader.read();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    length += next.value.length;
    if (next.value.includes(0x0a)) break;
  }
  const joined = new Uint8Array(length);
  let at = 0;
  for (const part of head) {
    joined.set(part, at);
    at += part.length;
  }
  const found = problem(firstLine(joined));
  if (found) {
    reader.cancel().catch(() => {});
    return { source: joined, problem: found };
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(joined);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { source: rest };
}

/** A table that holds only `problem`: nothing of the file is read. */
function refusedTable(file: string, problem: ContentError): CsvTable {
  return { ...readCsv('', { file }), errors: [problem], warnings: [] };
}

/** A schema job's result that holds only `problem`. */
function refusedRecords(problem: ContentError) {
  return { records: [], errors: [problem], warnings: [] };
}

export type JobRunner<K extends ParserJobKind> = (
  sources: ParserJobs[K]['sources'],
  options: ParserJobs[K]['options'],
  hooks: ParserHooks,
  inWorker: boolean,
) => Promise<ParserJobs[K]['result']>;

/** The jobs one parser file serves (`parsers/*.ts`: one reader each). */
export type ParserJobSet = { [K in ParserJobKind]?: JobRunner<K> };

export const tableJob: JobRunner<'table'> = async (
  sources,
  { searchText, packRows: packed, columnTypes, ...options },
  hooks,
) => {
  const wide = await wideFile(sources.main, options.file, options.dialect);
  if (wide.problem) return refusedTable(options.file, wide.problem);
  const main = wide.source;
  const typer = columnTypes ? new ColumnTyper(options.file, columnTypes) : null;
  // A cell past the limit stops the read: its batch is not handed on.
  const stop = new AbortController();
  const signal = hooks.signal ? AbortSignal.any([hooks.signal, stop.signal]) : stop.signal;
  let long: ContentError | undefined;
  let table: CsvTable | undefined;
  try {
    table = await streamCsv(main instanceof Uint8Array ? bytesStream(main) : main, {
      ...options,
      keepRows: false,
      signal,
      onRows: (rows, headers) => {
        long ??= longCells(options.file, rows, DEFAULT_LIMITS, 1)[0];
        if (long) {
          stop.abort();
          return;
        }
        const batch: TableBatch = {
          ...typer?.batch(rows, headers),
          ...(searchText ? { texts: searchTexts(rows) } : {}),
        };
        if (packed) batch.rows = packRows(rows);
        hooks.onRows?.(packed ? [] : rows, headers, batch);
      },
      onReset: () => {
        typer?.reset();
        hooks.onReset?.();
      },
    });
  } catch (error) {
    if (!long || hooks.signal?.aborted) throw error;
  }
  // Reaching here without a table means the read was stopped for `long`.
  if (long) return refusedTable(options.file, long);
  return table as CsvTable;
};

/** A whole table, or the problem that keeps it from being read (too many columns). */
async function guardedTable(
  source: ParserSource,
  options: SchemaOptions,
  hooks: ParserHooks,
  inWorker: boolean,
): Promise<
  { table: string | Uint8Array | CsvTable; problem?: undefined } | { problem: ContentError }
> {
  const file = options.file ?? '';
  const wide = await wideFile(source, file, options.dialect);
  if (wide.problem) return { problem: wide.problem };
  const whole = await wholeTable(wide.source, options, hooks, inWorker);
  const table =
    typeof whole === 'string' || whole instanceof Uint8Array
      ? readCsv(whole, { file, dialect: options.dialect })
      : whole;
  const long = longCells(file, table.rows, DEFAULT_LIMITS, 1);
  return long.length ? { problem: long[0] } : { table };
}

export const budgetJob: JobRunner<'budget'> = async (sources, options, hooks, inWorker) => {
  const { sidecar, ...given } = options;
  // The same sidecar rules as the generator's; what the element states itself wins.
  const declared =
    sidecar === undefined ? undefined : readSidecarObject(sidecar, `${given.file} (sidecar)`);
  const merged = declared ? { ...budgetSidecarOptions(declared), ...given } : given;
  const main = await guardedTable(sources.main, merged, hooks, inWorker);
  if (!('table' in main))
    return { ...refusedRecords(main.problem), aggregates: [], totals: [], facts: {} };
  const result = readBudget(main.table, merged);
  return declared ? { ...result, errors: [...declared.errors, ...result.errors] } : result;
};

/** An attribute that holds JSON (`{"column": "TIPO"}`) or a word (`capacidad`). */
function jsonOrText(text: string): unknown {
  try {
    return text.startsWith('{') ? JSON.parse(text) : text;
  } catch {
    // Core's sidecar rules say what is wrong with it.
    return text;
  }
}

export const indicatorsJob: JobRunner<'indicators'> = async (sources, given, hooks, inWorker) => {
  const { accumulation: written, ...options } = given;
  const main = await guardedTable(sources.main, options, hooks, inWorker);
  if (!('table' in main)) return refusedRecords(main.problem);
  const table = main.table;
  if (!sources.values && typeof table === 'object' && !(table instanceof Uint8Array)) {
    if (isSdgSeries(table.headers)) {
      // Only the observations travel, as records (in batches): the headline is picked again.
      const { observations, errors, warnings, dimensions, units, series } = readSdgSeries(
        table,
        options,
      );
      return { records: observations, errors, warnings, sdg: { dimensions, units, series } };
    }
    if (isPlanIndicativo(table.headers)) {
      // The same sidecar rules as the generator's.
      const declared = written?.trim()
        ? readAccumulation(jsonOrText(written.trim()), `${options.file} (accumulation)`)
        : undefined;
      const accumulation = declared?.accumulation;
      const plan = readPlan(table, { ...options, ...(accumulation ? { accumulation } : {}) });
      const errors = [...(declared?.errors ?? []), ...plan.errors];
      return { records: [], errors, warnings: plan.warnings, plan };
    }
  }
  if (!sources.values) return readIndicators(table, options);
  const valuesOptions = { ...options, file: options.valuesFile ?? options.file };
  const values = await guardedTable(sources.values, valuesOptions, hooks, inWorker);
  if (!('table' in values)) return refusedRecords(values.problem);
  return readIndicators({ indicators: main.table, values: values.table }, options);
};

export const commitmentsJob: JobRunner<'commitments'> = async (
  sources,
  options,
  hooks,
  inWorker,
) => {
  const main = await guardedTable(sources.main, options, hooks, inWorker);
  return 'table' in main ? readCommitments(main.table, options) : refusedRecords(main.problem);
};

export const milestonesJob: JobRunner<'milestones'> = async (sources, options, hooks, inWorker) => {
  const main = await guardedTable(sources.main, options, hooks, inWorker);
  return 'table' in main ? readMilestones(main.table, options) : refusedRecords(main.problem);
};

/** Messages from the page: a job, then the bytes of its streamed sources. */
export type ToWorker =
  | {
      type: 'job';
      kind: ParserJobKind;
      options: unknown;
      /** Text or bytes; `null` for a source whose bytes follow as `chunk`s and an `end`. */
      sources: Record<string, string | Uint8Array | null>;
    }
  | { type: 'chunk'; name: string; bytes: Uint8Array }
  | { type: 'end'; name: string };

export type FromWorker =
  | { type: 'ready' }
  // The table job's TableBatch (search texts, types, keys, number shapes), handed on as it is.
  | { type: 'rows'; rows: CsvRow[]; headers: string[]; batch?: TableBatch }
  | { type: 'reset' }
  // A reader's records ahead of its result, in batches (see postResult).
  | { type: 'records'; records: unknown[] }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; message: string };

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

/** Records per message: each batch is cloned on the page's side in a task of its own. */
export const RECORD_BATCH = 1000;

/**
 * A result whose `records` are many goes over as batches of records and then the rest:
 * 10,000 budget lines in one message were one task of some 150 ms on the page's side (the
 * structured clone is read there at once); the runner puts them back together in order.
 */
function postResult(scope: WorkerScope, result: unknown): void {
  const records = (result as { records?: unknown } | null)?.records;
  if (!Array.isArray(records) || records.length <= RECORD_BATCH) {
    scope.postMessage({ type: 'done', result });
    return;
  }
  for (let i = 0; i < records.length; i += RECORD_BATCH)
    scope.postMessage({ type: 'records', records: records.slice(i, i + RECORD_BATCH) });
  scope.postMessage({ type: 'done', result: { ...(result as object), records: [] } });
}

function serveJobs(scope: WorkerScope, jobs: ParserJobSet): void {
  const streams = new Map<string, ReadableStreamDefaultController<Uint8Array>>();
  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'chunk') streams.get(message.name)?.enqueue(message.bytes);
    else if (message.type === 'end') streams.get(message.name)?.close();
    else if (message.type === 'job') {
      const sources: Record<string, ParserSource> = {};
      for (const [name, value] of Object.entries(message.sources)) {
        sources[name] =
          value ??
          new ReadableStream<Uint8Array>({ start: (controller) => streams.set(name, controller) });
      }
      const run = jobs[message.kind] as JobRunner<ParserJobKind> | undefined;
      if (!run) {
        scope.postMessage({ type: 'failed', message: `no ${message.kind} reader in this parser` });
        return;
      }
      run(
        sources as never,
        message.options as never,
        {
          onRows: (rows, headers, batch) =>
            scope.postMessage({ type: 'rows', rows, headers, batch }, batchBuffers(batch)),
          onReset: () => scope.postMessage({ type: 'reset' }),
        },
        true,
      ).then(
        (result) => postResult(scope, result),
        (error: unknown) =>
          scope.postMessage({
            type: 'failed',
            message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          }),
      );
    }
  });
  scope.postMessage({ type: 'ready' });
}

/**
 * Serves `jobs` when this code runs as a worker; imported on the main thread, it does
 * nothing (the page calls the jobs directly).
 */
export function serveIfWorker(jobs: ParserJobSet): void {
  const workerScope = (globalThis as { WorkerGlobalScope?: new () => unknown }).WorkerGlobalScope;
  if (workerScope && globalThis instanceof workerScope)
    serveJobs(globalThis as unknown as WorkerScope, jobs);
}
