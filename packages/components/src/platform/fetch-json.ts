/**
 * An open-data portal's JSON API, fetched as every widget fetches (fetch.ts): apart from it
 * because only the portal sources, loaded on first use, ask for JSON this way.
 */
import { checked, guarded, readJson, type FetchOptions } from './fetch.ts';

/** GETs JSON; returns the parsed body and the response headers. */
export function fetchJson(
  url: string,
  options: FetchOptions,
): Promise<{ body: unknown; headers: Headers }> {
  return guarded(url, options, async (signal) => {
    const response = await checked(url, signal, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      ...options.init,
    });
    return { body: readJson(await response.text(), url, url), headers: response.headers };
  });
}
