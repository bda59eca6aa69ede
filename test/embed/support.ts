/**
 * Helpers for the embed tests: a tiny static server (files from a folder plus pages
 * given as strings, with optional headers such as a CSP), a Chromium from playwright-core
 * (CHROME_PATH, else Debian's chromium), and the built example site served with one.
 */
import { after, before } from 'node:test';
import { createServer, type Server } from 'node:http';
import { existsSync, globSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { serve as serveSite, siteDist } from '../site/helpers.ts';

export {
  chromiumArgs,
  chromiumPath,
  launchChromium as launch,
  PATIENCE_MS,
} from '../support/chromium.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Page_ {
  /** Text, or bytes served as they are (a file in its own encoding). */
  body: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface StaticServer {
  origin: string;
  /** Adds or replaces a page served from memory. */
  page(path: string, body: string | Uint8Array, headers?: Record<string, string>): void;
  /**
   * Holds every request for `path` until `release()` is called (data arriving late, without
   * timers: the test decides when). Released paths answer at once from then on.
   */
  hold(path: string): { release(): void };
  close(): Promise<void>;
}

/** Serves `dir` (if given) and in-memory pages on 127.0.0.1 at a free port. */
export async function serve(dir?: string): Promise<StaticServer> {
  const pages = new Map<string, Page_>();
  const held = new Map<string, { waiting: (() => void)[]; released: boolean }>();
  const root = dir ? resolve(dir) : undefined;
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // A request that never answers, for loading states.
    if (path.startsWith('/__hang__/')) return;
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const gate = held.get(path);
    if (gate && !gate.released) await new Promise<void>((go) => gate.waiting.push(go));
    const inMemory = pages.get(path);
    if (inMemory) {
      res.writeHead(200, {
        'Content-Type': types[extname(path)] ?? types['.html'],
        ...inMemory.headers,
      });
      res.end(inMemory.body);
      return;
    }
    if (root) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file.startsWith(root)) {
        try {
          if ((await stat(file)).isFile()) {
            res.writeHead(200, {
              'Content-Type': types[extname(file)] ?? 'application/octet-stream',
              // As a CDN serves them: module scripts load across origins.
              'Access-Control-Allow-Origin': '*',
            });
            res.end(await readFile(file));
            return;
          }
        } catch {
          // Not found below.
        }
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, body, headers) => pages.set(path, { body, headers }),
    hold: (path) => {
      const gate = { waiting: [] as (() => void)[], released: false };
      held.set(path, gate);
      return {
        release: () => {
          gate.released = true;
          for (const go of gate.waiting.splice(0)) go();
        },
      };
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Collects page errors, console errors and CSP violations of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folder `npm run build` put the widget bundles in, as a host serves it: the
 * components' dist/, its bundles under /bundle/. The embed tests load these bundles, the
 * ones a site and a CDN publish, rather than bundling again each. Refused when missing, or
 * older than a source they are made of (a test must not pass on yesterday's code).
 */
export function builtBundles(): string {
  const dist = join(repo, 'packages/components/dist');
  const bundle = join(dist, 'bundle/rendir-all.js');
  const rebuild = 'npm run build (or npm run bundle --workspace @rendir/components)';
  if (!existsSync(bundle)) throw new Error(`No widget bundles: ${rebuild} first`);
  const sources = globSync(
    [
      'packages/core/src/**/*.{ts,css,json}',
      'packages/components/src/**/*.{ts,css,json}',
      'packages/components/scripts/*.ts',
    ],
    { cwd: repo },
  ).filter((file) => !/\.(test|stories)\.ts$|\/(test-support|fixtures)\//.test(file));
  const built = statSync(bundle).mtimeMs;
  const newer = sources.filter((file) => statSync(join(repo, file)).mtimeMs > built);
  if (newer.length)
    throw new Error(
      `The widget bundles are older than ${newer.slice(0, 3).join(', ')}: ${rebuild}`,
    );
  return dist;
}

export interface BuiltSite {
  /** Where the built site answers (http://127.0.0.1:port). */
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * The example site `npm run build` wrote (site/dist), served as a static host serves it
 * (under the CSP `rendir build` prints), and one Chromium, for the tests of the calling file:
 * registers its `before` and `after` hooks. Read the fields inside tests, once `before` ran.
 */
export function useBuiltSite(): BuiltSite {
  let site: { server: Server; origin: string } | undefined;
  let browser: Browser | undefined;
  before(async () => {
    if (!existsSync(join(siteDist, 'index.html')))
      throw new Error(`No built site in ${siteDist}: npm run build first`);
    site = await serveSite(siteDist);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => (site ? site.server.close(done) : done(undefined)));
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBuiltSite: read in a test, after its before hook');
    return value;
  };
  return {
    get origin() {
      return started(site).origin;
    },
    get browser() {
      return started(browser);
    },
  };
}
