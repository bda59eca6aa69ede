// Interface strings and route slugs, from the site's catalogues (site/src/messages/<code>.ts).
// Content stays in the language its author wrote it in; only the interface is translated.

import {
  addedCatalogue,
  DEFAULT_LANG,
  extendMessages,
  LANGS,
  PLACEHOLDER,
  type Lang,
} from '@rendir/core';
import type es from '../messages/es.ts';
import { SITE_CATALOGUES, type SiteCatalogue } from '../messages/index.ts';
import { withPageBase } from './paths.ts';

// The languages are core's list (LANGS, isLang, INTL_LOCALES): one place for site and widgets.
export { LANGS, isLang, type Lang } from '@rendir/core';

/** A text an author may give once or per language (`title: {es: …, en: …}`). */
export type Localized = string | Partial<Record<Lang, string>>;

export function pick(
  text: Localized | undefined,
  lang: Lang,
  fallback: Lang = DEFAULT_LANG,
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

export type Section =
  | 'budget'
  | 'plan'
  | 'indicators'
  | 'commitments'
  | 'data'
  | 'reports'
  | 'transparency'
  | 'search'
  | 'embed'
  | 'downloads';

/** A language's catalogue: its file (messages/<code>.ts), or one added with `addLanguage`. */
export function siteCatalogue(lang: Lang): SiteCatalogue {
  const catalogue = Object.hasOwn(SITE_CATALOGUES, lang)
    ? SITE_CATALOGUES[lang]
    : (addedCatalogue('site', lang) as SiteCatalogue | undefined);
  if (!catalogue) throw new Error(`rendir: the site has no catalogue in «${lang}»`);
  return catalogue;
}

/** URL segments per language; the default language lives at `/`, others under `/<lang>/`. */
export const SLUGS: Readonly<Record<Lang, Readonly<Record<Section, string>>>> = Object.fromEntries(
  LANGS.map((lang) => [lang, siteCatalogue(lang).slugs]),
) as Record<Lang, Record<Section, string>>;

export type UiKey = keyof typeof es.ui;

/** A key of the `rendir` command's console messages. */
export type CliKey = keyof typeof es.cli;

/**
 * Gives the site a language's catalogue from elsewhere than messages/<code>.ts (a test's
 * pseudo-language, added to core's list with `addLanguage`).
 */
export function addSiteCatalogue(lang: Lang, catalogue: SiteCatalogue): void {
  (SITE_CATALOGUES as Record<string, SiteCatalogue>)[lang] = catalogue;
  (SLUGS as Record<string, SiteCatalogue['slugs']>)[lang] = catalogue.slugs;
  extendMessages(lang, catalogue.problems);
}

/** A catalogue text with each `{placeholder}` given in `vars` filled in. */
function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return fill(siteCatalogue(lang).ui[key], vars);
}

/** One of the `rendir` command's console messages, in `lang`. */
export function cliText(
  lang: Lang,
  key: CliKey,
  vars: Record<string, string | number> = {},
): string {
  return fill(siteCatalogue(lang).cli[key], vars);
}

/** A text of the catalogues in every language, for what a page in any of them may show. */
export function inEveryLanguage(
  key: UiKey,
  vars: Record<string, string | number> = {},
): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, t(lang, key, vars)])) as Record<
    Lang,
    string
  >;
}

/**
 * `/`, `/indicadores/`, `/en/indicators/abc/`: every internal link goes through here, under
 * the site's base when it is published under a sub-path (`/repo/indicadores/`).
 */
export function href(lang: Lang, defaultLang: Lang, section?: Section, ...rest: string[]): string {
  const parts: string[] = [];
  if (lang !== defaultLang) parts.push(lang);
  if (section) parts.push(SLUGS[lang][section]);
  parts.push(...rest.filter(Boolean));
  return withPageBase(parts.length ? `/${parts.join('/')}/` : '/');
}

/** A page's path without its language prefix, for the language switcher. */
export function homeHref(lang: Lang, defaultLang: Lang): string {
  return lang === defaultLang ? '/' : `/${lang}/`;
}
