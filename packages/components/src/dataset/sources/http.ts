/**
 * Fetching from open-data portals with every fault turned into a platform `LoadError`:
 * time-out, HTTP errors, 429 with `Retry-After`, offline, broken JSON. An abort by the
 * caller (the element disconnected, a newer query) is rethrown as is.
 */
import { LoadError } from '../../platform/errors.ts';
import { parseRetryAfter } from '../../platform/data-controller.ts';

export interface FetchOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole exchange, body included; 0 for none. */
  timeout: number;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Runs `work` with a signal that aborts on the caller's signal or on the time-out. */
async function guarded<T>(
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

async function checked(url: string, signal: AbortSignal): Promise<Response> {
  const response = await fetch(url, {
    signal,
    credentials: 'omit',
    headers: { Accept: 'application/json' },
  });
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

/** GETs JSON; returns the parsed body and the response headers. */
export function fetchJson(
  url: string,
  options: FetchOptions,
): Promise<{ body: unknown; headers: Headers }> {
  return guarded(url, options, async (signal) => {
    const response = await checked(url, signal);
    const text = await response.text();
    try {
      return { body: JSON.parse(text) as unknown, headers: response.headers };
    } catch (error) {
      throw new LoadError('parse', { url, cause: error });
    }
  });
}

/** GETs a body as a stream of bytes, for the streaming CSV path. */
export function fetchResponse(url: string, options: FetchOptions): Promise<Response> {
  return guarded(url, options, (signal) => checked(url, signal));
}
