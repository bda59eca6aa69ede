/**
 * On a phone no line starts inside a figure or a period: each compact figure («108,1 mil
 * millones», «COP 108.1 billion») and each year range («2020-2022») on the generated site's
 * pages, in the page and inside its widgets, is drawn on one line at 320 px. Needs the built
 * site (`npm run build`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from './support.ts';

const site = useBuiltSite();

describe('figures and periods on one line at 320 px', () => {
  for (const path of [
    '/',
    '/presupuesto/',
    '/compromisos/',
    '/en/',
    '/en/budget/',
    '/en/commitments/',
  ])
    it(path, async () => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(site.origin + path);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('rendir-'))
          .every(
            (el) =>
              !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[data-state]'),
          ),
      );
      const found = await page.evaluate(() => {
        const unit =
          /(?:\d[\d.,]*[\s\u00a0]+(?:mil\smillones|millones|millón|billones|billón|billion|million|trillion))|\b\d{4}[-–]\d{2,4}\b/g;
        const seen: { text: string; lines: number }[] = [];
        const walk = (root: Document | ShadowRoot) => {
          const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = texts.nextNode(); node; node = texts.nextNode()) {
            const parent = node.parentElement;
            if (!parent || !parent.checkVisibility() || parent.closest('script, style, title'))
              continue;
            for (const match of (node.textContent ?? '').matchAll(unit)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size) seen.push({ text: match[0], lines: tops.size });
            }
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return seen;
      });
      await page.close();
      assert.ok(found.length > 0, `${path} shows figures or periods`);
      assert.deepEqual(
        found.filter((f) => f.lines > 1),
        [],
        `${found.length} figures and periods on ${path}`,
      );
    });
});
