/**
 * The generated site's home page at 320, 375 and 1280 px, es and en: every card opens with
 * a sentence, and no figure breaks inside a number (the budget read "$ 108.060.000.0 / 00"
 * on a phone); each count by status has one visual, a bar whose parts are its counts, above
 * the words and counts themselves. Needs the built site (`npm run build`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltSite } from './support.ts';

const site = useBuiltSite();

describe('the home page answers first and keeps its figures whole', () => {
  for (const path of ['/', '/en/']) {
    for (const width of [320, 375, 1280]) {
      it(`${path} at ${width} px`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(site.origin + path);
        const found = await page.evaluate(() => {
          const broken: string[] = [];
          for (const figure of document.querySelectorAll('.figure')) {
            const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const match of (node.textContent ?? '').matchAll(/[$\d][\d.,\u00a0 ]*\d/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(match[0]);
              }
            }
          }
          const cards = [...document.querySelectorAll('.cards > .card')];
          return {
            broken,
            cards: cards.length,
            withLead: cards.filter((c) => c.querySelector('h3 + .card-lead')?.textContent?.trim())
              .length,
            figures: document.querySelectorAll('.figure').length,
            scrollWidth: document.documentElement.scrollWidth,
            // The budget's figure and its words beside it: «COP 108,060,000,000», «COP 108.1 billion».
            budget: [...document.querySelectorAll('.figure.whole')].map((figure) => [
              figure.textContent!.trim(),
              figure.nextElementSibling?.textContent?.trim() ?? '',
            ]),
            statusBars: [...document.querySelectorAll('.card .status-bar')].map((bar) => ({
              hidden: bar.getAttribute('aria-hidden'),
              parts: [...bar.children].map((part) => part.getBoundingClientRect().width),
              said: [...(bar.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) =>
                (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
              ),
            })),
          };
        });
        // The compact words name the figure's currency as the figure does: in English pesos are
        // COP in both (a bare $ reads as dollars), in Spanish $.
        assert.ok(found.budget.length > 0, 'no budget figure');
        for (const [whole, words] of found.budget) {
          const mark = whole.match(/^[^\d]*/)![0];
          assert.ok(words.startsWith(mark), `«${words}» beside «${whole}»`);
          assert.match(mark, path === '/en/' ? /^COP\s$/ : /^\$\s$/);
        }
        assert.ok(found.figures >= 4, `${found.figures} figures`);
        // The indicators' and the commitments' cards: each part of the bar is as wide as its
        // count's share, and every status is said in words with its count («Rezagado: 7»).
        assert.equal(found.statusBars.length, 2, 'a bar in each status card');
        for (const { hidden, parts, said } of found.statusBars) {
          assert.equal(hidden, 'true');
          for (const line of said) assert.match(line, /\p{L}: \d+$/u);
          const counts = said.map((line) => Number(line.match(/\d+$/)![0])).filter((n) => n > 0);
          assert.equal(parts.length, counts.length, said.join(', '));
          const [drawn, total] = [parts, counts].map((xs) => xs.reduce((a, b) => a + b, 0));
          for (const [i, part] of parts.entries())
            assert.ok(
              Math.abs(part / drawn - counts[i] / total) < 0.02,
              `${said.join(', ')}: part ${i} is ${part.toFixed(0)} of ${drawn.toFixed(0)} px`,
            );
        }
        assert.deepEqual(found.broken, [], 'numbers broken across lines');
        assert.equal(found.scrollWidth, width, 'no sideways scrolling');
        // Every card but the latest report's (its summary is its lead) says what it means.
        assert.ok(found.withLead >= found.cards - 1, `${found.withLead} of ${found.cards} cards`);
        await page.close();
      });
    }
  }
});
