/**
 * Every widget's fetch (data files through the DataController, open-data portals' APIs)
 * with every fault turned into a `LoadError`: time-out, HTTP errors, 429 with
 * `Retry-After`, offline, broken JSON. An abort by the caller (the element disconnected,
 * a newer query) is rethrown as is.
 */
import { DEFAULT_LIMITS, fileTooLarge, withoutPrototypes, type Limits } from '@rendir/core';
import { LoadError } from './errors.ts';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Milliseconds until the response (for `fetchJson`, fetch-json.ts, its whole body); 0 for none. */
  timeout: number;
  /** Headers, credentials… (the signal is the one above). */
  init?: RequestInit;
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Runs `work` with a signal that aborts on the caller's signal or on the time-out. */
export async function guarded<T>(
  url: string,
  options: FetchOptions,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = new AbortController();
  let timedOut = false;
  // Linked, not copied: a body still streaming stops when the caller aborts.
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout.signal])
    : timeout.signal;
  const timer =
    options.timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          timeout.abort();
        }, options.timeout)
      : undefined;
  try {
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    return await work(signal);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (timedOut) throw new LoadError('timeout', { url, cause: error });
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new LoadError(offline ? 'offline' : 'network', { url, cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** `fetch` with an HTTP error (429 with its `Retry-After`) as a `LoadError`. */
export async function checked(
  url: string,
  signal: AbortSignal,
  init?: RequestInit,
): Promise<Response> {
  const response = await fetch(url, { ...init, signal });
  if (response.status === 429) {
    throw new LoadError('rate-limited', {
      status: 429,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      url,
    });
  }
  if (!response.ok) throw new LoadError('http', { status: response.status, url });
  return response;
}

/** The response once its headers are in (an HTTP error rejects); read its body yourself. */
export function fetchResponse(url: string, options: FetchOptions): Promise<Response> {
  return guarded(url, options, (signal) => checked(url, signal, options.init));
}

/**
 * JSON data as a widget may use it: within the size limit (else a `content` error naming
 * the limit) and prototype-less (core `withoutPrototypes`), so that a polluted
 * `Object.prototype` cannot fill a field the data lacks. A syntax error is a `parse` error.
 */
export function readJson(
  text: string,
  file: string,
  url?: string,
  limits: Limits = DEFAULT_LIMITS,
): unknown {
  if (text.length > limits.maxFileBytes)
    throw new LoadError('content', {
      url,
      contentErrors: [fileTooLarge(file, text.length, limits)],
    });
  try {
    return withoutPrototypes(JSON.parse(text) as unknown);
  } catch (error) {
    throw new LoadError('parse', { url, cause: error });
  }
}
