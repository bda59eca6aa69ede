// The languages Rendir speaks, once: the site's pages, the widgets' catalogues and core's
// formatters and messages all read this list. Adding a language is an entry here and one
// catalogue per package (CONTRIBUTING.md, "Adding a language").

export interface Language {
  /** The code in page paths and `lang` attributes. */
  code: string;
  /** The tag handed to Intl for numbers, dates and lists. */
  intl: string;
  /** The language's name in itself, for a language switcher. */
  name: string;
  /** Writing direction, for the page's `dir`. */
  dir: 'ltr' | 'rtl';
}

/** The default first: Rendir is written for Colombian public entities. */
const BUILT_IN = [
  { code: 'es', intl: 'es-CO', name: 'Español', dir: 'ltr' },
  { code: 'en', intl: 'en', name: 'English', dir: 'ltr' },
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
  return (LANGS as readonly unknown[]).includes(value);
}

export function languageOf(lang: Lang): Language {
  return LANGUAGES.find((language) => language.code === lang) ?? LANGUAGES[0];
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
  if (isLang(language.code)) return;
  (LANGUAGES as Language[]).push(language);
  (LANGS as Lang[]).push(language.code as Lang);
  (INTL_LOCALES as Record<string, string>)[language.code] = language.intl;
}
for (const { language } of added.values()) register(language);

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
