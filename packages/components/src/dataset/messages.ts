/** The dataset widget's own messages (shared states and footer come from the platform). */
import { defineCatalogue } from '../platform/i18n.ts';

const en = {
  untitled: 'Data set',
  publisher: 'Published by',
  license: 'License',
  modified: 'Updated',
  periodicity: 'Update frequency',
  keywords: 'Keywords',
  portal: 'See it on the portal',
  stale: (due: string) => `This data may be out of date: it should have been updated by ${due}.`,
  search: 'Search in the data',
  filters: 'Filter by column',
  filterLabel: (column: string) => `Filter ${column}`,
  filterHintNumber: 'Text, or a comparison such as > 1,000,000',
  filterHintText: 'Part of the text',
  clearFilters: 'Clear filters',
  columns: 'Choose columns',
  rowCount: (shown: string, total: string, count: number) =>
    shown === total
      ? count === 1
        ? '1 row'
        : `${total} rows`
      : `${shown} of ${total} ${count === 1 ? 'row' : 'rows'}`,
  rowRange: (first: string, last: string, total: string) => `Rows ${first} to ${last} of ${total}`,
  reading: 'Reading the file…',
  readSoFar: (rows: string) => `${rows} rows so far.`,
  gridHelp:
    'Arrow keys move between cells; Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last row; Enter on a header sorts.',
  yes: 'Yes',
  no: 'No',
  chart: 'Quick chart',
  downloadCsv: 'Download this view (CSV)',
  downloadJson: 'Download this view (JSON)',
  downloadAll: 'Full result on the portal (CSV)',
  retryIn: (seconds: number) => `Trying again automatically in ${seconds} s.`,
  frequency: (years: number, months: number, days: number) =>
    years && !months && !days
      ? years === 1
        ? 'Yearly'
        : `Every ${years} years`
      : months && !years && !days
        ? months === 1
          ? 'Monthly'
          : months === 3
            ? 'Quarterly'
            : months === 6
              ? 'Every six months'
              : `Every ${months} months`
        : days === 1 && !years && !months
          ? 'Daily'
          : days === 7 && !years && !months
            ? 'Weekly'
            : `Every ${years * 365 + months * 30 + days} days`,
  partLoading: 'Loading…',
  partFailed: 'This part could not be loaded. Check your connection and try again.',
};

export const datasetMessages = defineCatalogue<typeof en>({
  en,
  es: {
    untitled: 'Conjunto de datos',
    publisher: 'Publica',
    license: 'Licencia',
    modified: 'Actualizado',
    periodicity: 'Frecuencia de actualización',
    keywords: 'Palabras clave',
    portal: 'Ver en el portal',
    stale: (due: string) =>
      `Estos datos pueden estar desactualizados: debían actualizarse a más tardar el ${due}.`,
    search: 'Buscar en los datos',
    filters: 'Filtrar por columna',
    filterLabel: (column: string) => `Filtrar ${column}`,
    filterHintNumber: 'Texto, o una comparación como > 1.000.000',
    filterHintText: 'Parte del texto',
    clearFilters: 'Quitar filtros',
    columns: 'Elegir columnas',
    rowCount: (shown: string, total: string, count: number) =>
      shown === total
        ? count === 1
          ? '1 fila'
          : `${total} filas`
        : `${shown} de ${total} ${count === 1 ? 'fila' : 'filas'}`,
    rowRange: (first: string, last: string, total: string) =>
      `Filas ${first} a ${last} de ${total}`,
    reading: 'Leyendo el archivo…',
    readSoFar: (rows: string) => `${rows} filas hasta ahora.`,
    gridHelp:
      'Las flechas mueven entre celdas; Inicio y Fin van a los extremos de una fila, Ctrl+Inicio y Ctrl+Fin a la primera y la última fila; Enter en un encabezado ordena.',
    yes: 'Sí',
    no: 'No',
    chart: 'Gráfico rápido',
    downloadCsv: 'Descargar esta vista (CSV)',
    downloadJson: 'Descargar esta vista (JSON)',
    downloadAll: 'Resultado completo en el portal (CSV)',
    partLoading: 'Cargando…',
    partFailed: 'No se pudo cargar esta parte. Revise su conexión e inténtelo de nuevo.',
    retryIn: (seconds: number) => `Se intentará de nuevo automáticamente en ${seconds} s.`,
    frequency: (years: number, months: number, days: number) =>
      years && !months && !days
        ? years === 1
          ? 'Anual'
          : `Cada ${years} años`
        : months && !years && !days
          ? months === 1
            ? 'Mensual'
            : months === 3
              ? 'Trimestral'
              : months === 6
                ? 'Semestral'
                : `Cada ${months} meses`
          : days === 1 && !years && !months
            ? 'Diaria'
            : days === 7 && !years && !months
              ? 'Semanal'
              : `Cada ${years * 365 + months * 30 + days} días`,
  },
});

export type DatasetMessages = typeof en;
