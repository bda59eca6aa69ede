/**
 * What an Open SDG series shows for a reader's choice: the breakdown, the disaggregation
 * compared, the value each other one is held at, and the values compared. Pure, so that it
 * is tested without drawing. Which rows belong to a breakdown is the core's `sdgSelection`;
 * nothing here adds or derives a figure.
 */
import {
  sdgBreakdownRows,
  sdgBreakdowns,
  sdgSelection,
  type SdgBreakdown,
  type SdgObservation,
} from '@rendir/core';
import type { SdgSeriesData } from './sdg-data.ts';
import type { Locale } from '../platform/i18n.ts';
import type { ChartSource, EmbedOptions } from '../platform/chart-kit/index.ts';

/** What the series' view needs of the tracker (its language, words and chart frame). */
export interface SdgViewContext {
  locale: Locale;
  intlLocale: string;
  /** The tracker's words for a table's columns. */
  period: string;
  value: string;
  frame: {
    theme: string | undefined;
    note: string;
    source: ChartSource | null;
    embed: EmbedOptions | null;
  };
}

/** Series drawn at most at a time: more would be unreadable charts and a wide table. */
export const MAX_SHOWN = 12;
/** Values compared when a breakdown is first chosen. */
export const FIRST_SHOWN = 4;

export interface SdgChoice {
  units?: string;
  series?: string;
  /** Index of the breakdown (`sdgBreakdowns`). */
  breakdown: number;
  /** The disaggregation compared (the breakdown's last, unless the reader chose another). */
  compare: string;
  /** The value every other disaggregation of the breakdown is held at. */
  fixed: Record<string, string>;
  /** The values of `compare` shown, in the order chosen; absent: the first few. */
  checked?: string[];
  /** What the reader typed to narrow each disaggregation's list. */
  filters: Record<string, string>;
}

export const emptyChoice = (): SdgChoice => ({ breakdown: 0, compare: '', fixed: {}, filters: {} });

export interface SdgShown {
  of: { units?: string; series?: string };
  breakdowns: SdgBreakdown[];
  breakdown: SdgBreakdown | undefined;
  /** The headline: rows with every disaggregation empty, of the chosen units and series. */
  headline: SdgObservation[];
  /** Each disaggregation of the breakdown with the values it offers under the choice. */
  offers: { dimension: string; values: string[] }[];
  /** One series per value compared: only the rows published for it. */
  series: { value: string; observations: SdgObservation[] }[];
  /** The choice, made valid for the data (what the controls show). */
  choice: SdgChoice;
}

/** A disaggregation's value in a row (own keys only: a column may be named `constructor`). */
const valueIn = (o: SdgObservation, dimension: string) =>
  Object.hasOwn(o.breakdown, dimension) ? o.breakdown[dimension] : undefined;

const valuesOf = (rows: readonly SdgObservation[], dimension: string) => [
  ...new Set(rows.map((o) => valueIn(o, dimension) ?? '')),
];

const matches = (o: SdgObservation, fixed: Record<string, string>) =>
  Object.entries(fixed).every(([k, v]) => valueIn(o, k) === v);

/** What a file's choices share (its headline, breakdowns, a breakdown's rows), worked out once. */
const worked = new WeakMap<SdgSeriesData, Map<string, unknown>>();

function once<T>(data: SdgSeriesData, key: unknown, make: () => T): T {
  let known = worked.get(data);
  if (!known) worked.set(data, (known = new Map()));
  const name = JSON.stringify(key);
  if (!known.has(name)) known.set(name, make());
  return known.get(name) as T;
}

/** The choice made valid for the data, and what it shows. */
export function sdgShown(data: SdgSeriesData, wanted: SdgChoice): SdgShown {
  const choice: SdgChoice = { ...wanted, fixed: {} };
  choice.units = pick(wanted.units, data.units);
  choice.series = pick(wanted.series, data.series);
  const of = { units: choice.units, series: choice.series };
  const headline = once(data, ['headline', of], () => sdgSelection(data, {}, of));
  const breakdowns = once(data, ['breakdowns', of], () => sdgBreakdowns(data, of));
  choice.breakdown = breakdowns[wanted.breakdown] ? wanted.breakdown : 0;
  const breakdown = breakdowns[choice.breakdown];
  if (!breakdown) return { of, breakdowns, breakdown, headline, offers: [], series: [], choice };
  const dims = breakdown.dimensions;
  choice.compare = dims.includes(wanted.compare) ? wanted.compare : dims[dims.length - 1];
  const rows = once(data, ['rows', of, dims], () => sdgBreakdownRows(data, dims, of));
  // Each held disaggregation offers the values published with those held before it.
  const offers: SdgShown['offers'] = [];
  for (const dimension of dims) {
    if (dimension === choice.compare) continue;
    const values = valuesOf(
      rows.filter((o) => matches(o, choice.fixed)),
      dimension,
    );
    offers.push({ dimension, values });
    choice.fixed[dimension] = values.includes(wanted.fixed[dimension])
      ? wanted.fixed[dimension]
      : values[0];
  }
  const compared = valuesOf(
    rows.filter((o) => matches(o, choice.fixed)),
    choice.compare,
  );
  offers.push({ dimension: choice.compare, values: compared });
  choice.checked = (wanted.checked ?? compared.slice(0, FIRST_SHOWN))
    .filter((v) => compared.includes(v))
    .slice(0, MAX_SHOWN);
  const series = choice.checked.map((value) => ({
    value,
    // A series of the breakdown is among its rows: no need to look through the whole file.
    observations: sdgSelection(
      { observations: rows },
      { ...choice.fixed, [choice.compare]: value },
    ),
  }));
  return { of, breakdowns, breakdown, headline, offers, series, choice };
}

function pick(wanted: string | undefined, offered: readonly string[]): string | undefined {
  if (offered.length === 0) return undefined;
  return wanted !== undefined && offered.includes(wanted) ? wanted : offered[0];
}

/** The values a list offers for what the reader typed: those chosen first, then matches. */
export function listed(
  values: readonly string[],
  chosen: readonly string[],
  typed: string,
  max: number,
): { values: string[]; matching: number } {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(typed.trim());
  const matching = values.filter((v) => !wanted || fold(v).includes(wanted));
  const first = chosen.filter((v) => values.includes(v));
  const rest = matching.filter((v) => !first.includes(v));
  return {
    values: [...first, ...rest].slice(0, Math.max(max, first.length)),
    matching: matching.length,
  };
}

/** Where the reader's choice lives (the element's controller), as the view changes it. */
export interface SdgChoiceHost {
  readonly choice: SdgChoice;
  change(next: Partial<SdgChoice>): void;
}
