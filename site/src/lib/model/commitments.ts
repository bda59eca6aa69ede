// Commitments and their milestones (commitments/commitments.csv, milestones.csv): each
// commitment with its own milestones; a milestone of no commitment is a warning.
import { readCommitmentsFile, readMilestonesFile } from '@rendir/core/node';
import { uniqueSlugs, type Milestone } from '@rendir/core';
import type { CommitmentItem } from './types.ts';
import {
  absorb,
  at,
  idKey,
  listCsv,
  noteFor,
  publish,
  unknownRef,
  type ReadContext,
} from './context.ts';

export const COMMITMENTS_FILE = 'commitments/commitments.csv';
export const MILESTONES_FILE = 'commitments/milestones.csv';

export async function readCommitments(ctx: ReadContext): Promise<CommitmentItem[]> {
  const files = listCsv(ctx, 'commitments');
  const options = { root: ctx.dir, limits: ctx.limits };
  const commitments = files.includes(COMMITMENTS_FILE)
    ? absorb(
        ctx,
        await readCommitmentsFile(at(ctx, COMMITMENTS_FILE), {
          ...options,
          onTable: publish(ctx, COMMITMENTS_FILE),
        }),
      )
    : [];
  const milestones = files.includes(MILESTONES_FILE)
    ? absorb(
        ctx,
        await readMilestonesFile(at(ctx, MILESTONES_FILE), {
          ...options,
          defaultNumberFormat: ctx.numberFormat,
          onTable: publish(ctx, MILESTONES_FILE),
        }),
      )
    : [];
  const milestonesOf = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const key = idKey(m.commitmentId);
    const list = milestonesOf.get(key);
    if (list) list.push(m);
    else milestonesOf.set(key, [m]);
  }
  const slugs = uniqueSlugs(commitments.map((c) => c.id));
  const known = new Set(commitments.map((c) => idKey(c.id)));
  for (const m of milestones) {
    if (!known.has(idKey(m.commitmentId)))
      ctx.warnings.push(unknownRef(MILESTONES_FILE, 'commitment_id', m.commitmentId));
  }
  return commitments.map((commitment, i) => ({
    commitment,
    slug: slugs[i],
    note: noteFor(ctx, COMMITMENTS_FILE),
    milestones: milestonesOf.get(idKey(commitment.id)) ?? [],
    milestonesNote: noteFor(ctx, MILESTONES_FILE),
    indicators: [],
    budgetLines: [],
  }));
}
