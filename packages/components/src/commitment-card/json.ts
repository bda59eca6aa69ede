/**
 * Commitments and milestones from JSON (as the site generator hands them over), made safe
 * to render: unknown values dropped, lists always lists. JSON is untrusted like CSV. Loaded
 * only for JSON files: CSV is read by the commitments reader, properties are used as given.
 */
import type { Commitment, Milestone, OgpValue } from '@rendir/core';
import { LoadError } from '../platform/errors.ts';
import { OGP_VALUES } from './logic.ts';

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(text).filter((s): s is string => s !== undefined) : [];

function oneOf<T extends string>(v: unknown, allowed: readonly T[]): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/**
 * A commitment record from JSON (as the site generator hands it over), made safe to
 * render: unknown values dropped, lists always lists. JSON is untrusted like CSV.
 */
export function commitmentFromJson(v: unknown): Commitment | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const id = text(r.id);
  const title = text(r.title);
  if (!id || !title) return null;
  return {
    id,
    title,
    actionPlan: text(r.actionPlan),
    leadInstitution: text(r.leadInstitution),
    supportingActors: list(r.supportingActors),
    ogpValues: list(r.ogpValues).filter((x): x is OgpValue =>
      (OGP_VALUES as readonly string[]).includes(x),
    ),
    description: text(r.description),
    problem: text(r.problem),
    startDate: text(r.startDate),
    endDate: text(r.endDate),
    completion: oneOf(r.completion, [
      'not_started',
      'limited',
      'substantial',
      'complete',
      'no_evidence',
    ] as const),
    starred: typeof r.starred === 'boolean' ? r.starred : undefined,
    potentialImpact: oneOf(r.potentialImpact, [
      'none',
      'minor',
      'moderate',
      'transformative',
    ] as const),
    potentialResults: oneOf(r.potentialResults, ['unclear', 'modest', 'substantial'] as const),
    publicInfluence: oneOf(r.publicInfluence, [
      'inform',
      'consult',
      'involve',
      'collaborate',
      'empower',
    ] as const),
    url: text(r.url),
    lastUpdated: text(r.lastUpdated),
    extra: {},
  };
}

export function milestoneFromJson(v: unknown): Milestone | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  const commitmentId = text(r.commitmentId);
  const title = text(r.title);
  if (!commitmentId || !title) return null;
  return {
    commitmentId,
    title,
    responsible: text(r.responsible),
    startDate: text(r.startDate),
    endDate: text(r.endDate),
    status: oneOf(r.status, ['not_started', 'in_progress', 'complete', 'delayed'] as const),
    progressPct: text(r.progressPct),
    evidenceUrl: text(r.evidenceUrl),
    extra: {},
  };
}

function jsonRecords<T>(
  raw: { value: unknown; file: string },
  key: string,
  read: (v: unknown) => T | null,
): T[] {
  const value = raw.value;
  const rows = Array.isArray(value)
    ? value
    : typeof value === 'object' &&
        value !== null &&
        Array.isArray((value as Record<string, unknown>)[key])
      ? ((value as Record<string, unknown>)[key] as unknown[])
      : null;
  if (!rows) throw new LoadError('parse');
  return rows.map(read).filter((r): r is T => r !== null);
}

/** The commitments of a JSON file: an array, or `{ "commitments": [...] }`. */
export function commitmentsFromJson(raw: { value: unknown; file: string }): Commitment[] {
  return jsonRecords(raw, 'commitments', commitmentFromJson);
}

/** The milestones of a JSON file: an array, or `{ "milestones": [...] }`. */
export function milestonesFromJson(raw: { value: unknown; file: string }): Milestone[] {
  return jsonRecords(raw, 'milestones', milestoneFromJson);
}
