// The languages Rendir speaks, once: the site's pages, the widgets' catalogues and core's
// formatters and messages all read this list. Adding a language is an entry here and one
// catalogue per package (CONTRIBUTING.md, "Adding a language").

import type { MissingKind } from './types.ts';

/**
 * How a language writes figures where Intl has no word for it: core's formatters read these
 * synchronously, as they read `intl`, so a table cell never waits for a catalogue.
 */
export interface NumberWords {
  /** A table cell's mark for each kind of missing value (`S/D`, `N/A`; `No data`). */
  missing: Readonly<Record<MissingKind, string>>;
  /** The letter before a quarter's number: `T3 2025`, `Q3 2025`. */
  quarter: string;
  /** Compact amounts' words, largest first: 10^exp, for one and for more (`millón`, `millones`). */
  scale: readonly (readonly [exp: number, one: string, many: string])[];
  /** After a percentage's figure: Spanish typesetting puts a non-breaking space before `%`. */
  percent: string;
}

export interface Language {
  /** The code in page paths and `lang` attributes. */
  code: string;
  /** The tag handed to Intl for numbers, dates and lists. */
  intl: string;
  /** The language's name in itself, for a language switcher. */
  name: string;
  /** Writing direction, for the page's `dir`. */
  dir: 'ltr' | 'rtl';
  numbers: NumberWords;
}

/** The default first: Rendir is written for Colombian public entities. */
const BUILT_IN = [
  {
    code: 'es',
    intl: 'es-CO',
    name: 'Español',
    dir: 'ltr',
    numbers: {
      missing: {
        empty: '—',
        no_data: 'S/D',
        not_applicable: 'N/A',
        not_available: 'N/D',
        suppressed: 'Reservado',
      },
      quarter: 'T',
      // Long scale: a billón is 10^12.
      scale: [
        [12, 'billón', 'billones'],
        [9, 'mil millones', 'mil millones'],
        [6, 'millón', 'millones'],
        [3, 'mil', 'mil'],
      ],
      percent: '\u00a0%',
    },
  },
  {
    code: 'en',
    intl: 'en',
    name: 'English',
    dir: 'ltr',
    numbers: {
      missing: {
        empty: '—',
        no_data: 'No data',
        not_applicable: 'N/A',
        not_available: 'Not available',
        suppressed: 'Suppressed',
      },
      quarter: 'Q',
      scale: [
        [12, 'trillion', 'trillion'],
        [9, 'billion', 'billion'],
        [6, 'million', 'million'],
        [3, 'thousand', 'thousand'],
      ],
      percent: '%',
    },
  },
] as const satisfies readonly Language[];

export type Lang = (typeof BUILT_IN)[number]['code'];

/** Every language, built in or added (`addLanguage`): read, never written, outside this file. */
export const LANGUAGES: readonly Language[] = [...BUILT_IN];

/** Language codes, the default first. */
export const LANGS: readonly Lang[] = BUILT_IN.map((language) => language.code);

export const DEFAULT_LANG: Lang = LANGS[0];

/** The tag each language hands to Intl: Spanish with Colombia's conventions. */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = Object.fromEntries(
  BUILT_IN.map((language) => [language.code, language.intl]),
) as Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  syncAdded();
  return (LANGS as readonly unknown[]).includes(value);
}

export function languageOf(lang: Lang): Language {
  syncAdded();
  return LANGUAGES.find((language) => language.code === lang) ?? LANGUAGES[0];
}

/**
 * The language an Intl tag is written in: the one whose tag it is (`es-CO`, an added
 * language's `ru-RU`), else the one of its base (`es-MX`, `en-GB`), else the default.
 */
export function languageOfLocale(locale: string): Language {
  const tag = locale.trim().toLowerCase();
  const base = tag.split(/[-_]/)[0];
  syncAdded();
  return (
    LANGUAGES.find((language) => language.intl.toLowerCase() === tag) ??
    LANGUAGES.find((language) => language.code === base) ??
    LANGUAGES[0]
  );
}

interface AddedLanguage {
  language: Language;
  /** Each package's catalogue, by package name. */
  catalogues: Readonly<Record<string, unknown>>;
}

// Languages added at run time, kept on the global object: every copy of core in one process
// (Node's, and the one Astro bundles into the site's pages) sees the same list.
const ADDED = Symbol.for('rendir.added-languages');
const added: Map<string, AddedLanguage> = ((globalThis as Record<symbol, unknown>)[ADDED] ??=
  new Map<string, AddedLanguage>()) as Map<string, AddedLanguage>;

function register(language: Language): void {
  if ((LANGS as readonly string[]).includes(language.code)) return;
  (LANGUAGES as Language[]).push(language);
  (LANGS as Lang[]).push(language.code as Lang);
  (INTL_LOCALES as Record<string, string>)[language.code] = language.intl;
}

/** How many of the added languages this copy of core has in its list. */
let registered = 0;

/**
 * Takes into this copy's list the languages another copy added (a page's own core beside a
 * widget bundle's, which loaded first): a language added anywhere on the page is known to all.
 */
function syncAdded(): void {
  if (added.size === registered) return;
  for (const { language } of added.values()) register(language);
  registered = added.size;
}
syncAdded();

/**
 * Adds a language at run time, after the built-in ones, with each package's catalogue in it
 * by package name (`core`, `site`, `components`), which each package reads where it reads
 * its own files' (`addedCatalogue`). Tests add a pseudo-language this way, to prove that
 * no text is left outside the catalogues; a build preloads it (test/site/pseudo-site.ts).
 */
export function addLanguage(
  language: Language,
  catalogues: Readonly<Record<string, unknown>> = {},
): Lang {
  const code = language.code as Lang;
  register(language);
  added.set(code, { language, catalogues: { ...added.get(code)?.catalogues, ...catalogues } });
  return code;
}

/** A package's catalogue of a language added at run time (`addLanguage`), if it brought one. */
export function addedCatalogue(pkg: string, lang: string): unknown {
  const catalogues = added.get(lang)?.catalogues;
  return catalogues && Object.hasOwn(catalogues, pkg) ? catalogues[pkg] : undefined;
}
