// The memory of a whole command: the process and every process it starts (Pagefind's
// indexer, a dated copy's build), read from /proc while it runs (Linux only).
// Two figures: the largest sum of resident memory seen at one moment (sampled, so a peak
// shorter than the interval can be missed), and the sum of each process's own peak
// (the kernel's VmHWM, exact per process; an upper bound for the whole, as the processes'
// peaks need not coincide).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface ProcessPeak {
  pid: number;
  program: string;
  /** The kernel's peak resident set of this process (VmHWM), in KB. */
  peakKb: number;
}

export interface TreeMemory {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** The largest sum of VmRSS over the tree at one sample, in KB. */
  peakSumKb: number;
  /** Milliseconds from the start to that sample. */
  peakAtMs: number;
  /** Each process seen, with its own peak. */
  processes: ProcessPeak[];
  /** The lines it wrote (stdout and stderr), each with when it came, in ms from the start. */
  lines: { atMs: number; text: string }[];
  samples: number;
}

function readStatus(pid: number): { rssKb: number; hwmKb: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined; // gone between the listing and the read
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1]);
  const rssKb = field('VmRSS');
  // A process that has exited but not been reaped has no memory lines.
  if (Number.isNaN(rssKb)) return undefined;
  return { rssKb, hwmKb: field('VmHWM') };
}

/** The program a process runs, by its file name (`node`, `pagefind_extended`). */
function programOf(pid: number): string {
  try {
    return basename(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]);
  } catch {
    return ''; // gone
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (parent: number) => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children: string;
      try {
        children = readFileSync(`/proc/${parent}/task/${task}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

/** Runs `command` with `args` and samples its process tree's memory every `intervalMs`. */
export function measureTree(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; intervalMs?: number } = {},
): Promise<TreeMemory> {
  const started = performance.now();
  const child = spawn(command, args, { env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const lines: TreeMemory['lines'] = [];
  const collect = (into: Buffer[]) => {
    let partial = '';
    return (chunk: Buffer) => {
      into.push(chunk);
      const atMs = performance.now() - started;
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) lines.push({ atMs, text: line });
    };
  };
  child.stdout.on('data', collect(out));
  child.stderr.on('data', collect(err));
  const peaks = new Map<number, ProcessPeak>();
  let peakSumKb = 0;
  let peakAtMs = 0;
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of [child.pid, ...descendants(child.pid)]) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rssKb;
      // Read again each time: a child runs node's program until it calls exec.
      const program = programOf(pid) || peaks.get(pid)?.program || '?';
      peaks.set(pid, { pid, program, peakKb: status.hwmKb });
    }
    samples++;
    if (sum > peakSumKb) {
      peakSumKb = sum;
      peakAtMs = performance.now() - started;
    }
  };
  const timer = setInterval(sample, options.intervalMs ?? 10);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // The process is reaped before 'close': its last milliseconds are not sampled (its
    // own peak, VmHWM, is read at every sample, so only what it reached then is missed).
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        peakSumKb,
        peakAtMs,
        processes: [...peaks.values()],
        lines,
        samples,
      });
    });
  });
}
