/** The indicator tracker's own words, in English and Spanish (platform words live in the platform). */
import type { IndicatorDirection, IndicatorStatus } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';

const en = {
  statusCount: (s: IndicatorStatus, n: number) =>
    ({
      achieved: `${n} achieved`,
      on_track: `${n} on track`,
      at_risk: `${n} at risk`,
      off_track: `${n} off track`,
      no_data: `${n} without data`,
    })[s],
  summary: (total: number, parts: string) =>
    total === 1 ? `Of 1 indicator: ${parts}.` : `Of ${total} indicators: ${parts}.`,
  summaryChart: 'Indicators by status',
  showing: (shown: number, total: number) => `Showing ${shown} of ${total} indicators.`,
  baseline: 'Baseline',
  latest: 'Latest value',
  target: 'Target',
  noPeriod: 'period not stated',
  noLatest: 'none after the baseline',
  direction: (d: IndicatorDirection) =>
    ({ increase: 'Goal: increase', decrease: 'Goal: reduce', maintain: 'Goal: maintain' })[d],
  tolerance: (t: string, points: boolean) =>
    `within ${t}${points ? ' percentage points' : ''} of the baseline`,
  progress: 'Progress toward the target',
  progressValue: (p: string) => `${p} of the way`,
  progressUnknown: 'Progress cannot be calculated',
  expected: (p: string, period: string) => `expected by ${period}: ${p}`,
  backwards: 'Moved away from the target since the baseline.',
  chartProgress: (p: string, expected: string | null) =>
    expected ? `Progress ${p}; expected ${expected}.` : `Progress ${p}.`,
  seriesTitle: 'Values over time and target',
  targetSentence: (value: string, period: string) => `The target is ${value} by ${period}.`,
  how: 'How is this calculated?',
  values: 'Values',
  period: 'Period',
  value: 'Value',
  targetMark: 'target',
  group: 'Pillar',
  allGroups: 'All pillars',
  filterStatus: 'Status',
  allStatuses: 'All statuses',
  sort: 'Sort by',
  sortSource: 'As published',
  sortGroup: 'Pillar',
  sortStatus: 'Status',
  sortProgress: 'Progress',
  sortName: 'Name',
  noMatch: 'No indicator matches these filters.',
  groupNotFound: (g: string) => `There is no pillar “${g}” in the data: all pillars are shown.`,
  notFound: (id: string) => `There is no indicator “${id}” in the data.`,
  empty: 'There are no indicators to show.',
  loading: 'Loading indicators…',
  title: 'Indicators',
  outOf: (max: string) => `out of ${max}`,
  bandWithin: (v: string, b: string, t: string) => `${v} stays within ${b} ± ${t}`,
  bandOutside: (v: string, b: string, t: string) => `${v} is outside ${b} ± ${t}`,
  indicatorColumn: 'Indicator',
};

export const trackerMessages = defineCatalogue<typeof en>({
  en,
  es: {
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
  },
});

export type TrackerMessages = typeof en;
