/**
 * Untrusted text going out (links; CSV downloads are in csv-download.ts), and files that
 * are not CSV coming in.
 */
import { contentError } from './errors.ts';
import type { ContentError } from './types.ts';
import { msg } from './message.ts';

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
/** Control characters or spaces inside a URL: browsers strip some, so refuse them all. */
function hasControlOrSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * The URL when it may be made clickable (absolute `http:`, `https:` or `mailto:`),
 * else undefined. `javascript:`, `data:`, relative and malformed URLs are refused.
 */
export function safeUrl(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (s === '' || hasControlOrSpace(s)) return undefined;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  return url.href;
}

/** Control characters no text file holds (tab, line ends and form feed excepted). */
function isBinaryChar(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
}

/**
 * Why the start of a file (already decoded) is not a CSV at all, or undefined: binary
 * (a NUL or many control characters), or, when the reader needs several columns, no
 * `,` `;` tab or `|` in its first line. The error quotes nothing of the file, so a
 * wrong file (an image, a key, /etc/passwd) is never echoed into a build log.
 */
export function notACsv(
  head: string,
  file: string,
  options: { severalColumns?: boolean } = {},
): ContentError | undefined {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code === 0) return notCsvError(file, 'csv.binary');
    if (isBinaryChar(code)) control++;
  }
  if (control > head.length / 50) return notCsvError(file, 'csv.binary');
  if (!options.severalColumns) return undefined;
  const first = head.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  if (!/[,;\t|]/.test(first)) return notCsvError(file, 'csv.no_delimiter');
  return undefined;
}

function notCsvError(file: string, code: 'csv.binary' | 'csv.no_delimiter'): ContentError {
  const binary = code === 'csv.binary';
  return contentError({
    file,
    line: binary ? 0 : 1,
    code,
    message: binary ? msg('security.binary') : msg('security.no_delimiter'),
    expected: msg('security.not_csv.expected'),
  });
}

/**
 * A record's own field, never one inherited: on a page whose `Object.prototype` another
 * script has polluted (`Object.prototype.url = …`), a field the data lacks stays absent
 * instead of becoming the polluted value. Read optional fields of data this way.
 */
export function ownField<T extends object, K extends keyof T>(record: T, key: K): T[K] | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Makes every plain object in `value` prototype-less, in place (arrays are walked, other
 * objects left alone), and returns it. Applied where data enters a widget (the readers'
 * results, parsed JSON), so that a missing field reads as missing even on a page whose
 * `Object.prototype` is polluted. Records arriving from a worker are plain again after
 * the structured clone: this runs on the receiving side.
 */
export function withoutPrototypes<T>(value: T): T {
  const steps = withoutPrototypesSteps(value);
  while (!steps.next().done);
  return value;
}

/**
 * `withoutPrototypes` as steps: it yields every thousand objects, so that a widget can let
 * the browser paint while 10,000 records arrive (its `runInSlices`); the result is the same.
 */
export function* withoutPrototypesSteps<T>(value: T): Generator<void, T> {
  const stack: unknown[] = [value];
  const arrays = new WeakSet<unknown[]>();
  let done = 0;
  while (stack.length) {
    if ((++done & 1023) === 0) yield;
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      if (arrays.has(item)) continue;
      arrays.add(item);
      for (const element of item)
        if (typeof element === 'object' && element !== null) stack.push(element);
      continue;
    }
    if (Object.getPrototypeOf(item) !== Object.prototype) continue;
    Object.setPrototypeOf(item, null);
    for (const key in item) {
      const field = (item as Record<string, unknown>)[key];
      if (typeof field === 'object' && field !== null) stack.push(field);
    }
  }
  return value;
}

/**
 * A path inside the content folder as site.yaml writes it (`media/logo.svg`), normalised,
 * or undefined: never absolute, never `..`, no backslash (`\evil.example/x.svg` is a link
 * to another host once a browser reads `/\` as `//`), no scheme, no control character.
 */
export function contentRelativePath(raw: string): string | undefined {
  const path = raw.trim().replace(/^(\.\/)+/, '');
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    hasControlOrSpace(path.replace(/ /g, '_'))
  )
    return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return undefined;
  return path;
}
