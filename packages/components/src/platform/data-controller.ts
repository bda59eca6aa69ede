/**
 * One data-loading controller for every widget: from a `src` URL (CSV or JSON), from
 * inline `<script type="text/csv">` / `<script type="application/json">` children (for
 * CMSs that block fetches), or from a JS property. It owns the states (loading, empty,
 * error, ready), aborts on disconnect, times out, retries, and never throws into the
 * host page: every failure becomes a `LoadError` shown by the accessible error state.
 */
import type { ReactiveController } from 'lit';
import { sourceName, yieldToEventLoop, type ContentError } from '@rendir/core';
import { LoadError, toLoadError } from './errors.ts';
import { coreProblemLines, loadProblemWords } from './core-messages.ts';
import { fetchResponse, readJson } from './fetch.ts';
import { warmParser, type ParserName } from './parser.ts';

export { parseRetryAfter } from './fetch.ts';
import type { RendirElement } from './rendir-element.ts';
import { renderEmpty, renderError, renderLoading } from './states.ts';

/** Warning lines already printed on this page. */
const toldConsole = new Set<string>();

export type DataStatus = 'idle' | 'loading' | 'empty' | 'error' | 'ready';

/**
 * Data as read from a URL or an inline child. CSV from a URL comes as bytes so that the
 * core can tell UTF-8 from Windows-1252; pass `input` to the core's readers as it is.
 */
export type RawData =
  | { format: 'csv'; input: string | Uint8Array; file: string }
  | { format: 'json'; value: unknown; file: string };

/** A CSV to read as it arrives (big files): give `source` to `readOffMainThread`. */
export interface CsvStream {
  source: ReadableStream<Uint8Array> | string;
  file: string;
}

export interface LoadContext {
  /** Aborted when the element disconnects, the arguments change, or `retry()` runs. */
  signal: AbortSignal;
  /**
   * `fetch` with the controller's signal and time-out; HTTP errors (429 with
   * `Retry-After` included), time-outs and network faults reject with a `LoadError`.
   */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /**
   * Reads `src` when given, else the inline child `<script type="text/csv">` or
   * `<script type="application/json">` (with `data-name="<name>"` when `name` is given,
   * for a second data set such as milestones). `null` when there is neither.
   */
  read(src: string | null | undefined, options?: { name?: string }): Promise<RawData | null>;
  /**
   * Like `read` for CSV, without waiting for the whole file: hand the source to
   * `readOffMainThread` (parser.ts), which reads it in a worker as the bytes arrive.
   */
  stream(src: string | null | undefined, options?: { name?: string }): Promise<CsvStream | null>;
  /** Lets the browser paint and handle input; call between chunks of a long parse. */
  yield(): Promise<void>;
  /**
   * Tells the page about problems that did not stop the widget: each goes to the console
   * (file:line:column and the message in the widget's language) and all of them in one
   * `rendir-data-warnings` event, so that the people who publish the file can fix it.
   */
  warn(warnings: readonly ContentError[]): void;
}

export interface DataControllerOptions<T> {
  /** The inputs of `load` (attributes, properties); any change (by `Object.is`) reloads. */
  args: () => readonly unknown[];
  /**
   * Produces the widget's data. Return `null`/`undefined` when there is nothing to show
   * (the empty state); throw a `LoadError` (e.g. via `recordsOrThrow`) for content errors.
   */
  load: (context: LoadContext) => Promise<T | null | undefined> | T | null | undefined;
  /** Whether a loaded value counts as empty (default: an empty array). */
  isEmpty?: (value: T) => boolean;
  /**
   * The CSV reader the widget uses (`parsers/<name>.js`): it starts while a CSV `src`
   * downloads, so reading does not wait for it afterwards.
   */
  parser?: ParserName;
  /** Time-out of each request in milliseconds (default 20 000); a function reads an attribute. */
  timeout?: number | (() => number | undefined);
}

const defaultTimeout = 20_000;

/** Removes the indentation CMS editors add around inline data. */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/** CSV or JSON, from the content type first, then the URL's extension. */
export function detectFormat(url: string, contentType: string | null): 'csv' | 'json' {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('csv') || type.includes('tab-separated')) return 'csv';
  let path = url;
  try {
    path = new URL(url, 'http://x/').pathname;
  } catch {
    // Keep the raw string.
  }
  return /\.(geo)?json$/i.test(path) ? 'json' : 'csv';
}

/** The same bytes; a connection lost mid-file rejects with a `LoadError` (network/offline). */
function networkErrorsAsLoadErrors(
  body: ReadableStream<Uint8Array>,
  url: string,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        const loadError = toLoadError(error);
        controller.error(
          loadError.kind === 'unknown'
            ? new LoadError('network', { url, cause: error })
            : loadError,
        );
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A widget's data changed state (loading, empty, error, ready). */
    'rendir-data-state': CustomEvent<{ status: DataStatus; error?: LoadError }>;
    /** The data loaded with problems that did not stop the widget (see `LoadContext.warn`). */
    'rendir-data-warnings': CustomEvent<{ warnings: readonly ContentError[] }>;
  }
}

export class DataController<T> implements ReactiveController {
  /** Current state; read it in `render` (or use `render()` below). */
  status: DataStatus = 'idle';
  /** The loaded data when `status` is `ready`. */
  value: T | undefined = undefined;
  /** Why loading failed when `status` is `error`. */
  error: LoadError | undefined = undefined;

  private readonly host: RendirElement;
  private readonly options: DataControllerOptions<T>;
  private lastArgs: readonly unknown[] | undefined;
  private abort: AbortController | undefined;
  private run = 0;
  private settled: Promise<void> = Promise.resolve();
  /** Reconnected mid-load: the load starts again at the next update. */
  private restarting = false;

  constructor(host: RendirElement, options: DataControllerOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
    host.addDataLoad(this);
  }

  /** Nothing has arrived yet, nor failed (the loading state shows). */
  get pending(): boolean {
    return this.status === 'idle' || this.status === 'loading';
  }

  /** Resolves when the current load has settled (for tests and hosts). */
  get complete(): Promise<void> {
    // Just reconnected: the load that counts starts at the next update, not the aborted one.
    return this.restarting ? this.host.updateComplete.then(() => this.settled) : this.settled;
  }

  hostConnected(): void {
    // Reconnected after a disconnect aborted a load: start again.
    if (this.status === 'loading' && !this.abort) {
      this.lastArgs = undefined;
      this.restarting = true;
      this.host.requestUpdate();
    }
  }

  hostUpdate(): void {
    this.restarting = false;
    const args = [...this.options.args(), this.host.refusedChanges];
    const same =
      this.lastArgs !== undefined &&
      this.lastArgs.length === args.length &&
      args.every((a, i) => Object.is(a, this.lastArgs![i]));
    if (same) return;
    this.lastArgs = args;
    this.start();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  /** Loads again with the same arguments (the retry button calls this). */
  retry = (): void => {
    this.start();
    this.host.requestUpdate();
  };

  private setStatus(status: DataStatus): void {
    this.status = status;
    this.host.emit('rendir-data-state', { status, ...(this.error ? { error: this.error } : {}) });
  }

  private start(): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const run = ++this.run;
    this.error = undefined;
    this.setStatus('loading');
    this.settled = this.perform(abort.signal).then((result) => {
      let outcome = result;
      if (run !== this.run || abort.signal.aborted) return;
      this.abort = undefined;
      if (outcome.ok) {
        const value = outcome.value;
        let empty: boolean;
        try {
          empty =
            value === null ||
            value === undefined ||
            (this.options.isEmpty
              ? this.options.isEmpty(value)
              : Array.isArray(value) && value.length === 0);
        } catch (error) {
          console.error(`rendir: <${this.host.localName}>`, error);
          outcome = { ok: false, error: new LoadError('unknown', { cause: error }) };
          empty = false;
        }
        if (outcome.ok) {
          this.value = value ?? undefined;
          this.setStatus(empty ? 'empty' : 'ready');
        }
      }
      if (!outcome.ok) {
        this.value = undefined;
        this.error = outcome.error;
        this.setStatus('error');
      }
      this.host.requestUpdate();
    });
  }

  private async perform(
    signal: AbortSignal,
  ): Promise<{ ok: true; value: T | null | undefined } | { ok: false; error: LoadError }> {
    try {
      // A property set to a value of the wrong type: the page is told what, and nothing shows.
      const refused = await this.host.propertyProblems();
      if (refused.length) throw new LoadError('content', { contentErrors: refused });
      const value = await this.options.load(this.context(signal));
      return { ok: true, value };
    } catch (error) {
      // The context's fetch, read and stream turn network faults into LoadErrors; anything
      // else thrown by `load` is a bug in the widget's reader: show the error state, and
      // tell its developer on the console.
      if (error instanceof LoadError || error instanceof SyntaxError) {
        const loadError = toLoadError(error);
        // Problems are said in core's words: fetch them before the error state shows.
        if (loadError.contentErrors.length) await loadProblemWords(this.host.locale);
        return { ok: false, error: loadError };
      }
      if (!signal.aborted) console.error(`rendir: <${this.host.localName}>`, error);
      return { ok: false, error: new LoadError('unknown', { cause: error }) };
    }
  }

  private context(signal: AbortSignal): LoadContext {
    const option = this.options.timeout;
    const timeout = (typeof option === 'function' ? option() : option) ?? defaultTimeout;
    const doFetch = (url: string, init: RequestInit = {}): Promise<Response> =>
      fetchResponse(url, { signal, timeout, init });

    const readUrl = async (src: string): Promise<RawData> => {
      if (this.options.parser && detectFormat(src, null) === 'csv') warmParser(this.options.parser);
      const response = await doFetch(src);
      const format = detectFormat(src, response.headers.get('Content-Type'));
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        throw new LoadError('network', { url: src, cause: error });
      }
      const file = sourceName(src);
      if (format === 'csv') return { format, input: bytes, file };
      return { format, value: readJson(new TextDecoder().decode(bytes), file, src), file };
    };

    const readInline = (name?: string): RawData | null => {
      const scripts = Array.from(this.host.querySelectorAll(':scope > script[type]'));
      const script = scripts.find((s) =>
        name ? s.getAttribute('data-name') === name : !s.hasAttribute('data-name'),
      );
      if (!script) return null;
      const type = (script.getAttribute('type') ?? '').toLowerCase();
      const file =
        script.getAttribute('data-file') ?? `<${this.host.localName}> ${name ?? 'inline'}`;
      const text = dedent(script.textContent ?? '');
      if (type.includes('json')) return { format: 'json', value: readJson(text, file), file };
      if (type.includes('csv') || type.includes('tab-separated') || type === 'text/plain') {
        return { format: 'csv', input: text, file };
      }
      return null;
    };

    const stream = async (
      src: string | null | undefined,
      options: { name?: string } = {},
    ): Promise<CsvStream | null> => {
      if (!src) {
        const inline = readInline(options.name);
        if (!inline) return null;
        if (inline.format !== 'csv') throw new LoadError('parse');
        return { source: inline.input as string, file: inline.file };
      }
      if (this.options.parser) warmParser(this.options.parser);
      const response = await doFetch(src);
      if (!response.body) throw new LoadError('network', { url: src });
      return { source: networkErrorsAsLoadErrors(response.body, src), file: sourceName(src) };
    };

    const warn = (warnings: readonly ContentError[]) => {
      if (signal.aborted || warnings.length === 0) return;
      void coreProblemLines(warnings, this.host.locale).then((lines) => {
        for (const said of lines) {
          // Once per page: several widgets often read one file (a plan page, one per eje).
          const line = `rendir: <${this.host.localName}> ${said}`;
          if (toldConsole.has(line)) continue;
          toldConsole.add(line);
          console.warn(line);
        }
      });
      this.host.emit('rendir-data-warnings', { warnings });
    };

    return {
      signal,
      warn,
      fetch: doFetch,
      read: async (src, options = {}) => (src ? readUrl(src) : readInline(options.name)),
      stream,
      // Core's, as its streamed reading uses: it goes on in a background tab without scheduler.yield.
      yield: yieldToEventLoop,
    };
  }

  /**
   * Renders the state: the shared loading, empty and error templates, or `ready(value)`.
   * Pass overrides for custom state templates.
   */
  render(
    ready: (value: T) => unknown,
    overrides: {
      loading?: () => unknown;
      empty?: () => unknown;
      error?: (e: LoadError) => unknown;
    } = {},
  ): unknown {
    const { t, locale } = this.host;
    switch (this.status) {
      case 'ready':
        try {
          return ready(this.value as T);
        } catch (error) {
          // A bug while drawing the data must not break the host page.
          console.error(`rendir: <${this.host.localName}>`, error);
          return renderError(new LoadError('unknown', { cause: error }), t, locale, {
            onRetry: this.retry,
          });
        }
      case 'error':
        return overrides.error
          ? overrides.error(this.error!)
          : renderError(this.error, t, locale, { onRetry: this.retry });
      case 'empty':
      case 'idle':
        return overrides.empty ? overrides.empty() : renderEmpty(t);
      default:
        return overrides.loading ? overrides.loading() : renderLoading(t);
    }
  }
}
