/**
 * Node-only helpers: read content files from disk with their sidecar `NAME.csv.yaml`
 * (dialect and column mapping) applied. Everything else lives in the browser-safe index.
 */
import { dirname, relative } from 'node:path';
import { loadYaml } from './yaml.ts';
import {
  ContentFileError,
  contentEntryExists,
  readContentFile,
  readContentText,
} from './content-folder.ts';
import { decodeBytes, SNIFF_BYTES } from './encoding.ts';
import { notACsv } from './security.ts';
import { DEFAULT_LIMITS, headerColumns, type Limits } from './limits.ts';
import { longCells, tooManyColumns } from './table-limits.ts';
import { contentError } from './errors.ts';
import { readCsv, scanCsv } from './csv.ts';
import { readBudget } from './schemas/budget.ts';
import type { BudgetOptions } from './schemas/budget.ts';
import { readCommitments, readMilestones } from './schemas/commitments.ts';
import { readDatasets } from './schemas/datasets.ts';
import { readIndicators } from './schemas/indicators.ts';
import { readPlan } from './schemas/plan.ts';
import type { PlanOptions } from './schemas/plan.ts';
import { readSdgSeries } from './schemas/sdg-series.ts';
import type { IndicatorOptions } from './schemas/indicators.ts';
import { budgetSidecarOptions, readSidecarObject, type Sidecar } from './sidecar.ts';
import type { SchemaOptions } from './schemas/common.ts';
import type {
  Commitment,
  ContentError,
  CsvDialect,
  CsvTable,
  DatasetEntry,
  Milestone,
  ReadResult,
} from './types.ts';
import { msg } from './message.ts';

export * from './index.ts';
export {
  ContentFileError,
  contentEntryExists,
  contentFileProblem,
  copyContentFiles,
  listContentFiles,
  readContentFile,
  readContentText,
  resolveContentFile,
} from './content-folder.ts';
export type { ContentListing, Resolved } from './content-folder.ts';
export { loadYaml } from './yaml.ts';
export type { LoadedYaml, YamlProblem } from './yaml.ts';
export type { Sidecar } from './sidecar.ts';

/**
 * Reads and validates `NAME.csv.yaml` (absent: an empty dialect). The sidecar is a
 * content file: `root` (default: the CSV's folder) is the boundary it must lie inside.
 */
export async function readSidecar(
  csvPath: string,
  file = csvPath,
  root = dirname(csvPath),
  limits: Limits = DEFAULT_LIMITS,
): Promise<Sidecar> {
  const inRoot = relative(root, `${csvPath}.yaml`).split('\\').join('/');
  const sideFile = `${file}.yaml`;
  const out: Sidecar = { dialect: {}, budget: {}, errors: [] };
  if (!contentEntryExists(root, inRoot)) return out;
  let text: string;
  try {
    text = await readContentText(root, inRoot, limits);
  } catch (e) {
    if (!(e instanceof ContentFileError)) throw e;
    out.errors.push({ ...e.problem, file: sideFile });
    return out;
  }
  const loaded = loadYaml(text, limits);
  for (const problem of loaded.problems)
    out.errors.push(
      contentError({
        file: sideFile,
        line: problem.line,
        column: problem.column,
        code: problem.code === 'yaml.syntax' ? 'sidecar.yaml' : problem.code,
        expected: msg('sidecar.yaml.expected'),
        message: msg('sidecar.yaml', { reason: problem.message }),
      }),
    );
  if (loaded.problems.length) return out;
  return readSidecarObject(loaded.value, sideFile);
}

export interface FileOptions {
  /** Limits on size, columns and cells (default: limits.ts's, or a site's own). */
  limits?: Limits;
  /** Path shown in errors (default: relative to `root`, or the path as given). */
  file?: string;
  /** Content root, to show paths such as `budget/2025.csv`. */
  root?: string;
  /**
   * Called with the file's table as read, before a schema reads it: a caller that also
   * publishes the file as it is (the site's CSV downloads) needs no second read.
   */
  onTable?: (table: CsvTable) => void;
}

type OpenOptions = FileOptions & { dialect?: Partial<CsvDialect>; severalColumns?: boolean };

/**
 * A CSV's bytes and its sidecar, read through the content-folder boundary (`root`, default
 * the file's folder); a refused file is `refused`, its error naming the file, and nothing
 * of it is read.
 */
async function open(path: string, opts: OpenOptions) {
  const root = opts.root ?? dirname(path);
  const inRoot = relative(root, path).split('\\').join('/');
  const file = opts.file ?? (opts.root ? inRoot : path);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  let bytes: Uint8Array;
  try {
    bytes = await readContentFile(root, inRoot, limits);
  } catch (e) {
    if (!(e instanceof ContentFileError)) throw e;
    return { file, refused: { ...e.problem, file } } as const;
  }
  // A dialect declared by the caller (a catalog row) wins over the sidecar, which is then not read.
  const sidecar: Sidecar = opts.dialect
    ? { dialect: opts.dialect, budget: {}, errors: [] }
    : await readSidecar(path, file, root, limits);
  const head = decodeBytes(bytes.subarray(0, SNIFF_BYTES), sidecar.dialect.encoding).text;
  const notCsv = notACsv(head, file, { severalColumns: opts.severalColumns });
  if (notCsv) return { file, refused: notCsv } as const;
  const columns = headerColumns(firstLine(bytes, sidecar.dialect), sidecar.dialect.delimiter);
  if (columns > limits.maxColumns)
    return { file, refused: tooManyColumns(file, columns, limits) } as const;
  return { file, bytes, sidecar, limits, refused: undefined };
}

/** A CSV and its sidecar (as `open`), its table read whole. */
async function load(path: string, opts: OpenOptions) {
  const opened = await open(path, opts);
  if (opened.refused) return opened;
  const { file, bytes, sidecar, limits } = opened;
  const table = readCsv(bytes, { file, dialect: sidecar.dialect });
  table.errors.push(...longCells(file, table.rows, limits));
  opts.onTable?.(table);
  return { file, sidecar, table, refused: undefined };
}

/** Thrown by the first batch of rows, once the header row is known. */
class HeaderRead {
  readonly headers: string[];
  constructor(headers: string[]) {
    this.headers = headers;
  }
}

/**
 * The header row of a CSV file exactly as `readCsvFile` reads it (same boundary, sidecar,
 * decoding and header rules), for a caller that only decides which reader a file goes to:
 * the rows are not read past the first few (an Open SDG series is told by its headers).
 * A file that `readCsvFile` refuses has no headers here either.
 */
export async function readCsvHeaders(
  path: string,
  opts: FileOptions & { dialect?: Partial<CsvDialect> } = {},
): Promise<string[]> {
  const opened = await open(path, opts);
  if (opened.refused) return [];
  const { file, bytes, sidecar } = opened;
  try {
    const stop = (_rows: unknown, headers: string[]) => {
      throw new HeaderRead(headers);
    };
    // A file of a header and no row is read whole: it is that short.
    return scanCsv(bytes, { file, dialect: sidecar.dialect }, stop, HEADER_BATCH_CHARS).headers;
  } catch (e) {
    if (e instanceof HeaderRead) return e.headers;
    throw e;
  }
}

/** Characters parsed at a time while looking for the header row. */
const HEADER_BATCH_CHARS = 4096;

/** The first line of a file, decoded (a header line may be far longer than the sniff). */
function firstLine(bytes: Uint8Array, dialect: Partial<CsvDialect>): string {
  const newline = bytes.indexOf(0x0a);
  const end = newline < 0 ? bytes.length : newline + 2;
  return decodeBytes(bytes.subarray(0, end), dialect.encoding).text;
}

function refusedResult<T>(problem: ContentError): ReadResult<T> {
  return { records: [], errors: [problem], warnings: [] };
}

function merge<R extends { errors: ContentError[] }>(result: R, sidecar: Sidecar): R {
  return { ...result, errors: [...sidecar.errors, ...result.errors] };
}

/**
 * Reads a CSV file with its sidecar applied, or with `dialect` when given. A file the
 * content-folder boundary refuses is an empty table whose one error is `refused`.
 */
export async function readCsvFile(
  path: string,
  opts: FileOptions & { dialect?: Partial<CsvDialect> } = {},
): Promise<CsvTable & { sidecarErrors: ContentError[]; refused?: ContentError }> {
  const loaded = await load(path, opts);
  if (loaded.refused) {
    const empty = readCsv(new Uint8Array(0), { file: loaded.file });
    return {
      ...empty,
      errors: [loaded.refused],
      warnings: [],
      sidecarErrors: [],
      refused: loaded.refused,
    };
  }
  return { ...loaded.table, sidecarErrors: loaded.sidecar.errors };
}

type Rest<O extends SchemaOptions> = Omit<O, 'file' | 'dialect'> & FileOptions;

function schemaOptions<O extends SchemaOptions>(file: string, sidecar: Sidecar, rest: Rest<O>): O {
  const { root: _root, file: _file, limits: _limits, onTable: _onTable, ...others } = rest;
  return {
    ...(others as object),
    file,
    dialect: sidecar.dialect,
    numberFormat: rest.numberFormat ?? sidecar.numberFormat,
    ...(sidecar.missing ? { missing: sidecar.missing } : {}),
  } as O;
}

export async function readBudgetFile(
  path: string,
  opts: Rest<BudgetOptions> = {},
): Promise<import('./types.ts').BudgetReadResult> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused)
    return { ...refusedResult(loaded.refused), aggregates: [], totals: [], facts: {} };
  const { file, sidecar, table } = loaded;
  const options = {
    ...schemaOptions<BudgetOptions>(file, sidecar, opts),
    ...budgetSidecarOptions(sidecar),
    ...(opts.numberFormat ? { numberFormat: opts.numberFormat } : {}),
  };
  return merge(readBudget(table, options), sidecar);
}

/** Wide form from one file, or long form when `valuesPath` is given. */
export async function readIndicatorsFile(
  path: string,
  valuesPath?: string,
  opts: Rest<IndicatorOptions> = {},
): Promise<ReadResult<import('./types.ts').Indicator>> {
  const ind = await load(path, { ...opts, severalColumns: true });
  if (ind.refused) return refusedResult(ind.refused);
  const options = schemaOptions<IndicatorOptions>(ind.file, ind.sidecar, opts);
  if (valuesPath === undefined) return merge(readIndicators(ind.table, options), ind.sidecar);
  const val = await load(valuesPath, {
    root: opts.root,
    limits: opts.limits,
    severalColumns: true,
  });
  if (val.refused) return refusedResult(val.refused);
  const result = readIndicators(
    { indicators: ind.table, values: val.table },
    {
      ...options,
      valuesFile: val.file,
      valuesNumberFormat: opts.numberFormat ?? val.sidecar.numberFormat,
      valuesDialect: val.sidecar.dialect,
      valuesMissing: val.sidecar.missing,
    },
  );
  return { ...result, errors: [...ind.sidecar.errors, ...val.sidecar.errors, ...result.errors] };
}

export async function readCommitmentsFile(
  path: string,
  opts: Rest<SchemaOptions> = {},
): Promise<ReadResult<Commitment>> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused) return refusedResult(loaded.refused);
  const { file, sidecar, table } = loaded;
  return merge(readCommitments(table, schemaOptions(file, sidecar, opts)), sidecar);
}

export async function readMilestonesFile(
  path: string,
  opts: Rest<SchemaOptions> = {},
): Promise<ReadResult<Milestone>> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused) return refusedResult(loaded.refused);
  const { file, sidecar, table } = loaded;
  return merge(readMilestones(table, schemaOptions(file, sidecar, opts)), sidecar);
}

export async function readDatasetsFile(
  path: string,
  opts: Rest<SchemaOptions> = {},
): Promise<ReadResult<DatasetEntry>> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused) return refusedResult(loaded.refused);
  const { file, sidecar, table } = loaded;
  return merge(readDatasets(table, schemaOptions(file, sidecar, opts)), sidecar);
}

/** A plan indicativo (`plan/*.csv`) with its sidecar (dialect, `missing`), as `readPlan` reads it. */
export async function readPlanFile(
  path: string,
  opts: Rest<PlanOptions> = {},
): Promise<import('./schemas/plan.ts').PlanReadResult> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused)
    return {
      goals: [],
      years: [],
      totalRow: [],
      withheldMoney: [],
      errors: [loaded.refused],
      warnings: [],
    };
  const { file, sidecar, table } = loaded;
  const options = schemaOptions<PlanOptions>(file, sidecar, opts);
  if (sidecar.accumulation) options.accumulation = sidecar.accumulation;
  return merge(readPlan(table, options), sidecar);
}

/** An Open SDG data file with its sidecar (`missing: {NA: …}` among others). */
export async function readSdgSeriesFile(
  path: string,
  opts: Rest<SchemaOptions> = {},
): Promise<import('./schemas/sdg-series.ts').SdgSeriesResult> {
  const loaded = await load(path, { ...opts, severalColumns: true });
  if (loaded.refused)
    return {
      observations: [],
      headline: [],
      dimensions: [],
      units: [],
      series: [],
      errors: [loaded.refused],
      warnings: [],
    };
  const { file, sidecar, table } = loaded;
  return merge(readSdgSeries(table, schemaOptions(file, sidecar, opts)), sidecar);
}
