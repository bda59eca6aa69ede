/** The dataset widget's own messages (shared states and footer come from the platform). */
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';

export const datasetMessages = defineCatalogue('dataset', {
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
  rowRange: (first: string, last: string, total: string) => `Filas ${first} a ${last} de ${total}`,
  reading: 'Leyendo el archivo…',
  readSoFar: (rows: string) => `${rows} filas hasta ahora.`,
  gridHelp:
    'Las flechas mueven entre celdas; Inicio y Fin van a los extremos de una fila, Ctrl+Inicio y Ctrl+Fin a la primera y la última fila; Enter en un encabezado ordena, y en una celda cortada la muestra entera.',
  showAsTable: 'Ver como tabla',
  sortBy: 'Ordenar por',
  fileOrder: 'Orden del archivo',
  descending: 'Orden descendente',
  showAsCards: 'Ver como fichas',
  showWholeCell: 'Ver todo',
  showLessCell: 'Ver menos',
  yes: 'Sí',
  no: 'No',
  chart: 'Gráfico rápido',
  downloadCsv: 'Descargar esta vista (CSV)',
  downloadJson: 'Descargar esta vista (JSON)',
  downloadAll: 'Resultado completo en el portal (CSV)',
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
});

export type DatasetMessages = MessagesOf<typeof datasetMessages>;
