/**
 * Language: every Rendir element speaks Spanish and English. Catalogues are plain typed
 * objects; the English one fixes the shape and the Spanish one must match it, so a
 * missing message is a type error (and `missingKeys` catches it at run time too).
 *
 * Spanish, the default, is in the bundles. A widget's English can be a module of its own
 * that loads the first time an element renders in English (`RendirElement` waits for it),
 * so pages in Spanish never download it.
 */

import { columnLetter, DEFAULT_LANG, INTL_LOCALES, LANGS, type Lang } from '@rendir/core';
import { importAgain } from './import-again.ts';
import type en from './messages.en.ts';

/** The widgets speak core's languages (LANGS), Spanish first. */
export type Locale = Lang;

export const locales: readonly Locale[] = LANGS;

export const defaultLocale: Locale = DEFAULT_LANG;

/** A message is text or a function of typed parameters that returns text. */
export type Message = string | ((...args: never[]) => string);

export type Messages = Record<string, Message>;

/** One catalogue per language, all with the same keys. */
export type Catalogue<M extends Messages> = Record<Locale, M>;

/** English as a module of its own (`() => import('./messages.en.ts')`, default export). */
export type EnglishLoader<M extends Messages> = () => Promise<{ default: M }>;

/** Catalogues whose English has not arrived yet, with their loader. */
const englishLoaders = new WeakMap<Catalogue<Messages>, EnglishLoader<Messages>>();
const englishLoads = new WeakMap<Catalogue<Messages>, Promise<void>>();

/**
 * Declares a typed catalogue. Write the English messages first; the Spanish object is
 * checked against their keys and signatures. English may be given as a loader: until it
 * has loaded (`loadCatalogue`), `catalogue.en` is the Spanish text.
 *
 * ```ts
 * // messages.en.ts
 * export default { title: 'Budget', lines: (n: number) => `${n} lines` };
 * // messages.ts
 * import type en from './messages.en.ts';
 * export const budgetMessages = defineCatalogue<typeof en>({
 *   es: { title: 'Presupuesto', lines: (n) => `${n} líneas` },
 *   en: () => import('./messages.en.ts'),
 * });
 * // in the element (static catalogues = [budgetMessages]): this.msg(budgetMessages).lines(3)
 * ```
 */
export function defineCatalogue<M extends Messages>(catalogue: {
  es: M;
  en: M | EnglishLoader<M>;
}): Catalogue<M> {
  if (typeof catalogue.en !== 'function') return catalogue as Catalogue<M>;
  const defined: Catalogue<M> = { es: catalogue.es, en: catalogue.es };
  englishLoaders.set(defined, catalogue.en as EnglishLoader<Messages>);
  return defined;
}

/**
 * Makes `locale`'s messages of a catalogue available: `undefined` when they already are,
 * else a promise that settles when they are. A failed load leaves the Spanish text in
 * place (said once in the console) rather than breaking the widget.
 */
export function loadCatalogue<M extends Messages>(
  catalogue: Catalogue<M>,
  locale: Locale,
): Promise<void> | undefined {
  const loader = englishLoaders.get(catalogue);
  if (locale !== 'en' || !loader) return undefined;
  let loading = englishLoads.get(catalogue);
  if (!loading) {
    loading = importAgain(loader).then(
      (module) => {
        (catalogue as Catalogue<Messages>).en = module.default;
        englishLoaders.delete(catalogue);
      },
      (error: unknown) => {
        englishLoads.delete(catalogue);
        console.warn('rendir: the English messages could not load; showing Spanish.', error);
      },
    );
    englishLoads.set(catalogue, loading);
  }
  return loading;
}

/** Loads `locale`'s messages of every catalogue given; `undefined` when all are there. */
export function loadCatalogues(
  catalogues: readonly Catalogue<Messages>[],
  locale: Locale,
): Promise<void> | undefined {
  // Called before every render: no allocation once everything is there.
  let pending: Promise<void>[] | undefined;
  for (const catalogue of catalogues) {
    const loading = loadCatalogue(catalogue, locale);
    if (loading) (pending ??= []).push(loading);
  }
  return pending && Promise.all(pending).then(() => undefined);
}

/** Maps any BCP 47 tag (`es-CO`, `EN`, `en-GB`) to a supported language. */
export function toLocale(lang: string | null | undefined): Locale {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (locales as readonly string[]).includes(base) ? (base as Locale) : defaultLocale;
}

/**
 * The tag to hand to `Intl` for a `lang` value: the author's own tag when it names a
 * supported language (`es-MX` keeps Mexican conventions), else Colombian Spanish or
 * English.
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
 * Keys present in one language and absent (or empty) in another, as `locale:key`.
 * Every catalogue's test should assert this is empty.
 */
export function missingKeys<M extends Messages>(catalogue: Catalogue<M>): string[] {
  if (englishLoaders.has(catalogue))
    throw new Error('missingKeys: load the English messages first (await loadCatalogue)');
  const all = new Set<string>();
  for (const locale of locales)
    for (const key of Object.keys(catalogue[locale] ?? {})) all.add(key);
  const missing: string[] = [];
  for (const locale of locales) {
    const messages = (catalogue[locale] ?? {}) as Messages;
    for (const key of all) {
      const message = messages[key];
      if (message === undefined || message === '') missing.push(`${locale}:${key}`);
    }
  }
  return missing;
}

/** Messages every widget shares (English in messages.en.ts, which fixes the shape). */
export type PlatformMessages = typeof en;

/** Messages every widget shares: states, chart kit, footer. */
export const platformMessages = defineCatalogue<PlatformMessages>({
  en: () => import('./messages.en.ts'),
  es: {
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
    errorLocation: (file: string, line: number, column: number, row: number = line) =>
      line > 0
        ? `${file}, fila ${row}${column > 0 ? `, columna ${columnLetter(column)}` : ''}${
            row !== line ? ` (línea ${line} del texto)` : ''
          }`
        : file,
    errorValue: 'valor',
    errorMore: (count: number) => `…y ${count} más.`,
    retry: 'Intentar de nuevo',
    source: 'Fuente',
    notes: 'Notas',
    showTable: 'Ver tabla',
    hideTable: 'Ocultar tabla',
    downloadData: 'Descargar datos (CSV)',
    downloadSvg: 'Descargar imagen (SVG)',
    downloadPng: 'Descargar imagen (PNG)',
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
  },
});
