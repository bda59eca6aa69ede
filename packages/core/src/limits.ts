/**
 * Every limit Rendir puts on untrusted input, in one place: the build, `rendir check` and
 * the widgets read the same numbers, and a site may raise them (site.yaml `limits:`).
 * Browser-safe. Past a limit the reader gets an error naming the limit, never a hang.
 */
import { contentError } from './errors.ts';
import type { ContentError } from './types.ts';
import { msg, type MessageRef } from './message.ts';

export interface Limits {
  /** Bytes of one data file, local or remote (inline data counts its text). */
  maxFileBytes: number;
  /** Columns in one CSV file. */
  maxColumns: number;
  /** Characters in one CSV cell (a spreadsheet cell holds at most 32,767). */
  maxCellChars: number;
  /** Bytes of an MDX front matter block or of site.yaml. */
  maxYamlBytes: number;
  /** YAML aliases (`*name`) in one document: an alias bomb needs many. */
  maxYamlAliases: number;
  /** Characters of a report's, page's or data set's title. */
  maxTitleChars: number;
  /** Milliseconds a widget's CSV reader may run before it is stopped. */
  parseBudgetMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 100 * 1024 * 1024,
  maxColumns: 1000,
  maxCellChars: 32767,
  maxYamlBytes: 256 * 1024,
  maxYamlAliases: 100,
  maxTitleChars: 300,
  parseBudgetMs: 30_000,
});

/**
 * The names a site may set in `site.yaml` (`limits: { max_columns: 2000 }`); the widgets'
 * parse budget is not among them (widgets are embedded without a site.yaml).
 */
export const LIMIT_KEYS: Readonly<Record<string, keyof Limits>> = Object.freeze({
  max_file_bytes: 'maxFileBytes',
  max_columns: 'maxColumns',
  max_cell_chars: 'maxCellChars',
  max_yaml_bytes: 'maxYamlBytes',
  max_yaml_aliases: 'maxYamlAliases',
  max_title_chars: 'maxTitleChars',
});

/** Limits from site.yaml's `limits:` map (`max_columns: 2000`), over the defaults. */
export function limitsFromSite(own: Readonly<Record<string, unknown>> = {}): Limits {
  const mapped: Partial<Limits> = {};
  for (const [key, name] of Object.entries(LIMIT_KEYS)) {
    const value = Object.hasOwn(own, key) ? own[key] : undefined;
    if (typeof value === 'number') mapped[name] = value;
  }
  return resolveLimits(mapped);
}

/** The defaults with a site's own values over them (positive whole numbers only). */
export function resolveLimits(own: Partial<Limits> = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    if (!Object.hasOwn(own, key)) continue;
    const value = own[key];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) out[key] = value;
  }
  return out;
}

/**
 * Fields in the first line of a CSV text (quotes respected), with the delimiter the
 * header decides (core `detectDelimiter` rule: the most frequent of , ; tab |). Counted
 * before a file is parsed, so that 100,000 columns are refused at once, not read.
 */
export function headerColumns(text: string, delimiter?: string): number {
  let end = 0;
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  for (; end < text.length; end++) {
    const ch = text[end];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && Object.hasOwn(counts, ch)) counts[ch]++;
  }
  return (delimiter ? (counts[delimiter] ?? 0) : Math.max(...Object.values(counts))) + 1;
}

/** A problem with a limit: the file, what passed it and where. */
export function limitError(
  file: string,
  code: string,
  message: MessageRef,
  expected: MessageRef,
  at: { line?: number; column?: number } = {},
): ContentError {
  return contentError({ file, code, message, expected, ...at });
}

/** A file (or inline or remote data) larger than `limits.maxFileBytes`. */
export function fileTooLarge(file: string, bytes: number, limits: Limits): ContentError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return limitError(
    file,
    'limit.file_bytes',
    msg('limits.file_bytes', { size: mb(bytes), max: mb(limits.maxFileBytes) }),
    msg('limits.file_bytes.expected', { max: mb(limits.maxFileBytes) }),
  );
}

/** A title longer than `limits.maxTitleChars`. */
export function titleTooLong(
  file: string,
  line: number,
  column: number,
  length: number,
  limits: Limits,
): ContentError {
  return limitError(
    file,
    'limit.title',
    msg('limits.title_chars', { length, max: limits.maxTitleChars }),
    msg('limits.title_chars.expected', { max: limits.maxTitleChars }),
    { line, column },
  );
}
