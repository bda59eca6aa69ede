/**
 * Themes and user preferences in a real page: the host page decides (light unless the
 * page is dark, `theme="auto"` follows the system), a page-wide `data-rendir-theme`,
 * forced colours, reduced motion. Uses a widget bundle as a host page would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { builtBundles, launch, serve, type StaticServer } from './support.ts';

const TAG = 'rendir-indicator-tracker';

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await serve(builtBundles());
  const page = (htmlAttributes: string, body: string) =>
    `<!doctype html><html lang="es"${htmlAttributes}><head><meta charset="utf-8"><title>t</title>` +
    `<script type="module" src="/bundle/${TAG}.js"></script></head><body>${body}</body></html>`;
  server.page('/auto.html', page('', `<${TAG} src="/__hang__/a.csv"></${TAG}>`));
  server.page(
    '/dark-page.html',
    page(' style="color-scheme: dark"', `<${TAG} src="/__hang__/a.csv"></${TAG}>`),
  );
  server.page(
    '/dark-meta.html',
    page('', `<meta name="color-scheme" content="dark"><${TAG} src="/__hang__/a.csv"></${TAG}>`),
  );
  server.page(
    '/both-page.html',
    page(' style="color-scheme: light dark"', `<${TAG} src="/__hang__/a.csv"></${TAG}>`),
  );
  server.page('/own-auto.html', page('', `<${TAG} theme="auto" src="/__hang__/a.csv"></${TAG}>`));
  server.page(
    '/page-auto.html',
    page(' data-rendir-theme="auto"', `<${TAG} src="/__hang__/a.csv"></${TAG}>`),
  );
  server.page(
    '/page-dark.html',
    page(' data-rendir-theme="dark"', `<${TAG} src="/__hang__/a.csv"></${TAG}>`),
  );
  server.page(
    '/own-light.html',
    page(' data-rendir-theme="dark"', `<${TAG} theme="light" src="/__hang__/a.csv"></${TAG}>`),
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, media: Parameters<Page['emulateMedia']>[0] = {}) {
  const page = await browser.newPage();
  await page.emulateMedia(media);
  await page.goto(server.origin + path);
  await page.waitForFunction(
    (tag) => !!document.querySelector(tag)?.shadowRoot?.querySelector('[role=status]'),
    TAG,
  );
  return page;
}

const hostStyle = (page: Page) =>
  page.evaluate((tag) => {
    const s = getComputedStyle(document.querySelector(tag)!);
    return { background: s.backgroundColor, color: s.color };
  }, TAG);

describe('themes and preferences', () => {
  const light = { background: 'rgb(255, 255, 255)', color: 'rgb(26, 28, 33)' };
  const dark = { background: 'rgb(22, 24, 29)', color: 'rgb(236, 238, 242)' };

  it('is light on a page that says nothing, even when the system is dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/auto.html', { colorScheme });
      assert.deepEqual(await hostStyle(page), light, `system ${colorScheme}`);
      await page.close();
    }
  });

  it('is dark on a dark page (color-scheme in CSS or a meta tag), whatever the system', async () => {
    for (const path of ['/dark-page.html', '/dark-meta.html']) {
      const page = await open(path, { colorScheme: 'light' });
      assert.deepEqual(await hostStyle(page), dark, path);
      await page.close();
    }
  });

  it('follows the system where the page or the element asks (light dark, theme="auto")', async () => {
    for (const path of ['/both-page.html', '/own-auto.html', '/page-auto.html']) {
      for (const [colorScheme, expected] of [
        ['light', light],
        ['dark', dark],
      ] as const) {
        const page = await open(path, { colorScheme });
        assert.deepEqual(await hostStyle(page), expected, `${path}, system ${colorScheme}`);
        await page.close();
      }
    }
  });

  it('follows data-rendir-theme on the page, and the element’s own theme over it', async () => {
    const dark = await open('/page-dark.html', { colorScheme: 'light' });
    assert.equal((await hostStyle(dark)).background, 'rgb(22, 24, 29)');
    await dark.close();
    const light = await open('/own-light.html', { colorScheme: 'dark' });
    assert.equal((await hostStyle(light)).background, 'rgb(255, 255, 255)');
    await light.close();
  });

  it('uses system colours in forced-colors mode', async () => {
    const page = await open('/auto.html', { forcedColors: 'active' });
    const expected = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('div'));
      probe.style.color = 'CanvasText';
      probe.style.backgroundColor = 'Canvas';
      const s = getComputedStyle(probe);
      return { background: s.backgroundColor, color: s.color };
    });
    assert.deepEqual(await hostStyle(page), expected);
    await page.close();
  });

  it('stops the loading animation when the reader prefers reduced motion', async () => {
    const spin = async (page: Page) =>
      page.evaluate((tag) => {
        const spinner = document.querySelector(tag)!.shadowRoot!.querySelector('.rendir-spinner');
        return spinner ? parseFloat(getComputedStyle(spinner).animationDuration) : null;
      }, TAG);
    const moving = await open('/auto.html', { reducedMotion: 'no-preference' });
    const still = await open('/auto.html', { reducedMotion: 'reduce' });
    const [a, b] = [await spin(moving), await spin(still)];
    assert.ok(a !== null && b !== null, 'the loading state shows the spinner');
    assert.ok(a >= 0.5, `animation ${a}s`);
    assert.ok(b < 0.01, `reduced animation ${b}s`);
    await moving.close();
    await still.close();
  });
});
