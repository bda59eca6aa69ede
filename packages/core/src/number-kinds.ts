/**
 * What a number cell turned out to be, as type guards. A module of its own so that code
 * which only shows numbers (the formatters, progress) does not carry the number reader.
 */
import type { CellNumber, ExactNumber, Missing } from './types.ts';

export type NumberErrorCode =
  | 'number.ambiguous'
  | 'number.invalid'
  | 'number.format_mismatch'
  /** The file's group separator right after a leading zero: `0.500` in es. */
  | 'number.group_after_zero'
  /** A space or line break between digits: `100 150`, `1⏎234`. */
  | 'number.space_inside'
  /** Excel's scientific notation, digits lost: `1,83403E+11`. */
  | 'number.scientific';

/** A cell that should have held a number and could not be read as one. */
export interface NumberError {
  error: NumberErrorCode;
  raw: string;
}

export type ParsedNumber = CellNumber | NumberError;

export function isMissing(v: unknown): v is Missing {
  return typeof v === 'object' && v !== null && 'missing' in v;
}

export function isExactNumber(v: unknown): v is ExactNumber {
  return typeof v === 'object' && v !== null && 'value' in v && 'isPercent' in v;
}

export function isNumberError(v: unknown): v is NumberError {
  return typeof v === 'object' && v !== null && 'error' in v;
}
