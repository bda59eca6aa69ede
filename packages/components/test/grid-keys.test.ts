// The platform's grid keys (src/platform/grid-keys.ts): the one rule by which the dataset's
// grid and the charts' points (ChartNavigation, the budget viewer's items) move the focus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gridKeyTarget } from '../src/platform/grid-keys.ts';

const key = (k: string, ctrl = false) => ({ key: k, ctrlKey: ctrl, metaKey: false });

test('a table: arrows by one cell, kept inside; Home/End in the row, with Ctrl to the ends', () => {
  const shape = { rows: 10, cols: 4, firstRow: -1, page: 3 };
  const at = { row: 5, col: 2 };
  assert.deepEqual(gridKeyTarget(key('ArrowDown'), at, shape), { row: 6, col: 2 });
  assert.deepEqual(gridKeyTarget(key('ArrowUp'), at, shape), { row: 4, col: 2 });
  assert.deepEqual(gridKeyTarget(key('ArrowRight'), at, shape), { row: 5, col: 3 });
  assert.deepEqual(gridKeyTarget(key('ArrowLeft'), at, shape), { row: 5, col: 1 });
  assert.deepEqual(gridKeyTarget(key('Home'), at, shape), { row: 5, col: 0 });
  assert.deepEqual(gridKeyTarget(key('End'), at, shape), { row: 5, col: 3 });
  assert.deepEqual(gridKeyTarget(key('Home', true), at, shape), { row: -1, col: 0 });
  assert.deepEqual(gridKeyTarget(key('End', true), at, shape), { row: 9, col: 3 });
  // The header row takes focus by arrow, never by a page.
  assert.deepEqual(gridKeyTarget(key('ArrowUp'), { row: 0, col: 0 }, shape), { row: -1, col: 0 });
  assert.deepEqual(gridKeyTarget(key('ArrowUp'), { row: -1, col: 0 }, shape), { row: -1, col: 0 });
  assert.deepEqual(gridKeyTarget(key('PageUp'), { row: 2, col: 1 }, shape), { row: 0, col: 1 });
  assert.deepEqual(gridKeyTarget(key('PageDown'), { row: 8, col: 1 }, shape), { row: 9, col: 1 });
  assert.deepEqual(gridKeyTarget(key('ArrowRight'), { row: 0, col: 3 }, shape), { row: 0, col: 3 });
  assert.equal(gridKeyTarget(key('Enter'), at, shape), undefined);
  assert.equal(gridKeyTarget(key('PageDown'), at, { rows: 10, cols: 4 }), undefined, 'no page');
});

test('a list: Left/Right and Home/End through the whole list, Up/Down by a row', () => {
  // Seven points, three a row: the last row is short.
  const shape = { rows: 3, cols: 3, count: 7, list: true };
  const cell = (i: number) => ({ row: Math.floor(i / 3), col: i % 3 });
  const next = (k: string, i: number) => {
    const to = gridKeyTarget(key(k), cell(i), shape);
    return to && to.row * 3 + to.col;
  };
  assert.equal(next('ArrowRight', 2), 3, 'across the row end');
  assert.equal(next('ArrowLeft', 3), 2);
  assert.equal(next('ArrowDown', 1), 4);
  assert.equal(next('ArrowDown', 5), 6, 'kept to the last point');
  assert.equal(next('ArrowUp', 1), 0, 'kept to the first point');
  assert.equal(next('Home', 5), 0);
  assert.equal(next('End', 1), 6);
  assert.equal(next('ArrowRight', 6), 6);
  // One a row (a bar list): Up/Down act as Left/Right.
  const bars = { rows: 5, cols: 1, list: true };
  assert.deepEqual(gridKeyTarget(key('ArrowDown'), { row: 1, col: 0 }, bars), { row: 2, col: 0 });
  assert.deepEqual(gridKeyTarget(key('ArrowRight'), { row: 1, col: 0 }, bars), { row: 2, col: 0 });
  assert.equal(gridKeyTarget(key('Escape'), { row: 1, col: 0 }, bars), undefined);
});
