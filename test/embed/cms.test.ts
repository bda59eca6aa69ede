/**
 * Every widget pasted into a hostile CMS page (test/embed/cms-page.ts: a 720 px column,
 * `* { box-sizing: content-box; margin: 0; padding: 0 }`, justified and letter-spaced body
 * text, rules for buttons, tables, inputs, SVG and links), in Spanish and English, at 375
 * and 1280 px: nothing of the page's CSS reaches inside a widget (its type is its own, with
 * tabular figures, unless the page sets --rendir-font-family), and no widget is wider
 * than its column or makes the page wider than the screen. With the data held back until
 * every widget shows its loading state, the page's layout shift (CLS) stays at most 0.05,
 * for each widget alone near the top of the page and for all four together.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { builtBundles, launch, serve, watchErrors, type StaticServer } from './support.ts';
import { cmsCss, cmsDataFiles, cmsPage, cmsWidgets, type CmsWidget } from './cms-page.ts';
import { allReady, layoutShift, measureLeaks, observeLayoutShift } from './cms-measure.ts';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let server: StaticServer;
let browser: Browser;
let widgets: CmsWidget[];

before(async () => {
  server = await serve(builtBundles());
  server.page('/cms.css', cmsCss);
  for (const [path, file] of Object.entries(cmsDataFiles))
    server.page(path, await readFile(join(repo, file), 'utf8'));
  const commitments = await readFile(join(repo, cmsDataFiles['/datos/compromisos.csv']), 'utf8');
  widgets = cmsWidgets(commitments.split('\n')[1].split(/[;,]/)[0]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('every widget on a hostile CMS page', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`${lang}, ${width} px: no host style inside, nothing wider than its column`, async (t) => {
        const path = `/cms-${lang}.html`;
        server.page(path, cmsPage({ lang, bundle: '/bundle', widgets }));
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(server.origin + path);
        const tags = widgets.map((w) => w.tag);
        await allReady(page, tags);
        const leaks = await measureLeaks(page, tags);
        t.diagnostic(`sizes ${JSON.stringify(leaks.sizes)}`);
        // The page's rules work outside the widgets (the fixture is really hostile).
        const hostText = await page.evaluate(() => {
          const s = getComputedStyle(document.querySelector('.page p')!);
          return [s.textAlign, s.boxSizing];
        });
        assert.deepEqual(hostText, ['justify', 'content-box']);
        assert.deepEqual(leaks.contentBox, [], 'inner boxes that are not border-box');
        assert.deepEqual(leaks.hostText, [], 'inner text justified, spaced or indented');
        assert.deepEqual(leaks.hostFont, [], "inner text in the page's font, figures not tabular");
        assert.deepEqual(leaks.overflow, [], 'inner elements outside their widget');
        assert.deepEqual(leaks.wider, [], 'widgets wider than the column');
        assert.equal(leaks.pageScrollWidth, leaks.viewport, 'the page is no wider than the screen');
        for (const tag of tags)
          assert.ok(
            leaks.sizes[tag].width <= Math.min(720, width - 32),
            `${tag} ${leaks.sizes[tag].width} px in a ${Math.min(720, width - 32)} px column`,
          );
        // Folded to its summary in a column, the tracker takes about the height it reserved
        // before it loaded, and so does the dataset: no gap under them, nothing pushed down.
        for (const tag of ['rendir-indicator-tracker', 'rendir-dataset']) {
          const { reserved, natural } = await page.evaluate((name) => {
            const el = document.querySelector<HTMLElement>(name)!;
            const least = parseFloat(getComputedStyle(el).minHeight);
            el.style.minHeight = '0';
            const height = el.getBoundingClientRect().height;
            el.style.minHeight = '';
            return { reserved: least, natural: height };
          }, tag);
          t.diagnostic(`${tag} ${natural} px, reserved ${reserved} px`);
          assert.ok(
            Math.abs(natural - reserved) <= reserved * 0.1,
            `${tag} ${natural} px, reserved ${reserved} px`,
          );
        }
        // Every chart's downloads are one line of small links (two on a phone), each a target
        // of 24 px at least (WCAG 2.2, 2.5.8), named whole for screen readers.
        const downloads = await page.evaluate((names) => {
          const frames = names.flatMap((tag) => [
            ...document.querySelector(tag)!.shadowRoot!.querySelectorAll('rendir-chart-frame'),
          ]);
          return frames
            .map((frame) => frame.shadowRoot!.querySelector<HTMLElement>('.downloads'))
            .filter((group) => !!group && group.offsetParent !== null)
            .map((group) => ({
              height: group!.getBoundingClientRect().height,
              // The frame's own, and the images a widget makes itself (the budget viewer's).
              buttons: [
                ...group!.querySelectorAll('button'),
                ...group!.querySelector('slot')!.assignedElements(),
              ].map((b) => {
                const box = b.getBoundingClientRect();
                return { name: b.textContent!.trim(), width: box.width, height: box.height };
              }),
            }));
        }, tags);
        assert.ok(downloads.length > 0, 'no chart downloads in view');
        for (const group of downloads) {
          t.diagnostic(`downloads ${group.height} px: ${group.buttons.map((b) => b.name)}`);
          assert.ok(group.height <= (width < 480 ? 64 : 32), `downloads ${group.height} px tall`);
          for (const b of group.buttons) {
            assert.ok(b.width >= 24 && b.height >= 24, `${b.name}: ${b.width}×${b.height} px`);
            assert.match(b.name, lang === 'es' ? /^Descargar \S/ : /^Download \S/);
          }
        }
        // A host that wants its own type says so, in one property on any ancestor.
        const fonts = await page.evaluate((names) => {
          document.documentElement.style.setProperty('--rendir-font-family', 'Georgia, serif');
          return names.map((tag) => {
            const title = document
              .querySelector(tag)!
              .shadowRoot!.querySelector('h2, h3, p, button')!;
            return `${tag} ${getComputedStyle(title).fontFamily}`;
          });
        }, tags);
        assert.deepEqual(
          fonts,
          tags.map((tag) => `${tag} Georgia, serif`),
        );
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

describe('no layout shift on the CMS page while scripts and data arrive', () => {
  for (const lang of ['es', 'en'] as const) {
    for (const width of [375, 1280]) {
      it(`${lang}, ${width} px: CLS at most 0.05, each widget alone and all together`, async (t) => {
        for (const set of [widgets, ...widgets.map((w) => [w])]) {
          const name = set.length === 1 ? set[0].tag : 'all';
          const path = `/cls-${lang}-${name}.html`;
          server.page(path, cmsPage({ lang, bundle: '/bundle', widgets: set }));
          const held = Object.keys(cmsDataFiles).map((file) => server.hold(file));
          const context = await browser.newContext({ viewport: { width, height: 800 } });
          const page = await context.newPage();
          const errors = watchErrors(page);
          await observeLayoutShift(page);
          await page.goto(server.origin + path);
          const tags = set.map((w) => w.tag);
          // Every widget is defined and shows its loading state; only then the data comes.
          await page.waitForFunction(
            (names) =>
              names.every(
                (tag) =>
                  !!document.querySelector(tag)?.shadowRoot?.querySelector('[data-state=loading]'),
              ),
            tags,
          );
          for (const gate of held) gate.release();
          await allReady(page, tags);
          const { cls, shifts } = await layoutShift(page);
          t.diagnostic(`${name}: CLS ${cls.toFixed(3)}`);
          assert.ok(cls <= 0.05, `${name}: CLS ${cls.toFixed(3)}\n${shifts.join('\n')}`);
          assert.deepEqual(errors, []);
          await context.close();
        }
      });
    }
  }
});
