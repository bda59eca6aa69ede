/**
 * Keyboard navigation of the budget viewer's items (treemap boxes, bars, icicle cells): the
 * platform's chart navigation (one tab stop, arrow keys, Home/End, the polite live region)
 * over the list on screen, with what a hierarchy adds: Escape or Backspace one level up,
 * Up and Down between an icicle cell and the cells above and below it, and focus kept on
 * the item a reader came back from. The buttons open their item themselves (Enter, Space).
 */
import type { ReactiveControllerHost } from 'lit';
import { ChartNavigation } from '../platform/chart-kit/navigation.ts';

export interface BudgetNavigationOptions {
  /** Whether there is a level above the open one. */
  canGoUp: () => boolean;
  /** Opens the level above (Escape, Backspace). */
  up: () => void;
}

export class BudgetNavigation extends ChartNavigation {
  private readonly levels: BudgetNavigationOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: BudgetNavigationOptions) {
    // Each item's button names its amount and share: moving needs no announcement.
    super(host, { count: () => 0, label: () => '' });
    this.levels = options;
  }

  /** The chart keeps the tab stop inside the list while drawing; the list here may be the old one. */
  override hostUpdate(): void {}

  protected override count(): number {
    return this.items().length;
  }

  protected override target(event: KeyboardEvent, count: number): number | undefined {
    if (event.key === 'Escape' || event.key === 'Backspace') {
      if (this.levels.canGoUp()) {
        event.preventDefault();
        this.levels.up();
      }
      return undefined;
    }
    // An icicle cell names the cells above and below it.
    const cell = (event.currentTarget as HTMLElement | null)?.dataset;
    if (event.key === 'ArrowDown' && cell?.down !== undefined) return Number(cell.down);
    if (event.key === 'ArrowUp' && cell?.up !== undefined) return Number(cell.up);
    return super.target(event, count);
  }

  /** The item `index` of the list on screen; the open level's heading when it has none. */
  protected override point(index: number): HTMLElement | null {
    const items = this.items();
    const item = items.find((el) => Number(el.dataset.rendirPoint) === index) ?? items[0];
    return item ?? (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('.place');
  }

  /** The items of the list on screen (boxes, bars or cells): the others are hidden by CSS. */
  private items(): HTMLElement[] {
    const root = this.host.shadowRoot ?? this.host;
    const lists = [...root.querySelectorAll<HTMLElement>('.treemap, .bars, .icicle')];
    const list = lists.find((l) => l.offsetParent !== null || l.getClientRects().length > 0);
    return list ? [...list.querySelectorAll<HTMLElement>('[data-rendir-point]')] : [];
  }
}
