// What keeps `rendir build`'s memory down (issue #14: a 20,000-line budget under 500 MB for
// the whole build; bench/budget-build.bench.ts measures it). Transparent huge pages are off
// for the build: with them, the arena of Vite's bundler held 210-230 MB more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/rendir.ts', import.meta.url));
const template = fileURLToPath(new URL('../template', import.meta.url));
const status = '/proc/self/status';
// Linux 5.0 and later say whether a process may have transparent huge pages.
const thpKnown = existsSync(status) && /^THP_enabled:/m.test(readFileSync(status, 'utf8'));

test(
  'rendir build runs with transparent huge pages off, and its pages are built',
  { skip: !thpKnown && 'no THP_enabled in /proc/self/status' },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'rendir-memory-'));
    // Says, as the build's process ends, whether it could still have huge pages.
    const probe = join(dir, 'thp-probe.mjs');
    writeFileSync(
      probe,
      `import { readFileSync } from 'node:fs';
process.on('exit', () => {
  const on = /^THP_enabled:\\s*(\\d)/m.exec(readFileSync('/proc/self/status', 'utf8'))[1];
  process.stderr.write('\\nthp-enabled ' + on + '\\n');
});
`,
    );
    const out = join(dir, 'site');
    const { MIMALLOC_ALLOW_THP: _asSet, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      [...process.execArgv, '--import', probe, bin, 'build', '--content', template, '--out', out],
      {
        encoding: 'utf8',
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', RENDIR_SEARCH: '0' },
      },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.ok(existsSync(join(out, 'presupuesto', 'index.html')));
    assert.match(run.stderr, /thp-enabled 0\n/);
    rmSync(dir, { recursive: true, force: true });
  },
);
