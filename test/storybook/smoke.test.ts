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
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/**
 * In the page: true once every rendir-* element under the story root (shadow roots
 * included) is defined, has rendered, has no update pending and shows no loading state;
 * for a Loading story, once they have rendered and one shows it.
 */
function settled(loadingStory: boolean): boolean {
  type Lit = Element & { isUpdatePending?: boolean };
  const found: Lit[] = [];
  const walk = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll<Lit>('*'))) {
      if (el.localName.startsWith('rendir-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const storyRoot = document.getElementById('storybook-root');
  if (!storyRoot) return false;
  walk(storyRoot);
  if (found.length === 0) return false;
  const ready = found.every((el) => {
    const root = el.shadowRoot;
    return (
      !!customElements.get(el.localName) &&
      !!root &&
      root.childElementCount > 0 &&
      !el.isUpdatePending
    );
  });
  const loading = found.filter((el) => el.shadowRoot!.querySelector('[data-state=loading]'));
  return ready && (loadingStory ? loading.length > 0 : loading.length === 0);
}

/** What the preview says when it has shown a story, by Storybook's event names. */
const OUTCOMES: Record<string, string> = {
  storyRendered: 'rendered',
  storyErrored: 'errored',
  storyThrewException: 'threw an exception',
  playFunctionThrewException: 'its play function threw',
  storyMissing: 'missing',
};

/**
 * In the page: asks the preview already loaded to show story `id` (as Storybook's manager
 * does when one picks a story) and resolves with the first outcome the preview announces.
 */
function showStory([id, outcomes]: [string, Record<string, string>]): Promise<string> {
  type Channel = {
    on(event: string, listener: (...args: unknown[]) => void): void;
    off(event: string, listener: (...args: unknown[]) => void): void;
    emit(event: string, ...args: unknown[]): void;
  };
  const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
    .__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((resolve) => {
    const listeners = Object.entries(outcomes).map(([event, outcome]) => {
      const listener = (...args: unknown[]) => {
        const about = args[0];
        const storyId =
          typeof about === 'string' ? about : (about as { storyId?: string } | undefined)?.storyId;
        if (storyId !== undefined && storyId !== id) return;
        for (const [name, fn] of listeners) channel.off(name, fn);
        resolve(outcome);
      };
      channel.on(event, listener);
      return [event, listener] as const;
    });
    channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  });
}

/** A preview page that has shown a story: later stories are shown in it, not loaded anew. */
interface Preview {
  page: Page;
  errors: string[];
  addonAxe: string[];
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Previews not in use; a story takes one, or loads a new one when none is free. */
const free: Preview[] = [];

/**
 * Story `id` shown in a free preview (the iframe loaded once per concurrent test: its
 * bundle holds every story, and loading it was most of each story's time), or in a new
 * one. The a11y addon's own axe run is switched off (globals a11y.manual): two axe runs
 * in one page collide ("Axe is already running"). Its chunk must not load.
 */
async function previewOf(id: string): Promise<Preview> {
  const reused = free.pop();
  if (reused) {
    const outcome = await reused.page.evaluate(showStory, [id, OUTCOMES] as [
      string,
      Record<string, string>,
    ]);
    if (outcome !== 'rendered') {
      await reused.page.close();
      assert.fail(`the story ${outcome}`);
    }
    return reused;
  }
  const page = await context.newPage();
  // An error story's failed request is logged by the browser; that is the story, not a fault.
  const preview: Preview = { page, errors: watchErrors(page), addonAxe: [] };
  page.on('request', (r) => {
    if (/\/assets\/axe-[^/]*\.js$/.test(new URL(r.url()).pathname)) preview.addonAxe.push(r.url());
  });
  await page.goto(
    `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`,
  );
  await page.waitForFunction(() =>
    /sb-show-(main|errordisplay|nopreview)/.test(document.body.className),
  );
  return preview;
}

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
      const preview = await previewOf(story.id);
      const { page } = preview;
      try {
        await check(preview, story);
        // Only a preview that passed shows the next story: a failure leaves no state behind.
        free.push(preview);
      } catch (error) {
        await page.close();
        throw error;
      }
    });
  }
});

/** The story shown in `preview` renders without errors and passes axe. */
async function check({ page, errors, addonAxe }: Preview, story: IndexEntry): Promise<void> {
  const errorsBefore = errors.length;
  const faults = () =>
    errors.slice(errorsBefore).filter((e) => !e.includes('Failed to load resource'));
  const shown = await page.evaluate(() => document.body.className);
  assert.match(shown, /sb-show-main/, `the story did not render (${shown})`);
  // Wait for the components' own signal, not for a time: every rendir-* element has
  // rendered and none shows a loading state (a Loading story: every one shows it).
  await page.waitForFunction(settled, story.name === 'Loading', { polling: 'raf' });
  const undefinedTags = await page.evaluate(() =>
    Array.from(document.querySelectorAll('#storybook-root :not(:defined)'))
      .map((el) => el.localName)
      .filter((name) => name.startsWith('rendir-')),
  );
  assert.deepEqual(undefinedTags, [], 'every rendir-* tag is defined');
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
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await runAxe();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  assert.deepEqual(violations, [], 'axe WCAG 2.2 AA violations');
  assert.deepEqual(faults(), [], 'page errors');
  assert.deepEqual(addonAxe, [], "the a11y addon's axe did not run");
}
