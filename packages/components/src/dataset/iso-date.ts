/** Date cells read by the core's `parseDate`, for the grid, the catalog card and sorting. */
import { parseDate, type DayMonthOrder } from '@rendir/core';

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/**
 * A date cell as ISO text (`2025-06-15`, `2025-06`, `2025`), timestamps cut to the day;
 * `30/06/2025` in the file's day/month `order` (a date that reads as two without one is none).
 */
export function isoDate(raw: string, order?: DayMonthOrder): string | undefined {
  const s = raw.trim();
  const ts = ISO_TIMESTAMP.exec(s);
  return parseDate(
    ts ? ts[1] : s,
    order === 'MDY' ? 'MM/DD/YYYY' : order === 'DMY' ? 'DD/MM/YYYY' : undefined,
  );
}
