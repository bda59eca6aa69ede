// A pseudo-language for tests, proof that every word a reader sees comes from a catalogue:
// each catalogue's Spanish text with its letters swapped for look-alikes (ȧ ƀ ƈ …) and
// bracketed, placeholders kept. Rendered in it, a page or widget that still shows a plain
// word (three ASCII letters in a row) got that word from somewhere other than a catalogue.
import { addLanguage, languageOf, type Lang, type Language } from '@rendir/core';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOOK_ALIKES = 'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ';
const SWAP = new Map([...PLAIN].map((c, i) => [c, [...LOOK_ALIKES][i]]));

/**
 * Not in core's list: added at run time by the tests that use it. Dates, numbers and lists
 * follow Russian, whose words (Cyrillic) no check mistakes for text a catalogue missed; its
 * cell marks, quarter letter and compact words are Spanish's, swapped.
 */
export const PSEUDO: Language = {
  code: 'xx',
  intl: 'ru-RU',
  name: '⟦Ƥşḗŭḓǿ⟧',
  dir: 'ltr',
  numbers: (() => {
    const spanish = languageOf('es').numbers;
    return {
      ...spanish,
      missing: pseudoCatalogue(spanish.missing),
      quarter: pseudoText(spanish.quarter),
      scale: spanish.scale.map(([exp, one, many]) => [exp, pseudoText(one), pseudoText(many)]),
    };
  })(),
};

/** Adds the pseudo-language to core's list; returns its code. */
export function addPseudoLanguage(): Lang {
  return addLanguage(PSEUDO);
}

/** Text with its letters swapped and bracketed; `{placeholders}` and `&entities;` kept. */
export function pseudoText(text: string): string {
  if (text === '') return text;
  const parts = text.split(/(\{[A-Za-z][A-Za-z0-9_]*\}|&[a-z]+;)/);
  const swapped = parts
    .map((part, i) => (i % 2 ? part : [...part].map((c) => SWAP.get(c) ?? c).join('')))
    .join('');
  return `⟦${swapped}⟧`;
}

/** A whole catalogue in the pseudo-language: strings swapped, functions' results swapped. */
export function pseudoCatalogue<T>(catalogue: T): T {
  if (typeof catalogue === 'string') return pseudoText(catalogue) as T;
  if (typeof catalogue === 'function')
    return ((...args: unknown[]) => pseudoText(String(catalogue(...args)))) as T;
  if (typeof catalogue !== 'object' || catalogue === null) return catalogue;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(catalogue)) out[key] = pseudoCatalogue(value);
  return out as T;
}

/**
 * The plain words left in a text once the given values (file names, cell values, headers:
 * the data, which no catalogue translates) are taken out. Empty when every word came from
 * the pseudo-language's catalogues.
 */
export function plainWords(text: string, data: readonly string[] = []): string[] {
  let rest = text;
  for (const value of [...data].sort((a, b) => b.length - a.length))
    if (value) rest = rest.split(value).join(' ');
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}
