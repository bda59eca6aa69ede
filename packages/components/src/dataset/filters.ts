/**
 * Reading what a reader types into a column filter: `salud` (contains, accents and case
 * ignored), or for a number column `> 1.000.000`, `<= 5`, `= 0` (a comparison; the number
 * is read in the reader's language, through the core's `parseNumber`).
 */
import { parseNumber } from '@rendir/core';
import type { ColumnType } from './types.ts';

export type CompareOp = '>' | '<' | '>=' | '<=' | '=' | '!=';

export type ColumnFilter =
  | { key: string; kind: 'contains'; text: string }
  | { key: string; kind: 'compare'; op: CompareOp; value: string };

const COMPARE_RE = /^\s*(>=|<=|!=|<>|>|<|=)\s*(.+?)\s*$/;

export function parseFilter(
  key: string,
  type: ColumnType,
  input: string,
  format: 'es' | 'en',
): ColumnFilter | null {
  const text = input.trim();
  if (!text) return null;
  if (type === 'number') {
    const m = COMPARE_RE.exec(text);
    const parsed = parseNumber(m ? m[2] : text, format);
    if ('value' in parsed && !parsed.isPercent) {
      const op = (m ? (m[1] === '<>' ? '!=' : m[1]) : '=') as CompareOp;
      return { key, kind: 'compare', op, value: parsed.value };
    }
  }
  return { key, kind: 'contains', text };
}

export function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '=':
      return a === b;
    default:
      return a !== b;
  }
}
