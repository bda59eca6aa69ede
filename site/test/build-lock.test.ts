// One build at a time per site installation (site/src/lib/build-lock.ts): builds share files
// under site/.astro/ that Astro writes through fixed temporary names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_HOLDER_ENV, withBuildLock } from '../src/lib/build-lock.ts';

const lockModule = fileURLToPath(new URL('../src/lib/build-lock.ts', import.meta.url));

function lockWith(pid: number): string {
  const lock = join(mkdtempSync(join(tmpdir(), 'rendir-lock-')), 'build.lock');
  mkdirSync(lock);
  writeFileSync(join(lock, 'pid'), String(pid));
  return lock;
}

test('eight processes asking at once take their turns, never two inside together', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-lock-'));
  const lock = join(dir, 'build.lock');
  const journal = join(dir, 'journal');
  writeFileSync(journal, '');
  // Each writes «in» and «out» around a pause: inside the lock, no other line comes between.
  const script = `
    import { appendFileSync } from 'node:fs';
    import { setTimeout as sleep } from 'node:timers/promises';
    const { withBuildLock } = await import(${JSON.stringify(lockModule)});
    await withBuildLock(${JSON.stringify(lock)}, async () => {
      appendFileSync(${JSON.stringify(journal)}, 'in ' + process.pid + '\\n');
      await sleep(20);
      appendFileSync(${JSON.stringify(journal)}, 'out ' + process.pid + '\\n');
    }, { pollMs: 20 });
  `;
  const codes = await Promise.all(
    Array.from({ length: 8 }, () => 0).map(
      () =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
            stdio: 'inherit',
          });
          child.on('close', done);
        }),
    ),
  );
  assert.deepEqual(
    codes,
    codes.map(() => 0),
  );
  const lines = readFileSync(journal, 'utf8').trim().split('\n');
  assert.equal(lines.length, 16);
  for (let i = 0; i < lines.length; i += 2) {
    const [enter, leave] = [lines[i].split(' '), lines[i + 1].split(' ')];
    assert.deepEqual([enter[0], leave[0], leave[1]], ['in', 'out', enter[1]], lines.join(' | '));
  }
  assert.ok(!existsSync(lock), 'the last one out leaves no lock');
  rmSync(dir, { recursive: true, force: true });
});

test('a lock left by a build that was killed is taken over', async () => {
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const lock = lockWith(Number(gone.stdout));
  let waited = false;
  const result = await withBuildLock(lock, async () => 'built', { onWait: () => (waited = true) });
  assert.equal(result, 'built');
  assert.equal(waited, false);
  assert.ok(!existsSync(lock));
});

test('a build waits while another holds the lock, and is told by whom', async () => {
  // Held by a process that runs (this one), as another build would.
  const lock = lockWith(process.pid);
  const told: number[] = [];
  const order: string[] = [];
  const waiting = withBuildLock(
    lock,
    async () => {
      order.push('second build');
    },
    {
      pollMs: 10,
      onWait: (holder) => {
        told.push(holder);
        order.push('first build ends');
        rmSync(lock, { recursive: true, force: true });
      },
    },
  );
  await waiting;
  assert.deepEqual(told, [process.pid]);
  assert.deepEqual(order, ['first build ends', 'second build']);
});

test('a process the holder started (a dated copy) runs inside its turn', async () => {
  const lock = lockWith(process.pid);
  process.env[LOCK_HOLDER_ENV] = String(process.pid);
  try {
    const result = await withBuildLock(lock, async () => 'copy built', {
      onWait: () => assert.fail('must not wait for its own parent'),
    });
    assert.equal(result, 'copy built');
    assert.ok(existsSync(lock), "the parent's lock is the parent's to remove");
  } finally {
    delete process.env[LOCK_HOLDER_ENV];
    rmSync(join(lock, '..'), { recursive: true, force: true });
  }
});

test('a failed build gives the lock back', async () => {
  const lock = join(mkdtempSync(join(tmpdir(), 'rendir-lock-')), 'build.lock');
  await assert.rejects(
    withBuildLock(lock, async () => {
      throw new Error('Astro failed');
    }),
    /Astro failed/,
  );
  assert.ok(!existsSync(lock));
  assert.equal(await withBuildLock(lock, async () => 'next build'), 'next build');
});
