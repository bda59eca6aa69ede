/**
 * Messages of `<rendir-budget-viewer>`, Spanish and English. The English object fixes the
 * shape; the Spanish one is checked against it (see `defineCatalogue`).
 */
import { defineCatalogue } from '../platform/i18n.ts';

const en = {
  title: 'Citizen budget',
  chartLabel: (place?: string) =>
    `${place ? `Budget of ${place}` : 'The budget'}: each box is proportional to its amount`,
  barsLabel: (place?: string) =>
    `${place ? `Budget of ${place}` : 'The budget'}, from largest to smallest`,
  breadcrumb: 'Where you are in the budget',
  all: 'All the budget',
  backTo: (name: string) => `Back to ${name}`,
  flow: 'Show',
  flowExpense: 'Expenses',
  flowIncome: 'Income',
  view: 'View',
  viewTreemap: 'Boxes',
  viewBars: 'Bars',
  viewIcicle: 'Two levels',
  lines: (n: number) => (n === 1 ? '1 budget line' : `${n.toLocaleString('en')} budget lines`),
  drillHint: 'Press Enter to see its breakdown.',
  leafHint: 'No further breakdown.',
  share: (pct: string) => `${pct} of this level`,
  nowIn: (name: string, total: string) => `Now showing ${name}: ${total}.`,
  keysHint: 'Use the arrow keys to move between items, Enter to open one, and Escape to go back.',
  name: 'Name',
  key_initial_appropriation: 'Initial appropriation',
  key_current_appropriation: 'Current appropriation',
  key_cdp: 'Availability certificates (CDP)',
  key_commitments: 'Commitments',
  key_obligations: 'Obligations',
  key_payments: 'Payments',
  key_amount: 'Amount',
  execution: 'Execution',
  executionCommitted: 'Committed',
  executionPaid: 'Paid',
  executionOf: (pct: string) => `${pct} of the current appropriation`,
  statusOver: 'Over-executed',
  statusAdequate: 'On track',
  statusUnder: 'Under-executed',
  statusNone: 'No data',
  statusExplain: (threshold: string) =>
    `Execution is commitments over current appropriation. Over-executed: more committed than appropriated; under-executed: less than ${threshold} committed.`,
  perCapita: 'Per inhabitant',
  perCapitaSentence: (amount: string, population: string) =>
    `${amount} per inhabitant (population: ${population}).`,
  everyHundred: 'Of every 100 pesos',
  everyHundredSentence: (pesos: string, name: string) => `${pesos} go to ${name}.`,
  everyHundredIntro: (place?: string) =>
    place ? `Of every 100 pesos of ${place}:` : 'Of every 100 pesos of the budget:',
  contribution: 'Your contribution',
  contributionLabel: 'If you pay this amount in taxes (pesos)',
  contributionHelp: 'Write an amount in pesos, for example 1000000.',
  table: 'Data table',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  others: (n: number) => (n === 1 ? '1 more item' : `${n} more items`),
  othersHint: 'Show them as bars.',
  citizenName: 'Plain-language name',
  populationInvalid: (value: string) =>
    `The population «${value}» is not a whole number of inhabitants: per-capita figures are not shown.`,
  showMore: (next: number, shown: number, total: number) =>
    `Show ${next} more (${shown} of ${total} shown)`,
  partLoading: 'Loading…',
  partFailed: 'This part could not be loaded. Check your connection and try again.',
};

/** Every string the budget viewer shows, in Spanish and English. */
export const budgetMessages = defineCatalogue<typeof en>({
  en,
  es: {
    title: 'Presupuesto ciudadano',
    chartLabel: (place?: string) =>
      `${place ? `Presupuesto de ${place}` : 'El presupuesto'}: cada recuadro es proporcional a su monto`,
    barsLabel: (place?: string) =>
      `${place ? `Presupuesto de ${place}` : 'El presupuesto'}, de mayor a menor`,
    breadcrumb: 'Dónde está en el presupuesto',
    all: 'Todo el presupuesto',
    backTo: (name: string) => `Volver a ${name}`,
    flow: 'Mostrar',
    flowExpense: 'Gastos',
    flowIncome: 'Ingresos',
    view: 'Vista',
    viewTreemap: 'Recuadros',
    viewBars: 'Barras',
    viewIcicle: 'Dos niveles',
    lines: (n: number) =>
      n === 1 ? '1 línea presupuestal' : `${n.toLocaleString('es-CO')} líneas presupuestales`,
    drillHint: 'Presione Enter para ver su detalle.',
    leafHint: 'No tiene más detalle.',
    share: (pct: string) => `${pct} de este nivel`,
    nowIn: (name: string, total: string) => `Ahora se muestra ${name}: ${total}.`,
    keysHint:
      'Use las flechas para moverse entre los elementos, Enter para abrir uno y Escape para volver.',
    name: 'Nombre',
    key_initial_appropriation: 'Apropiación inicial',
    key_current_appropriation: 'Apropiación vigente',
    key_cdp: 'Certificados de disponibilidad (CDP)',
    key_commitments: 'Compromisos',
    key_obligations: 'Obligaciones',
    key_payments: 'Pagos',
    key_amount: 'Monto',
    execution: 'Ejecución',
    executionCommitted: 'Comprometido',
    executionPaid: 'Pagado',
    executionOf: (pct: string) => `${pct} de la apropiación vigente`,
    statusOver: 'Sobreejecución',
    statusAdequate: 'Ejecución adecuada',
    statusUnder: 'Baja ejecución',
    statusNone: 'Sin dato',
    statusExplain: (threshold: string) =>
      `La ejecución es compromisos sobre apropiación vigente. Sobreejecución: se comprometió más de lo apropiado; baja ejecución: se comprometió menos del ${threshold}.`,
    perCapita: 'Por habitante',
    perCapitaSentence: (amount: string, population: string) =>
      `${amount} por habitante (población: ${population}).`,
    everyHundred: 'De cada 100 pesos',
    everyHundredSentence: (pesos: string, name: string) => `${pesos} van a ${name}.`,
    everyHundredIntro: (place?: string) =>
      place ? `De cada 100 pesos de ${place}:` : 'De cada 100 pesos del presupuesto:',
    contribution: 'Su aporte',
    contributionLabel: 'Si usted paga este monto en impuestos (pesos)',
    contributionHelp: 'Escriba un monto en pesos, por ejemplo 1000000.',
    table: 'Tabla de datos',
    showTable: 'Ver tabla de datos',
    hideTable: 'Ocultar tabla de datos',
    others: (n: number) => (n === 1 ? '1 elemento más' : `${n} elementos más`),
    othersHint: 'Verlos como barras.',
    citizenName: 'Nombre ciudadano',
    populationInvalid: (value: string) =>
      `La población «${value}» no es un número entero de habitantes: no se muestran cifras por habitante.`,
    showMore: (next: number, shown: number, total: number) =>
      `Mostrar ${next} más (se muestran ${shown} de ${total})`,
    partLoading: 'Cargando…',
    partFailed: 'No se pudo cargar esta parte. Revise su conexión e intente de nuevo.',
  },
});

export type BudgetMessages = typeof en;
