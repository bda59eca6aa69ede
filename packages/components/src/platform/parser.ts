/**
 * Reading CSV off the main thread, as widgets call it. The code that starts the CSV readers
 * and talks to them (parser-runner.ts) loads with the first CSV to read, while that CSV
 * downloads (`warmParser`), so a widget fed JSON or properties never loads it, and the
 * widget bundles stay small.
 */
import { importAgain } from './import-again.ts';
import type { ParserHooks, ParserJobKind, ParserJobs } from './parser-worker.ts';
import type { ParserName } from './parser-runner.ts';

export type { ParserJobKind, ParserJobs, ParserSource } from './parser-worker.ts';
export type { ParserName } from './parser-runner.ts';

type Runner = typeof import('./parser-runner.ts');

/**
 * The runner, loaded once. One promise for every caller, so a warm-up asked before a read
 * reaches the runner before that read does (two `import()` calls may settle in either
 * order, and a read that came first would start a second worker). Forgotten when the
 * load fails, so the next read tries again.
 */
let runnerLoad: Promise<Runner> | undefined;
const runnerModule = () => import('./parser-runner.ts');
function runner(): Promise<Runner> {
  runnerLoad ??= importAgain(runnerModule).catch((error: unknown) => {
    runnerLoad = undefined;
    throw error;
  });
  return runnerLoad;
}

/**
 * Starts the reader a widget will need while its CSV is still downloading (see
 * parser-runner.ts). A runner that cannot load is reported by the read that follows.
 */
export function warmParser(name: ParserName): void {
  runner().then(
    (r) => r.warmParser(name),
    () => undefined,
  );
}

/**
 * Runs a reading job off the main thread where the page allows it (see parser-runner.ts).
 * A runner that cannot load (offline) rejects like a failed download, so the widget shows
 * its network error with a retry.
 */
export async function readOffMainThread<K extends ParserJobKind>(
  kind: K,
  sources: ParserJobs[K]['sources'],
  options: ParserJobs[K]['options'],
  hooks: ParserHooks = {},
): Promise<ParserJobs[K]['result']> {
  return (await runner()).readOffMainThread(kind, sources, options, hooks);
}
