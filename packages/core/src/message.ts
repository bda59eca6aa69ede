// Messages as data. A problem carries a catalogue key and its parameters, never its text:
// each language's text is in messages/<code>.ts, read when the problem is shown, so a new
// language is a catalogue, not a change to the code that finds problems.

import { formatDate, formatNumber, formatPercent, percentSign } from './format.ts';
import { addedCatalogue, INTL_LOCALES, isLang, type Lang } from './languages.ts';
import type { MessageFigure, MessageList, MessageParam, MessageRef } from './message-ref.ts';
import { CORE_CATALOGUES, type CoreCatalogue, type CoreMessageKey } from './messages/index.ts';

export type { CoreCatalogue, CoreMessageKey };
export type { MessageFigure, MessageList, MessageParam, MessageRef } from './message-ref.ts';

/** One of core's messages. */
export function msg(key: CoreMessageKey, params?: Record<string, MessageParam>): MessageRef {
  return params ? { key, params } : { key };
}

export function msgList(list: string[]): MessageList {
  return { list };
}

function figureText(param: MessageFigure, lang: Lang): string {
  const locale = INTL_LOCALES[lang];
  if (param.as === 'date') return formatDate(param.figure, locale);
  if (param.as === 'percent') return formatPercent(param.figure, locale, 1).replace('-', '−');
  const digits = param.digits;
  const options =
    digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const text = formatNumber(param.figure, locale, options).replace('-', '−');
  return param.percentSign ? text + percentSign(locale) : text;
}

/** `{name}` in a catalogue's text: a parameter's place. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

const loaded = new Map<string, Readonly<Record<string, string>>>();
const loading = new Map<string, Promise<void>>();
/** Other packages' messages for the problems they find (the site's, about site.yaml and MDX). */
const extensions = new Map<string, Record<string, string>>();

/** Adds a package's own problem messages in a language (`msg`-like keys of its catalogue). */
export function extendMessages(lang: string, messages: Readonly<Record<string, string>>): void {
  extensions.set(lang, { ...extensions.get(lang), ...messages });
}

/**
 * Makes a language's catalogue available to `messageText`. The languages in core's list load
 * with `loadMessages`; this also takes one from elsewhere (a test's pseudo-language).
 */
export function addMessages(lang: string, catalogue: CoreCatalogue): void {
  loaded.set(lang, catalogue);
}

/** A loaded catalogue, or the one a language added at run time brought (`addLanguage`). */
function catalogueOf(lang: string): Readonly<Record<string, string>> | undefined {
  return loaded.get(lang) ?? (addedCatalogue('core', lang) as CoreCatalogue | undefined);
}

/** Loads a language's catalogue; `undefined` when it is already there. */
export function loadMessages(lang: string): Promise<void> | undefined {
  const loader =
    isLang(lang) && Object.hasOwn(CORE_CATALOGUES, lang) ? CORE_CATALOGUES[lang] : undefined;
  if (catalogueOf(lang) || !loader) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = loader().then(
      (module) => {
        loaded.set(lang, module.default);
        loading.delete(lang);
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Loads the catalogues of every language given. */
export async function loadAllMessages(langs: readonly string[]): Promise<void> {
  await Promise.all(langs.map((lang) => loadMessages(lang)));
}

export function hasMessages(lang: string): boolean {
  return catalogueOf(lang) !== undefined;
}

/** Whether a language has core's messages: loaded, added with it, or a catalogue to load. */
export function hasCatalogue(lang: string): boolean {
  return hasMessages(lang) || (isLang(lang) && Object.hasOwn(CORE_CATALOGUES, lang));
}

/**
 * Text ended as a sentence: a period unless it already ends in one, or in `?`, `!` or `…`
 * (`¿Quiso decir «x»?` takes none: `?.` is not Spanish, nor English).
 */
export function endSentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/**
 * A message in a language whose catalogue is loaded (`loadMessages`): its text with each
 * `{placeholder}` replaced by its parameter. Throws for a language not loaded: showing
 * another language's text, or a key, would hide the mistake.
 */
export function messageText(ref: MessageRef, lang: Lang): string {
  const catalogue = catalogueOf(lang);
  if (!catalogue)
    throw new Error(`rendir: core messages in «${lang}» are not loaded (loadMessages)`);
  const text = Object.hasOwn(catalogue, ref.key)
    ? catalogue[ref.key]
    : extensions.get(lang)?.[ref.key];
  if (text === undefined) throw new Error(`rendir: no message «${ref.key}» in «${lang}»`);
  const said = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = ref.params && Object.hasOwn(ref.params, name) ? ref.params[name] : undefined;
    if (value === undefined) return whole;
    if (typeof value !== 'object') return String(value);
    if ('figure' in value) return figureText(value, lang);
    if ('list' in value)
      return new Intl.ListFormat(INTL_LOCALES[lang], { type: 'conjunction' }).format(value.list);
    return messageText(value, lang);
  });
  return ref.sentence ? endSentence(said) : said;
}
