/**
 * No layout shift on the generated site while the widgets upgrade (fallback -> loading ->
 * data): one page of each kind with widgets, at 375 and 1280 px, with the widgets' data
 * held back until every widget shows its loading state. Needs the built site
 * (`npm run build`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteDist } from '../site/helpers.ts';
import { PATIENCE_MS, useBuiltSite, watchErrors } from './support.ts';
import { layoutShift, observeLayoutShift } from './cms-measure.ts';

const pages = [
  '/presupuesto/',
  '/indicadores/',
  '/indicadores/ej-conjuntos-publicados/',
  '/datos/contratos-2025/',
  '/informes/informe-gestion-2025/',
  '/en/reports/informe-gestion-2025/',
  '/en/budget/',
];

const site = useBuiltSite();

describe('no layout shift on the generated site while its widgets load', () => {
  for (const width of [375, 1280]) {
    it(`${width} px: CLS at most 0.05 on every kind of page with widgets`, async (t) => {
      for (const path of pages) {
        const html = readFileSync(join(siteDist, path, 'index.html'), 'utf8');
        const tags = [...new Set([...html.matchAll(/<(rendir-[a-z-]+)[\s>]/g)].map((m) => m[1]))];
        assert.ok(tags.length > 0, `${path} has no widget`);
        const context = await site.browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        const errors = watchErrors(page);
        // The widgets' data waits until the test lets it through.
        let release = () => {};
        const released = new Promise<void>((go) => (release = go));
        await page.route(/\/datos\/[^?]*\.(json|csv)(\?.*)?$/, async (route) => {
          await released;
          await route.continue();
        });
        await observeLayoutShift(page);
        await page.goto(site.origin + path);
        await page.waitForFunction(
          (names) =>
            names.every((tag) =>
              [...document.querySelectorAll(tag)].every((el) => !!el.shadowRoot?.childElementCount),
            ),
          tags,
          { timeout: PATIENCE_MS },
        );
        release();
        await page.waitForFunction(
          (names) =>
            names.every((tag) =>
              [...document.querySelectorAll(tag)].every(
                (el) => !el.shadowRoot?.querySelector('[data-state=loading]'),
              ),
            ),
          tags,
          { timeout: PATIENCE_MS },
        );
        const { cls, shifts } = await layoutShift(page);
        t.diagnostic(`${path}: CLS ${cls.toFixed(3)} (${tags.join(', ')})`);
        assert.ok(cls <= 0.05, `${path}: CLS ${cls.toFixed(3)}\n${shifts.join('\n')}`);
        assert.deepEqual(errors, []);
        await context.close();
      }
    });
  }
});
