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
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;

const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DMY_DASH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
// Excel often appends midnight to a date: `2025-06-30 00:00:00`, `30/06/2025 0:00`.
const MIDNIGHT = /[T\s]+0?0:00(?::00(?:\.0+)?)?Z?$/;

/** Date formats a sidecar's `date_format` may declare (day-month order is the default). */
export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY' | 'DD-MM-YYYY' | 'YYYY/MM/DD';

/**
 * A date as ISO text: `YYYY-MM-DD` and `DD/MM/YYYY` (or the declared `MM/DD/YYYY`,
 * `DD-MM-YYYY`, `YYYY/MM/DD`) give a full date; `YYYY-MM` and `YYYY` are kept as they are
 * (a month, a year). Undefined when it is not a real calendar date.
 */
export function parseDate(raw: string, dateFormat?: string): string | undefined {
  const s = raw.trim().replace(MIDNIGHT, '');
  const iso = (y: string, m: string, d: string) =>
    validYmd(+y, +m, +d) ? `${y}-${pad(+m)}-${pad(+d)}` : undefined;
  let m = ISO_DATE.exec(s);
  if (m) return iso(m[1], m[2], m[3]);
  m = DMY_DATE.exec(s);
  if (m)
    return dateFormat?.toUpperCase().startsWith('MM')
      ? iso(m[3], m[1], m[2])
      : iso(m[3], m[2], m[1]);
  m = DMY_DASH.exec(s);
  if (m) return iso(m[3], m[2], m[1]);
  m = YMD_SLASH.exec(s);
  if (m) return iso(m[1], m[2], m[3]);
  m = YEAR_MONTH.exec(s);
  if (m) return +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${pad(+m[2])}` : undefined;
  m = YEAR.exec(s);
  if (m) return s;
  return undefined;
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

/** Sorts periods by start, then end. */
export function comparePeriods(a: Period, b: Period): number {
  return a.start < b.start
    ? -1
    : a.start > b.start
      ? 1
      : a.end < b.end
        ? -1
        : a.end > b.end
          ? 1
          : 0;
}

/** Whole days from ISO date a to ISO date b. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
