/**
 * Language: every Rendir element speaks core's languages (LANGS). A catalogue is written
 * in Spanish, the default, beside the code that shows it (so each bundle carries only its
 * own words, and lazy parts theirs); every other language's text for the whole package is
 * one module, messages/<code>.ts, typed against the Spanish (messages/translation.ts) and
 * loaded the first time an element renders in that language (`RendirElement` waits for
 * it), so pages in Spanish never download it.
 */

import { addedCatalogue, DEFAULT_LANG, INTL_LOCALES, isLang, LANGS, type Lang } from '@rendir/core';
import { importAgain } from './import-again.ts';
import { TRANSLATIONS } from '../messages/index.ts';

/** The widgets speak core's languages (LANGS), Spanish first. */
export type Locale = Lang;

export const locales: readonly Locale[] = LANGS;

export const defaultLocale: Locale = DEFAULT_LANG;

/** A message is text or a function of typed parameters that returns text. */
export type Message = string | ((...args: never[]) => string);

export type Messages = Record<string, Message>;

/** A catalogue's messages in each language: `catalogue[locale]` (Spanish until it loads). */
export type Catalogue<M extends Messages> = Readonly<Record<Locale, M>>;

/** The messages a catalogue holds. */
export type MessagesOf<C> = C extends Catalogue<infer M> ? M : never;

/** A language's text for every catalogue of the package, by catalogue name. */
export type Translation = Readonly<Record<string, Messages>>;

/** Languages whose text has arrived (or was added, `addTranslation`), and loads under way. */
const translations = new Map<string, Translation>();
const loads = new Map<string, Promise<void>>();
/** Every catalogue defined, by name: what `missingKeys` compares. */
const catalogues = new Map<string, Messages>();

/**
 * Declares a catalogue: its name in every language's module (messages/<code>.ts) and its
 * Spanish messages, which fix its keys and the parameters of each message.
 *
 * ```ts
 * export const budgetMessages = defineCatalogue('budget', {
 *   title: 'Presupuesto',
 *   lines: (n: number) => `${n} líneas`,
 * });
 * // messages/en.ts: budget: { title: 'Budget', lines: (n) => `${n} lines` },
 * // in the element: this.msg(budgetMessages).lines(3)
 * ```
 */
export function defineCatalogue<M extends Messages>(name: string, spanish: M): Catalogue<M> {
  catalogues.set(name, spanish);
  return new Proxy({} as Catalogue<M>, {
    get: (_, lang) =>
      (typeof lang === 'string' ? (translations.get(lang)?.[name] as M | undefined) : undefined) ??
      spanish,
  });
}

/**
 * Gives a language's text from elsewhere than messages/<code>.ts (a test's pseudo-language).
 */
export function addTranslation(locale: string, translation: Translation): void {
  translations.set(locale, translation);
}

/**
 * Makes `locale`'s messages available: `undefined` when they already are (or are the
 * Spanish ones), else a promise that settles when they are. A failed load leaves the
 * Spanish text in place (said once in the console) rather than breaking the widget.
 */
export function loadLanguage(locale: Locale): Promise<void> | undefined {
  if (locale === defaultLocale || translations.has(locale)) return undefined;
  const added = addedCatalogue('components', locale) as Translation | undefined;
  if (added) {
    translations.set(locale, added);
    return undefined;
  }
  const loader = Object.hasOwn(TRANSLATIONS, locale)
    ? TRANSLATIONS[locale as keyof typeof TRANSLATIONS]
    : undefined;
  // A language added to the page without the widgets' catalogue: Spanish words, its numbers.
  if (!loader) return tellFallback(locale);
  let loading = loads.get(locale);
  if (!loading) {
    loading = importAgain<{ default: Translation }>(loader).then(
      (module) => {
        translations.set(locale, module.default);
        loads.delete(locale);
      },
      (error: unknown) => {
        loads.delete(locale);
        console.warn(`rendir: the messages in «${locale}» could not load; showing Spanish.`, error);
      },
    );
    loads.set(locale, loading);
  }
  return loading;
}

/** Languages the page asked for whose words the widgets lack, already said in the console. */
const toldFallback = new Set<string>();

/**
 * The widgets show Spanish where a language has no words of theirs (a page in a language
 * not in core's list, or one added without the widgets' or core's catalogue): said once
 * per language, in the console, for whoever builds the page.
 */
export function tellFallback(lang: string): undefined {
  if (toldFallback.has(lang)) return undefined;
  toldFallback.add(lang);
  console.warn(`rendir: no messages in «${lang}»; showing Spanish.`);
  return undefined;
}

/**
 * Maps any BCP 47 tag (`es-CO`, `EN`, `en-GB`) to a language of core's list, which takes
 * the languages added on the page (`addLanguage`); any other falls back to Spanish.
 */
export function toLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (isLang(base)) return base;
  if (base) tellFallback(base);
  return defaultLocale;
}

/**
 * The tag to hand to `Intl` for a `lang` value: the author's own tag when it names a
 * supported language (`es-MX` keeps Mexican conventions), else the language's own
 * (Colombian Spanish, English).
 */
export function intlLocale(lang: string | null | undefined): string {
  const locale = toLocale(lang);
  const tag = (lang ?? '').trim();
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts.length > 1 && parts[0] === locale) {
    try {
      return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? locale;
    } catch {
      // An invalid tag: fall through to the default region.
    }
  }
  return INTL_LOCALES[locale];
}

/**
 * What a language's text lacks or has beyond the Spanish catalogues, as `locale:name.key`:
 * a missing or extra catalogue or key, an empty text, a text where Spanish has a function
 * or the reverse, a function with another number of parameters. Load the language first.
 */
export function missingKeys(locale: Locale): string[] {
  const translation = translations.get(locale);
  if (!translation) throw new Error(`missingKeys: load the messages in «${locale}» first`);
  const problems: string[] = [];
  for (const name of Object.keys(translation))
    if (!catalogues.has(name)) problems.push(`${locale}:${name}`);
  for (const [name, spanish] of catalogues) {
    const own: Messages | undefined = translation[name];
    if (!own) {
      problems.push(`${locale}:${name}`);
      continue;
    }
    for (const key of new Set([...Object.keys(spanish), ...Object.keys(own)])) {
      const [a, b] = [spanish[key], own[key]];
      const same =
        a !== undefined &&
        b !== undefined &&
        b !== '' &&
        typeof a === typeof b &&
        (typeof a !== 'function' || a.length === (b as typeof a).length);
      if (!same) problems.push(`${locale}:${name}.${key}`);
    }
  }
  return problems;
}

export type PlatformMessages = MessagesOf<typeof platformMessages>;

/** Messages every widget shares: states, chart kit, footer. */
export const platformMessages = defineCatalogue('platform', {
  loading: 'Cargando datos…',
  empty: 'No hay datos para mostrar.',
  errorTitle: 'No se pudieron mostrar los datos.',
  errorNetwork: 'No se pudieron descargar los datos. Revise su conexión e intente de nuevo.',
  errorOffline: 'Parece que no hay conexión. Conéctese a internet e intente de nuevo.',
  errorTimeout: 'Los datos tardaron demasiado en llegar.',
  errorHttp: (status: number) => `El servidor respondió con un error (HTTP ${status}).`,
  errorRateLimited: (seconds: number | null) =>
    seconds === null
      ? 'El servidor está recibiendo demasiadas solicitudes. Intente de nuevo en un momento.'
      : `El servidor está recibiendo demasiadas solicitudes. Intente de nuevo en ${seconds} s.`,
  errorParse: 'No se pudo leer el archivo: no es un CSV ni un JSON válido.',
  errorContent: (count: number) =>
    count === 1 ? 'Los datos tienen 1 problema:' : `Los datos tienen ${count} problemas:`,
  errorUnknown: 'Algo falló al mostrar los datos.',
  errorValue: 'valor',
  errorMore: (count: number) => `…y ${count} más.`,
  retry: 'Intentar de nuevo',
  source: 'Fuente',
  notes: 'Notas',
  showTable: 'Ver tabla',
  hideTable: 'Ocultar tabla',
  /** Before the downloads, and said as the first word of each: «Descargar datos (CSV)». */
  download: 'Descargar',
  downloadData: 'datos (CSV)',
  downloadSvg: 'imagen (SVG)',
  downloadPng: 'imagen (PNG)',
  downloadFailed: 'No se pudo preparar la descarga. Revise la conexión e inténtelo de nuevo.',
  partLoading: 'Cargando…',
  partFailed: 'No se pudo cargar esta parte. Revise su conexión e inténtelo de nuevo.',
  embed: 'Insertar',
  embedScript: 'Código para páginas que aceptan scripts',
  embedIframe: 'Código para páginas que solo aceptan un iframe',
  copy: 'Copiar',
  copied: 'Copiado',
  close: 'Cerrar',
  chartKeys: 'Use las flechas para moverse entre los datos.',
  chartHint: 'Gráfico. Use las flechas para recorrer los datos.',
  tableCaption: (title: string) => `Datos de: ${title}`,
  showAll: (total: number) => `Ver todos (${total})`,
  showFewer: 'Ver menos',
});
