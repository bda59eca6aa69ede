// Where the page's main thread spends its time during a load, from V8's sampling profiler
// (BENCH_PROFILE=1 in a bench): the functions with the most self time, with their place
// in the served file, and what ran inside each long task, so that a long task can be
// traced to the code behind it.
import type { CDPSession } from 'playwright-core';
import type { TracedTask } from './main-thread-tasks.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

const frameName = ({ callFrame: frame }: ProfileNode) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^https?:\/\/[^/]+\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;

const lines = (times: Map<string, number>, count: number) =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`);

/**
 * The `count` functions with the most self time (`12.5 ms name file.js:1:2345`), and for
 * each of `tasks` (from the trace: the profile's clock is the trace's) the functions with
 * the most time inside it, callees included, then by self time.
 */
export async function stopProfile(
  cdp: CDPSession,
  count = 15,
  tasks: readonly TracedTask[] = [],
): Promise<{ self: string[]; tasks: string[][] }> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<string, number>();
  const inside = tasks.map(() => new Map<string, number>());
  const insideSelf = tasks.map(() => new Map<string, number>());
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += profile.timeDeltas[i] ?? 0;
    const key = frameName(byNode.get(id)!);
    self.set(key, (self.get(key) ?? 0) + ms);
    const t = tasks.findIndex((task) => at >= task.from && at <= task.to);
    if (t < 0) return;
    insideSelf[t].set(key, (insideSelf[t].get(key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = frameName(byNode.get(node)!);
      if (seen.has(name) || name.startsWith('(root)')) continue;
      seen.add(name);
      inside[t].set(name, (inside[t].get(name) ?? 0) + ms);
    }
  });
  return {
    self: lines(self, count),
    tasks: inside.map((times, t) => [
      ...lines(times, count),
      'self time:',
      ...lines(insideSelf[t], count),
    ]),
  };
}
