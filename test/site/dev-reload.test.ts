// `npm run dev` shows a component change in the open page: scripts/dev.ts rebuilds the
// widget bundles when a component source changes, and the dev server reloads the pages
// that are open. The test runs `npm run dev` in a copy of the project and edits the copy's
// component source, so that a run stopped at any point leaves the repository as it was (its
// sources and its bundles), and waits for the page to reload by itself and run the new
// code: events, never a fixed delay.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, repoRoot } from './helpers.ts';

/**
 * A copy of what `npm run dev` reads (the dev script, the packages' sources and builds, the
 * site and the content) in a temporary folder whose node_modules links to the repository's
 * installed packages, but for the workspace's own, which link to the copy.
 */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'rendir-dev-reload-'));
  // Caches and outputs stay out: the copy's dev server makes its own.
  const skipped = new Set(['node_modules', '.astro', '.vite', 'cli']);
  for (const path of [
    'package.json',
    'tsconfig.base.json',
    'scripts/dev.ts',
    'packages/core',
    'packages/components',
    'site',
    'content',
  ])
    cpSync(join(repoRoot, path), join(copy, path), {
      recursive: true,
      filter: (from) => !skipped.has(basename(from)) && from !== join(repoRoot, 'site', 'dist'),
    });
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@rendir'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'node_modules')))
    if (name !== '@rendir' && !/^\.(?!bin$)/.test(name))
      symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name));
  for (const [name, folder] of [
    ['core', 'packages/core'],
    ['components', 'packages/components'],
    ['site', 'site'],
  ])
    symlinkSync(join(copy, folder), join(modules, '@rendir', name));
  return copy;
}

const copy = projectCopy();
// The budget viewer's registration file: its bundle is what /presupuesto/ loads.
const source = join(copy, 'packages/components/src/define/rendir-budget-viewer.ts');
const original = readFileSync(source, 'utf8');
const marker = `dev-${process.pid}`;

let dev: ChildProcess;
let origin = '';
let browser: Browser;
let page: Page;

/** Resolves when dev.ts prints a line matching `pattern` (its own or Astro's output). */
function printed(pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: string) => {
      seen += chunk;
      const found = pattern.exec(seen);
      if (!found) return;
      dev.stdout!.off('data', onData);
      resolve(found);
    };
    dev.stdout!.on('data', onData);
    dev.once('exit', (code) => reject(new Error(`npm run dev exited (${code}):\n${seen}`)));
  });
}

const shownMarker = () => page.evaluate(() => document.documentElement.dataset.rendirDev);

/**
 * Reads the page once it has loaded its widget. On a first visit Vite may optimise the
 * dependencies it found and reload the page by itself: the read then goes to the new document.
 */
async function readSettled<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForLoadState('load');
      await page.waitForFunction(() => customElements.get('rendir-budget-viewer') !== undefined);
      return await read();
    } catch (error) {
      if (attempt >= 5 || !/context was destroyed|navigat/i.test(String(error))) throw error;
    }
  }
}

let navigations = 0;
let navigated: (() => void) | undefined;

/**
 * Waits for the page to reload by itself until it runs code that shows `expected` (an edit
 * may bring more than one rebuild, each a reload): each step waits on a navigation event,
 * counted as it comes so that none is missed.
 */
async function reloadsUntil(expected: string | undefined): Promise<void> {
  let seen = navigations;
  for (;;) {
    if (navigations === seen) await new Promise<void>((resolve) => (navigated = resolve));
    seen = navigations;
    try {
      await page.waitForLoadState('load');
      await page.waitForFunction(() => customElements.get('rendir-budget-viewer') !== undefined);
      if ((await shownMarker()) === expected) return;
    } catch (error) {
      // Another reload came while this document was being read: read the next one.
      if (navigations === seen) throw error;
    }
  }
}

describe('npm run dev', () => {
  before(async () => {
    const port = 4900 + Math.floor(Math.random() * 500);
    dev = spawn(
      process.execPath,
      [join(copy, 'scripts/dev.ts'), '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: copy,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    dev.stdout!.setEncoding('utf8');
    origin = (await printed(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/))[1];
    browser = await launch();
    page = await browser.newPage();
    // The dev server compiles a page on its first request and rebuilds the bundles after an
    // edit, each as slowly as the machine's load makes it (page.goto gave up at Playwright's
    // 30 s under two CPU burners): no wait of this page has a clock of its own; the test's
    // 600 s limit stops a dev server that never answers.
    page.setDefaultTimeout(0);
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      navigations++;
      navigated?.();
    });
  });

  after(async () => {
    await browser?.close();
    if (dev && dev.exitCode === null)
      await new Promise((exited) => {
        dev.once('exit', exited);
        dev.kill();
      });
    rmSync(copy, { recursive: true, force: true });
  });

  test(
    'a changed component source reloads the open page with the new bundle',
    { timeout: 600_000 },
    async () => {
      await page.goto(`${origin}/presupuesto/`);
      assert.equal(await readSettled(shownMarker), undefined);
      // Whatever is set on this document is gone once the page has reloaded.
      await readSettled(() =>
        page.evaluate(() => ((window as unknown as { loadedBefore: boolean }).loadedBefore = true)),
      );
      const reloaded = reloadsUntil(marker);
      writeFileSync(
        source,
        `${original}\ndocument.documentElement.dataset.rendirDev = '${marker}';\n`,
      );
      await reloaded;
      assert.equal(
        await page.evaluate(() => (window as unknown as { loadedBefore?: boolean }).loadedBefore),
        undefined,
        'the page reloaded by itself',
      );
      const repoBundle = join(repoRoot, 'packages/components/dist/bundle/rendir-budget-viewer.js');
      assert.ok(!readFileSync(repoBundle, 'utf8').includes(marker), "the repository's bundle");
    },
  );
});
