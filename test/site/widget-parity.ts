// What a widget's fallback says without JavaScript, and what the widget shows once it runs,
// for every widget on a page: the figures (numbers, percentages, dates, periods) and the
// status words of the fallback, and the widget's whole text (its shadow roots, what its slots
// show, and the rows a windowed grid draws as it is scrolled). parity.test.ts checks that the
// second holds the first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';

export interface WidgetOnPage {
  tag: string;
  /** Figures as the fallback writes them: `87,6 %`, `1.234.567`, `2016-2017`, `2025-02-14`. */
  figures: string[];
  /** The fallback's status words (its `[data-status]` elements, without their icon). */
  words: string[];
  /** The widget's text once it has read its data (whitespace squashed). */
  shown: string;
  /** The widget's data state: ready, empty or error. */
  state: string;
}

/** A figure: digits with their separators, a range or a date, and a percent sign. */
const FIGURE = /[−-]?\d(?:[\d.,/–-]*\d)?(?:\s?%)?/g;

/** Non-breaking and narrow spaces (Intl's) read as spaces; runs of space as one. */
export const squash = (s: string) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Whether the widget writes a figure or word as the fallback does: the same characters, not
 * inside a longer figure (`45,8` is not in `45,80` nor `145,8`; `$ 1.000` is not `$ 1.000,00`).
 */
export function shows(shown: string, item: string): boolean {
  if (!/\d/.test(item)) return shown.includes(item);
  for (let at = shown.indexOf(item); at >= 0; at = shown.indexOf(item, at + 1)) {
    const before = shown.slice(Math.max(0, at - 2), at);
    const after = shown.slice(at + item.length, at + item.length + 2);
    if (!/\d$|\d[.,]$/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
  }
  return false;
}

/** The site-relative path of every built page that holds a widget, sorted. */
export function pagesWithWidgets(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html' && readFileSync(path, 'utf8').includes('<rendir-')) {
        const rel = relative(dist, dir);
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Every widget of the page's main content, in order, with and without JavaScript. */
export async function widgetsOn(browser: Browser, url: string): Promise<WidgetOnPage[]> {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const plain = await off.newPage();
  await plain.goto(url);
  const fallbacks = await plain.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.localName.startsWith('rendir-'))
      .map((el) => ({
        tag: el.localName,
        text: (el as HTMLElement).innerText,
        words: [...el.querySelectorAll('[data-status]')].map((s) => s.textContent ?? ''),
        rows: el.querySelectorAll('tbody tr').length,
      })),
  );
  await off.close();

  const on = await browser.newContext();
  const page = await on.newPage();
  // Each widget says when its data is read (rendir-data-state, composed): marked on its element.
  await page.addInitScript(() =>
    document.addEventListener('rendir-data-state', (event) =>
      (event.target as Element).setAttribute(
        'data-parity-state',
        (event as CustomEvent<{ status: string }>).detail.status,
      ),
    ),
  );
  await page.goto(url);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => el.localName.startsWith('rendir-'))
      .every((el) => /^(ready|empty|error)$/.test(el.getAttribute('data-parity-state') ?? '')),
  );
  const rowsInFallback = fallbacks.map((f) => f.rows);
  const shown = await page.evaluate(async (rowsInFallback) => {
    const widgets = [...document.querySelectorAll('main *')].filter((el) =>
      el.localName.startsWith('rendir-'),
    );
    await Promise.all(
      widgets.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete),
    );
    const text = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
      if (node instanceof Element && ['style', 'script', 'template'].includes(node.localName))
        return '';
      if (node instanceof HTMLSlotElement)
        return node.assignedNodes({ flatten: true }).map(text).join(' ');
      const children = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
      return [...children.childNodes].map(text).join(' ');
    };
    const frame = () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    /**
     * A grid that draws only the rows in view (the dataset's) is read as a reader scrolls it,
     * down to the fallback's last row: what it draws at each step.
     */
    const scrolled = async (el: Element, rows: number): Promise<string> => {
      const grid = el.shadowRoot?.querySelector<HTMLElement>('[role="grid"]');
      if (!grid || rows === 0) return '';
      const seen: string[] = [];
      const lastDrawn = () =>
        Math.max(
          0,
          ...[...grid.querySelectorAll('[aria-rowindex]')].map((r) =>
            Number(r.getAttribute('aria-rowindex')),
          ),
        );
      // aria-rowindex 1 is the header: the fallback's last row is rows + 1.
      while (lastDrawn() <= rows) {
        const before = grid.scrollTop;
        grid.scrollTop += grid.clientHeight * 0.8;
        if (grid.scrollTop === before) break;
        await frame();
        await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
        seen.push(text(el));
      }
      grid.scrollTop = 0;
      return seen.join(' ');
    };
    const texts: { state: string; text: string }[] = [];
    for (const [i, el] of widgets.entries())
      texts.push({
        state: el.getAttribute('data-parity-state') ?? '',
        text: `${text(el)} ${await scrolled(el, rowsInFallback[i] ?? 0)}`,
      });
    return texts;
  }, rowsInFallback);
  await on.close();
  return fallbacks.map((f, i) => ({
    tag: f.tag,
    figures: [...new Set(squash(f.text).match(FIGURE) ?? [])],
    // The word follows an icon hidden from assistive technology.
    words: [...new Set(f.words.map((w) => squash(w).replace(/^[^\p{L}]+/u, '')))],
    shown: squash(shown[i]?.text ?? ''),
    state: shown[i]?.state ?? '',
  }));
}
