// What every content kind's reader shares: the folder, the site's settings and limits,
// and the lists its problems go to (so that every problem of a folder shows at once).
import { join } from 'node:path';
import { listContentFiles } from '@rendir/core/node';
import { toCsv } from '@rendir/core';
import type { ContentError, CsvTable, Limits, NumberFormat, ReadResult } from '@rendir/core';
import type { FileNote, SiteConfig } from '../config.ts';
import { problemMsg } from '../problems.ts';

export interface ReadContext {
  /** The content folder, absolute. */
  dir: string;
  config: SiteConfig;
  limits: Limits;
  numberFormat: NumberFormat;
  errors: ContentError[];
  warnings: ContentError[];
  /** Each data file's CSV download, written from the one read of the file (`publish`). */
  published: Map<string, Uint8Array<ArrayBuffer>>;
}

export function readContext(dir: string, config: SiteConfig, limits: Limits): ReadContext {
  return {
    dir,
    config,
    limits,
    numberFormat: config.number_format,
    errors: [],
    warnings: [],
    published: new Map(),
  };
}

/** The absolute path of a content-relative file. */
export function at(ctx: ReadContext, file: string): string {
  return join(ctx.dir, file);
}

/** The note site.yaml gives a data file (`files:`), if any. */
export function noteFor(ctx: ReadContext, file: string): FileNote | undefined {
  return ctx.config.files[file];
}

/** The CSV files of a content sub-folder; links out of the folder are reported, not listed. */
export function listCsv(ctx: ReadContext, sub: string): string[] {
  const listing = listContentFiles(ctx.dir, sub, {
    filter: (name) => name.toLowerCase().endsWith('.csv'),
  });
  ctx.errors.push(...listing.problems);
  return listing.files;
}

/** A reader's records; its errors and warnings go to the context's lists. */
export function absorb<T>(ctx: ReadContext, result: ReadResult<T>): T[] {
  ctx.errors.push(...result.errors);
  ctx.warnings.push(...result.warnings);
  return result.records;
}

/** Ids are matched as authors write them in other files: trimmed, any case. */
export function idKey(id: string): string {
  return id.trim().toLowerCase();
}

/** A reference (commitment_id, bpin…) to nothing in the site's data. */
export function unknownRef(file: string, key: string, value: string): ContentError {
  return {
    file,
    line: 0,
    column: 0,
    header: key,
    value,
    code: 'ref.unknown',
    expected: problemMsg('ref.unknown.expected'),
    message: problemMsg('ref.unknown', { value }),
    severity: 'warning',
  };
}

/**
 * For a reader's `onTable`: the file as read becomes its CSV download at once, so that
 * the file is read once and only the download's bytes are kept, not its cells (Madrid's
 * 3.4 MB budget: 3.5 MB of bytes outside the JS heap instead of 10.9 MB of cells).
 */
export function publish(ctx: ReadContext, file: string): (table: CsvTable) => void {
  return (table) =>
    ctx.published.set(
      file,
      csvDownload(ctx.config, [table.headers, ...table.rows.map((r) => r.cells)]),
    );
}

const utf8 = new TextEncoder();

/**
 * A download's CSV file as the site publishes every one: formulas neutralised (core's
 * toCsv), `;` where Spanish Excel opens it, UTF-8 with a BOM so that Excel reads accents.
 */
export function csvDownload(config: SiteConfig, rows: string[][]): Uint8Array<ArrayBuffer> {
  const text = toCsv(rows, { delimiter: config.number_format === 'es' ? ';' : ',' });
  return utf8.encode('\uFEFF' + text);
}
