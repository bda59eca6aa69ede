/**
 * What the commitment card and list compute, free of DOM and Lit so it can be tested
 * and benchmarked alone: staleness and the list's filter index. Milestone status and
 * progress are core's (the site's pages use the same rule).
 */
import {
  COMPLETION_LEVELS,
  OGP_VALUES,
  daysBetween,
  foldText,
  parseDate,
  parsePeriod,
} from '@rendir/core';
import type { Commitment, Completion, Milestone, OgpValue } from '@rendir/core';

export {
  COMPLETION_LEVELS,
  IMPACT_LEVELS,
  INFLUENCE_LEVELS,
  MILESTONE_STATUSES,
  OGP_VALUES,
  RESULTS_LEVELS,
  milestoneProgress,
  milestoneStatus,
  sortMilestones,
  summariseMilestones,
  type Completion,
  type MilestoneStatus,
  type MilestoneSummary,
  type MilestoneView,
} from '@rendir/core';

export type PotentialImpact = NonNullable<Commitment['potentialImpact']>;
export type PotentialResults = NonNullable<Commitment['potentialResults']>;
export type PublicInfluence = NonNullable<Commitment['publicInfluence']>;

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
