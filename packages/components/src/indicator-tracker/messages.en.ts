/** The indicator tracker's words in English: loaded only when it renders in English. */
import type { IndicatorDirection, IndicatorStatus } from '@rendir/core';

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

export default en;
