/**
 * Smoke test of the built Storybook (`npm run build-storybook` first): every story's
 * iframe renders in Chromium without errors and passes axe with the WCAG 2.2 AA tags.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, serve, watchErrors, type StaticServer } from '../embed/support.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = process.env.STORYBOOK_STATIC ?? join(repo, 'storybook-static');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

const indexFile = join(staticDir, 'index.json');
const stories: IndexEntry[] = existsSync(indexFile)
  ? Object.values(
      (JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> })
        .entries,
    ).filter((e) => e.type === 'story')
  : [];

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

describe('storybook smoke test', { concurrency: 3 }, () => {
  before(async () => {
    server = await serve(staticDir);
    browser = await launch();
    // One context: Storybook's bundle is fetched once and cached for every story.
    context = await browser.newContext();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the static Storybook exists and has stories', () => {
    assert.ok(existsSync(indexFile), `${indexFile} is missing: run npm run build-storybook first`);
    assert.ok(stories.length > 0, 'no stories in index.json');
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const page = await context.newPage();
      // An error story's failed request is logged by the browser; that is the story, not a fault.
      const errors = watchErrors(page);
      const faults = () => errors.filter((e) => !e.includes('Failed to load resource'));
      try {
        await page.goto(
          `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`,
        );
        await page.waitForFunction(
          () => /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
          null,
          { timeout: 20_000 },
        );
        const shown = await page.evaluate(() => document.body.className);
        assert.match(shown, /sb-show-main/, `the story did not render (${shown})`);
        // Let components load their data and settle (the loading stories never do).
        await page.evaluate(async () => {
          const pending = Array.from(document.querySelectorAll('#storybook-root *'))
            .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
            .filter((p): p is Promise<unknown> => !!p);
          await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 2000))]);
          // Data loads (fetch, parsing) settle within a few frames; then the components re-render.
          await new Promise((r) => setTimeout(r, 500));
          const again = Array.from(document.querySelectorAll('#storybook-root *'))
            .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
            .filter((p): p is Promise<unknown> => !!p);
          await Promise.race([Promise.all(again), new Promise((r) => setTimeout(r, 2000))]);
        });
        const undefinedTags = await page.evaluate(() =>
          Array.from(document.querySelectorAll('#storybook-root :not(:defined)'))
            .map((el) => el.localName)
            .filter((name) => name.startsWith('rendir-')),
        );
        assert.deepEqual(undefinedTags, [], 'every rendir-* tag is defined');
        await page.addScriptTag({ path: axePath });
        const runAxe = async () =>
          (await page.evaluate(
            (tags) =>
              (
                window as unknown as {
                  axe: { run: (el: Element, o: object) => Promise<AxeResult> };
                }
              ).axe.run(document.getElementById('storybook-root')!, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations'],
              }),
            WCAG_TAGS,
          )) as AxeResult;
        let result = await runAxe();
        if (result.violations.length > 0) {
          // On a loaded machine a component may still be between two renders: look again.
          await page.waitForTimeout(1500);
          result = await runAxe();
        }
        const violations = result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
        );
        assert.deepEqual(violations, [], 'axe WCAG 2.2 AA violations');
        assert.deepEqual(faults(), [], 'page errors');
      } finally {
        await page.close();
      }
    });
  }
});
