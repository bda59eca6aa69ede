// A file's day/month order, decided from its values: only a reader of a whole file needs
// it, so it is apart from period.ts, which a widget's first render uses.
import { DAY_MONTH, MIDNIGHT, dateOrderOf, readDate, type DayMonthOrder } from './period.ts';

/** What a value says of its file's day/month order. */
export function dateOrderEvidence(raw: string): DayMonthOrder | 'ambiguous' | 'none' {
  const m = DAY_MONTH.exec(raw.trim().replace(MIDNIGHT, ''));
  if (!m) return 'none';
  // The writer's order shows even in an impossible date (31/02/2021 is day first).
  const first = +m[1];
  const second = +m[3];
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  const r = readDate(raw);
  return typeof r !== 'string' && r.error === 'date.ambiguous' ? 'ambiguous' : 'none';
}

/** How a file's day/month order was decided. */
export interface DateOrderDecision {
  order: DayMonthOrder | undefined;
  source: 'declared' | 'proved' | 'unneeded' | 'undecided';
  /** A value that proved the order. */
  proof?: string;
  /** A value that reads as two different dates. */
  ambiguous?: string;
}

/**
 * The day/month order of a file, decided as its number format is: declared (`date_format`),
 * else proved by its values (the first proof decides; a value that reads only in the other
 * order is then `date.order_mismatch` where it is read); else undecided, and a value such as
 * `03/04/2025` is an error naming both dates.
 */
export function detectDateOrder(values: Iterable<string>, dateFormat?: string): DateOrderDecision {
  const declared = dateOrderOf(dateFormat);
  if (declared) return { order: declared, source: 'declared' };
  let ambiguous: string | undefined;
  for (const v of values) {
    // Cheap test first: a file's every cell may pass through here.
    if (v.length < 8 || (v.indexOf('/') < 0 && v.indexOf('-') < 0)) continue;
    const e = dateOrderEvidence(v);
    if (e === 'DMY' || e === 'MDY') {
      return { order: e, source: 'proved', proof: v, ...(ambiguous ? { ambiguous } : {}) };
    }
    if (e === 'ambiguous') ambiguous ??= v;
  }
  return ambiguous !== undefined
    ? { order: undefined, source: 'undecided', ambiguous }
    : { order: undefined, source: 'unneeded' };
}
