/**
 * Messages of `<rendir-budget-viewer>`, Spanish and English. The English object fixes the
 * shape; the Spanish one is checked against it (see `defineCatalogue`).
 */
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';

/** Every string the budget viewer shows, in Spanish and English. */
export const budgetMessages = defineCatalogue('budget', {
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
  executionPaid: 'Pagado',
  /** `ofBase`: core's words for the base (`executionBaseWord`), «de la apropiación vigente». */
  executionOf: (pct: string, ofBase: string) => `${pct} ${ofBase}`,
  statusOver: 'Sobreejecución',
  statusAdequate: 'Ejecución adecuada',
  statusUnder: 'Baja ejecución',
  statusNone: 'Sin dato',
  statusExplain: (threshold: string, executed: string, overBase: string) =>
    `La ejecución es ${executed} ${overBase}. Sobreejecución: más ${executed} que lo apropiado; baja ejecución: menos del ${threshold}.`,
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
  chartTitle: (place: string | undefined, year: string) =>
    `${place ? `Presupuesto de ${place}` : 'Todo el presupuesto'}, vigencia ${year}`,
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
  rowsShown: (shown: number, total: number) => `Se muestran ${shown} de ${total} filas`,
});

export type BudgetMessages = MessagesOf<typeof budgetMessages>;
