import { expect } from '@open-wc/testing';
// Only the facade: in this file's page the runner is not loaded until the first call.
import { readOffMainThread, warmParser } from './parser.ts';

/** A budget large enough to be read in a worker. */
function budgetCsv(n: number): string {
  const lines = ['Vigencia;Sector;Programa;Apropiación vigente'];
  for (let i = 0; i < n; i++) lines.push(`2025;Educación;Programa ${i};${i + 1000},25`);
  return lines.join('\n') + '\n';
}

describe('the parser facade (the runner loads on first use)', () => {
  it('a warm-up asked before a read hands its worker to that read: one worker, not two', async () => {
    const RealWorker = globalThis.Worker;
    const started: string[] = [];
    globalThis.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(new URL(String(url)).pathname.split('/').pop()!);
      }
    };
    try {
      // As a widget does: warm while the CSV downloads, read once it has arrived.
      warmParser('budget');
      const result = await readOffMainThread(
        'budget',
        { main: budgetCsv(5000) },
        { file: 'presupuesto.csv', levels: ['Sector', 'Programa'] },
      );
      expect(result.records).to.have.length(5000);
      // A warm-up waits only for the runner's module: once that has loaded, every load of
      // it has settled, and a warm-up that came late has started the worker it should not.
      await import('./parser-runner.ts');
      expect(started).to.deep.equal(['budget.js']);
    } finally {
      globalThis.Worker = RealWorker;
    }
  });
});
