/** The tracker's words for a plan indicativo (the statuses and flags are core's). */
import type { PlanAccumulation, PlanMoneyKey, PlanWithheldMoney } from '@rendir/core';
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';

export const planMessages = defineCatalogue('trackerPlan', {
  title: 'Plan de desarrollo',
  summary: (goals: number, ejes: number) =>
    `${goals === 1 ? '1 meta de producto' : `${goals} metas de producto`} en ${ejes === 1 ? '1 eje' : `${ejes} ejes`}.`,
  notEvaluableCount: (n: number) => (n === 1 ? '1 no evaluable.' : `${n} no evaluables.`),
  flaggedCount: (n: number) =>
    n === 1
      ? '1 con avance físico y financiero opuestos.'
      : `${n} con avance físico y financiero opuestos.`,
  yearCounts: (year: string, list: string) => `${year}: ${list}.`,
  eje: 'Eje',
  allEjes: 'Todos los ejes',
  search: 'Buscar una meta',
  showing: (shown: number, total: number) =>
    `Se muestran ${shown} de ${total === 1 ? '1 meta' : `${total} metas`}.`,
  more: (n: number) => (n === 1 ? 'Mostrar 1 meta más' : `Mostrar ${n} metas más`),
  noMatch: 'Ninguna meta coincide con la búsqueda.',
  ejeNotFound: (eje: string) => `No hay un eje «${eje}» en el plan.`,
  goalNotFound: (goal: string) => `No hay una meta «${goal}» en el plan.`,
  goals: (n: number) => (n === 1 ? '1 meta' : `${n} metas`),
  program: 'Programa',
  noName: 'Sin nombre',
  indicator: 'Indicador',
  unit: 'Unidad',
  responsible: 'Responsable',
  bpin: 'BPIN',
  baseline: (period: string) => `Línea base (${period})`,
  target: (period: string) => `Meta del cuatrienio (${period})`,
  notEvaluableCell: (header: string, text: string, reason: string) =>
    `«${header}» dice «${text}»: ${reason}.`,
  yearsCaption: (goal: string) => `Año a año: ${goal}`,
  year: 'Año',
  expected: 'Esperado',
  planned: 'Planeado',
  executed: 'Ejecutado',
  status: 'Estado',
  physical: 'Avance físico',
  financial: 'Avance financiero',
  money: 'Dinero',
  noYears: 'Sin datos',
  moneyKey: (key: PlanMoneyKey) =>
    ({
      financial_plan: 'Plan financiero',
      initial_appropriation: 'Apropiación inicial',
      current_appropriation: 'Apropiación definitiva',
      commitments: 'Compromisos',
      obligations: 'Obligaciones',
      payments: 'Pagos',
    })[key],
  ejeMoney: 'Dinero del eje por año',
  moneyKind: 'Rubro',
  total: 'Total',
  goalsWithFigure: 'Metas con la cifra',
  ofGoals: (n: number, total: number) => `${n} de ${total} metas`,
  /** Why a money column is not shown, nor any total of it. */
  withheld: (header: string, reason: PlanWithheldMoney['reason']) =>
    reason === 'percent_format'
      ? `no se puede leer: la columna «${header}» tiene formato de porcentaje en el libro de Excel, que multiplica cada cifra por 100; no se muestra ninguna de sus cifras ni su total`
      : `no se puede leer: «${header}» está dos veces con cifras distintas; no se muestra ninguna de las dos ni su total`,
  targetLabel: (type: string) => `Frente a la meta del cuatrienio (${type})`,
  accumulation: (type: PlanAccumulation) =>
    ({ capacity: 'capacidad', flow: 'flujo', stock: 'stock' })[type],
  targetAchieved: (value: string, year: string) => `${value} a ${year}`,
  targetYearly: 'se mide año a año',
  targetNotEvaluable: 'no evaluable',
  /** A withheld money figure, beside its key (the reason is said once, under the eje's money). */
  unreadable: 'no se puede leer',
});

export type PlanMessages = MessagesOf<typeof planMessages>;
