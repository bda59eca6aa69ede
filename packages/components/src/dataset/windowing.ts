/**
 * Row windowing for the grid: each row has its own height (a card with a long name is
 * taller than its neighbours), measured once drawn; a row not yet drawn counts as the
 * estimate. `RowHeights` keeps them in a Fenwick tree, so the top of any row and the row
 * at any scroll position are found in O(log n) (keyboard navigation to row 1,000,000
 * included). Browsers cap an element's height (~33 million px in Chromium): past
 * `MAX_HEIGHT` the scroll range is compressed and rows are placed relative to the viewport.
 */

export const MAX_HEIGHT = 8_000_000;
/** Rows drawn above and below the viewport, so a fast scroll shows no gap. */
export const OVERSCAN = 6;

/** The height of every row: as measured, or the estimate for a row never measured. */
export class RowHeights {
  /** A Fenwick tree of the rows' heights, 1-based; rows past its end count as the estimate. */
  #tree = new Float64Array(1);
  /** What a row never measured counts as, in px. */
  estimate = 40;

  /** Forgets every measure: room for `count` rows, each counted as `estimate` until measured. */
  clear(estimate: number, count = 0): void {
    this.estimate = estimate;
    this.#tree = new Float64Array(count + 1);
    // Node `i` holds the rows from `i - lowbit(i)` to `i`.
    for (let i = 1; i <= count; i++) this.#tree[i] = (i & -i) * estimate;
  }

  /** How many rows it has room for (a row past them is not recorded). */
  get size(): number {
    return this.#tree.length - 1;
  }

  height(p: number): number {
    return this.offset(p + 1) - this.offset(p);
  }

  set(p: number, height: number): void {
    const change = height - this.height(p);
    for (let i = p + 1; i < this.#tree.length; i += i & -i) this.#tree[i] += change;
  }

  /** Top of row `p`: the heights of the rows before it. */
  offset(p: number): number {
    const n = this.#tree.length - 1;
    let sum = Math.max(0, p - n) * this.estimate;
    for (let i = Math.min(p, n); i > 0; i -= i & -i) sum += this.#tree[i];
    return sum;
  }

  /** The row that holds `y` (rows past the end included: the caller keeps it inside). */
  indexAt(y: number): number {
    const n = this.#tree.length - 1;
    let position = 0;
    let rest = Math.max(0, y);
    for (let step = 2 ** Math.floor(Math.log2(n || 1)); step >= 1; step /= 2) {
      if (position + step <= n && this.#tree[position + step] <= rest) {
        position += step;
        rest -= this.#tree[position];
      }
    }
    return position < n ? position : n + Math.floor(rest / this.estimate);
  }
}

export interface WindowInput {
  count: number;
  heights: RowHeights;
  /** Height of the scroller minus its sticky header. */
  viewport: number;
  scrollTop: number;
}

export interface RowWindow {
  first: number;
  last: number;
  /** Height of the body element. */
  height: number;
  /** Top of row `p` inside the body. */
  top: (p: number) => number;
}

/** How many px of rows one px of scrolling moves (above 1 only past `MAX_HEIGHT`). */
export function scrollRatio({ count, heights, viewport }: WindowInput): number {
  const total = heights.offset(count);
  const height = Math.min(total, MAX_HEIGHT);
  return total > height ? (total - viewport) / Math.max(1, height - viewport) : 1;
}

export function rowWindow(input: WindowInput): RowWindow {
  const { count, heights, viewport, scrollTop } = input;
  const height = Math.min(heights.offset(count), MAX_HEIGHT);
  const virtualTop = scrollTop * scrollRatio(input);
  const first = Math.max(0, Math.min(count - 1, heights.indexAt(virtualTop)) - OVERSCAN);
  const last = Math.min(count - 1, heights.indexAt(virtualTop + viewport) + OVERSCAN);
  return { first, last, height, top: (p) => scrollTop + heights.offset(p) - virtualTop };
}

/** The scroll position that brings row `row` into view with the least movement. */
export function scrollToRow(row: number, input: WindowInput): number {
  const { heights, viewport, scrollTop } = input;
  const ratio = scrollRatio(input);
  const virtualTop = scrollTop * ratio;
  const top = heights.offset(row);
  const bottom = top + heights.height(row);
  let next = virtualTop;
  // A row taller than the view shows its top.
  if (top < virtualTop || bottom - top > viewport) next = top;
  else if (bottom > virtualTop + viewport) next = bottom - viewport;
  return next / ratio;
}
