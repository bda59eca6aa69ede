/**
 * Keyboard navigation of a chart's data points: a roving tabindex (one tab stop for the
 * whole chart), arrow keys, Home/End, Enter/Space to activate (e.g. drill down), and
 * each value announced in a polite live region.
 *
 * ```ts
 * nav = new ChartNavigation(this, { count: () => this.points.length, label: (i) => ..., onActivate: (i) => ... });
 * // each point: <rect data-rendir-point=${i} tabindex=${this.nav.tabindex(i)} role="img"
 * //   aria-label=${label} @focus=${() => this.nav.focused(i)}></rect>
 * // container:  <svg role="group" aria-label=... @keydown=${this.nav.onKeydown}>…</svg>${this.nav.liveRegion()}
 * ```
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export interface ChartNavigationOptions {
  /** Number of points. */
  count: () => number;
  /** What the live region says for point `i` (label and value as shown). */
  label: (index: number) => string;
  /** Enter or Space on point `i`. */
  onActivate?: (index: number) => void;
  /**
   * Points per row for grid-like charts (heatmaps, small multiples): Up/Down move by a
   * row. Default: Up/Down act like Left/Right.
   */
  columns?: () => number;
}

export class ChartNavigation implements ReactiveController {
  /** Index of the point that holds the tab stop. */
  active = 0;
  /** Text of the polite live region. */
  announcement = '';

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ChartNavigationOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartNavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const count = this.options.count();
    if (this.active >= count) this.active = Math.max(0, count - 1);
  }

  /** `0` for the active point, `-1` for the others. */
  tabindex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  /** Call from each point's `focus` listener (mouse clicks and screen-reader moves). */
  focused(index: number): void {
    if (index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  }

  /** Moves to point `index`, focuses it and announces it. */
  async moveTo(index: number): Promise<void> {
    const count = this.options.count();
    if (count === 0) return;
    this.active = Math.min(count - 1, Math.max(0, index));
    this.announcement = this.options.label(this.active);
    this.host.requestUpdate();
    await (this.host as ReactiveControllerHost).updateComplete;
    const root = this.host.shadowRoot ?? this.host;
    const point = root.querySelector<HTMLElement | SVGElement>(
      `[data-rendir-point="${this.active}"]`,
    );
    point?.focus();
  }

  /** The keydown listener for the chart container. */
  onKeydown = (event: KeyboardEvent): void => {
    const count = this.options.count();
    if (count === 0) return;
    const columns = this.options.columns?.() ?? 1;
    const step = columns > 1 ? columns : 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = this.active + 1;
        break;
      case 'ArrowLeft':
        next = this.active - 1;
        break;
      case 'ArrowDown':
        next = this.active + step;
        break;
      case 'ArrowUp':
        next = this.active - step;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        if (this.options.onActivate) {
          event.preventDefault();
          this.options.onActivate(this.active);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    void this.moveTo(next);
  };

  /** The polite live region; render it once, outside anything `aria-hidden`. */
  liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">
      ${this.announcement}
    </div>`;
  }
}
