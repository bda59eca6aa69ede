/**
 * The content folder is a boundary: every file the generator reads or copies from it goes
 * through here. After following links a file must lie inside the real content folder and
 * be a regular file; a link out of the folder (to `/proc/self/environ`, `~/.ssh/id_rsa`, a
 * file beside the checkout), a device, a socket or a FIFO is refused with an error naming
 * the file, and its target is never opened. Node only.
 */
import { constants, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { contentError } from './errors.ts';
import { DEFAULT_LIMITS, fileTooLarge, resolveLimits, type Limits } from './limits.ts';
import type { ContentError } from './types.ts';
import { msg, type MessageRef } from './message.ts';

/** A content file refused by the boundary; `problem` is the error to report. */
export class ContentFileError extends Error {
  readonly problem: ContentError;
  constructor(problem: ContentError) {
    // Said to a developer: the reader is told through `problem`, in their language.
    super(`${problem.file}: ${problem.code}`);
    this.name = 'ContentFileError';
    this.problem = problem;
  }
}

const KEEP_INSIDE = msg('content.outside_folder.expected');

function refused(file: string, code: string, message: MessageRef): ContentError {
  return contentError({ file, code, expected: KEEP_INSIDE, message });
}

const outside = (file: string) => refused(file, 'content.outside', msg('content.outside'));
const brokenLink = (file: string) =>
  refused(file, 'content.broken_link', msg('content.broken_link'));
const notRegular = (file: string) =>
  refused(file, 'content.not_regular', msg('content.not_regular'));
const badName = (file: string) => refused(file, 'content.bad_path', msg('content.bad_path'));
const missing = (file: string) => refused(file, 'content.missing', msg('content.missing'));

/** A path relative to the content folder, `/`-separated, that cannot climb out of it. */
function isContentRelative(file: string): boolean {
  if (file === '' || file.includes('\0') || isAbsolute(file) || /^[a-zA-Z]:/.test(file))
    return false;
  return file.split(/[/\\]/).every((part) => part !== '..');
}

function realRoot(root: string): string {
  return realpathSync(root);
}

function inside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

export type Resolved = { path: string; stats: Stats } | { problem: ContentError };

/**
 * Where content file `file` (relative to `root`, e.g. `datasets/env.csv`) really is, when
 * it may be read: inside the real content folder after every link, and a regular file.
 */
export function resolveContentFile(root: string, file: string): Resolved {
  if (!isContentRelative(file)) return { problem: badName(file) };
  const given = join(root, file);
  let link: Stats;
  try {
    link = lstatSync(given);
  } catch {
    return { problem: missing(file) };
  }
  let real: string;
  try {
    real = realpathSync(given);
  } catch {
    return { problem: link.isSymbolicLink() ? brokenLink(file) : missing(file) };
  }
  if (!inside(real, realRoot(root))) return { problem: outside(file) };
  const stats = statSync(real);
  if (!stats.isFile()) return { problem: notRegular(file) };
  return { path: real, stats };
}

/** The problem that keeps `file` out of the site, or undefined when it may be read. */
export function contentFileProblem(root: string, file: string): ContentError | undefined {
  const found = resolveContentFile(root, file);
  return 'problem' in found ? found.problem : undefined;
}

/** Whether a name exists in the content folder (a dangling link counts: it is reported). */
export function contentEntryExists(root: string, file: string): boolean {
  if (!isContentRelative(file)) return false;
  try {
    lstatSync(join(root, file));
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes of content file `file`, or a ContentFileError. The file is opened without
 * following a last link and without blocking (a FIFO swapped in after the check is
 * refused, not waited on), and checked again once open.
 */
export async function readContentFile(
  root: string,
  file: string,
  limits: Pick<Limits, 'maxFileBytes'> = DEFAULT_LIMITS,
): Promise<Uint8Array> {
  const found = resolveContentFile(root, file);
  if ('problem' in found) throw new ContentFileError(found.problem);
  if (found.stats.size > limits.maxFileBytes)
    throw new ContentFileError(fileTooLarge(file, found.stats.size, resolveLimits(limits)));
  const handle = await open(
    found.path,
    constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0),
  );
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.ino !== found.stats.ino || stats.dev !== found.stats.dev)
      throw new ContentFileError(notRegular(file));
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** The text (UTF-8) of content file `file`, or a ContentFileError. */
export async function readContentText(
  root: string,
  file: string,
  limits: Pick<Limits, 'maxFileBytes'> = DEFAULT_LIMITS,
): Promise<string> {
  return new TextDecoder().decode(await readContentFile(root, file, limits));
}

export interface ContentListing {
  /** Content-relative paths of the regular files that may be read, sorted. */
  files: string[];
  /** Entries refused: links out of the folder, special files. */
  problems: ContentError[];
}

/**
 * The files under content folder `sub` (e.g. `media`), every level down when `recursive`.
 * A sub-folder that is a link out of the content folder is one problem, not walked.
 */
export function listContentFiles(
  root: string,
  sub: string,
  options: { recursive?: boolean; filter?: (name: string) => boolean } = {},
): ContentListing {
  const out: ContentListing = { files: [], problems: [] };
  if (!isContentRelative(sub) || !contentEntryExists(root, sub)) return out;
  const rootReal = realRoot(root);
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(join(root, dir));
    } catch {
      out.problems.push(brokenLink(dir));
      return;
    }
    if (!inside(real, rootReal)) {
      out.problems.push(outside(dir));
      return;
    }
    // A link to a folder above it would walk for ever.
    if (!statSync(real).isDirectory() || seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(real).sort()) {
      const file = `${dir}/${name}`;
      let isDir = false;
      try {
        isDir = statSync(join(root, file)).isDirectory();
      } catch {
        // a dangling link: resolveContentFile names it below
      }
      if (isDir) {
        if (options.recursive) walk(file);
        continue;
      }
      if (options.filter && !options.filter(name)) continue;
      const problem = contentFileProblem(root, file);
      if (problem) out.problems.push(problem);
      else out.files.push(file);
    }
  };
  walk(sub);
  return out;
}

/**
 * Copies the files under content folder `sub` into `target` as regular files (their bytes,
 * never a link), every level down. A refused entry throws a ContentFileError before
 * anything is written. Returns the number of files copied.
 */
export async function copyContentFiles(root: string, sub: string, target: string): Promise<number> {
  const listing = listContentFiles(root, sub, { recursive: true });
  if (listing.problems.length) throw new ContentFileError(listing.problems[0]);
  for (const file of listing.files) {
    const to = join(target, file.slice(sub.length + 1));
    await mkdir(dirname(to), { recursive: true });
    // Media are copied, never parsed: no size limit (a long report's PDF is large).
    await writeFile(to, await readContentFile(root, file, { maxFileBytes: Infinity }));
  }
  return listing.files.length;
}
