/**
 * Words that stand for a missing value, and what each means. One table for every reader:
 * "no data" and "not applicable" read differently to a citizen, and a statistics office's
 * `NA` (not available) is not a municipality's `NA` (no aplica), so a file's sidecar may
 * say what its markers mean (`missing: {NA: not_available}`). What each kind is called is
 * missing-words.ts (a widget's first render says them; only a reader reads markers).
 */
import type { MissingKind } from './types.ts';

/** What a marker may mean (an empty cell is always `empty`). */
export type MissingMeaning = Exclude<MissingKind, 'empty'>;

export const MISSING_MEANINGS: readonly MissingMeaning[] = [
  'no_data',
  'not_applicable',
  'not_available',
  'suppressed',
];

/**
 * The markers every file is read with, written in capitals (cells are compared in capitals).
 * `not_available` and `suppressed` come only from a file's own declaration (or a format that
 * defines them, as Open SDG's `NA`): the widgets' cell shapes know the first three kinds.
 */
export const DEFAULT_MISSING_MARKERS: Readonly<Record<string, MissingMeaning>> = {
  'S/D': 'no_data',
  'S.D': 'no_data',
  'S.D.': 'no_data',
  SD: 'no_data',
  'S/I': 'no_data',
  'S.I.': 'no_data',
  'N/D': 'no_data',
  'N.D.': 'no_data',
  ND: 'no_data',
  '-': 'no_data',
  '–': 'no_data',
  '—': 'no_data',
  '..': 'no_data',
  'SIN DATO': 'no_data',
  'SIN DATOS': 'no_data',
  'SIN INFORMACIÓN': 'no_data',
  'SIN INFORMACION': 'no_data',
  'N/A': 'not_applicable',
  'N.A.': 'not_applicable',
  'N.A': 'not_applicable',
  NA: 'not_applicable',
  'NO APLICA': 'not_applicable',
};

/** A file's markers: the defaults, with what its sidecar declares over them. */
export type MissingMarkers = Readonly<Record<string, MissingMeaning>>;

/** Words a sidecar may use for each meaning, in either language. */
const MEANING_WORDS: Readonly<Record<string, MissingMeaning>> = {
  no_data: 'no_data',
  sin_dato: 'no_data',
  not_applicable: 'not_applicable',
  no_aplica: 'not_applicable',
  not_available: 'not_available',
  no_disponible: 'not_available',
  suppressed: 'suppressed',
  reservado: 'suppressed',
};

/** The longest marker a file may declare: longer cells are text, never upper-cased to compare. */
export const MISSING_MARKER_MAX = 24;

/**
 * The kind of missing value a trimmed cell holds, or undefined when it holds something.
 * `markers` are a file's own (from `missingMarkers`); the defaults otherwise.
 */
export function missingKind(
  trimmed: string,
  markers: MissingMarkers = DEFAULT_MISSING_MARKERS,
): MissingKind | undefined {
  if (trimmed === '') return 'empty';
  if (trimmed.length > MISSING_MARKER_MAX) return undefined;
  const key = trimmed.toUpperCase();
  return Object.hasOwn(markers, key) ? markers[key] : undefined;
}

/** A meaning as a sidecar writes it (`no_data`, `sin dato`, `No disponible`…), or undefined. */
export function missingMeaning(word: string): MissingMeaning | undefined {
  // The words carry no accents: case and spacing are all a sidecar may vary.
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return Object.hasOwn(MEANING_WORDS, key) ? MEANING_WORDS[key] : undefined;
}

/** The words a sidecar may give a marker, for messages. */
export const MISSING_MEANING_WORDS = Object.keys(MEANING_WORDS);

/** The defaults with a file's own markers over them (`{NA: 'not_available'}`). */
export function missingMarkers(own: Readonly<Record<string, MissingMeaning>>): MissingMarkers {
  const out: Record<string, MissingMeaning> = { ...DEFAULT_MISSING_MARKERS };
  for (const [marker, meaning] of Object.entries(own)) out[marker.trim().toUpperCase()] = meaning;
  return out;
}
