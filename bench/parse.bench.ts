// Parse benchmark: our typed, validated read (`readBudget`) against papaparse's bare
// `header: true` parse of the same text, on 100,000 and 1,000,000-row budget files
// (`;`, es numbers, 10 columns). Aim: at most 2x papaparse.
// Run: node bench/parse.bench.ts   (files are generated once into bench/.data/)
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { readBudget } from '../packages/core/src/index.ts';
import { ensureBudgetFile } from './lib/budget-data.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface ParseBenchResult {
  rows: number;
  megabytes: number;
  oursMs: number;
  papaMs: number;
  oursRowsPerSecond: number;
  papaRowsPerSecond: number;
  /** ours / papaparse time: 1.5 means our read takes 1.5x as long. */
  ratio: number;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return min;
}

function benchOne(rows: number, runs: number): ParseBenchResult {
  const text = ensureBudgetFile(join(here, '.data', `budget-${rows}.csv`), rows);
  let ours = 0;
  let papa = 0;
  const oursMs = best(runs, () => {
    const r = readBudget(text, { file: 'budget.csv', levels: ['Sector', 'Entidad', 'Programa'] });
    if (r.errors.length > 0) throw new Error(`unexpected errors: ${r.errors[0].code}`);
    ours = r.records.length;
  });
  const papaMs = best(runs, () => {
    papa = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
      .length;
  });
  if (ours !== rows || papa !== rows)
    throw new Error(`row counts differ: ours ${ours}, papaparse ${papa}`);
  return {
    rows,
    megabytes: text.length / 1e6,
    oursMs,
    papaMs,
    oursRowsPerSecond: Math.round((rows / oursMs) * 1000),
    papaRowsPerSecond: Math.round((rows / papaMs) * 1000),
    ratio: oursMs / papaMs,
  };
}

export async function runParseBench(
  sizes: readonly number[] = [100_000, 1_000_000],
): Promise<ParseBenchResult[]> {
  const results: ParseBenchResult[] = [];
  // Warm-up so both sides run optimised code.
  benchOne(10_000, 3);
  for (const rows of sizes) {
    const r = benchOne(rows, rows >= 1_000_000 ? 2 : 5);
    results.push(r);
    const fmt = (n: number) => n.toLocaleString('en');
    console.log(
      `${fmt(rows)} rows (${r.megabytes.toFixed(1)} MB): readBudget ${r.oursMs.toFixed(0)} ms = ${fmt(r.oursRowsPerSecond)} rows/s; ` +
        `papaparse header:true ${r.papaMs.toFixed(0)} ms = ${fmt(r.papaRowsPerSecond)} rows/s; ratio ${r.ratio.toFixed(2)}x ` +
        `(aim <= 2x: ${r.ratio <= 2 ? 'met' : 'NOT met'})`,
    );
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runParseBench();
}
