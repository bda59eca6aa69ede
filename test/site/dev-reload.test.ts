// `npm run dev` shows a component change in the open page: scripts/dev.ts rebuilds the
// widget bundles when a component source changes, and the dev server reloads the pages
// that are open. The test edits a component source (restored afterwards) and waits for the
// page to reload by itself and run the new code: events, never a fixed delay.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, repoRoot } from './helpers.ts';

// The budget viewer's registration file: its bundle is what /presupuesto/ loads.
const source = join(repoRoot, 'packages/components/src/define/rendir-budget-viewer.ts');
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
      [join(repoRoot, 'scripts/dev.ts'), '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: repoRoot,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    dev.stdout!.setEncoding('utf8');
    origin = (await printed(/Local\s+(http:\/\/127\.0\.0\.1:\d+)/))[1];
    browser = await launch();
    page = await browser.newPage();
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      navigations++;
      navigated?.();
    });
  });

  after(async () => {
    writeFileSync(source, original);
    await browser?.close();
    if (dev && dev.exitCode === null)
      await new Promise((exited) => {
        dev.once('exit', exited);
        dev.kill();
      });
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
      try {
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
      } finally {
        // The source as it was, and the bundles rebuilt from it before the server stops.
        const restored = reloadsUntil(undefined);
        writeFileSync(source, original);
        await restored;
      }
    },
  );
});
