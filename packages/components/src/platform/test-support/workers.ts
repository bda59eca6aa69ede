/** Shared by the parser's browser tests: a page that refuses workers, and the page as it was. */
import { resetParserForTests } from '../parser-runner.ts';

/** Workers refused as a page with `worker-src 'none'` refuses them: an error event. */
class RefusedWorker extends EventTarget {
  constructor() {
    super();
    setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'refused' })));
  }
  postMessage() {}
  terminate() {}
}

const BROWSER_WORKER = globalThis.Worker;

/** From now on, every worker the page starts is refused. */
export function refuseWorkers(): void {
  globalThis.Worker = RefusedWorker as unknown as typeof Worker;
}

/** The browser's own workers again (`refuseWorkers` undone). */
export function allowWorkers(): void {
  globalThis.Worker = BROWSER_WORKER;
}

/** After each test: the browser's workers, and a parser that has forgotten what it chose. */
export function resetWorkers(): void {
  allowWorkers();
  resetParserForTests();
}
