/**
 * The viewer's width as its chart needs it, kept by a resize observer: narrow (bars instead
 * of boxes) and the treemap's width in em (which names fit their tiles). With the element;
 * the chart itself is a part (budget-chart.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Width and height of the treemap layout, and the least size it is drawn at, in em. */
export const LAYOUT = { width: 160, height: 90, leastWidthEm: 36, heightEm: 22 } as const;

/** A treemap `width` px wide in root em, in steps of 2em, at least the layout's least width. */
function treemapEm(width: number, rem: number): number {
  return Math.max(LAYOUT.leastWidthEm, 2 * Math.floor(width / rem / 2));
}

/** The root font size in px. */
function rootEm(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The viewer's width as the chart needs it, kept by a resize observer. */
export class ChartSize implements ReactiveController {
  /** Narrower than 36rem: `view="auto"` shows bars (the CSS container query decides first). */
  narrow = false;
  /**
   * The treemap's width in root em (in steps of 2), for the names that fit its tiles: read
   * before the first render, then kept by the observer.
   */
  em = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly observer?: ResizeObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      const rem = rootEm();
      const narrow = entry.contentRect.width < 36 * rem;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        host.requestUpdate();
      }
      // A frame later: the names redrawn change the element's height, which, from inside
      // this callback, would be a ResizeObserver loop.
      const em = treemapEm(entry.contentRect.width, rem);
      if (em !== this.em)
        requestAnimationFrame(() => {
          this.em = em;
          host.requestUpdate();
        });
    });
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    if (!this.em) this.em = treemapEm(this.host.getBoundingClientRect().width, rootEm());
  }
}
