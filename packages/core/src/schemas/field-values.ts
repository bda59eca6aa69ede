/**
 * Each enumerated field's values in order: the scales the card draws (lowest first) and the
 * filters the list offers. The words each value is written in are field-words.ts's tables,
 * made from these lists; apart, so that drawing a scale does not load the words.
 */
import type { Commitment, Milestone, OgpValue } from '../types.ts';

export const OGP_VALUES: readonly OgpValue[] = [
  'access_to_information',
  'civic_participation',
  'public_accountability',
  'technology_innovation',
];

export const COMPLETION_LEVELS: readonly NonNullable<Commitment['completion']>[] = [
  'not_started',
  'limited',
  'substantial',
  'complete',
  'no_evidence',
];

export const IMPACT_LEVELS: readonly NonNullable<Commitment['potentialImpact']>[] = [
  'none',
  'minor',
  'moderate',
  'transformative',
];

export const RESULTS_LEVELS: readonly NonNullable<Commitment['potentialResults']>[] = [
  'unclear',
  'modest',
  'substantial',
];

export const INFLUENCE_LEVELS: readonly NonNullable<Commitment['publicInfluence']>[] = [
  'inform',
  'consult',
  'involve',
  'collaborate',
  'empower',
];

export const MILESTONE_STATUSES: readonly NonNullable<Milestone['status']>[] = [
  'not_started',
  'in_progress',
  'complete',
  'delayed',
];
