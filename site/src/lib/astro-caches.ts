// Astro's caches, one folder per content folder, sanitiser and base (astro.config.ts), under
// site/node_modules/.astro/. Each content folder ever built left one behind (every temporary
// folder a test builds), so the build keeps the most recently used and removes the rest once
// unused for a day. Nothing is lost by removing one but the time to fill it again.
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

/** A cache's folder name: the first 12 hex digits of its key (not `builds`, `build.lock`). */
const CACHE_NAME = /^[0-9a-f]{12}$/;
/** Caches kept whatever their age: the most recently used. */
export const KEEP_RECENT_CACHES = 8;
/** Beyond those, a cache unused for this long is removed. */
export const CACHE_UNUSED_MS = 24 * 60 * 60 * 1000;

/** Marks the cache folder `dir` used now (its modification time), creating it if needed. */
export function markCacheUsed(dir: string, now = new Date()): void {
  mkdirSync(dir, { recursive: true });
  utimesSync(dir, now, now);
}

/**
 * Removes the caches under `root` beyond the `KEEP_RECENT_CACHES` most recently used that
 * have gone unused for `CACHE_UNUSED_MS`. Run inside the build lock (build-lock.ts): no other
 * build is then using one. Returns the names removed.
 */
export function pruneAstroCaches(root: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => CACHE_NAME.test(name));
  } catch {
    return [];
  }
  const used = names
    .flatMap((name) => {
      try {
        const stat = statSync(join(root, name));
        return stat.isDirectory() ? [{ name, used: stat.mtimeMs }] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.used - a.used);
  const removed = used
    .slice(KEEP_RECENT_CACHES)
    .filter((cache) => now - cache.used > CACHE_UNUSED_MS)
    .map((cache) => cache.name);
  for (const name of removed) rmSync(join(root, name), { recursive: true, force: true });
  return removed;
}
