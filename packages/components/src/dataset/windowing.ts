/**
 * Row windowing for the grid: rows have one fixed height (cells never wrap), so the rows
 * in view follow from the scroll position by arithmetic, and any row can be scrolled to
 * exactly (keyboard navigation to row 1,000,000 included). Browsers cap an element's
 * height (~33 million px in Chromium): past `MAX_HEIGHT` the scroll range is compressed
 * and rows are placed relative to the viewport.
 */

export const MAX_HEIGHT = 8_000_000;
/** Rows drawn above and below the viewport, so a fast scroll shows no gap. */
export const OVERSCAN = 6;

export interface WindowInput {
  count: number;
  rowHeight: number;
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

function ratioOf(total: number, height: number, viewport: number): number {
  return total > height ? (total - viewport) / Math.max(1, height - viewport) : 1;
}

export function rowWindow({ count, rowHeight, viewport, scrollTop }: WindowInput): RowWindow {
  const total = count * rowHeight;
  const height = Math.min(total, MAX_HEIGHT);
  const ratio = ratioOf(total, height, viewport);
  const virtualTop = scrollTop * ratio;
  const first = Math.max(0, Math.floor(virtualTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((virtualTop + viewport) / rowHeight) + OVERSCAN);
  return { first, last, height, top: (p) => scrollTop + p * rowHeight - virtualTop };
}

/** The scroll position that brings row `row` into view with the least movement. */
export function scrollToRow(
  row: number,
  { count, rowHeight, viewport, scrollTop }: WindowInput,
): number {
  const total = count * rowHeight;
  const height = Math.min(total, MAX_HEIGHT);
  const ratio = ratioOf(total, height, viewport);
  const virtualTop = scrollTop * ratio;
  const top = row * rowHeight;
  let next = virtualTop;
  if (top < virtualTop) next = top;
  else if (top + rowHeight > virtualTop + viewport) next = top + rowHeight - viewport;
  return next / ratio;
}
