/**
 * The iframe code the generated site offers ("Insertar" under each widget), pasted into a
 * CMS page on another origin that allows no inline script: the frame grows to its
 * content's height through embed-host.js and the embed page's embed-frame.js, the one
 * `rendir:resize` protocol. Needs the built site (`npm run build`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDist } from '../site/helpers.ts';
import { PATIENCE_MS, serve, useBuiltSite, watchErrors, type StaticServer } from './support.ts';

const SITE_URL = 'https://transparencia.ejemplo.gov.co';

const site = useBuiltSite();
let host: StaticServer;

before(async () => {
  host = await serve();
});

after(async () => {
  await host?.close();
});

/** The code in a built page's "Insertar" box, as an editor copies it. */
function embedCode(page: string, id: string): string {
  const html = readFileSync(join(siteDist, page), 'utf8');
  const match = new RegExp(`<textarea id="embed-${id}"[^>]*>([^<]*)</textarea>`).exec(html);
  assert.ok(match, `no embed code for ${id} in ${page}`);
  return match[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

describe('the site’s iframe embed code on a CMS page that strips inline scripts', () => {
  for (const [lang, page, id] of [
    ['es', 'indicadores/index.html', 'indicadores'],
    ['en', 'en/indicators/index.html', 'indicadores'],
  ] as const) {
    it(`${lang}: the frame takes its content's height, with no inline script`, async () => {
      const code = embedCode(page, id);
      const scripts = [...code.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
      assert.equal(scripts.length, 1, code);
      assert.match(scripts[0][1], /src="[^"]+\/rendir\/embed-host\.js"/);
      assert.equal(scripts[0][2], '', 'no inline script');
      const pasted = code.replaceAll(SITE_URL, site.origin);
      host.page(
        `/cms-${lang}.html`,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CMS</title></head>` +
          `<body><p>Texto del CMS</p>${pasted}<p>Más texto</p></body></html>`,
        // What a CMS that strips scripts still lets through: script files from listed origins.
        { 'Content-Security-Policy': `script-src ${site.origin}; object-src 'none'` },
      );
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      const errors = watchErrors(p);
      await p.goto(`${host.origin}/cms-${lang}.html`);
      const frame = p.frames()[1] ?? (await p.waitForEvent('frameattached'));
      await frame.waitForLoadState('load');
      // The content's height once the widget has rendered, then the iframe's.
      await frame.waitForFunction(
        () => {
          const el = document.querySelector('rendir-indicator-tracker');
          return (
            !!el?.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[data-state]')
          );
        },
        null,
        { timeout: PATIENCE_MS },
      );
      const inner = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      await p.waitForFunction(
        (h) => document.querySelector('iframe')!.getBoundingClientRect().height === h,
        inner,
        { timeout: PATIENCE_MS },
      );
      assert.ok(inner > 480, `content ${inner} px: taller than the 480 px the code starts with`);
      assert.equal(
        await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight),
        false,
        'no scrollbar inside the frame',
      );
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
