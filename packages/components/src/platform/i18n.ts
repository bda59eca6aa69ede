/**
 * Language: every Rendir element speaks Spanish and English. Catalogues are plain typed
 * objects; the English one fixes the shape and the Spanish one must match it, so a
 * missing message is a type error (and `missingKeys` catches it at run time too).
 */

export type Locale = 'es' | 'en';

export const locales: readonly Locale[] = ['es', 'en'];

/** Spanish is the default: Rendir is written for Colombian public entities. */
export const defaultLocale: Locale = 'es';

/** A message is text or a function of typed parameters that returns text. */
export type Message = string | ((...args: never[]) => string);

export type Messages = Record<string, Message>;

/** One catalogue per language, all with the same keys. */
export type Catalogue<M extends Messages> = Record<Locale, M>;

/**
 * Declares a typed catalogue. Write the English messages first; the Spanish object is
 * checked against their keys and signatures.
 *
 * ```ts
 * const en = { title: 'Budget', lines: (n: number) => `${n} lines` };
 * export const budgetMessages = defineCatalogue<typeof en>({ en, es: { ... } });
 * // in the element: this.msg(budgetMessages).lines(3)
 * ```
 */
export function defineCatalogue<M extends Messages>(catalogue: Catalogue<M>): Catalogue<M> {
  return catalogue;
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
  return locale === 'es' ? 'es-CO' : 'en';
}

/**
 * Keys present in one language and absent (or empty) in another, as `locale:key`.
 * Every catalogue's test should assert this is empty.
 */
export function missingKeys<M extends Messages>(catalogue: Catalogue<M>): string[] {
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

const en = {
  loading: 'Loading data…',
  empty: 'There is no data to show.',
  errorTitle: 'The data could not be shown.',
  errorNetwork: 'The data could not be downloaded. Check your connection and try again.',
  errorOffline: 'You seem to be offline. Connect to the internet and try again.',
  errorTimeout: 'The data took too long to arrive.',
  errorHttp: (status: number) => `The server answered with an error (HTTP ${status}).`,
  errorRateLimited: (seconds: number | null) =>
    seconds === null
      ? 'The server is receiving too many requests. Try again in a moment.'
      : `The server is receiving too many requests. Try again in ${seconds} s.`,
  errorParse: 'The file could not be read: it is not valid CSV or JSON.',
  errorContent: (count: number) =>
    count === 1 ? 'The data has 1 problem:' : `The data has ${count} problems:`,
  errorUnknown: 'Something went wrong while showing the data.',
  errorLocation: (file: string, line: number, column: number) =>
    line > 0 ? `${file}, line ${line}${column > 0 ? `, column ${column}` : ''}` : file,
  errorValue: 'value',
  errorMore: (count: number) => `…and ${count} more.`,
  retry: 'Try again',
  source: 'Source',
  notes: 'Notes',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadData: 'Download data (CSV)',
  downloadSvg: 'Download image (SVG)',
  downloadPng: 'Download image (PNG)',
  downloadFailed: 'The download could not be prepared. Check the connection and try again.',
  embed: 'Embed this',
  embedScript: 'Code for pages that accept scripts',
  embedIframe: 'Code for pages that only accept an iframe',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  chartKeys: 'Use the arrow keys to move between data points.',
  chartHint: 'Chart. Use the arrow keys to go through the data.',
  tableCaption: (title: string) => `Data of: ${title}`,
};

/** Messages every widget shares: states, chart kit, footer. */
export const platformMessages = defineCatalogue<typeof en>({
  en,
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
    errorLocation: (file: string, line: number, column: number) =>
      line > 0 ? `${file}, línea ${line}${column > 0 ? `, columna ${column}` : ''}` : file,
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
    embed: 'Insertar',
    embedScript: 'Código para páginas que aceptan scripts',
    embedIframe: 'Código para páginas que solo aceptan un iframe',
    copy: 'Copiar',
    copied: 'Copiado',
    close: 'Cerrar',
    chartKeys: 'Use las flechas para moverse entre los datos.',
    chartHint: 'Gráfico. Use las flechas para recorrer los datos.',
    tableCaption: (title: string) => `Datos de: ${title}`,
  },
});

export type PlatformMessages = typeof en;
