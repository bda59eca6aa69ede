/**
 * Node-only helpers: read content files from disk with their sidecar `NAME.csv.yaml`
 * (dialect and column mapping) applied. Everything else lives in the browser-safe index.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentError } from './errors.ts';
import { readCsv } from './csv.ts';
import { readBudget } from './schemas/budget.ts';
import type { BudgetOptions } from './schemas/budget.ts';
import { readCommitments, readMilestones } from './schemas/commitments.ts';
import { readDatasets } from './schemas/datasets.ts';
import { readIndicators } from './schemas/indicators.ts';
import type { IndicatorOptions } from './schemas/indicators.ts';
import { budgetSidecarOptions, readSidecarObject, type Sidecar } from './sidecar.ts';
import type { SchemaOptions } from './schemas/common.ts';
import type { ContentError, CsvTable, ReadResult } from './types.ts';

export * from './index.ts';
export type { Sidecar } from './sidecar.ts';

/** Reads and validates `NAME.csv.yaml` (absent: an empty dialect). */
export async function readSidecar(csvPath: string, file = csvPath): Promise<Sidecar> {
  const path = `${csvPath}.yaml`;
  const sideFile = `${file}.yaml`;
  const out: Sidecar = { dialect: {}, budget: {}, errors: [] };
  if (!existsSync(path)) return out;
  let doc: unknown;
  try {
    doc = parseYaml(await readFile(path, 'utf8'));
  } catch (e) {
    out.errors.push(
      contentError({
        file: sideFile,
        code: 'sidecar.yaml',
        value: e instanceof Error ? e.message : String(e),
        expected: { es: 'YAML válido', en: 'valid YAML' },
        message: { es: 'El archivo YAML no se puede leer', en: 'The YAML file cannot be read' },
      }),
    );
    return out;
  }
  return readSidecarObject(doc, sideFile);
}

export interface FileOptions {
  /** Path shown in errors (default: relative to `root`, or the path as given). */
  file?: string;
  /** Content root, to show paths such as `budget/2025.csv`. */
  root?: string;
}

async function load(path: string, opts: FileOptions) {
  const file = opts.file ?? (opts.root ? relative(opts.root, path).split('\\').join('/') : path);
  const sidecar = await readSidecar(path, file);
  const bytes = new Uint8Array(await readFile(path));
  const table = readCsv(bytes, { file, dialect: sidecar.dialect });
  return { file, sidecar, table };
}

function merge<T>(result: ReadResult<T>, sidecar: Sidecar): ReadResult<T> {
  return { ...result, errors: [...sidecar.errors, ...result.errors] };
}

/** Reads a CSV file with its sidecar applied. */
export async function readCsvFile(
  path: string,
  opts: FileOptions = {},
): Promise<CsvTable & { sidecarErrors: ContentError[] }> {
  const { table, sidecar } = await load(path, opts);
  return { ...table, sidecarErrors: sidecar.errors };
}

type Rest<O extends SchemaOptions> = Omit<O, 'file' | 'dialect'> & FileOptions;

function schemaOptions<O extends SchemaOptions>(file: string, sidecar: Sidecar, rest: Rest<O>): O {
  const { root: _root, file: _file, ...others } = rest;
  return {
    ...(others as object),
    file,
    dialect: sidecar.dialect,
    numberFormat: rest.numberFormat ?? sidecar.numberFormat,
  } as O;
}

export async function readBudgetFile(
  path: string,
  opts: Rest<BudgetOptions> = {},
): Promise<import('./types.ts').BudgetReadResult> {
  const { file, sidecar, table } = await load(path, opts);
  const options = {
    ...schemaOptions<BudgetOptions>(file, sidecar, opts),
    ...budgetSidecarOptions(sidecar),
    ...(opts.numberFormat ? { numberFormat: opts.numberFormat } : {}),
  };
  const result = readBudget(table, options);
  return { ...result, errors: [...sidecar.errors, ...result.errors] };
}

/** Wide form from one file, or long form when `valuesPath` is given. */
export async function readIndicatorsFile(
  path: string,
  valuesPath?: string,
  opts: Rest<IndicatorOptions> = {},
): Promise<ReadResult<import('./types.ts').Indicator>> {
  const ind = await load(path, opts);
  const options = schemaOptions<IndicatorOptions>(ind.file, ind.sidecar, opts);
  if (valuesPath === undefined) return merge(readIndicators(ind.table, options), ind.sidecar);
  const val = await load(valuesPath, { root: opts.root });
  const result = readIndicators(
    { indicators: ind.table, values: val.table },
    {
      ...options,
      valuesFile: val.file,
      valuesNumberFormat: opts.numberFormat ?? val.sidecar.numberFormat,
      valuesDialect: val.sidecar.dialect,
    },
  );
  return { ...result, errors: [...ind.sidecar.errors, ...val.sidecar.errors, ...result.errors] };
}

export async function readCommitmentsFile(path: string, opts: Rest<SchemaOptions> = {}) {
  const { file, sidecar, table } = await load(path, opts);
  return merge(readCommitments(table, schemaOptions(file, sidecar, opts)), sidecar);
}

export async function readMilestonesFile(path: string, opts: Rest<SchemaOptions> = {}) {
  const { file, sidecar, table } = await load(path, opts);
  return merge(readMilestones(table, schemaOptions(file, sidecar, opts)), sidecar);
}

export async function readDatasetsFile(path: string, opts: Rest<SchemaOptions> = {}) {
  const { file, sidecar, table } = await load(path, opts);
  return merge(readDatasets(table, schemaOptions(file, sidecar, opts)), sidecar);
}
