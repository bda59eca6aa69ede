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

/**
 * Adds a language at run time, after the built-in ones, with its catalogues given to each
 * package (core's `addMessages`, the widgets' and the site's). Tests add a pseudo-language
 * this way, to prove that no text is left outside the catalogues.
 */
export function addLanguage(language: Language): Lang {
  const code = language.code as Lang;
  if (!isLang(code)) {
    (LANGUAGES as Language[]).push(language);
    (LANGS as Lang[]).push(code);
    (INTL_LOCALES as Record<string, string>)[code] = language.intl;
  }
  return code;
}
