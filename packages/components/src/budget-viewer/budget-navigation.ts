/**
 * Keyboard navigation of the budget viewer's items (treemap boxes, bars, icicle cells): one
 * tab stop for the whole list (a roving tabindex), arrow keys, Home/End, Escape or Backspace
 * one level up, focus kept on the item a reader came back from, and where the reader now is
 * said in a polite live region. The element renders; this controller moves the focus.
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export interface BudgetNavigationOptions {
  /** Whether there is a level above the open one. */
  canGoUp: () => boolean;
  /** Opens the level above (Escape, Backspace). */
  up: () => void;
}

export class BudgetNavigation implements ReactiveController {
  /** Index (`data-index`) of the item that holds the tab stop. */
  active = 0;
  /** What the polite live region says: where the reader now is. */
  announcement = '';

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: BudgetNavigationOptions;
  /** Focus `active` once the host has rendered (after a drill, a view change). */
  private pending = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: BudgetNavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.pending) return;
    this.pending = false;
    this.focus(this.active);
  }

  /** `0` for the item with the tab stop, `-1` for the others. */
  tabindex(index: number, count: number): 0 | -1 {
    return index === Math.min(this.active, count - 1) ? 0 : -1;
  }

  /** Moves the tab stop to `index` and focuses it after the next render. */
  focusAfterUpdate(index: number, announcement?: string): void {
    this.active = index;
    if (announcement !== undefined) this.announcement = announcement;
    this.pending = true;
    this.host.requestUpdate();
  }

  /** Each item's `focus` listener (mouse clicks and screen-reader moves). */
  focused(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  /** Each item's `keydown` listener. Icicle cells name the cells above and below them. */
  onKeydown = (event: KeyboardEvent): void => {
    const count = this.items().length;
    const cell = (event.currentTarget as HTMLElement | null)?.dataset;
    const forward = Math.min(count - 1, this.active + 1);
    const back = Math.max(0, this.active - 1);
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = cell?.down !== undefined ? Number(cell.down) : forward;
        break;
      case 'ArrowRight':
        next = forward;
        break;
      case 'ArrowUp':
        next = cell?.up !== undefined ? Number(cell.up) : back;
        break;
      case 'ArrowLeft':
        next = back;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
      case 'Backspace':
        if (this.options.canGoUp()) {
          event.preventDefault();
          this.options.up();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusAfterUpdate(next);
  };

  /** The polite live region; rendered once, outside anything hidden. */
  liveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">
      ${this.announcement}
    </div>`;
  }

  /** The items of the list on screen (boxes, bars or cells). */
  private items(): HTMLElement[] {
    const root = this.host.shadowRoot ?? this.host;
    const lists = [...root.querySelectorAll<HTMLElement>('.treemap, .bars, .icicle')];
    const list = lists.find((l) => l.offsetParent !== null || l.getClientRects().length > 0);
    return list ? [...list.querySelectorAll<HTMLElement>('[data-index]')] : [];
  }

  private focus(index: number): void {
    const items = this.items();
    const target = items.find((el) => Number(el.dataset.index) === index) ?? items[0];
    if (target) target.focus();
    else (this.host.shadowRoot ?? this.host).querySelector<HTMLElement>('.place')?.focus();
  }
}
