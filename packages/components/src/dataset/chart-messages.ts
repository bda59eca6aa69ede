/** The quick chart's messages: loaded with the chart, not with the grid. */
import { defineCatalogue } from '../platform/i18n.ts';

export const chartMessages = defineCatalogue('datasetChart', {
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
});
