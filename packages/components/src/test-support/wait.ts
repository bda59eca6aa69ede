/**
 * @open-wc/testing's waitUntil with patience: it gives up after 1 s by default, which a
 * shared 2-core machine under load can take to run one render. A time-out here only stops a
 * test that would never pass; it is never what a test checks.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const PATIENCE_MS = 60_000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: PATIENCE_MS, ...options });
}
