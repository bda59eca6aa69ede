/** The indicator tracker's own words, in English and Spanish (platform words live in the platform). */
import type { IndicatorDirection, IndicatorStatus } from '@rendir/core';
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';

export const trackerMessages = defineCatalogue('tracker', {
  statusCount: (s: IndicatorStatus, n: number) =>
    ({
      achieved: n === 1 ? '1 logró la meta' : `${n} lograron la meta`,
      on_track: n === 1 ? '1 va en camino' : `${n} van en camino`,
      at_risk: n === 1 ? '1 en riesgo' : `${n} en riesgo`,
      off_track: n === 1 ? '1 rezagado' : `${n} rezagados`,
      no_data: n === 1 ? '1 sin datos' : `${n} sin datos`,
    })[s],
  summary: (total: number, parts: string) =>
    total === 1 ? `De 1 indicador: ${parts}.` : `De ${total} indicadores: ${parts}.`,
  summaryChart: 'Indicadores por estado',
  showing: (shown: number, total: number) => `Se muestran ${shown} de ${total} indicadores.`,
  baseline: 'Línea base',
  latest: 'Último valor',
  target: 'Meta',
  noPeriod: 'periodo no indicado',
  noLatest: 'ninguno después de la línea base',
  direction: (d: IndicatorDirection) =>
    ({ increase: 'Meta: aumentar', decrease: 'Meta: reducir', maintain: 'Meta: mantener' })[d],
  tolerance: (t: string, points: boolean) =>
    `con un margen de ${t}${points ? ' puntos porcentuales' : ''} sobre la línea base`,
  progress: 'Avance hacia la meta',
  progressValue: (p: string) => `${p} del camino`,
  progressUnknown: 'No se puede calcular el avance',
  expected: (p: string, period: string) => `esperado a ${period}: ${p}`,
  backwards: 'Se alejó de la meta desde la línea base.',
  chartProgress: (p: string, expected: string | null) =>
    expected ? `Avance ${p}; esperado ${expected}.` : `Avance ${p}.`,
  seriesTitle: 'Valores en el tiempo y meta',
  targetSentence: (value: string, period: string) => `La meta es ${value} en ${period}.`,
  how: '¿Cómo se calcula?',
  values: 'Valores',
  period: 'Periodo',
  value: 'Valor',
  targetMark: 'meta',
  group: 'Pilar',
  allGroups: 'Todos los pilares',
  filterStatus: 'Estado',
  allStatuses: 'Todos los estados',
  sort: 'Ordenar por',
  sortSource: 'Orden publicado',
  sortGroup: 'Pilar',
  sortStatus: 'Estado',
  sortProgress: 'Avance',
  sortName: 'Nombre',
  noMatch: 'Ningún indicador coincide con estos filtros.',
  groupNotFound: (g: string) =>
    `No hay un pilar «${g}» en los datos: se muestran todos los pilares.`,
  notFound: (id: string) => `No hay un indicador «${id}» en los datos.`,
  empty: 'No hay indicadores para mostrar.',
  loading: 'Cargando indicadores…',
  title: 'Indicadores',
  outOf: (max: string) => `de ${max}`,
  bandWithin: (v: string, b: string, t: string) => `${v} se mantiene dentro de ${b} ± ${t}`,
  bandOutside: (v: string, b: string, t: string) => `${v} está fuera de ${b} ± ${t}`,
  indicatorColumn: 'Indicador',
});

export type TrackerMessages = MessagesOf<typeof trackerMessages>;
