// The languages Rendir speaks, once: the site's pages, the widgets' catalogues and core's
// formatters all read this list and its Intl locales.

/** Language codes, the default first: Rendir is written for Colombian public entities. */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = LANGS[0];

/** The tag each language hands to Intl: Spanish with Colombia's conventions. */
export const INTL_LOCALES: Readonly<Record<Lang, string>> = { es: 'es-CO', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
