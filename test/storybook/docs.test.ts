/**
 * The built Storybook's docs pages, as a designer reads them (`npm run build-storybook`
 * first): each widget has a usage section, the preview uses a sans-serif system font (the
 * widgets inherit the page's font; it was the browser's Times), and the args table lists
 * what a page author sets, not the class's internals.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launch, PATIENCE_MS, serve, type StaticServer } from '../embed/support.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = process.env.STORYBOOK_STATIC ?? join(repo, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const docs: string[] = existsSync(indexFile)
  ? Object.values(
      (
        JSON.parse(readFileSync(indexFile, 'utf8')) as {
          entries: Record<string, { id: string; type: string }>;
        }
      ).entries,
    )
      .filter((e) => e.type === 'docs' && e.id.startsWith('widgets-'))
      .map((e) => e.id)
  : [];

/** Members every Rendir element has that no page author sets. */
const INTERNALS = ['catalogues', 'dependencies', 'locale', 'intlLocale', 't', 'loaded'];

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await serve(staticDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook docs pages for designers', () => {
  it('has a docs page per widget', () => {
    assert.ok(docs.length >= 5, `docs pages: ${docs.join(', ')}`);
  });

  for (const id of docs) {
    it(`${id}: usage, the widgets' font, only public members`, async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/iframe.html?viewMode=docs&id=${id}`);
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: PATIENCE_MS });
      // The usage section's code block is highlighted after the args table may have drawn:
      // wait for its text rather than read the page at one moment.
      await page
        .waitForFunction(
          () =>
            [...document.querySelectorAll('pre')].some((p) =>
              /<script type="module" src="[^"]+\/rendir\/rendir-[a-z-]+\.js"><\/script>/.test(
                p.textContent ?? '',
              ),
            ),
          undefined,
          { timeout: PATIENCE_MS },
        )
        .catch(() => undefined);
      const found = await page.evaluate(() => ({
        usage: [...document.querySelectorAll('h3')].some((h) => h.textContent === 'Usage'),
        snippet: [...document.querySelectorAll('pre')].some((p) =>
          /<script type="module" src="[^"]+\/rendir\/rendir-[a-z-]+\.js"><\/script>/.test(
            p.textContent ?? '',
          ),
        ),
        font: getComputedStyle(document.body).fontFamily,
        rows: [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')].map(
          (td) => (td.textContent ?? '').trim(),
        ),
      }));
      assert.ok(found.usage && found.snippet, 'a usage section with the script embed');
      assert.match(found.font, /^system-ui/);
      assert.ok(found.rows.includes('src'), 'the attributes are listed');
      assert.deepEqual(
        found.rows.filter((name) => INTERNALS.includes(name)),
        [],
        'class internals listed',
      );
      await page.close();
    });
  }
});
