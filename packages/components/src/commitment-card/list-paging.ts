/**
 * "Show more" of the commitment list: how many matching cards are in the page, a page more
 * on each press, with the focus on the first new card once it is drawn (a keyboard or
 * screen-reader user goes on reading where the page grew), and back to one page when a
 * filter or the page size changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export class ListPaging implements ReactiveController {
  /** How many matching cards are in the page (0 before the first update). */
  limit = 0;
  /** Index (among the cards shown) to focus after "show more". */
  private focusIndex = -1;
  private readonly host: Host;
  private readonly size: () => number;
  private readonly cards: () => ArrayLike<HTMLElement>;

  constructor(host: Host, size: () => number, cards: () => ArrayLike<HTMLElement>) {
    this.host = host;
    this.size = size;
    this.cards = cards;
    host.addController(this);
  }

  /** One page of cards: the page size, or every card when it is 0. */
  page(): number {
    const size = this.size();
    return size > 0 ? Math.floor(size) : Infinity;
  }

  /** Back to one page. */
  reset(): void {
    this.limit = this.page();
  }

  /** A page more; the first new card takes the focus once drawn. */
  more = (): void => {
    this.focusIndex = Number.isFinite(this.limit) ? this.limit : -1;
    this.limit += this.page();
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (this.focusIndex < 0) return;
    const card = this.cards()[this.focusIndex];
    this.focusIndex = -1;
    card?.focus();
  }
}
