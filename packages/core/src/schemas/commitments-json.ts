/**
 * Commitments and milestones from JSON, as the site writes them (`compromisos.json`,
 * `hitos.json`) or an author gives them: the fields of the records `readCommitments` and
 * `readMilestones` return, with their rules and messages.
 */
import { compareDecimals } from '../decimal.ts';
import { msg } from '../message.ts';
import type { Commitment, Milestone, ReadResult } from '../types.ts';
import { COMPLETION, IMPACT, INFLUENCE, MILESTONE_STATUS, OGP, RESULTS } from './field-words.ts';
import { readJsonRecords, setDefined, type JsonFields, type JsonOptions } from './json-records.ts';

/** The commitments of a JSON document: a list, or `{ "commitments": [...] }`. */
export function readCommitmentsJson(value: unknown, options: JsonOptions): ReadResult<Commitment> {
  const how = { ...options, key: 'commitments', idField: 'id', unique: true };
  return readJsonRecords(value, how, (f, id) =>
    setDefined<Commitment>(
      {
        id,
        title: f.required('title'),
        supportingActors: f.textList('supportingActors'),
        ogpValues: f.choices('ogpValues', OGP),
        extra: f.extra(),
      },
      {
        actionPlan: f.text('actionPlan'),
        leadInstitution: f.text('leadInstitution'),
        description: f.text('description'),
        problem: f.text('problem'),
        startDate: f.date('startDate'),
        endDate: f.date('endDate'),
        completion: f.choice('completion', COMPLETION),
        starred: f.yesNo('starred'),
        potentialImpact: f.choice('potentialImpact', IMPACT),
        potentialResults: f.choice('potentialResults', RESULTS),
        publicInfluence: f.choice('publicInfluence', INFLUENCE),
        url: f.url('url'),
        lastUpdated: f.date('lastUpdated'),
      },
    ),
  );
}

/** The milestones of a JSON document: a list, or `{ "milestones": [...] }`. */
export function readMilestonesJson(value: unknown, options: JsonOptions): ReadResult<Milestone> {
  const how = { ...options, key: 'milestones', idField: 'commitmentId', unique: false };
  return readJsonRecords(value, how, (f, commitmentId) =>
    setDefined<Milestone>(
      { commitmentId, title: f.required('title'), extra: f.extra() },
      {
        responsible: f.text('responsible'),
        startDate: f.date('startDate'),
        endDate: f.date('endDate'),
        status: f.choice('status', MILESTONE_STATUS),
        progressPct: progressPct(f),
        evidenceUrl: f.url('evidenceUrl'),
      },
    ),
  );
}

/** A milestone's progress, 0 to 100 as in milestones.csv. */
function progressPct(f: JsonFields): string | undefined {
  const pct = f.decimal('progressPct');
  if (pct === undefined) return undefined;
  if (compareDecimals(pct, '0') >= 0 && compareDecimals(pct, '100') <= 0) return pct;
  f.refuse(
    'progressPct',
    pct,
    'milestone.progress_range',
    msg('milestone.progress_range.expected'),
  );
  return undefined;
}
