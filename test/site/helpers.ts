// Shared by the site tests: a static server over a built site (what any static host
// does: directory index, 404.html) and a Chromium launcher with the project's flags.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { SITE_CSP } from '../../site/src/lib/deploy.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const siteDist = process.env.RENDIR_DIST ?? join(repoRoot, 'site', 'dist');

/**
 * Runs the `rendir` command (site/bin/rendir.ts) to its end, with `env` added to this
 * process's; no telemetry. A test that reads no search results passes RENDIR_SEARCH=0: the
 * Pagefind index is the build's slowest part it would not read.
 */
export function rendirWith(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'site/bin/rendir.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** The file a static host would serve for a URL path, or undefined. */
export function fileFor(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The site is tested under the CSP `rendir build` tells hosts to send (site/src/lib/deploy.ts). */
export { SITE_CSP };

/**
 * Serves `root` as a static host does; HTML pages carry `SITE_CSP` unless `csp` says otherwise.
 * With a `base` (`/repo/`), as GitHub project pages do: the folder is served under that path
 * only, and every other path is the site's 404.
 */
export async function serve(
  root: string,
  { csp = SITE_CSP, base = '/' }: { csp?: string | null; base?: string } = {},
): Promise<{ server: Server; origin: string }> {
  const policy: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const under = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : undefined;
    const file = under === undefined ? undefined : fileFor(root, under);
    if (!file) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'], ...policy });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, ...(extname(file) === '.html' ? policy : {}) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Chromium as every Rendir test starts it (test/support/chromium.ts). */
export function launch(): Promise<Browser> {
  return launchChromium();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations of the WCAG 2.2 AA tags on a page whose context loaded `axeSource`, each
 * as «id: the first three places»: an empty list is a clean page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = (await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
export const axeSource = readFileSync(
  join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/**
 * Visits everything reachable from `start`, `width` visits at a time (one per browser page,
 * `worker` numbers it): `visit` returns what it found to visit next (the caller skips what
 * it has seen). A worker with nothing to do waits while another may still find more, and
 * all stop when nothing is left and no visit is running.
 */
export async function crawl<T>(
  start: readonly T[],
  width: number,
  visit: (item: T, worker: number) => Promise<readonly T[]>,
): Promise<void> {
  const queue = [...start];
  let running = 0;
  const waiting: (() => void)[] = [];
  const wake = () => waiting.splice(0).forEach((resume) => resume());
  await Promise.all(
    Array.from({ length: width }, async (_, worker) => {
      for (;;) {
        if (queue.length === 0) {
          if (running === 0) return wake();
          await new Promise<void>((resume) => waiting.push(resume));
          continue;
        }
        const item = queue.shift()!;
        running++;
        try {
          queue.push(...(await visit(item, worker)));
        } finally {
          running--;
          wake();
        }
      }
    }),
  );
}
