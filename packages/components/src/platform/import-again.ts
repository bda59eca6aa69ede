/**
 * Dynamic imports that can be tried again. Chromium remembers a failed `import()` for
 * the life of the page: once a chunk could not load (offline, a timeout), importing the
 * same URL fails at once even when the network is back, so a "try again" button would
 * never work. After a failure, the next attempt imports the module under a fresh URL
 * (`?rendir-retry=N`), which the browser fetches anew.
 */

type Loader<T> = () => Promise<T>;

/** The URL of a loader's module once its import failed (it is named in the error). */
const failedUrls = new WeakMap<Loader<unknown>, string>();
/** Modules imported under a fresh URL, by loader: `loader()` itself would keep failing. */
const recovered = new WeakMap<Loader<unknown>, unknown>();
let attempts = 0;

/**
 * The module URL a failed `import()` names: Chromium ("Failed to fetch dynamically
 * imported module: URL") and Firefox ("error loading dynamically imported module: URL")
 * say it; Safari does not, and its next attempt simply calls the loader again.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const url = /\b(https?:\/\/[^\s'"]+)/.exec(message)?.[1];
  return url?.replace(/[?&]rendir-retry=\d+$/, '');
}

/** `loader()`, or after a failure, the same module under a fresh URL. */
export async function importAgain<T>(loader: Loader<T>): Promise<T> {
  if (recovered.has(loader)) return recovered.get(loader) as T;
  const failed = failedUrls.get(loader);
  try {
    if (!failed) return await loader();
    const fresh = `${failed}${failed.includes('?') ? '&' : '?'}rendir-retry=${++attempts}`;
    const module = (await import(/* @vite-ignore */ fresh)) as T;
    recovered.set(loader, module);
    return module;
  } catch (error) {
    const url = failedModuleUrl(error) ?? failed;
    if (url) failedUrls.set(loader, url);
    throw error;
  }
}
