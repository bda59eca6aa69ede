/**
 * What the commitment card and list compute, free of DOM and Lit so it can be tested
 * and benchmarked alone: milestone progress, staleness, and the list's filter index.
 * Exact arithmetic comes from the core; this file only decides what to add up.
 */
import {
  compareDecimals,
  daysBetween,
  isDecimalString,
  normaliseDecimal,
  parseDate,
  parsePeriod,
  percentOf,
  sumDecimals,
  foldText,
} from '@rendir/core';
import type { Commitment, Milestone, OgpValue } from '@rendir/core';

export type Completion = NonNullable<Commitment['completion']>;
export type PotentialImpact = NonNullable<Commitment['potentialImpact']>;
export type PotentialResults = NonNullable<Commitment['potentialResults']>;
export type PublicInfluence = NonNullable<Commitment['publicInfluence']>;
export type MilestoneStatus = NonNullable<Milestone['status']>;

export const COMPLETION_LEVELS: readonly Completion[] = [
  'not_started',
  'limited',
  'substantial',
  'complete',
  'no_evidence',
];
export const IMPACT_LEVELS: readonly PotentialImpact[] = [
  'none',
  'minor',
  'moderate',
  'transformative',
];
export const RESULTS_LEVELS: readonly PotentialResults[] = ['unclear', 'modest', 'substantial'];
export const INFLUENCE_LEVELS: readonly PublicInfluence[] = [
  'inform',
  'consult',
  'involve',
  'collaborate',
  'empower',
];
export const OGP_VALUES: readonly OgpValue[] = [
  'access_to_information',
  'civic_participation',
  'public_accountability',
  'technology_innovation',
];
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = [
  'not_started',
  'in_progress',
  'complete',
  'delayed',
];

/** A milestone as shown: its status (given or read from its progress) and its progress 0-100. */
export interface MilestoneView {
  milestone: Milestone;
  /** `unknown` when the file gives neither a status nor a progress. */
  status: MilestoneStatus | 'unknown';
  /** Exact decimal string 0-100, or null when nothing says how far it got. */
  progress: string | null;
}

/**
 * A milestone's progress: the published `progress_pct` (clamped to 0-100); without it,
 * a complete milestone counts as 100 and one not started as 0. In progress or delayed
 * without a figure is unknown: we never invent a number.
 */
export function milestoneProgress(m: Milestone): string | null {
  const raw = m.progressPct?.trim();
  if (raw && isDecimalString(raw)) {
    if (compareDecimals(raw, '0') < 0) return '0';
    if (compareDecimals(raw, '100') > 0) return '100';
    return normaliseDecimal(raw);
  }
  if (m.status === 'complete') return '100';
  if (m.status === 'not_started') return '0';
  return null;
}

/** The status as published; without one, what the progress says (100 complete, 0 not started). */
export function milestoneStatus(m: Milestone): MilestoneStatus | 'unknown' {
  if (m.status) return m.status;
  const progress = milestoneProgress(m);
  if (progress === null) return 'unknown';
  if (progress === '100') return 'complete';
  if (progress === '0') return 'not_started';
  return 'in_progress';
}

/** Dates sort as ISO strings; milestones without dates keep their file order, after the dated ones. */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  const key = (m: Milestone) => m.startDate ?? m.endDate ?? '';
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const ka = key(a.m);
      const kb = key(b.m);
      if (ka && !kb) return -1;
      if (!ka && kb) return 1;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a.i - b.i;
    })
    .map(({ m }) => m);
}

export interface MilestoneSummary {
  views: MilestoneView[];
  total: number;
  counts: Record<MilestoneStatus | 'unknown', number>;
  /** How many milestones have a known progress. */
  measured: number;
  /** Mean progress of the measured milestones, 0-100 as an exact decimal (1 place); null if none. */
  progress: string | null;
}

/** Every milestone counts the same: the commitment's progress is the mean of its milestones'. */
export function summariseMilestones(milestones: readonly Milestone[]): MilestoneSummary {
  const views: MilestoneView[] = sortMilestones(milestones).map((milestone) => ({
    milestone,
    status: milestoneStatus(milestone),
    progress: milestoneProgress(milestone),
  }));
  const counts: MilestoneSummary['counts'] = {
    not_started: 0,
    in_progress: 0,
    complete: 0,
    delayed: 0,
    unknown: 0,
  };
  const known: string[] = [];
  for (const view of views) {
    counts[view.status]++;
    if (view.progress !== null) known.push(view.progress);
  }
  const progress =
    known.length === 0
      ? null
      : (percentOf(sumDecimals(known), String(known.length * 100), 1) ?? null);
  return { views, total: views.length, counts, measured: known.length, progress };
}

/** Milestones per commitment id, in file order. */
export function groupMilestones(milestones: readonly Milestone[]): Map<string, Milestone[]> {
  const byId = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const list = byId.get(m.commitmentId);
    if (list) list.push(m);
    else byId.set(m.commitmentId, [m]);
  }
  return byId;
}

/**
 * Whole days between the last update and `today` (ISO dates). A month or a year counts
 * from its last day: "updated in 2024" may mean 31 December, and we give the entity the
 * benefit of the doubt before calling its data old. Null when a date is unreadable.
 */
export function daysSince(lastUpdated: string | undefined, today: string): number | null {
  const period = lastUpdated ? parsePeriod(lastUpdated) : undefined;
  if (!period || !parseDate(today)) return null;
  return daysBetween(period.end, today);
}

/** True when the last update is more than `staleAfterDays` days before `today`. */
export function isStale(
  lastUpdated: string | undefined,
  today: string,
  staleAfterDays: number,
): boolean {
  const days = daysSince(lastUpdated, today);
  return days !== null && days > staleAfterDays;
}

/** Lower case, accents and extra spaces removed: "Participación" matches "participacion". */
export function foldQuery(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** The filter value that selects records where the field is missing ("sin información"). */
export const MISSING = '\u0000missing';

/** Every choice empty = show everything. `query` is free text, matched word by word. */
export interface CommitmentFilters {
  plan: string;
  institution: string;
  value: OgpValue | '';
  completion: Completion | typeof MISSING | '';
  query: string;
}

export const NO_FILTERS: CommitmentFilters = {
  plan: '',
  institution: '',
  value: '',
  completion: '',
  query: '',
};

/** A commitment with what filtering needs, computed once when data arrives. */
export interface IndexedCommitment {
  commitment: Commitment;
  plan: string;
  institutions: string[];
  /** Folded text of every searchable field, joined by newlines. */
  haystack: string;
}

/** Names in a field, trimmed; empty names dropped. */
function clean(name: string | undefined): string {
  return (name ?? '').trim();
}

/**
 * Prepares commitments for fast filtering. `words` adds searchable text per commitment
 * (e.g. the OGP value names in the reader's language).
 */
export function indexCommitments(
  commitments: readonly Commitment[],
  words: (c: Commitment) => string[] = () => [],
): IndexedCommitment[] {
  return commitments.map((commitment) => {
    const lead = clean(commitment.leadInstitution);
    const supporting = commitment.supportingActors.map(clean).filter(Boolean);
    const text = [
      commitment.id,
      commitment.title,
      commitment.actionPlan ?? '',
      lead,
      ...supporting,
      commitment.description ?? '',
      commitment.problem ?? '',
      ...words(commitment),
    ];
    return {
      commitment,
      plan: clean(commitment.actionPlan),
      institutions: lead ? [lead, ...supporting] : supporting,
      haystack: foldQuery(text.join('\n')),
    };
  });
}

/** The words of a query, folded; a commitment matches when its text holds every one. */
export function queryWords(query: string): string[] {
  const folded = foldQuery(query);
  return folded ? folded.split(' ') : [];
}

/** Whether one indexed commitment passes the filters (`words` from `queryWords`). */
export function matches(
  item: IndexedCommitment,
  filters: CommitmentFilters,
  words: readonly string[],
): boolean {
  const c = item.commitment;
  if (filters.plan) {
    if (filters.plan === MISSING ? item.plan !== '' : item.plan !== filters.plan) return false;
  }
  if (filters.institution) {
    if (filters.institution === MISSING) {
      if (clean(c.leadInstitution) !== '') return false;
    } else if (!item.institutions.includes(filters.institution)) return false;
  }
  if (filters.value && !c.ogpValues.includes(filters.value)) return false;
  if (filters.completion) {
    if (
      filters.completion === MISSING
        ? c.completion !== undefined
        : c.completion !== filters.completion
    )
      return false;
  }
  for (const word of words) if (!item.haystack.includes(word)) return false;
  return true;
}

/** Indexes (in `items`) of the commitments that pass the filters. */
export function filterCommitments(
  items: readonly IndexedCommitment[],
  filters: CommitmentFilters,
): number[] {
  const words = queryWords(filters.query);
  const shown: number[] = [];
  for (let i = 0; i < items.length; i++) if (matches(items[i], filters, words)) shown.push(i);
  return shown;
}

/** A choice in a filter and how many commitments it would show on its own. */
export interface FacetOption {
  value: string;
  count: number;
}

export interface Facets {
  plans: FacetOption[];
  institutions: FacetOption[];
  values: FacetOption[];
  completions: FacetOption[];
  /** Commitments without a lead institution / action plan / completion (the `MISSING` choice). */
  missingLead: number;
  missingPlan: number;
  missingCompletion: number;
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The choices each filter offers, from the data itself, names sorted the reader's way. */
export function facets(items: readonly IndexedCommitment[], locale = 'es'): Facets {
  const plans = new Map<string, number>();
  const institutions = new Map<string, number>();
  const values = new Map<string, number>();
  const completions = new Map<string, number>();
  let missingLead = 0;
  let missingPlan = 0;
  let missingCompletion = 0;
  for (const item of items) {
    const c = item.commitment;
    if (item.plan) tally(plans, item.plan);
    else missingPlan++;
    for (const name of new Set(item.institutions)) tally(institutions, name);
    if (!clean(c.leadInstitution)) missingLead++;
    for (const value of new Set(c.ogpValues)) tally(values, value);
    if (c.completion) tally(completions, c.completion);
    else missingCompletion++;
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (map: Map<string, number>) =>
    [...map]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => collator.compare(a.value, b.value));
  const inOrder = (map: Map<string, number>, order: readonly string[]) =>
    order.filter((v) => map.has(v)).map((value) => ({ value, count: map.get(value) ?? 0 }));
  return {
    plans: byName(plans),
    institutions: byName(institutions),
    values: inOrder(values, OGP_VALUES),
    completions: inOrder(completions, COMPLETION_LEVELS),
    missingLead,
    missingPlan,
    missingCompletion,
  };
}
