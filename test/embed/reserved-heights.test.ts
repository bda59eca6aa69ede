/**
 * Each kind of tracker embed, and the commitment list, reserves about the height it will
 * take, on the hostile CMS page (cms-page.ts) at 375 and 1280 px, in Spanish and English:
 * one indicator, a set folded to its summary, a plan's goal, eje or whole plan (`plan`, as
 * the site's code writes it), the list's first cards. The reserved height is the widget's
 * least height for as long as it is on the page, so one too tall leaves a gap under the
 * widget and one too short lets the page jump when the data comes: the widget's own height
 * (its least height lifted) is within a tenth of what it reserved, or at least a screen's
 * for a taller view, and the page's layout shift with the data held back until the loading
 * state shows stays at most 0.05.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { builtBundles, launch, serve, watchErrors, type StaticServer } from './support.ts';
import { cmsCss, cmsPage, type CmsWidget } from './cms-page.ts';
import { allReady, layoutShift, observeLayoutShift } from './cms-measure.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The files the embeds read, served under /datos/ (the plan as published, in Windows-1252). */
const files: Record<string, string> = {
  '/datos/indicadores.csv': 'content/indicators/bogota-gobierno-abierto.csv',
  '/datos/plan.csv': 'content/plan/gachancipa-plan-indicativo-2024-2027.csv',
  '/datos/compromisos.csv': 'content/commitments/commitments.csv',
  '/datos/hitos.csv': 'content/commitments/milestones.csv',
};

/**
 * How each view's height compares with what it reserved: `fits` within a tenth; `screen`, a
 * view taller than a screen, takes at least what it reserved (a tall phone's screen).
 */
type Expected = 'fits' | 'screen';

const tracker = (attributes: string, expected: Expected = 'fits') => ({
  expected,
  widget: {
    tag: 'rendir-indicator-tracker',
    attributes,
    fallback: '<a href="/datos/indicadores.csv">Indicadores (CSV)</a>',
  } satisfies CmsWidget,
});

const variants = {
  'one indicator': tracker(
    'src="/datos/indicadores.csv" indicator="Condiciones institucionales para la información pública"',
  ),
  'a set, folded': tracker('src="/datos/indicadores.csv"'),
  'a plan goal': tracker('src="/datos/plan.csv" goal="1"'),
  'a plan eje': tracker(
    'src="/datos/plan.csv" eje="1. MI COMPROMISO ES GACHANCIPA CON LA SEGURIDAD"',
    'screen',
  ),
  'a whole plan': tracker('src="/datos/plan.csv" plan', 'screen'),
  // Its first three cards under its filters, and «Ver todos (15)».
  'a commitment list': {
    expected: 'screen' as Expected,
    widget: {
      tag: 'rendir-commitment-list',
      attributes: 'src="/datos/compromisos.csv" milestones-src="/datos/hitos.csv"',
      fallback: '<a href="/datos/compromisos.csv">Compromisos (CSV)</a>',
    } satisfies CmsWidget,
  },
};

let server: StaticServer;
let browser: Browser;

before(async () => {
  // The bundles `npm run build` made, as cms.test.ts serves them, not bundled again here.
  server = await serve(builtBundles());
  server.page('/cms.css', cmsCss);
  // Byte for byte, as published.
  for (const [path, file] of Object.entries(files))
    server.page(path, await readFile(join(repo, file)));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a tracker or list embed reserves the height it takes', () => {
  for (const lang of ['es', 'en'] as const)
    for (const width of [375, 1280])
      it(`${lang}, ${width} px: no gap under it, no jump when its data comes`, async (t) => {
        const wrong: string[] = [];
        for (const [name, { widget, expected }] of Object.entries(variants)) {
          const path = `/reserved-${lang}-${name.replace(/\W+/g, '-')}.html`;
          server.page(path, cmsPage({ lang, bundle: '/bundle', widgets: [widget] }));
          const held = Object.keys(files).map((file) => server.hold(file));
          const context = await browser.newContext({ viewport: { width, height: 800 } });
          const page = await context.newPage();
          const errors = watchErrors(page);
          await observeLayoutShift(page);
          await page.goto(server.origin + path);
          await page.waitForFunction(
            (tag) =>
              !!document.querySelector(tag)?.shadowRoot?.querySelector('[data-state=loading]'),
            widget.tag,
          );
          for (const gate of held) gate.release();
          await allReady(page, [widget.tag]);
          const { cls, shifts } = await layoutShift(page);
          const { reserved, natural } = await page.evaluate((tag) => {
            const el = document.querySelector<HTMLElement>(tag)!;
            const least = parseFloat(getComputedStyle(el).minHeight);
            el.style.minHeight = '0';
            const height = el.getBoundingClientRect().height;
            el.style.minHeight = '';
            return { reserved: least, natural: height };
          }, widget.tag);
          t.diagnostic(`${name}: ${natural} px, reserved ${reserved} px, CLS ${cls.toFixed(3)}`);
          if (process.env.SHOTS)
            await page
              .locator(widget.tag)
              .screenshot({ path: `${process.env.SHOTS}/${lang}-${width}-${name}.png` });
          const holds =
            expected === 'fits'
              ? Math.abs(natural - reserved) <= reserved * 0.1
              : natural >= reserved && reserved >= 800;
          if (!holds) wrong.push(`${name}: ${natural} px, reserved ${reserved} px`);
          if (cls > 0.05) wrong.push(`${name}: CLS ${cls.toFixed(3)}\n${shifts.join('\n')}`);
          assert.deepEqual(errors, []);
          await context.close();
        }
        assert.deepEqual(wrong, []);
      });
});
