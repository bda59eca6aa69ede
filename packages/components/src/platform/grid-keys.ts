/**
 * Where a key moves the focus among a widget's cells or items, as the WAI-ARIA grid and
 * listbox patterns say: arrows, Home/End (with Ctrl or Cmd, to the first or last row),
 * PageUp/PageDown. One rule for the dataset's grid and the charts' points (ChartNavigation),
 * so that the same key does the same thing in every widget. Focus and scrolling stay with
 * the caller.
 */

export interface GridCell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** The first row focus can reach: `-1` when a header row takes focus. Default 0. */
  firstRow?: number;
  /** Rows a PageUp or PageDown moves (never into a header row); without it they do nothing. */
  page?: number;
  /**
   * The cells are a list read in order (a chart's points): Left/Right and Home/End move
   * through the whole list, across rows, Up/Down by a row. Otherwise (a table) Left/Right
   * and Home/End stay in the row.
   */
  list?: boolean;
  /** A list's length, when its last row is short (default: rows × cols). */
  count?: number;
}

type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>;

/** The cell `event`'s key moves to from `at`, kept inside the grid; `undefined` for other keys. */
export function gridKeyTarget(event: Keys, at: GridCell, shape: GridShape): GridCell | undefined {
  const firstRow = shape.firstRow ?? 0;
  const lastRow = shape.rows - 1;
  const whole = event.ctrlKey || event.metaKey;
  if (shape.list) {
    const count = shape.count ?? shape.rows * shape.cols;
    const index = at.row * shape.cols + at.col;
    const next = listTarget(event.key, index, count, shape.cols);
    if (next === undefined) return undefined;
    const kept = Math.max(0, Math.min(count - 1, next));
    return { row: Math.floor(kept / shape.cols), col: kept % shape.cols };
  }
  let { row, col } = at;
  switch (event.key) {
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowRight':
      col += 1;
      break;
    case 'ArrowLeft':
      col -= 1;
      break;
    case 'PageDown':
      if (!shape.page) return undefined;
      row = Math.max(0, row + shape.page);
      break;
    case 'PageUp':
      if (!shape.page) return undefined;
      row = Math.max(0, row - shape.page);
      break;
    case 'Home':
      col = 0;
      if (whole) row = firstRow;
      break;
    case 'End':
      col = shape.cols - 1;
      if (whole) row = lastRow;
      break;
    default:
      return undefined;
  }
  return {
    row: Math.max(firstRow, Math.min(lastRow, row)),
    col: Math.max(0, Math.min(shape.cols - 1, col)),
  };
}

/** A list's next index: Left/Right one item, Up/Down one row of `cols`, Home/End its ends. */
function listTarget(key: string, index: number, count: number, cols: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return index + 1;
    case 'ArrowLeft':
      return index - 1;
    case 'ArrowDown':
      return index + cols;
    case 'ArrowUp':
      return index - cols;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
