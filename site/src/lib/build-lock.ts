// One Astro build at a time per installation of the site. Every build writes the same files
// under site/.astro/ (content-modules.mjs, content-assets.mjs) and, for one content folder,
// the same data store, each through a fixed `<file>.tmp` and a rename: two builds at once
// could rename each other's file away (ENOENT inside Astro's UnknownFilesystemError). So a
// second build waits for the first, and says so.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The variable a build sets for the processes it starts (its dated copies): they run
 * inside its turn, so they must not wait for it. */
export const LOCK_HOLDER_ENV = 'RENDIR_BUILD_LOCK_HOLDER';

export interface BuildLockOptions {
  /** Told once when another build holds the lock, with that build's process id. */
  onWait?: (holder: number) => void;
  /** How often the holder is looked at while waiting (ms). */
  pollMs?: number;
}

/** Tries in a row that find a lock folder naming no holder before giving up. */
const NAMELESS_TRIES = 500;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Puts a folder holding our pid at `lock` in one step (rename), or says it is taken. */
function take(lock: string): boolean {
  const mine = `${lock}.${process.pid}`;
  rmSync(mine, { recursive: true, force: true });
  mkdirSync(mine, { recursive: true });
  writeFileSync(join(mine, 'pid'), String(process.pid));
  try {
    renameSync(mine, lock);
    return true;
  } catch (error) {
    rmSync(mine, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Moves the lock folder to a name of our own in one step, so no other process ever sees it
 * half removed; undefined if it was already gone.
 */
function renameAside(lock: string, why: string): string | undefined {
  const aside = `${lock}.${why}.${process.pid}`;
  rmSync(aside, { recursive: true, force: true });
  try {
    renameSync(lock, aside);
    return aside;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Gives our lock back: aside first, then deleted there. */
function moveAway(lock: string): void {
  const aside = renameAside(lock, 'gone');
  if (aside) rmSync(aside, { recursive: true, force: true });
}

/**
 * Takes over a lock whose holder `dead` no longer runs. Between looking and moving it, the
 * lock may have changed hands; a live holder's lock moved by mistake is put back.
 */
function takeOverFrom(lock: string, dead: number): void {
  const aside = renameAside(lock, 'stale');
  if (!aside) return;
  if (holderOf(aside) === dead) rmSync(aside, { recursive: true, force: true });
  else
    try {
      renameSync(aside, lock);
    } catch {
      rmSync(aside, { recursive: true, force: true });
    }
}

/**
 * Runs `work` while holding the lock folder `lock`, which appears whole with its holder's
 * pid inside (a rename onto a folder that holds a file fails) and leaves whole (renamed
 * away before it is deleted). A lock left by a process that no longer exists (killed
 * mid-build) is taken over. A process started by the holder (LOCK_HOLDER_ENV) runs at once.
 */
export async function withBuildLock<T>(
  lock: string,
  work: () => Promise<T>,
  { onWait, pollMs = 200 }: BuildLockOptions = {},
): Promise<T> {
  const inherited = Number(process.env[LOCK_HOLDER_ENV]);
  if (inherited && holderOf(lock) === inherited) return work();
  let told = false;
  let unnamed = 0;
  while (!take(lock)) {
    const holder = holderOf(lock);
    // Gone since we tried (its holder moved it away): try again. A folder there that never
    // names a holder is not a lock this code made; after a long wait it is said, not removed.
    if (holder === undefined) {
      if (++unnamed > NAMELESS_TRIES) throw new Error(`${lock} names no build; remove it.`);
      await sleep(Math.min(pollMs, 20));
      continue;
    }
    unnamed = 0;
    // Left by a build that no longer runs (killed mid-build).
    if (!isAlive(holder)) {
      takeOverFrom(lock, holder);
      continue;
    }
    if (!told) onWait?.(holder);
    told = true;
    await sleep(pollMs);
  }
  const before = process.env[LOCK_HOLDER_ENV];
  process.env[LOCK_HOLDER_ENV] = String(process.pid);
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env[LOCK_HOLDER_ENV];
    else process.env[LOCK_HOLDER_ENV] = before;
    if (holderOf(lock) === process.pid) moveAway(lock);
  }
}
