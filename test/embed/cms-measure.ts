/**
 * Measurements of widgets in the hostile CMS page, run inside the page (Chromium): what
 * leaks in (inner box sizing, justified or spaced text), what leaks out (anything wider
 * than its container, a page wider than the viewport), and the layout shift score.
 */
import type { Page } from 'playwright-core';

export interface Leaks {
  /** Inner elements whose box-sizing is not border-box. */
  contentBox: string[];
  /** Inner text elements justified or letter-spaced by the host page. */
  hostText: string[];
  /** Inner text elements in the page's body font, or with figures that are not tabular. */
  hostFont: string[];
  /** Inner elements (outside a scrolling box) sticking out of the widget, in px. */
  overflow: string[];
  /** Widgets wider than their container. */
  wider: string[];
  /** Document wider than the viewport. */
  pageScrollWidth: number;
  viewport: number;
  /** Each widget's size. */
  sizes: Record<string, { width: number; height: number }>;
}

/** Installs a layout-shift observer before any script runs; read it with `layoutShift`. */
export async function observeLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const nodes = (entry.sources ?? []).map((s) => {
          const n = s.node;
          const r = (b: DOMRectReadOnly) => `${b.x},${b.y} ${b.width}×${b.height}`;
          const moved = ` (${r(s.previousRect)} → ${r(s.currentRect)})`;
          if (!n) return `?${moved}`;
          const el = n instanceof Element ? n : n.parentElement;
          const root = n.getRootNode();
          const host = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
          return (
            host +
            (el ? el.localName + (el.className ? `.${String(el.className)}` : '') : '#text') +
            moved
          );
        });
        w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift score so far (the sum of every shift without recent input). */
export async function layoutShift(page: Page): Promise<{ cls: number; shifts: string[] }> {
  // Shifts are reported after the frame they happened in.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
}

/** Waits until every widget on the page shows its data (no loading state left). */
export async function allReady(page: Page, tags: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (names) =>
      names.every((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return !!root && root.childElementCount > 0 && !root.querySelector('[data-state]');
      }),
    tags,
    { timeout: 30_000 },
  );
}

export function measureLeaks(page: Page, tags: readonly string[]): Promise<Leaks> {
  return page.evaluate((names) => {
    const leaks: Leaks = {
      contentBox: [],
      hostText: [],
      hostFont: [],
      overflow: [],
      wider: [],
      pageScrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      sizes: {},
    };
    const label = (tag: string, el: Element) =>
      `${tag} ${el.localName}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
      }`;
    const pageFont = getComputedStyle(document.body).fontFamily;
    for (const tag of names) {
      const host = document.querySelector(tag)!;
      const hostBox = host.getBoundingClientRect();
      const container = host.parentElement!.getBoundingClientRect();
      leaks.sizes[tag] = { width: Math.round(hostBox.width), height: Math.round(hostBox.height) };
      if (hostBox.right > container.right + 0.5 || hostBox.width > container.width + 0.5)
        leaks.wider.push(`${tag} ${hostBox.width.toFixed(0)} > ${container.width.toFixed(0)}`);
      const root = host.shadowRoot!;
      const scrolls = (el: Element) => {
        for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
          const o = getComputedStyle(n).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
        }
        return false;
      };
      for (const el of root.querySelectorAll('*')) {
        const s = getComputedStyle(el);
        if (s.display === 'none') continue;
        if (s.boxSizing !== 'border-box' && !(el instanceof SVGElement && el.localName !== 'svg'))
          leaks.contentBox.push(label(tag, el));
        const hasText = [...el.childNodes].some(
          (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
        );
        if (
          hasText &&
          (s.textAlign === 'justify' ||
            s.letterSpacing !== 'normal' ||
            s.wordSpacing !== '0px' ||
            s.textIndent !== '0px')
        )
          leaks.hostText.push(
            `${label(tag, el)} ${s.textAlign} ${s.letterSpacing} ${s.wordSpacing} ${s.textIndent}`,
          );
        if (
          hasText &&
          (s.fontFamily === pageFont || !s.fontVariantNumeric.includes('tabular-nums'))
        )
          leaks.hostFont.push(`${label(tag, el)} ${s.fontFamily} ${s.fontVariantNumeric}`);
        const box = el.getBoundingClientRect();
        if (box.width === 0 || scrolls(el)) continue;
        if (box.right > hostBox.right + 1 || box.left < hostBox.left - 1)
          leaks.overflow.push(
            `${label(tag, el)} ${box.left.toFixed(0)}–${box.right.toFixed(0)} outside ${hostBox.left.toFixed(0)}–${hostBox.right.toFixed(0)}`,
          );
      }
    }
    return leaks;
  }, tags);
}
