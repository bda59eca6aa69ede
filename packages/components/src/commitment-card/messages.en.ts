/** The commitment card's and list's words in English: loaded only when they render in English. */
import { COMPLETION_LABELS, MILESTONE_STATUS_LABELS } from '@rendir/core';

const en = {
  noInfo: 'no information',
  commitment: 'Commitment',
  actionPlan: 'Action plan',
  leadInstitution: 'Lead institution',
  supportingActors: 'Supporting actors',
  ogpValues: 'OGP values',
  dates: 'Dates',
  startDate: 'Start',
  endDate: 'End',
  description: 'Description',
  problem: 'Problem it addresses',
  moreInfo: 'More about this commitment',
  lastUpdated: 'Last updated',
  stale: (months: number) =>
    `This information was last updated more than ${months} ${months === 1 ? 'month' : 'months'} ago: it may be out of date.`,
  exampleAll: 'Example: made-up data for a demonstration. These are not real figures.',
  exampleMilestones:
    'Example milestones: made up for a demonstration. They are not the real progress of this commitment.',
  exampleBadge: 'Example',
  exampleMilestonesShort: 'Example milestones, made up: not real progress.',
  exampleMilestonesList:
    'Example milestones: made up for a demonstration. They are not the real progress of these commitments.',
  showDetails: 'Show milestones and assessment',
  hideDetails: 'Hide milestones and assessment',
  unsafeLink: '(link not allowed: only http and https addresses open)',

  milestones: 'Milestones',
  noMilestones: 'No milestones have been published for this commitment.',
  milestoneProgress: 'Progress',
  milestoneResponsible: 'Responsible',
  evidence: 'Evidence',
  evidenceFor: (title: string) => `Evidence: ${title}`,
  averageOf: (measured: number, total: number) =>
    measured === total
      ? 'mean of the progress of every milestone, each counting the same'
      : `mean of the ${measured} milestones with a published progress, out of ${total}`,
  status_not_started: MILESTONE_STATUS_LABELS.not_started.en,
  status_in_progress: MILESTONE_STATUS_LABELS.in_progress.en,
  status_complete: MILESTONE_STATUS_LABELS.complete.en,
  status_delayed: MILESTONE_STATUS_LABELS.delayed.en,
  status_unknown: MILESTONE_STATUS_LABELS.unknown.en,

  value_access_to_information: 'Access to information',
  value_civic_participation: 'Civic participation',
  value_public_accountability: 'Public accountability',
  value_technology_innovation: 'Technology and innovation',

  irm: 'Independent assessment (IRM)',
  irmNone: 'The Independent Reporting Mechanism has not published an assessment.',
  whatIs: 'What does it mean?',
  completion: 'Completion',
  completionAbout:
    'How much of what was promised was done, according to the Independent Reporting Mechanism (IRM) of the Open Government Partnership.',
  completion_not_started: COMPLETION_LABELS.not_started.en,
  completion_limited: COMPLETION_LABELS.limited.en,
  completion_substantial: COMPLETION_LABELS.substantial.en,
  completion_complete: COMPLETION_LABELS.complete.en,
  completion_no_evidence: COMPLETION_LABELS.no_evidence.en,
  completionMeaning_not_started: 'None of the planned activities had begun.',
  completionMeaning_limited: 'Some activities were carried out, but little of what was promised.',
  completionMeaning_substantial: 'Most of what was promised was done.',
  completionMeaning_complete: 'Everything that was promised was done.',
  completionMeaning_no_evidence: 'The IRM did not find enough evidence to judge.',
  impact: 'Potential impact',
  impactAbout:
    'How much the commitment, as written, could change the way government works if it were fully carried out.',
  impact_none: 'None',
  impact_minor: 'Minor',
  impact_moderate: 'Moderate',
  impact_transformative: 'Transformative',
  impactMeaning_none: 'It would not change current practice.',
  impactMeaning_minor: 'A small, incremental step.',
  impactMeaning_moderate: 'A significant step, but limited in scale or scope.',
  impactMeaning_transformative: 'It could transform how government works in its area.',
  results: 'Potential results',
  resultsAbout:
    'The IRM’s newer scale (plans from 2020): what the commitment could achieve as designed.',
  results_unclear: 'Unclear',
  results_modest: 'Modest',
  results_substantial: 'Substantial',
  resultsMeaning_unclear: 'Its aims are unclear or it is not expected to change practice.',
  resultsMeaning_modest: 'A positive but limited change.',
  resultsMeaning_substantial: 'It could bring a meaningful change in practice.',
  starred: 'Starred',
  starredAbout:
    'The IRM stars commitments that are clear and verifiable, relevant to open government, with high potential impact, and substantially or fully done.',
  starredYes: 'Starred commitment',
  starredNo: 'Not starred',
  influence: 'Public influence',
  influenceAbout:
    'How much the public could shape the commitment while it was carried out, on a scale from inform to empower.',
  influence_inform: 'Inform',
  influence_consult: 'Consult',
  influence_involve: 'Involve',
  influence_collaborate: 'Collaborate',
  influence_empower: 'Empower',
  influenceMeaning_inform: 'The government only gave the public information.',
  influenceMeaning_consult: 'The public could give its opinion.',
  influenceMeaning_involve:
    'The public’s input was taken and the government explained how it was used.',
  influenceMeaning_collaborate: 'Ongoing dialogue: the public helped set the agenda.',
  influenceMeaning_empower: 'The government handed decisions to the public.',
  influenceLevel: (n: number, of: number) => `level ${n} of ${of}`,
  reached: 'level reached',

  listLabel: 'Commitments',
  filters: 'Filter commitments',
  search: 'Search',
  searchHint: 'Words in the title, institution, description or id.',
  filterPlan: 'Action plan',
  filterInstitution: 'Institution (lead or supporting)',
  filterValue: 'OGP value',
  filterCompletion: 'Completion (IRM)',
  all: 'All',
  withoutInfo: 'No information',
  clear: 'Clear filters',
  filtersToggle: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
  summary: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'commitment' : 'commitments'}`
      : `${shown} of ${total} ${total === 1 ? 'commitment' : 'commitments'}`,
  noMatches: 'No commitment matches these filters.',
  inPage: (n: number) => `; showing the first ${n}`,
  showMore: (n: number, remaining: number) =>
    n === remaining ? `Show the remaining ${n}` : `Show ${n} more (${remaining} left)`,
  option: (name: string, count: number) => `${name} (${count})`,
};

export default en;
