/** The budget viewer's words in English: loaded only when it renders in English. */
import { EXECUTION_BASE_WORDS, type ExecutionBaseKey } from '@rendir/core';

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
  executionPaid: 'Paid',
  executionOf: (pct: string, base: ExecutionBaseKey) =>
    `${pct} ${EXECUTION_BASE_WORDS[base].en.of}`,
  statusOver: 'Over-executed',
  statusAdequate: 'On track',
  statusUnder: 'Under-executed',
  statusNone: 'No data',
  statusExplain: (threshold: string, executed: string, base: ExecutionBaseKey) =>
    `Execution is ${executed} ${EXECUTION_BASE_WORDS[base].en.over}. Over-executed: more ${executed} than appropriated; under-executed: less than ${threshold}.`,
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
};

export default en;
