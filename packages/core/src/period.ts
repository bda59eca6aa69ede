/** Dates and periods as entities write them. */
import type { Period } from './types.ts';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day and month in either order, `/` or `-`: `30/06/2025`, `06/30/2025`, `30-06-2025`. */
export const DAY_MONTH = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;

const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
// Midnight after a date, as Excel and portals write it: `2025-06-30 00:00:00`, `30/06/2025 0:00`,
// Socrata's floating timestamps `2025-01-15T00:00:00.000` and `01/15/2025 12:00:00 AM`.
export const MIDNIGHT = /(?:[T\s]+0?0:00(?::00(?:\.0+)?)?Z?|\s+12:00(?::00)?\s*[Aa]\.?\s*[Mm]\.?)$/;

/** Date formats a sidecar's `date_format` may declare. */
export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD-MM-YYYY' | 'YYYY/MM/DD';

/** Which comes first in `30/06/2025` or `06/30/2025`: day (DMY) or month (MDY). */
export type DayMonthOrder = 'DMY' | 'MDY';

/** The order a declared `date_format` names, if it names one. */
export function dateOrderOf(dateFormat: string | undefined): DayMonthOrder | undefined {
  const f = dateFormat?.trim().toUpperCase();
  if (!f) return undefined;
  if (/^M{1,2}[/-]D{1,2}/.test(f)) return 'MDY';
  if (/^D{1,2}[/-]M{1,2}/.test(f)) return 'DMY';
  return undefined;
}

export type DateErrorCode = 'date.invalid' | 'date.ambiguous' | 'date.order_mismatch';

/** A cell that should hold a date and could not be read as one. */
export interface DateError {
  error: DateErrorCode;
  raw: string;
  /** For `date.ambiguous`: the date read day first, then month first. */
  readings?: [string, string];
}

/**
 * A date as ISO text, its day/month order decided as number formats are: `order` (declared,
 * or proved by other values of the file); else the value itself when it proves one (`30/06`
 * is day first, `06/30` month first); else, when both readings are real dates that differ
 * (`03/04/2025`), `date.ambiguous` with the two: never a silent swap. A value that only
 * reads in the other order than `order` is `date.order_mismatch`. `YYYY-MM-DD` and
 * `YYYY/MM/DD` are full dates; `YYYY-MM` and `YYYY` are kept as they are (a month, a year).
 */
export function readDate(raw: string, order?: DayMonthOrder): string | DateError {
  const s = raw.trim().replace(MIDNIGHT, '');
  const iso = (y: string, m: string, d: string) =>
    validYmd(+y, +m, +d) ? `${y}-${pad(+m)}-${pad(+d)}` : undefined;
  const fail = (error: DateErrorCode, readings?: [string, string]): DateError =>
    readings ? { error, raw, readings } : { error, raw };
  let m = ISO_DATE.exec(s);
  if (m) return iso(m[1], m[2], m[3]) ?? fail('date.invalid');
  m = DAY_MONTH.exec(s);
  if (m) {
    const dayFirst = iso(m[4], m[3], m[1]);
    const monthFirst = iso(m[4], m[1], m[3]);
    if (order === 'DMY')
      return dayFirst ?? fail(monthFirst ? 'date.order_mismatch' : 'date.invalid');
    if (order === 'MDY')
      return monthFirst ?? fail(dayFirst ? 'date.order_mismatch' : 'date.invalid');
    if (dayFirst && monthFirst && dayFirst !== monthFirst)
      return fail('date.ambiguous', [dayFirst, monthFirst]);
    return dayFirst ?? monthFirst ?? fail('date.invalid');
  }
  m = YMD_SLASH.exec(s);
  if (m) return iso(m[1], m[2], m[3]) ?? fail('date.invalid');
  m = YEAR_MONTH.exec(s);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${pad(+m[2])}` : fail('date.invalid');
  if (YEAR.test(s)) return s;
  return fail('date.invalid');
}

/** A date as ISO text (see `readDate`), or undefined for any problem. */
export function parseDate(raw: string, dateFormat?: string): string | undefined {
  const r = readDate(raw, dateOrderOf(dateFormat));
  return typeof r === 'string' ? r : undefined;
}

const RANGE = /^(\d{4})\s*[-–—/]\s*(\d{4})$/;
const QUARTER = /^(\d{4})\s*[-\s]?\s*[QqTt]([1-4])$/;
const QUARTER_FIRST = /^[QqTt]([1-4])\s*[-\s]?\s*(\d{4})$/;

/**
 * A period as published: `2025`, `2016-2017` (a range of years), `2025-Q3` (also
 * `2025-T3`, trimestre), `2025-06`, or a date. Undefined when it is none of them.
 */
export function parsePeriod(raw: string, dateFormat?: string): Period | undefined {
  const s = raw.trim();
  let m = YEAR.exec(s);
  if (m) return { raw: s, kind: 'year', start: `${s}-01-01`, end: `${s}-12-31` };
  m = RANGE.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (b <= a) return undefined;
    return { raw: s, kind: 'year_range', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  }
  m = QUARTER.exec(s) ?? null;
  let year: number | undefined;
  let q: number | undefined;
  if (m) {
    year = +m[1];
    q = +m[2];
  } else {
    const f = QUARTER_FIRST.exec(s);
    if (f) {
      year = +f[2];
      q = +f[1];
    }
  }
  if (year !== undefined && q !== undefined) {
    const endMonth = q * 3;
    return {
      raw: s,
      kind: 'quarter',
      start: `${year}-${pad(endMonth - 2)}-01`,
      end: `${year}-${pad(endMonth)}-${pad(daysInMonth(year, endMonth))}`,
    };
  }
  m = YEAR_MONTH.exec(s);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    if (mo < 1 || mo > 12) return undefined;
    return {
      raw: s,
      kind: 'month',
      start: `${m[1]}-${pad(mo)}-01`,
      end: `${m[1]}-${pad(mo)}-${pad(daysInMonth(y, mo))}`,
    };
  }
  const d = parseDate(s, dateFormat);
  if (d && d.length === 10) return { raw: s, kind: 'date', start: d, end: d };
  return undefined;
}

/** Whole days from ISO date a to ISO date b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
