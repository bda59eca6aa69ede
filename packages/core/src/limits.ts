/**
 * Every limit Rendir puts on untrusted input, in one place: the build, `rendir check` and
 * the widgets read the same numbers, and a site may raise them (site.yaml `limits:`).
 * Browser-safe. Past a limit the reader gets an error naming the limit, never a hang.
 */

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

/** The names a site may set in `site.yaml` (`limits: { max_columns: 2000 }`). */
export const LIMIT_KEYS: Readonly<Record<string, keyof Limits>> = Object.freeze({
  max_file_bytes: 'maxFileBytes',
  max_columns: 'maxColumns',
  max_cell_chars: 'maxCellChars',
  max_yaml_bytes: 'maxYamlBytes',
  max_yaml_aliases: 'maxYamlAliases',
  max_title_chars: 'maxTitleChars',
  parse_budget_ms: 'parseBudgetMs',
});

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

/** Characters of a value quoted in a message: enough to find it, too few to leak a file. */
export const MESSAGE_VALUE_CHARS = 40;

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print in a log line: control characters (newlines that would forge
 * another log line, terminal escape sequences) written as escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A value as a message quotes it: printable and cut to `max` characters with «…». */
export function boundedValue(value: string, max = MESSAGE_VALUE_CHARS): string {
  const chars = Array.from(value.length > max * 4 ? value.slice(0, max * 4) : value);
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  return printable(cut);
}
