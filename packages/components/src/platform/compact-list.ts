/**
 * A long list of cards in a narrow place (a CMS column, a phone) shows its first few and a
 * "Ver todos (N)" button that expands it in place: the same button, focused, then says
 * "Ver menos" with `aria-expanded="true"`. Widgets ask `count(total)` how many to draw; a
 * widget with a summary may fold the whole list behind it (`foldsToSummary`).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { PrintWatch } from './print-watch.ts';

/** How many cards a compact list shows when `limit` gives no number. */
export const COMPACT_COUNT = 3;

/**
 * Narrower than this many rem, cards stack one per row and a list is compact unless its
 * `limit` says otherwise (the tracker's two-column container query starts here too).
 */
export const COMPACT_BELOW_REM = 46;

/** `limit` as written: trimmed, lower case (a script may set a number: `el.limit = 5`). */
function written(limit: string | null | undefined): string {
  return String(limit ?? '')
    .trim()
    .toLowerCase();
}

/**
 * How many of `total` items to show at first. `limit` as the attribute writes it: a whole
 * number, `all` (or `0`) for every item, anything else for automatic, which is compact
 * when `narrow`. One item is never hidden behind the button: it takes as much room.
 */
export function firstFew(total: number, limit: string | null | undefined, narrow: boolean): number {
  const text = written(limit);
  const count = /^\d+$/.test(text) ? Number(text) : undefined;
  if (text === 'all' || count === 0) return total;
  const wanted = count ?? (narrow ? COMPACT_COUNT : total);
  return total > wanted + 1 ? wanted : total;
}

export interface CompactListWords {
  /** "Ver todos (12)" */
  showAll: (total: number) => string;
  /** "Ver menos" */
  showFewer: string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class CompactList {
  /** Whether the reader asked to see every item. */
  expanded = false;
  private readonly host: Host;
  private readonly limit: () => string | null | undefined;
  /** Measured once, when the list is first drawn, so that it never folds by itself later. */
  private narrow?: boolean;

  constructor(host: Host, limit: () => string | null | undefined) {
    this.host = host;
    this.limit = limit;
    this.print = new PrintWatch(host);
  }

  /** Paper has no button to press: a printed list has every item. */
  private readonly print: PrintWatch;

  /** Whether every item is drawn now: the reader asked, or the page is being printed. */
  get open(): boolean {
    return this.expanded || this.print.printing;
  }

  /**
   * Whether a list of `total` items folds away whole behind its summary until the reader
   * opens it: a narrow place and no `limit` given (a widget whose summary already says in
   * words and one chart what its cards say). A `limit` number keeps the first few instead.
   */
  foldsToSummary(total: number): boolean {
    return (
      !/^(\d+|all)$/.test(written(this.limit())) && firstFew(total, '', this.isNarrow()) < total
    );
  }

  /** How many of `total` items to draw now. */
  count(total: number): number {
    if (this.expanded || this.print.printing) return total;
    return firstFew(total, this.limit(), this.isNarrow());
  }

  private isNarrow(): boolean {
    if (this.narrow !== undefined) return this.narrow;
    const width = this.host.getBoundingClientRect().width;
    // Not laid out (hidden): not compact, and measured again next time.
    if (!width) return false;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return (this.narrow = width < COMPACT_BELOW_REM * rem);
  }

  private readonly toggle = (): void => {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
  };

  /**
   * The button under a list of `total` items of which `count(total)` are drawn, for the
   * list whose id is `controls`; nothing when every item fits without it.
   */
  renderToggle(total: number, controls: string, words: CompactListWords): unknown {
    if (!this.expanded && this.count(total) >= total) return nothing;
    return html`<button
      type="button"
      class="show-all"
      ?hidden=${this.print.printing}
      part="show-all"
      aria-expanded=${this.expanded ? 'true' : 'false'}
      aria-controls=${controls}
      @click=${this.toggle}
    >
      ${this.expanded ? words.showFewer : words.showAll(total)}
    </button>`;
  }
}
