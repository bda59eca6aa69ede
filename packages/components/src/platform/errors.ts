/** Load errors as values: what went wrong, in a form the error state can explain. */
import type { ContentError } from '@rendir/core';

export type LoadErrorKind =
  'network' | 'offline' | 'timeout' | 'http' | 'rate-limited' | 'parse' | 'content' | 'unknown';

export interface LoadErrorInit {
  status?: number;
  /** Seconds the server asked to wait (HTTP 429 `Retry-After`). */
  retryAfter?: number | null;
  url?: string;
  contentErrors?: readonly ContentError[];
  cause?: unknown;
}

/** Any failure of loading or reading data. Never thrown into the host page. */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly status?: number;
  readonly retryAfter: number | null;
  readonly url?: string;
  readonly contentErrors: readonly ContentError[];

  constructor(kind: LoadErrorKind, init: LoadErrorInit = {}) {
    super(
      `rendir: ${kind}${init.status ? ` ${init.status}` : ''}${init.url ? ` ${init.url}` : ''}`,
      {
        cause: init.cause,
      },
    );
    this.name = 'LoadError';
    this.kind = kind;
    this.status = init.status;
    this.retryAfter = init.retryAfter ?? null;
    this.url = init.url;
    this.contentErrors = init.contentErrors ?? [];
  }
}

/** Normalises anything thrown while loading into a `LoadError`. */
export function toLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  if (error instanceof SyntaxError) return new LoadError('parse', { cause: error });
  if (error instanceof TypeError) {
    // What `fetch` and body readers reject with when the network fails.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return new LoadError(offline ? 'offline' : 'network', { cause: error });
  }
  return new LoadError('unknown', { cause: error });
}

/**
 * Turns a core `ReadResult` into its records, or throws a `content` LoadError carrying
 * every error of the file. Warnings (a link dropped as unsafe, a file read as
 * Windows-1252) do not stop the widget: they go to `context.warn`, which tells the page.
 */
export function recordsOrThrow<T>(
  result: { records: T[]; errors: readonly ContentError[]; warnings?: readonly ContentError[] },
  context?: { warn(warnings: readonly ContentError[]): void },
): T[] {
  if (result.errors.length > 0) throw new LoadError('content', { contentErrors: result.errors });
  if (result.warnings?.length) context?.warn(result.warnings);
  return result.records;
}
