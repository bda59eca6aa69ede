// The page without JavaScript and the widget that replaces its fallback say the same thing:
// for each indicator of the example site, the same status and the same word for it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { INDICATOR_STATUSES, STATUS_LABELS } from '@rendir/core';
import { launch, serve, siteDist } from './helpers.ts';

let server: Server;
let origin: string;
let browser: Browser;

interface Shown {
  status: string;
  word: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each indicator's status and word in the page's own table, JavaScript off. */
async function pageStatuses(path: string): Promise<Map<string, Shown>> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(origin + path);
  const rows = await page.locator('main tr[data-indicator]').evaluateAll((trs) =>
    trs.map((tr) => {
      const status = tr.querySelector('[data-status]');
      return {
        name: tr.querySelector('th')?.querySelector('a')?.textContent ?? '',
        status: status?.getAttribute('data-status') ?? '',
        word: status?.textContent ?? '',
      };
    }),
  );
  await context.close();
  // The word follows an icon hidden from assistive technology.
  return new Map(
    rows.map((r) => [
      squash(r.name),
      { status: r.status, word: squash(r.word).replace(/^\S+ /, '') },
    ]),
  );
}

/** Each indicator's status and word in the tracker's cards, JavaScript on. */
async function widgetStatuses(path: string, count: number): Promise<Map<string, Shown>> {
  const page = await browser.newPage();
  await page.goto(origin + path);
  const cards = page.locator('rendir-indicator-tracker .card');
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('rendir-indicator-tracker')].some(
        (el) => (el.shadowRoot?.querySelectorAll('.card [part="status"]').length ?? 0) >= n,
      ),
    count,
  );
  const shown = await cards.evaluateAll((all) =>
    all.map((card) => {
      const status = card.querySelector('[part="status"]');
      return {
        name: card.querySelector('h3')?.textContent ?? '',
        status: status?.getAttribute('data-status') ?? '',
        word: status?.textContent ?? '',
      };
    }),
  );
  await page.close();
  return new Map(shown.map((c) => [squash(c.name), { status: c.status, word: squash(c.word) }]));
}

describe('the page without JavaScript and its widget agree', () => {
  before(async () => {
    ({ server, origin } = await serve(siteDist));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [path, lang] of [
    ['/indicadores/', 'es'],
    ['/en/indicators/', 'en'],
  ] as const) {
    test(`${path}: each indicator's status, in the same words as the tracker and core`, async () => {
      const noJs = await pageStatuses(path);
      assert.ok(noJs.size >= 10, `${path} lists the example's indicators (${noJs.size})`);
      const widget = await widgetStatuses(path, noJs.size);
      assert.equal(widget.size, noJs.size);
      for (const [name, fallback] of noJs) {
        assert.deepEqual(widget.get(name), fallback, name);
        assert.ok(
          INDICATOR_STATUSES.some((s) => s === fallback.status),
          fallback.status,
        );
        assert.equal(
          fallback.word,
          STATUS_LABELS[fallback.status as keyof typeof STATUS_LABELS][lang],
          name,
        );
      }
    });
  }
});
