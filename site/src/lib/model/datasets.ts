// The open data catalog (datasets/datasets.csv) and the local files it points at, whose
// tables the data set pages, their widgets and downloads show.
import { join } from 'node:path';
import { contentEntryExists, readCsvFile, readDatasetsFile } from '@rendir/core/node';
import { uniqueSlugs, type ContentError, type CsvTable } from '@rendir/core';
import type { DatasetItem } from './types.ts';
import { absorb, at, listCsv, noteFor, publish, type ReadContext } from './context.ts';
import { problemMsg } from '../problems.ts';

export const CATALOG_FILE = 'datasets/datasets.csv';

export async function readDatasets(ctx: ReadContext): Promise<DatasetItem[]> {
  if (!listCsv(ctx, 'datasets').includes(CATALOG_FILE)) return [];
  const entries = absorb(
    ctx,
    await readDatasetsFile(at(ctx, CATALOG_FILE), {
      root: ctx.dir,
      limits: ctx.limits,
      onTable: publish(ctx, CATALOG_FILE),
    }),
  );
  const slugs = uniqueSlugs(entries.map((e) => e.id));
  const datasets: DatasetItem[] = [];
  for (const [i, entry] of entries.entries()) {
    let file: string | undefined;
    let table: CsvTable | undefined;
    if (entry.source.kind === 'file') {
      file = `datasets/${entry.source.file.replace(/^datasets\//, '')}`;
      if (!contentEntryExists(ctx.dir, file)) {
        ctx.errors.push(missingFile(entry.id, entry.source.file));
        file = undefined;
      } else {
        // A dialect given in the catalog row wins; else the file's sidecar, else detection.
        const read = await readCsvFile(join(ctx.dir, file), {
          file,
          root: ctx.dir,
          limits: ctx.limits,
          dialect: Object.keys(entry.dialect).length ? entry.dialect : undefined,
        });
        ctx.errors.push(...read.errors, ...read.sidecarErrors);
        ctx.warnings.push(...read.warnings);
        if (read.refused) file = undefined;
        else table = read;
      }
    }
    datasets.push({
      entry,
      slug: slugs[i],
      note: file ? noteFor(ctx, file) : undefined,
      catalogNote: noteFor(ctx, CATALOG_FILE),
      table,
      file,
    });
  }
  return datasets;
}

function missingFile(id: string, target: string): ContentError {
  return {
    file: CATALOG_FILE,
    line: 0,
    column: 0,
    header: 'file',
    value: target,
    code: 'dataset.file_missing',
    expected: problemMsg('dataset.file_missing.expected', { id }),
    message: problemMsg('dataset.file_missing'),
    severity: 'error',
  };
}
