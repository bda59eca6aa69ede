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
import { gridKeyTarget } from '../grid-keys.ts';

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

  protected readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ChartNavigationOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ChartNavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const count = this.count();
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
    const count = this.count();
    if (count === 0) return;
    const kept = Math.min(count - 1, Math.max(0, index));
    await this.focusAfterUpdate(kept, this.options.label(kept));
  }

  /**
   * Gives point `index` the tab stop, says `announcement` (when given) and focuses the point
   * once the host has rendered: after a change that redraws the points (a drill-down), when
   * `index` is one of the new points.
   */
  async focusAfterUpdate(index: number, announcement?: string): Promise<void> {
    this.active = Math.max(0, index);
    if (announcement !== undefined) this.announcement = announcement;
    this.host.requestUpdate();
    await (this.host as ReactiveControllerHost).updateComplete;
    const count = this.count();
    if (count > 0) this.active = Math.min(count - 1, this.active);
    this.point(this.active)?.focus();
  }

  /** The keydown listener for the chart container. */
  onKeydown = (event: KeyboardEvent): void => {
    const count = this.count();
    if (count === 0) return;
    if ((event.key === 'Enter' || event.key === ' ') && this.options.onActivate) {
      event.preventDefault();
      this.options.onActivate(this.active);
      return;
    }
    const next = this.target(event, count);
    if (next === undefined) return;
    event.preventDefault();
    void this.moveTo(next);
  };

  /** Number of points now drawn. */
  protected count(): number {
    return this.options.count();
  }

  /** The point `event`'s key moves to (the platform's grid keys, read as a list); `undefined` for other keys. */
  protected target(event: KeyboardEvent, count: number): number | undefined {
    const cols = Math.max(1, this.options.columns?.() ?? 1);
    const at = { row: Math.floor(this.active / cols), col: this.active % cols };
    const shape = { rows: Math.ceil(count / cols), cols, count, list: true };
    const cell = gridKeyTarget(event, at, shape);
    return cell && cell.row * cols + cell.col;
  }

  /** Point `index` as drawn. */
  protected point(index: number): HTMLElement | SVGElement | null {
    const root = this.host.shadowRoot ?? this.host;
    return root.querySelector<HTMLElement | SVGElement>(`[data-rendir-point="${index}"]`);
  }

  /** The polite live region; render it once, outside anything `aria-hidden`. */
  liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${this.announcement}
    </div>`;
  }
}
