// What an Open SDG series' page shows without JavaScript: its headline and each breakdown
// as tables of the figures as published (core's sdgBreakdowns, sdgSelection, sdgPeriods),
// one table per units and series when the file has several. Nothing is summed.
import { basename } from 'node:path';
import {
  sdgBreakdownRows,
  sdgBreakdowns,
  sdgPeriods,
  sdgSelection,
  type CellNumber,
  type SdgObservation,
} from '@rendir/core';
import { pick, type Lang } from './i18n.ts';
import type { SdgSeriesItem } from './model/types.ts';

/** Rows of a breakdown's table printed on the page; all of them are in the download. */
export const SDG_PAGE_ROWS = 300;

export interface SdgTable {
  /** The units and series the table is of (empty when the file has one). */
  of: { units?: string; series?: string };
  /** The disaggregations of the rows (none for the headline). */
  dimensions: string[];
  periods: string[];
  rows: { keys: string[]; cells: (CellNumber | undefined)[] }[];
  /** How many rows there are in all (more than `rows` when cut to SDG_PAGE_ROWS). */
  total: number;
}

/** The page's title: the one site.yaml gives the file, else its name. */
export function sdgSeriesTitle(item: SdgSeriesItem, lang: Lang): string {
  return pick(item.note?.title, lang) || basename(item.file, '.csv');
}

/** What a table is of, when the file has several units or series: `Percent · Poverty`. */
export function sdgSplitLabel(table: SdgTable): string {
  return [table.of.units, table.of.series].filter(Boolean).join(' · ');
}

/** The units and series a file splits into (one of each when it has none). */
function splits(item: SdgSeriesItem): { units?: string; series?: string }[] {
  const units = item.series.units.length ? item.series.units : [undefined];
  const series = item.series.series.length ? item.series.series : [undefined];
  return units.flatMap((u) => series.map((s) => ({ units: u, series: s })));
}

function table(
  of: SdgTable['of'],
  dimensions: string[],
  observations: readonly SdgObservation[],
): SdgTable {
  const periods = sdgPeriods(observations);
  const at = new Map(periods.map((p, i) => [p, i]));
  const byKey = new Map<string, SdgTable['rows'][number]>();
  for (const o of observations) {
    const keys = dimensions.map((d) => (Object.hasOwn(o.breakdown, d) ? o.breakdown[d] : ''));
    const key = JSON.stringify(keys);
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = { keys, cells: periods.map(() => undefined) }));
    row.cells[at.get(o.period)!] = o.value;
  }
  const rows = [...byKey.values()];
  return { of, dimensions, periods, rows: rows.slice(0, SDG_PAGE_ROWS), total: rows.length };
}

/** The headline's table of each units and series that has one. */
export function sdgHeadlineTables(item: SdgSeriesItem): SdgTable[] {
  return splits(item)
    .map((of) => table(of, [], sdgSelection(item.series, {}, of)))
    .filter((t) => t.total > 0);
}

/** Each breakdown's table: one row per combination of its values, one column per period. */
export function sdgBreakdownTables(item: SdgSeriesItem): SdgTable[] {
  return splits(item).flatMap((of) =>
    sdgBreakdowns(item.series, of).map((b) => {
      return table(of, b.dimensions, sdgBreakdownRows(item.series, b.dimensions, of));
    }),
  );
}
