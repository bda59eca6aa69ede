/**
 * The catalog header: DCAT fields merged from the element's attributes, a catalog entry
 * and the portal, and whether the data set is overdue for its announced update.
 */
import { safeUrl, slugify, type DatasetEntry } from '@rendir/core';
import type { DatasetMetadata } from './types.ts';

/** Fields from a core catalog entry (`datasets/datasets.csv`). */
export function fromEntry(entry: DatasetEntry | undefined): DatasetMetadata {
  if (!entry) return {};
  const source = entry.source;
  return {
    title: entry.title,
    description: entry.description,
    publisher: entry.publisher,
    license: entry.license,
    modified: entry.modified,
    periodicity: entry.accrualPeriodicity,
    keywords: entry.keywords,
    url:
      source.kind === 'csv' || source.kind === 'socrata' || source.kind === 'ckan'
        ? source.url
        : undefined,
  };
}

/** The first layer that has each field wins. */
export function mergeMetadata(...layers: (DatasetMetadata | null | undefined)[]): DatasetMetadata {
  // Prototype-less: a field no layer has reads as absent even on a polluted page.
  const out: DatasetMetadata = Object.create(null) as DatasetMetadata;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [k, v] of Object.entries(layer) as [keyof DatasetMetadata, unknown][]) {
      const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
      if (!empty && out[k] === undefined) (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** A period as years, months and days. */
export interface Interval {
  years: number;
  months: number;
  days: number;
}

const WORDS: [RegExp, Interval][] = [
  [/^(daily|diari[oa]|cada d[ií]a|continuous(ly)?)$/, { years: 0, months: 0, days: 1 }],
  [/^(weekly|semanal)$/, { years: 0, months: 0, days: 7 }],
  [/^(biweekly|fortnightly|quincenal)$/, { years: 0, months: 0, days: 15 }],
  [/^(monthly|mensual)$/, { years: 0, months: 1, days: 0 }],
  [/^(bimonthly|bimestral)$/, { years: 0, months: 2, days: 0 }],
  [/^(quarterly|trimestral)$/, { years: 0, months: 3, days: 0 }],
  [/^(cuatrimestral)$/, { years: 0, months: 4, days: 0 }],
  [/^(semiannual|semestral|biannual)$/, { years: 0, months: 6, days: 0 }],
  [/^(annual|yearly|anual)$/, { years: 1, months: 0, days: 0 }],
  [/^(biennial|bienal)$/, { years: 2, months: 0, days: 0 }],
  [/^(triennial|trienal)$/, { years: 3, months: 0, days: 0 }],
];

const ISO_DURATION = /^(?:R\d*\/)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * How often a data set should be updated: ISO 8601 (`P1M`, `R/P1Y`), DCAT / EU frequency
 * URIs (`…/freq/monthly`, `…/frequency/QUARTERLY`) or a word in Spanish or English.
 * Undefined for irregular, never, unknown.
 */
export function parsePeriodicity(raw: string | undefined): Interval | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  const iso = ISO_DURATION.exec(s.toUpperCase());
  if (iso && (iso[1] || iso[2] || iso[3] || iso[4])) {
    return {
      years: Number(iso[1] ?? 0),
      months: Number(iso[2] ?? 0),
      days: Number(iso[3] ?? 0) * 7 + Number(iso[4] ?? 0),
    };
  }
  const word = s
    .replace(/^.*[/#]/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_-]/g, '');
  for (const [re, interval] of WORDS)
    if (re.test(word) || re.test(s.toLowerCase())) return interval;
  return undefined;
}

function addInterval(date: Date, interval: Interval): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + interval.years);
  d.setUTCMonth(d.getUTCMonth() + interval.months);
  d.setUTCDate(d.getUTCDate() + interval.days);
  return d;
}

/**
 * When the data set is overdue: the date by which it should have been updated
 * (last update plus its period). Undefined when it is on time or nothing says.
 */
export function overdueSince(
  modified: string | undefined,
  periodicity: string | undefined,
  now: Date = new Date(),
): Date | undefined {
  const interval = parsePeriodicity(periodicity);
  if (!modified || !interval) return undefined;
  const last = new Date(
    /^\d{4}-\d{2}-\d{2}$/.test(modified.trim()) ? `${modified.trim()}T00:00:00Z` : modified.trim(),
  );
  if (Number.isNaN(last.getTime())) return undefined;
  const due = addInterval(last, interval);
  // Due on a day: overdue from the day after.
  return now.getTime() >= due.getTime() + 86_400_000 ? due : undefined;
}

/** The name of a downloaded file: the data set's title as a slug (`datos` without one). */
export function fileBase(meta: DatasetMetadata): string {
  return slugify(meta.title ?? '', 'datos');
}

/** A link for a URL the page gave (possibly relative), only when core `safeUrl` allows it. */
export function linkTo(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return safeUrl(new URL(raw, document.baseURI).href);
  } catch {
    return undefined;
  }
}
