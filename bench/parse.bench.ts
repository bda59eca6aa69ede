// Parse benchmark: our typed, validated read (`readBudget`) against papaparse's bare
// `header: true` parse of the same text, on 100,000 and 1,000,000-row budget files
// (`;`, es numbers, 10 columns). Aim: at most 2x papaparse.
// Run: node bench/parse.bench.ts   (files are generated once into bench/.data/)
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { readBudget } from '../packages/core/src/index.ts';
import { ensureBudgetFile } from './lib/budget-data.ts';

const here = dirname(fileURLToPath(import.meta.url));

export interface ParseBenchResult {
  rows: number;
  megabytes: number;
  /** Best wall-clock times. */
  oursMs: number;
  papaMs: number;
  oursRowsPerSecond: number;
  papaRowsPerSecond: number;
  /** ours / papaparse wall time: 1.5 means our read takes 1.5x as long. */
  ratio: number;
  /** Best CPU times of the process, and their ratio. */
  oursCpuMs: number;
  papaCpuMs: number;
  cpuRatio: number;
}

// A full collection between runs, so that no run pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds of this process (all threads): steadier on a shared machine. */
  cpu: number;
}

function time(fn: () => void): Timing {
  collect();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

function min(a: Timing, b: Timing): Timing {
  return { wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) };
}

/** Best times of each, runs interleaved so that a busy machine weighs on both alike. */
function bestOfInterleaved(runs: number, a: () => void, b: () => void): [Timing, Timing] {
  let bestA: Timing = { wall: Infinity, cpu: Infinity };
  let bestB: Timing = { wall: Infinity, cpu: Infinity };
  for (let i = 0; i < runs; i++) {
    bestA = min(bestA, time(a));
    bestB = min(bestB, time(b));
  }
  return [bestA, bestB];
}

function benchOne(rows: number, runs: number): ParseBenchResult {
  const text = ensureBudgetFile(join(here, '.data', `budget-${rows}.csv`), rows);
  let ours = 0;
  let papa = 0;
  const [ours_, papa_] = bestOfInterleaved(
    runs,
    () => {
      const r = readBudget(text, { file: 'budget.csv', levels: ['Sector', 'Entidad', 'Programa'] });
      if (r.errors.length > 0) throw new Error(`unexpected errors: ${r.errors[0].code}`);
      ours = r.records.length;
    },
    () => {
      papa = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data
        .length;
    },
  );
  if (ours !== rows || papa !== rows)
    throw new Error(`row counts differ: ours ${ours}, papaparse ${papa}`);
  return {
    rows,
    megabytes: text.length / 1e6,
    oursMs: ours_.wall,
    papaMs: papa_.wall,
    oursRowsPerSecond: Math.round((rows / ours_.wall) * 1000),
    papaRowsPerSecond: Math.round((rows / papa_.wall) * 1000),
    ratio: ours_.wall / papa_.wall,
    oursCpuMs: ours_.cpu,
    papaCpuMs: papa_.cpu,
    cpuRatio: ours_.cpu / papa_.cpu,
  };
}

export async function runParseBench(
  sizes: readonly number[] = [100_000, 1_000_000],
): Promise<ParseBenchResult[]> {
  const results: ParseBenchResult[] = [];
  // Warm-up so both sides run optimised code.
  benchOne(10_000, 3);
  for (const rows of sizes) {
    const r = benchOne(rows, rows >= 1_000_000 ? 3 : 7);
    results.push(r);
    const fmt = (n: number) => n.toLocaleString('en');
    console.log(
      `${fmt(rows)} rows (${r.megabytes.toFixed(1)} MB): ` +
        `readBudget ${r.oursMs.toFixed(0)} ms = ${fmt(r.oursRowsPerSecond)} rows/s; ` +
        `papaparse header:true ${r.papaMs.toFixed(0)} ms = ${fmt(r.papaRowsPerSecond)} rows/s; ` +
        `ratio ${r.ratio.toFixed(2)}x wall, ${r.cpuRatio.toFixed(2)}x CPU ` +
        `(${r.oursCpuMs.toFixed(0)} / ${r.papaCpuMs.toFixed(0)} ms); aim <= 2x: ${r.ratio <= 2 ? 'met' : 'NOT met'}`,
    );
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runParseBench();
}
