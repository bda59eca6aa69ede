/** The quick chart's messages: loaded with the chart, not with the grid. */
import { defineCatalogue } from '../platform/i18n.ts';

const en = {
  chartColumn: 'Column to chart',
  chartType: 'Chart type',
  bar: 'Bars',
  line: 'Line',
  chartNone: 'There are no numbers in this column to chart.',
  chartCounts: (column: string) => `Rows by ${column}`,
  chartValues: (column: string, label: string) => `${column} by ${label}`,
  chartFirstRows: (n: number) => `First ${n} rows of the current view.`,
  chartTopValues: (n: number) => `The ${n} most frequent values of the current view.`,
  count: 'Rows',
  missingNoData: 'no data',
};

export const chartMessages = defineCatalogue<typeof en>({
  en,
  es: {
    chartColumn: 'Columna para graficar',
    chartType: 'Tipo de gráfico',
    bar: 'Barras',
    line: 'Línea',
    chartNone: 'Esta columna no tiene números para graficar.',
    chartCounts: (column: string) => `Filas por ${column}`,
    chartValues: (column: string, label: string) => `${column} por ${label}`,
    chartFirstRows: (n: number) => `Primeras ${n} filas de la vista actual.`,
    chartTopValues: (n: number) => `Los ${n} valores más frecuentes de la vista actual.`,
    count: 'Filas',
    missingNoData: 'sin dato',
  },
});
