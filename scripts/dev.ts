// npm run dev: Astro's dev server over content/, and the widget bundles it serves under
// /rendir/ rebuilt from source whenever a component or the core changes; the open pages
// then reload by themselves (site/src/lib/integration.ts), no `npm run build` in between.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Source files whose change alters a bundle: not tests, stories or fixtures. */
export function altersBundle(file: string): boolean {
  return (
    /\.(ts|css)$/.test(file) &&
    !/\.(test|stories)\.ts$/.test(file) &&
    !/(^|[/\\])(fixtures|test-support)[/\\]/.test(file)
  );
}

export interface BundleWatcher {
  /** What a file event calls (a path relative to the watched folder). */
  changed(file: string | null): void;
  /** Resolves when no rebuild is running or due. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Calls `rebuild` after a change under `dirs`; changes during a rebuild (an editor writes
 * a file in several steps) make one more rebuild after it, never two at once.
 */
export function watchSources(
  dirs: string[],
  rebuild: () => Promise<void>,
  onError: (error: unknown) => void = console.error,
): BundleWatcher {
  let running: Promise<void> | undefined;
  let due = false;
  const run = (): Promise<void> => {
    due = false;
    return rebuild()
      .catch(onError)
      .then(() => (due ? run() : undefined));
  };
  const changed = (file: string | null) => {
    if (file && !altersBundle(file)) return;
    if (running) {
      due = true;
      return;
    }
    // Started after the events already queued (an editor's save is several), so that they
    // make one rebuild, not two.
    running = new Promise<void>((start) => setImmediate(start))
      .then(run)
      .finally(() => (running = undefined));
  };
  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, { recursive: true }, (_event, file) => changed(file)),
  );
  return {
    changed,
    idle: async () => {
      while (running) await running;
    },
    close: () => watchers.forEach((w) => w.close()),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
  const { bundle } = await import('../packages/components/scripts/bundle.ts');
  const out = at('packages/components/dist/bundle');
  // Built beside, then swapped in: the dev server never serves a half-written folder.
  const rebuild = async () => {
    const started = performance.now();
    const next = `${out}.next`;
    await bundle(next);
    if (existsSync(out)) renameSync(out, `${out}.old`);
    renameSync(next, out);
    rmSync(`${out}.old`, { recursive: true, force: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`dev: widget bundles rebuilt in ${seconds} s`);
  };
  if (!existsSync(out)) await rebuild();
  const watcher = watchSources([at('packages/components/src'), at('packages/core/src')], rebuild);
  const astroBin = at('node_modules/astro/bin/astro.mjs');
  const astro = spawn(process.execPath, [astroBin, 'dev', ...process.argv.slice(2)], {
    cwd: at('site'),
    stdio: 'inherit',
  });
  const stop = () => astro.kill('SIGINT');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  astro.once('exit', (code) => {
    watcher.close();
    process.exitCode = code ?? 0;
  });
}
