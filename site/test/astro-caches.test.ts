// Astro's cache folders, one per content folder built (site/src/lib/astro-caches.ts): the
// build keeps the most recently used and removes the rest once unused for a day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CACHE_UNUSED_MS,
  KEEP_RECENT_CACHES,
  markCacheUsed,
  pruneAstroCaches,
} from '../src/lib/astro-caches.ts';

const HOUR = 60 * 60 * 1000;
const NOW = Date.parse('2026-12-07T12:00:00Z');

test('caches beyond the most recently used go once unused for a day; nothing else under .astro/', () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-caches-'));
  try {
    // Twelve caches, one used each hour before now, from cache 0 (now) to cache 11 (11 h
    // ago), and four more used two to five days ago.
    const name = (i: number) => i.toString(16).padStart(12, 'a');
    for (let i = 0; i < 16; i++) {
      const hoursAgo = i < 12 ? i : 24 * (i - 10);
      const dir = join(root, name(i));
      mkdirSync(dir);
      writeFileSync(join(dir, 'data-store.json'), '{}');
      markCacheUsed(dir, new Date(NOW - hoursAgo * HOUR));
    }
    // What the build keeps there besides caches: its stage folder, its lock, any file.
    mkdirSync(join(root, 'builds', '123'), { recursive: true });
    mkdirSync(join(root, 'build.lock'));
    writeFileSync(join(root, 'abcdefabcdef'), 'a file named like a cache');
    markCacheUsed(join(root, 'builds'), new Date(NOW - 30 * 24 * HOUR));

    const removed = pruneAstroCaches(root, NOW);
    // The 8 most recent stay; of the rest, those used within the day (8 to 11 h ago) stay too.
    assert.equal(KEEP_RECENT_CACHES, 8);
    assert.equal(CACHE_UNUSED_MS, 24 * HOUR);
    assert.deepEqual(removed.sort(), [12, 13, 14, 15].map(name).sort());
    assert.deepEqual(
      readdirSync(root).sort(),
      [
        ...Array.from({ length: 12 }, (_, i) => name(i)),
        'abcdefabcdef',
        'build.lock',
        'builds',
      ].sort(),
    );
    // A second pass a day later: only the 8 most recent are left.
    const later = pruneAstroCaches(root, NOW + 24 * HOUR + 1);
    assert.deepEqual(later.sort(), [8, 9, 10, 11].map(name).sort());
    assert.ok(existsSync(join(root, 'builds', '123')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a missing .astro/ folder is no error', () => {
  assert.deepEqual(pruneAstroCaches(join(tmpdir(), 'rendir-no-such-folder-x9')), []);
});
