/**
 * Reads CSV off the main thread (widgets reach this through parser.ts, which loads it with
 * the first CSV to read). The reading code (papaparse, the core's schema readers)
 * lives in `parsers/<reader>.js`, beside the widget bundles, one file per reader, and
 * loads only when a widget has CSV to read. It runs as a module Worker when the page
 * allows one. A bundle served from another origin (a CDN) starts it through a same-origin
 * blob: worker that imports the file (a Worker's own script must be same-origin). A page
 * whose CSP forbids such workers gets the same module imported on the main thread
 * instead, where reading goes in slices that yield to the browser. Either way the widget
 * receives the same records and errors.
 */
import {
  DEFAULT_LIMITS,
  fileTooLarge,
  withoutPrototypes,
  withoutPrototypesSteps,
} from '@rendir/core';
import { runInSlices } from './slices.ts';
import { importAgain } from './import-again.ts';
import { LoadError } from './errors.ts';
import type {
  FromWorker,
  ParserHooks,
  ParserJobKind,
  ParserJobs,
  ParserSource,
  ToWorker,
} from './parser-worker.ts';

export type { ParserJobKind, ParserJobs, ParserSource } from './parser-worker.ts';

/** Inline text or bytes smaller than this are read on the main thread: a worker's start costs more. */
export const WORKER_THRESHOLD = 64 * 1024;

/** Where the last read ran ('worker' or 'main'), for tests and the curious. */
export let lastParserThread: 'worker' | 'main' | undefined;

/** `false` once a worker failed to start on this page: later reads skip the attempt. */
let workersAllowed: boolean | undefined;

/** The parser file that serves each job. */
export type ParserName = 'budget' | 'indicators' | 'commitments' | 'table';
const parserOf: Record<ParserJobKind, ParserName> = {
  budget: 'budget',
  indicators: 'indicators',
  commitments: 'commitments',
  milestones: 'commitments',
  table: 'table',
};

type ParserModule = typeof import('./parsers/budget.ts');

/** The parser as a module, on the main thread (loaded once, only when needed). */
/** The readers as modules, for the main thread (no worker on this page). */
const readerModules: Record<ParserName, () => Promise<ParserModule>> = {
  budget: () => import('./parsers/budget.js'),
  indicators: () => import('./parsers/indicators.js'),
  commitments: () => import('./parsers/commitments.js'),
  table: () => import('./parsers/table.js'),
};

function inThread(name: ParserName): Promise<ParserModule> {
  return importAgain(readerModules[name]);
}

/** The parser files, named as written in startWorker (the bundler re-bases both forms). */
const parserFiles: Record<ParserName, string> = {
  budget: './parsers/budget.js',
  indicators: './parsers/indicators.js',
  commitments: './parsers/commitments.js',
  table: './parsers/table.js',
};

/**
 * Starts a parser worker. Each is written out (`new Worker(new URL(…, import.meta.url),
 * { type: 'module' })`) so that Vite and other bundlers emit the worker files with the
 * application.
 */
function startWorker(name: ParserName): Worker {
  // From another origin (a CDN), through a blob: worker. `here`, not import.meta.url, as
  // the base: bundlers would take `new URL(…, import.meta.url)` for an asset to emit.
  const here = import.meta.url;
  if (new URL(here).origin !== location.origin)
    return crossOriginWorker(new URL(parserFiles[name], here));
  switch (name) {
    case 'budget':
      return new Worker(new URL('./parsers/budget.js', import.meta.url), { type: 'module' });
    case 'indicators':
      return new Worker(new URL('./parsers/indicators.js', import.meta.url), { type: 'module' });
    case 'commitments':
      return new Worker(new URL('./parsers/commitments.js', import.meta.url), { type: 'module' });
    case 'table':
      return new Worker(new URL('./parsers/table.js', import.meta.url), { type: 'module' });
  }
}

/** One blob: script per parser file, kept for the page's life (a few bytes each). */
const trampolines = new Map<string, string>();

/**
 * A module worker whose same-origin blob: script imports the parser from its origin
 * (served with CORS, as npm CDNs do); its own imports resolve there. A CSP without blob:
 * in worker-src refuses it: the worker's error event then sends reading to the main thread.
 */
function crossOriginWorker(file: URL): Worker {
  let source = trampolines.get(file.href);
  if (!source) {
    const script = `import ${JSON.stringify(file.href)};`;
    source = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    trampolines.set(file.href, source);
  }
  return new Worker(source, { type: 'module' });
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** Workers started ahead of their job (see `warmParser`), taken by the next read. */
const warm = new Map<ParserName, Promise<Worker | null>>();

/**
 * Starts the parser a widget will need now, while its CSV is still downloading, so that
 * reading does not wait for the worker's script afterwards. The next read takes it.
 */
export function warmParser(name: ParserName): void {
  if (warm.has(name) || workersAllowed === false || typeof Worker !== 'function') return;
  const started = readyWorker(name, undefined).catch(() => null);
  warm.set(name, started);
  // Not taken (the download failed, the element left the page): do not keep it running.
  setTimeout(() => {
    if (warm.get(name) !== started) return;
    warm.delete(name);
    void started.then((worker) => worker?.terminate());
  }, 30_000);
}

/** Resolves with a started worker, or `null` when this page cannot run one. */
function readyWorker(name: ParserName, signal: AbortSignal | undefined): Promise<Worker | null> {
  if (workersAllowed === false || typeof Worker !== 'function') return Promise.resolve(null);
  let worker: Worker;
  try {
    worker = startWorker(name);
  } catch {
    // A Worker the page cannot start throws at once (SecurityError).
    workersAllowed = false;
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const settle = (ok: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (ok) resolve(worker);
      else {
        worker.terminate();
        resolve(null);
      }
    };
    const onMessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type !== 'ready') return;
      workersAllowed = true;
      settle(true);
    };
    // Blocked by the page's CSP, or the file is missing: read on the main thread, and do not
    // try workers again on this page. Offline, the script could not be fetched: this read
    // runs on the main thread, the next tries a worker again.
    const onError = (event: Event) => {
      event.preventDefault();
      if (navigator.onLine !== false) workersAllowed = false;
      settle(false);
    };
    const onAbort = () => {
      worker.terminate();
      reject(abortError(signal!));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function small(sources: Record<string, ParserSource | undefined>): boolean {
  let size = 0;
  for (const source of Object.values(sources)) {
    if (source === undefined) continue;
    if (typeof source === 'string') size += source.length;
    else if (source instanceof Uint8Array) size += source.byteLength;
    else return false;
  }
  return size < WORKER_THRESHOLD;
}

/** Sends the job and the bytes of its streams; settles with the worker's answer. */
function runInWorker<K extends ParserJobKind>(
  worker: Worker,
  kind: K,
  sources: ParserJobs[K]['sources'],
  options: ParserJobs[K]['options'],
  hooks: ParserHooks,
): Promise<ParserJobs[K]['result']> {
  const { signal } = hooks;
  return new Promise((resolve, reject) => {
    const streams: [string, ReadableStream<Uint8Array>][] = [];
    const inline: Record<string, string | Uint8Array | null> = {};
    const transfer: ArrayBuffer[] = [];
    for (const [name, source] of Object.entries(sources as Record<string, ParserSource>)) {
      if (source === undefined) continue;
      if (typeof source === 'string') inline[name] = source;
      else if (source instanceof Uint8Array) {
        const bytes = source.slice();
        inline[name] = bytes;
        transfer.push(bytes.buffer);
      } else {
        inline[name] = null;
        streams.push([name, source]);
      }
    }
    const readers: ReadableStreamDefaultReader<Uint8Array>[] = [];
    // Past its time budget after the last byte arrived, the worker is stopped: a slow
    // download is waited for, a hostile file's parse is not.
    const budgetMs = hooks.budgetMs ?? DEFAULT_LIMITS.parseBudgetMs;
    let budget: ReturnType<typeof setTimeout> | undefined;
    let finished = false;
    const arm = () => {
      clearTimeout(budget);
      if (finished) return;
      budget = setTimeout(() => {
        finish();
        reject(new LoadError('timeout', { cause: new Error(`parse budget of ${budgetMs} ms`) }));
      }, budgetMs);
    };
    const finish = () => {
      finished = true;
      clearTimeout(budget);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      for (const reader of readers) reader.cancel().catch(() => {});
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    arm();
    // Records that came ahead of the result, in batches (the worker's postResult).
    const records: unknown[] = [];
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'rows') hooks.onRows?.(message.rows, message.headers, message.batch);
      else if (message.type === 'reset') hooks.onReset?.();
      else if (message.type === 'records') {
        for (const record of message.records) records.push(record);
      } else if (message.type === 'done') {
        finish();
        const result = message.result as { records?: unknown[] };
        if (records.length) result.records = records;
        resolve(result as ParserJobs[K]['result']);
      } else if (message.type === 'failed') {
        finish();
        reject(new LoadError('parse', { cause: new Error(message.message) }));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      reject(new LoadError('parse', { cause: new Error(event.message) }));
    });
    worker.postMessage(
      { type: 'job', kind, options, sources: inline } satisfies ToWorker,
      transfer,
    );
    // Network errors of a stream (a connection lost mid-file) reject the read.
    for (const [name, stream] of streams) {
      const reader = stream.getReader();
      readers.push(reader);
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            // Moved, not copied; a view into a larger or shared buffer is copied first.
            const own =
              value.buffer instanceof ArrayBuffer &&
              value.byteOffset === 0 &&
              value.byteLength === value.buffer.byteLength
                ? value
                : value.slice();
            worker.postMessage({ type: 'chunk', name, bytes: own } satisfies ToWorker, [
              own.buffer as ArrayBuffer,
            ]);
            arm();
          }
          worker.postMessage({ type: 'end', name } satisfies ToWorker);
        } catch (error) {
          finish();
          reject(error);
        }
      })();
    }
  });
}

/**
 * Runs a reading job (`budget`, `indicators`, `commitments`, `milestones`, or `table`
 * for rows in batches) off the main thread where the page allows it. Rejects with the
 * signal's reason when aborted; the worker is stopped at once.
 */
export async function readOffMainThread<K extends ParserJobKind>(
  kind: K,
  sources: ParserJobs[K]['sources'],
  options: ParserJobs[K]['options'],
  hooks: ParserHooks = {},
): Promise<ParserJobs[K]['result']> {
  const limited = sizeLimited(sources, (options as { file?: string }).file ?? '');
  // Records never inherit: a polluted Object.prototype cannot fill a field the data lacks.
  // 10,000 records are some 40,000 objects: in slices when the caller can yield.
  const result = await read(kind, limited, options, hooks);
  return hooks.yield
    ? runInSlices(withoutPrototypesSteps(result), hooks.yield)
    : withoutPrototypes(result);
}

/**
 * The sources with the size limit on them: inline text or bytes past it are refused at
 * once, a stream (a remote file) errors as soon as it passes it.
 */
function sizeLimited<S extends Record<string, ParserSource | undefined>>(
  sources: S,
  file: string,
): S {
  const max = DEFAULT_LIMITS.maxFileBytes;
  const tooLarge = (bytes: number) =>
    new LoadError('content', { contentErrors: [fileTooLarge(file, bytes, DEFAULT_LIMITS)] });
  const out: Record<string, ParserSource | undefined> = {};
  for (const [name, source] of Object.entries(sources)) {
    if (typeof source === 'string' && source.length > max) throw tooLarge(source.length);
    if (source instanceof Uint8Array && source.byteLength > max) throw tooLarge(source.byteLength);
    if (!(source instanceof ReadableStream)) {
      out[name] = source;
      continue;
    }
    let seen = 0;
    out[name] = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > max) controller.error(tooLarge(seen));
          else controller.enqueue(chunk);
        },
      }),
    );
  }
  return out as S;
}

async function read<K extends ParserJobKind>(
  kind: K,
  sources: ParserJobs[K]['sources'],
  options: ParserJobs[K]['options'],
  hooks: ParserHooks,
): Promise<ParserJobs[K]['result']> {
  if (hooks.signal?.aborted) throw abortError(hooks.signal);
  const name = parserOf[kind];
  // A worker warmed while the file downloaded is used whatever the size: it is paid for.
  const started = warm.get(name);
  warm.delete(name);
  let worker: Worker | null = null;
  if (started) worker = await started;
  else if (!small(sources)) worker = await readyWorker(name, hooks.signal);
  if (hooks.signal?.aborted) {
    worker?.terminate();
    throw abortError(hooks.signal);
  }
  if (worker) {
    lastParserThread = 'worker';
    return runInWorker(worker, kind, sources, options, hooks);
  }
  lastParserThread = 'main';
  let module: ParserModule;
  try {
    module = await inThread(name);
  } catch (error) {
    throw new LoadError('network', { cause: error });
  }
  const run = module.jobs[kind] as (
    s: typeof sources,
    o: typeof options,
    h: ParserHooks,
    inWorker: boolean,
  ) => Promise<ParserJobs[K]['result']>;
  // A stream that stops delivering must not hold an aborted read.
  const { signal } = hooks;
  if (!signal) return run(sources, options, hooks, false);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    run(sources, options, hooks, false)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** For tests: forget whether workers failed on this page. */
export function resetParserForTests(): void {
  workersAllowed = undefined;
  for (const started of warm.values()) void started.then((worker) => worker?.terminate());
  warm.clear();
  lastParserThread = undefined;
}
