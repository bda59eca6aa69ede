// npm run dev's watcher: which files rebuild the widget bundles, and that edits made
// during a rebuild bring exactly one more.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { altersBundle, watchSources } from './dev.ts';

describe('npm run dev: widget bundles rebuilt from source', () => {
  it('rebuilds for component and core sources, not for tests, stories or fixtures', () => {
    assert.equal(altersBundle('budget-viewer/budget-viewer.ts'), true);
    assert.equal(altersBundle('platform/theme.css'), true);
    assert.equal(altersBundle('budget-viewer/budget-viewer.test.ts'), false);
    assert.equal(altersBundle('budget-viewer/budget-viewer.stories.ts'), false);
    assert.equal(altersBundle('dataset/fixtures/contratos.ts'), false);
    assert.equal(altersBundle('dataset/test-support/server.ts'), false);
    assert.equal(altersBundle('README.md'), false);
  });

  it('a file written under a watched folder starts a rebuild', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rendir-dev-'));
    let rebuilt!: () => void;
    const called = new Promise<void>((resolve) => (rebuilt = resolve));
    const watcher = watchSources([dir], async () => rebuilt());
    try {
      writeFileSync(join(dir, 'widget.ts'), 'export const a = 1;\n');
      await called;
      await watcher.idle();
    } finally {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the events of one save make one rebuild', async () => {
    let builds = 0;
    const watcher = watchSources([], async () => {
      builds++;
    });
    watcher.changed('a.ts');
    watcher.changed('a.ts');
    watcher.changed('b.ts');
    await watcher.idle();
    assert.equal(builds, 1);
  });

  it('changes during a rebuild make one more, never two at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rendir-dev-'));
    let builds = 0;
    let running = 0;
    let most = 0;
    let release!: () => void;
    const firstHeld = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const watcher = watchSources([dir], async () => {
      builds++;
      most = Math.max(most, ++running);
      if (builds === 1) {
        started();
        await firstHeld;
      }
      running--;
    });
    try {
      watcher.changed('a.ts');
      await firstStarted;
      watcher.changed('b.ts');
      watcher.changed('c.test.ts');
      watcher.changed('d.ts');
      release();
      await watcher.idle();
      assert.equal(builds, 2);
      assert.equal(most, 1);
      watcher.changed('e.test.ts');
      await watcher.idle();
      assert.equal(builds, 2, 'a test file rebuilds nothing');
    } finally {
      watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
