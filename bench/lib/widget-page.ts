// What a widget bench in Chromium sets up: its pages and files served from 127.0.0.1 with
// the script-tag bundles beside them (as a CMS page loads them), the traced tasks of its
// loads in a few lines, and the machine's load, which its wall-clock figures depend on.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import type { BuiltBundles } from './bundles.ts';
import { describeTasks, summariseTasks, type TracedTask } from './main-thread-tasks.ts';

/** Answers 200 with `body`, never cached (each load of a bench fetches again). */
export type Send = (type: string, body: string | Uint8Array) => void;

/** A bench's own files: answers the request and returns true, or false for a 404. */
export type Routes = (url: URL, send: Send, res: ServerResponse) => boolean;

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): void;
}

/** Serves `bundles` and what `routes` answers, each response with `headers` too. */
export async function serveBenchPages(
  bundles: BuiltBundles,
  routes: Routes,
  headers: Record<string, string> = {},
): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send: Send = (type, body) => {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    };
    const built = bundles.served(url.pathname);
    if (built) return send('text/javascript', built);
    if (!routes(url, send, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Several loads' traced tasks: the longest (two lines), then each load's, indented. */
export function tasksReport(loads: readonly (readonly TracedTask[])[]): string {
  return [
    `  ${summariseTasks(loads)}`,
    ...loads.map((tasks, i) => `    load ${i + 1}: ${describeTasks(tasks)}`),
  ].join('\n');
}

export function machineLoad(): string {
  return `machine load average   ${loadavg()[0].toFixed(1)} (${cpus().length} CPUs): figures vary with it`;
}
