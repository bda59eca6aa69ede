/**
 * Loading commitments and milestones for the card and the list: from `src` /
 * `milestones-src`, from inline `<script type="text/csv">` children (the milestones one
 * with `data-name="milestones"`), or from properties. Reading CSV is the core's job;
 * this file only decides where the text comes from and turns problems into LoadErrors.
 * JSON records and the properties' records are read by core's JSON readers (json.ts),
 * loaded only for them.
 */
import { importAgain } from '../platform/import-again.ts';
import { msg } from '@rendir/core';
import type { Commitment, ContentError, MessageRef, Milestone, NumberFormat } from '@rendir/core';
import { DataController, type LoadContext, type RawData } from '../platform/data-controller.ts';
import type { RendirElement } from '../platform/rendir-element.ts';
import { LoadError, recordsOrThrow } from '../platform/errors.ts';
import { readOffMainThread } from '../platform/parser.ts';
import { propertyFile } from '../platform/property-data.ts';

/** JSON commitments and milestones are read by code loaded with them. */
const jsonModule = () => import('./json.ts');

export interface CommitmentData {
  commitments: Commitment[];
  milestones: Milestone[];
}

export interface CommitmentSources {
  src?: string | null;
  milestonesSrc?: string | null;
  /** A card's one commitment, given by the page. */
  commitment?: Commitment;
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
 * Records this module's loads returned: read by core, so a list hands them to its cards,
 * which show them at once instead of reading them again. Only these objects, never the
 * page's own: a record the page gives is read like a file.
 */
const readRecords = new WeakSet<object>();

/** Whether every record was read here (a list's to its cards), so needs no reading again. */
export function wereRead(records: readonly object[]): boolean {
  return records.every((r) => readRecords.has(r));
}

/**
 * Commitments and milestones from wherever the author put them. `null` when there are
 * no commitments at all (the empty state). Errors of both files are reported together.
 */
export async function loadCommitmentData(
  context: LoadContext,
  sources: CommitmentSources,
  host: Element,
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
  // Records the page gave are read as a JSON file is, named after their property.
  const given = (value: unknown, property: string): RawData => ({
    format: 'json',
    value,
    file: propertyFile(host, property),
  });
  const [commitmentsRaw, milestonesRaw] = await Promise.all([
    sources.commitment
      ? given([sources.commitment], 'commitment')
      : sources.commitments
        ? given(sources.commitments, 'commitments')
        : sources.src
          ? context.read(sources.src)
          : context.read(null, { name: 'commitments' }).then((raw) => raw ?? context.read(null)),
    sources.milestones
      ? given(sources.milestones, 'milestones')
      : context.read(sources.milestonesSrc, { name: 'milestones' }),
  ]);
  const commitments = commitmentsRaw
    ? await collect(commitmentsFrom(commitmentsRaw, sources.numberFormat, context))
    : [];
  // One JSON file may carry both: `{ "commitments": [...], "milestones": [...] }`.
  const bundled =
    !milestonesRaw &&
    commitmentsRaw?.format === 'json' &&
    hasList(commitmentsRaw.value, 'milestones')
      ? commitmentsRaw
      : null;
  const milestonesFile = milestonesRaw ?? bundled;
  const milestones = milestonesFile
    ? await collect(milestonesFrom(milestonesFile, sources.numberFormat, context))
    : [];
  if (problems.length > 0) throw new LoadError('content', { contentErrors: problems });
  if (commitments.length === 0) return null;
  for (const record of [...commitments, ...milestones]) readRecords.add(record);
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
      host.commitment,
      host.commitments,
      host.milestones,
      host.numberFormat,
    ],
    load: (context) =>
      loadCommitmentData(
        context,
        {
          src: host.src,
          milestonesSrc: host.milestonesSrc,
          commitment: host.commitment,
          commitments: host.commitments,
          milestones: host.milestones,
          numberFormat: host.numberFormat,
        },
        host,
      ),
  });
}
