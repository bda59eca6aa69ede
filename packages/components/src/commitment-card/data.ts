/**
 * Loading commitments and milestones for the card and the list: from `src` /
 * `milestones-src`, from inline `<script type="text/csv">` children (the milestones one
 * with `data-name="milestones"`), or from properties. Reading CSV is the core's job;
 * this file only decides where the text comes from and turns problems into LoadErrors.
 * JSON records are read by core's JSON readers (json.ts), loaded only for JSON files.
 */
import { importAgain } from '../platform/import-again.ts';
import { msg } from '@rendir/core';
import type { Commitment, ContentError, MessageRef, Milestone, NumberFormat } from '@rendir/core';
import { DataController, type LoadContext, type RawData } from '../platform/data-controller.ts';
import type { RendirElement } from '../platform/rendir-element.ts';
import { LoadError, recordsOrThrow } from '../platform/errors.ts';
import { readOffMainThread } from '../platform/parser.ts';

/** JSON commitments and milestones are read by code loaded with them. */
const jsonModule = () => import('./json.ts');

export interface CommitmentData {
  commitments: Commitment[];
  milestones: Milestone[];
}

export interface CommitmentSources {
  src?: string | null;
  milestonesSrc?: string | null;
  commitments?: Commitment[];
  milestones?: Milestone[];
  numberFormat?: NumberFormat;
}

function hasList(value: unknown, key: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as Record<string, unknown>)[key])
  );
}

async function commitmentsFrom(
  raw: RawData,
  numberFormat: NumberFormat | undefined,
  context: LoadContext,
): Promise<Commitment[]> {
  if (raw.format === 'json') {
    const { readCommitmentsJson } = await importAgain(jsonModule);
    return recordsOrThrow(readCommitmentsJson(raw.value, { file: raw.file }), context);
  }
  const options = { file: raw.file, numberFormat };
  return recordsOrThrow(
    await readOffMainThread('commitments', { main: raw.input }, options, context),
    context,
  );
}

async function milestonesFrom(
  raw: RawData,
  numberFormat: NumberFormat | undefined,
  context: LoadContext,
): Promise<Milestone[]> {
  if (raw.format === 'json') {
    const { readMilestonesJson } = await importAgain(jsonModule);
    return recordsOrThrow(readMilestonesJson(raw.value, { file: raw.file }), context);
  }
  const options = { file: raw.file, numberFormat };
  return recordsOrThrow(
    await readOffMainThread('milestones', { main: raw.input }, options, context),
    context,
  );
}

/**
 * Commitments and milestones from wherever the author put them. `null` when there are
 * no commitments at all (the empty state). Errors of both files are reported together.
 */
export async function loadCommitmentData(
  context: LoadContext,
  sources: CommitmentSources,
): Promise<CommitmentData | null> {
  const problems: ContentError[] = [];
  const collect = async <T>(read: Promise<T[]>): Promise<T[]> => {
    try {
      return await read;
    } catch (error) {
      if (error instanceof LoadError && error.kind === 'content') {
        problems.push(...error.contentErrors);
        return [];
      }
      throw error;
    }
  };
  const [commitmentsRaw, milestonesRaw] = await Promise.all([
    sources.commitments
      ? null
      : sources.src
        ? context.read(sources.src)
        : context.read(null, { name: 'commitments' }).then((raw) => raw ?? context.read(null)),
    sources.milestones ? null : context.read(sources.milestonesSrc, { name: 'milestones' }),
  ]);
  const commitments =
    sources.commitments ??
    (commitmentsRaw
      ? await collect(commitmentsFrom(commitmentsRaw, sources.numberFormat, context))
      : []);
  // One JSON file may carry both: `{ "commitments": [...], "milestones": [...] }`.
  const bundled =
    !milestonesRaw &&
    commitmentsRaw?.format === 'json' &&
    hasList(commitmentsRaw.value, 'milestones')
      ? commitmentsRaw
      : null;
  const milestonesFile = milestonesRaw ?? bundled;
  const milestones =
    sources.milestones ??
    (milestonesFile
      ? await collect(milestonesFrom(milestonesFile, sources.numberFormat, context))
      : []);
  if (problems.length > 0) throw new LoadError('content', { contentErrors: problems });
  if (commitments.length === 0) return null;
  return { commitments, milestones };
}

/** A problem of ours (an id not in the file), in the shape the error state lists. */
export function notFoundError(file: string, id: string, message: MessageRef): LoadError {
  return new LoadError('content', {
    contentErrors: [
      {
        file,
        line: 0,
        column: 0,
        header: 'commitment_id',
        value: id,
        code: 'commitment.not_found',
        expected: msg('commitment.not_found.expected'),
        message,
        severity: 'error',
      },
    ],
  });
}

/** The data of a card or a list: reloaded whenever one of its sources changes. */
export function commitmentDataController(
  host: RendirElement & CommitmentSources,
): DataController<CommitmentData> {
  return new DataController<CommitmentData>(host, {
    parser: 'commitments',
    args: () => [
      host.src,
      host.milestonesSrc,
      host.commitments,
      host.milestones,
      host.numberFormat,
    ],
    load: (context) =>
      loadCommitmentData(context, {
        src: host.src,
        milestonesSrc: host.milestonesSrc,
        commitments: host.commitments,
        milestones: host.milestones,
        numberFormat: host.numberFormat,
      }),
  });
}
