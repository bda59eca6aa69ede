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

const NON_ASCII = /[^ -~\t\n\r]/;
const SPANISH = /[áàäâãéèëêíìïîóòöôõúùüûñç]/g;
const PLAIN: Record<string, string> = {
  á: 'a',
  à: 'a',
  ä: 'a',
  â: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ë: 'e',
  ê: 'e',
  í: 'i',
  ì: 'i',
  ï: 'i',
  î: 'i',
  ó: 'o',
  ò: 'o',
  ö: 'o',
  ô: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  ü: 'u',
  û: 'u',
  ñ: 'n',
  ç: 'c',
};

/**
 * Folds case and accents, so that `Bogotá` and `BOGOTA` read the same (`ñ` folds to `n`).
 * Spanish letters go through a table; Unicode normalisation (slower) only for the rest.
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const plain = lower.replace(SPANISH, (ch) => PLAIN[ch]);
  return NON_ASCII.test(plain) ? plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : plain;
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
