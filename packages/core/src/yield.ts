// Its own module: the widgets' main bundles use it, and csv.ts would bring the CSV reader
// (and Papa Parse) along with it.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** The part of the web's MessageChannel used here (core is compiled without DOM types). */
interface YieldChannel {
  port1: { onmessage: (() => void) | null; close(): void };
  port2: { postMessage(message: null): void };
}

/**
 * Lets the page paint and handle input between batches (the widgets' `LoadContext.yield`
 * too). Not `setTimeout` where `scheduler.yield` is missing (Safari): browsers throttle
 * timers to once a second in background tabs, which would stall a large file.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel() as unknown as YieldChannel;
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
