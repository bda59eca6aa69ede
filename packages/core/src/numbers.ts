/**
 * Numbers as entities write them: `es` (1.234.567,89), `en` (1,234,567.89), plain
 * (1234567.89), with currency signs, `%`, and missing markers. Never a silent guess:
 * a value that reads differently in the two formats needs a format to decide it.
 */
import { compareDecimals } from './decimal.ts';
import { missingKind } from './missing.ts';
import type { MissingMarkers } from './missing.ts';
import type { ExactNumber, Missing, NumberFormat } from './types.ts';

export {
  isExactNumber,
  isMissing,
  isNumberError,
  type NumberError,
  type NumberErrorCode,
  type ParsedNumber,
} from './number-kinds.ts';
import { isExactNumber } from './number-kinds.ts';
import type { NumberError, NumberErrorCode, ParsedNumber } from './number-kinds.ts';

const NUMBER_FORMATS: readonly NumberFormat[] = ['es', 'en'];

export { missingKind } from './missing.ts';

// Internal result codes of the digit reader (a string is a canonical decimal).
const AMBIGUOUS = 1;
const INVALID = 2;
const MISMATCH = 3;
/** A group separator right after a leading zero (`0.500` in es): 500 or 0.5? */
const GROUP_AFTER_ZERO = 4;
type CoreResult = string | 1 | 2 | 3 | 4;

const CODE_OF: Record<1 | 2 | 3 | 4, NumberErrorCode> = {
  [AMBIGUOUS]: 'number.ambiguous',
  [INVALID]: 'number.invalid',
  [MISMATCH]: 'number.format_mismatch',
  [GROUP_AFTER_ZERO]: 'number.group_after_zero',
};

function isDigits(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Integer digits with group separators: first group 1-3 digits, the rest exactly 3. */
function validGroups(s: string, from: number, to: number, sep: number): boolean {
  let groupStart = from;
  let first = true;
  for (let i = from; i <= to; i++) {
    if (i === to || s.charCodeAt(i) === sep) {
      const len = i - groupStart;
      if (!isDigits(s, groupStart, i)) return false;
      if (first ? len < 1 || len > 3 : len !== 3) return false;
      first = false;
      groupStart = i + 1;
    }
  }
  return true;
}

/**
 * Valid groups, or GROUP_AFTER_ZERO when they are valid but the first starts with 0
 * (`0.234.567`): no one writes thousands that way, so it is a typo or a decimal point.
 */
function groupsResult(
  s: string,
  to: number,
  sep: number,
  format: NumberFormat | undefined,
): true | 2 | 4 {
  if (!validGroups(s, 0, to, sep)) return INVALID;
  // In the other format's groups (`0,000,070` in es) it is a format mismatch first.
  if (format !== undefined && sep !== (format === 'es' ? 46 : 44)) return true;
  return s.charCodeAt(0) === 48 && !zerosOnly(s, to) ? GROUP_AFTER_ZERO : true;
}

/** Whether `s[0, to)` has no digit but 0 (`0.000` is 0 however it is read). */
function zerosOnly(s: string, to: number): boolean {
  for (let i = 0; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 48 && c <= 57) return false;
  }
  return true;
}

/** Canonical decimal from digits (possibly with group separators) and fraction digits. */
// Fractional digits as written by the last successful read (`6,0` -> 1), for display.
let writtenScale = 0;

function canonical(neg: boolean, intDigits: string, frac: string): string {
  writtenScale = frac.length;
  let i = 0;
  while (i < intDigits.length - 1 && intDigits.charCodeAt(i) === 48) i++;
  if (i > 0) intDigits = intDigits.slice(i);
  if (intDigits === '') intDigits = '0';
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  if (end < frac.length) frac = frac.slice(0, end);
  const body = frac ? `${intDigits}.${frac}` : intDigits;
  return neg && body !== '0' ? `-${body}` : body;
}

// Reused character buffer: canonical strings of grouped numbers are built in one pass
// into one flat string. Concatenating slices would leave a tree of cons strings per
// amount, which a 10^6-row file keeps alive (and the garbage collector walks).
const CODES: number[] = [];

/**
 * Canonical decimal from `s[0, to)` holding digits and group separators `group`, and,
 * when `dec >= 0`, the fraction after `dec`. Leading zeros and trailing fractional zeros
 * are dropped.
 */
function groupedCanonical(s: string, neg: boolean, to: number, group: number, dec: number): string {
  const codes = CODES;
  codes.length = 0;
  if (neg) codes.push(45);
  let leading = true;
  for (let i = 0; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === group || (leading && c === 48)) continue;
    leading = false;
    codes.push(c);
  }
  if (leading) codes.push(48);
  let fracLen = 0;
  if (dec >= 0) {
    fracLen = s.length - dec - 1;
    let end = s.length;
    while (end > dec + 1 && s.charCodeAt(end - 1) === 48) end--;
    if (end > dec + 1) {
      codes.push(46);
      for (let i = dec + 1; i < end; i++) codes.push(s.charCodeAt(i));
    }
  }
  writtenScale = fracLen;
  if (neg && codes.length === 2 && codes[1] === 48) return '0';
  return String.fromCharCode.apply(null, codes);
}

const FALLBACK = 0;

/**
 * One pass for the common case, a value in the file's known format
 * (`1.234.567,89` for es): validates the groups and builds the canonical string at once.
 * Returns FALLBACK for anything unusual, which the general reader then decides.
 */
function readKnownFormat(s: string, neg: boolean, group: number, dec: number): string | 0 {
  const n = s.length;
  const codes = CODES;
  codes.length = 0;
  if (neg) codes.push(45);
  let groupLen = 0;
  let groups = 0;
  let leading = true;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      groupLen++;
      if (leading && c === 48) continue;
      leading = false;
      codes.push(c);
    } else if (c === group) {
      // A first group starting with 0 (`0.500`) is no thousands group: the general reader says why.
      const first = groups === 0;
      if (first ? groupLen < 1 || groupLen > 3 || s.charCodeAt(0) === 48 : groupLen !== 3)
        return FALLBACK;
      groups++;
      groupLen = 0;
    } else if (c === dec) break;
    else return FALLBACK;
  }
  if (groups === 0 && i === n) {
    // A plain integer: itself when already canonical (no copy), else the general reader.
    if (neg || n === 0 || s.charCodeAt(0) === 48) return FALLBACK;
    writtenScale = 0;
    return s;
  }
  if (i === 0 || (groups > 0 && groupLen !== 3)) return FALLBACK;
  if (leading) codes.push(48);
  let fracLen = 0;
  if (i < n) {
    fracLen = n - i - 1;
    if (fracLen === 0) return FALLBACK;
    let end = n;
    while (end > i + 1 && s.charCodeAt(end - 1) === 48) end--;
    for (let j = i + 1; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c < 48 || c > 57) return FALLBACK;
    }
    if (end > i + 1) {
      codes.push(46);
      for (let j = i + 1; j < end; j++) codes.push(s.charCodeAt(j));
    }
  }
  writtenScale = fracLen;
  if (neg && codes.length === 2 && codes[1] === 48) return '0';
  return String.fromCharCode.apply(null, codes);
}

/**
 * Reads `s` (only digits, `.` and `,`, already without sign) in `format`.
 * Returns a canonical decimal or a code.
 */
function readDigits(s: string, neg: boolean, format: NumberFormat | undefined): CoreResult {
  if (format !== undefined) {
    const fast =
      format === 'es' ? readKnownFormat(s, neg, 46, 44) : readKnownFormat(s, neg, 44, 46);
    if (fast !== FALLBACK) return fast;
  }
  const n = s.length;
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (c < 48 || c > 57) return INVALID;
  }
  if (n === 0) return INVALID;
  if (dots === 0 && commas === 0) return canonical(neg, s, '');
  if (dots > 0 && commas > 0) {
    const decIsComma = lastComma > lastDot;
    const dec = decIsComma ? lastComma : lastDot;
    const groupSep = decIsComma ? 46 : 44;
    // The decimal separator appears once, after every group separator.
    if ((decIsComma ? commas : dots) !== 1) return INVALID;
    if (!isDigits(s, dec + 1, n)) return INVALID;
    const groups = groupsResult(s, dec, groupSep, format);
    if (groups !== true) return groups;
    if (format === (decIsComma ? 'en' : 'es')) return MISMATCH;
    return groupedCanonical(s, neg, dec, groupSep, dec);
  }
  const sepIsComma = commas > 0;
  const count = sepIsComma ? commas : dots;
  const sepCode = sepIsComma ? 44 : 46;
  if (count > 1) {
    // Several of the same separator: they group thousands (`1.234.567` es, `1,234,567` en).
    const groups = groupsResult(s, n, sepCode, format);
    if (groups !== true) return groups;
    if (format === (sepIsComma ? 'es' : 'en')) return MISMATCH;
    return groupedCanonical(s, neg, n, sepCode, -1);
  }
  const at = sepIsComma ? lastComma : lastDot;
  const intLen = at;
  const fracLen = n - at - 1;
  if (!isDigits(s, at + 1, n) || (intLen > 0 && !isDigits(s, 0, at))) return INVALID;
  const groupShaped = fracLen === 3 && intLen >= 1 && intLen <= 3;
  if (groupShaped && s.charCodeAt(0) === 48 && !zerosOnly(s, n)) {
    // `0.500` in es, `0,251` in en: the file's group separator after a leading zero
    // reads 500 as thousands or 0.5 as a decimal; neither is a safe guess.
    if (format === (sepIsComma ? 'en' : 'es')) return GROUP_AFTER_ZERO;
  } else if (groupShaped) {
    // `1.234` or `1,234`: a thousands group in one format, a fraction in the other.
    if (format === undefined) return AMBIGUOUS;
    const asGroup = sepIsComma ? format === 'en' : format === 'es';
    if (asGroup) return groupedCanonical(s, neg, n, sepCode, -1);
    return canonical(neg, s.slice(0, at), s.slice(at + 1));
  }
  // A comma here can only be a decimal comma (es); a dot a decimal point (plain, always).
  if (sepIsComma && format === 'en') return MISMATCH;
  return canonical(neg, s.slice(0, at), s.slice(at + 1));
}

const CURRENCY_RE = /^(?:COL\$|COP\$|US\$|COP|USD|EUR|\$|€)/i;
const CURRENCY_END_RE = /(?:COP|USD|EUR|\$|€)$/i;
const SPACES_RE = /[\s\u00a0\u202f']/g;
/**
 * A space, line break or apostrophe between the characters of a number (`100 150`,
 * `1⏎234`): two numbers run together or one split, never a separator to delete. No-break
 * spaces are the exception, checked apart: formatting software writes them as groups.
 */
const SPACE_INSIDE_RE = /[\d.,][ \t\n\r\v\f']+[\d.,]/;
/** Digits with no-break spaces between them (`1 234 567`), each such run checked as groups. */
const NBSP_RUN_RE = /\d[\d\u00a0\u202f]*\d/g;
const NBSP_GROUPS_RE = /^[1-9]\d{0,2}(?:[\u00a0\u202f]\d{3})+$/;
/** Excel's scientific notation (`1,83403E+11`): the digits past the sixth are gone. */
const SCIENTIFIC_RE = /^\d+(?:[.,]\d+)?E[+-]?\d+$/i;

// Sign, percent and space problem of the last `clean()` call: module state rather than
// an object per cell, because this runs once per amount cell of 10^6-row files.
let cleanNeg = false;
let cleanPercent = false;
let cleanSpaceInside = false;

/** Whether whitespace sits between a number's characters, other than no-break-space groups. */
function hasSpaceInside(s: string): boolean {
  if (SPACE_INSIDE_RE.test(s)) return true;
  if (s.indexOf('\u00a0') < 0 && s.indexOf('\u202f') < 0) return false;
  for (const m of s.matchAll(NBSP_RUN_RE)) {
    const run = m[0];
    if ((run.includes('\u00a0') || run.includes('\u202f')) && !NBSP_GROUPS_RE.test(run))
      return true;
  }
  return false;
}

/** Strips currency signs, spaces, `%`, signs and accounting parentheses; undefined when nothing is left. */
function clean(trimmed: string): string | undefined {
  let s = trimmed;
  let neg = false;
  cleanPercent = false;
  cleanSpaceInside = false;
  // Fast path: plain digits and separators, optionally a leading minus.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || (c === 45 && i === 0))) {
      plain = false;
      break;
    }
  }
  if (plain) {
    cleanNeg = s.charCodeAt(0) === 45;
    return cleanNeg ? s.slice(1) : s;
  }
  cleanSpaceInside = hasSpaceInside(s);
  s = s.replace(SPACES_RE, '');
  if (s.startsWith('(') && s.endsWith(')')) {
    neg = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith('%')) {
    cleanPercent = true;
    s = s.slice(0, -1);
  } else if (s.startsWith('%')) {
    cleanPercent = true;
    s = s.slice(1);
  }
  let signed = neg;
  for (let pass = 0; pass < 2; pass++) {
    if (s.startsWith('-') || s.startsWith('+') || s.startsWith('−')) {
      if (signed) return undefined;
      signed = true;
      if (s[0] !== '+') neg = true;
      s = s.slice(1);
    }
    const m = CURRENCY_RE.exec(s);
    if (m) s = s.slice(m[0].length);
  }
  const e = CURRENCY_END_RE.exec(s);
  if (e) s = s.slice(0, s.length - e[0].length);
  if (s.endsWith('-') && !signed) {
    neg = true;
    s = s.slice(0, -1);
  }
  cleanNeg = neg;
  if (s === '') return undefined;
  return s;
}

/**
 * Reads a cell as a number. `format` is the file's format when it is known (declared,
 * proved by other values, or the site default); without one, a value such as `1.234`
 * is an error (`number.ambiguous`), never a guess.
 */
export function parseNumber(
  raw: string,
  format: NumberFormat | undefined,
  markers?: MissingMarkers,
): ParsedNumber {
  const trimmed = raw.trim();
  const kind = missingKind(trimmed, markers);
  if (kind) return { missing: kind, raw };
  const digits = clean(trimmed);
  if (digits === undefined) return { error: 'number.invalid', raw };
  const isPercent = cleanPercent;
  const r = readDigits(digits, cleanNeg, format);
  if (typeof r !== 'string' || cleanSpaceInside) return { error: errorCode(r, digits), raw };
  const result: ExactNumber = { value: r, isPercent, raw };
  if (writtenScale > 0) result.decimals = writtenScale;
  return result;
}

/**
 * Whether a number's text as published (`raw`, what a citizen reads) is the figure `value`
 * (what is computed with) in either format, `%` alike: a record whose two disagree says
 * two numbers, and neither is chosen.
 */
export function readsAs(raw: string, value: string, isPercent: boolean): boolean {
  return NUMBER_FORMATS.some((format) => {
    const read = parseNumber(raw, format);
    return (
      isExactNumber(read) &&
      read.isPercent === isPercent &&
      compareDecimals(read.value, value) === 0
    );
  });
}

/** The error for what `readDigits` said of `digits` after `clean()` (a space inside wins). */
function errorCode(r: CoreResult, digits: string): NumberErrorCode {
  if (r === INVALID) return SCIENTIFIC_RE.test(digits) ? 'number.scientific' : 'number.invalid';
  if (cleanSpaceInside) return 'number.space_inside';
  return CODE_OF[r as 1 | 3 | 4];
}

/**
 * Reads an amount cell straight to a canonical decimal string (the hot path of budget
 * files). Returns a string, a Missing for an empty or missing marker, or a NumberError.
 */
export function parseAmount(
  raw: string,
  format: NumberFormat | undefined,
  markers?: MissingMarkers,
): string | Missing | NumberError {
  const trimmed =
    raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32
      ? raw
      : raw.trim();
  // Fast path: digits and separators in the file's known format, nothing to strip.
  if (format !== undefined && trimmed.length > 0) {
    const neg = trimmed.charCodeAt(0) === 45;
    const fast =
      format === 'es'
        ? readKnownFormat(neg ? trimmed.slice(1) : trimmed, neg, 46, 44)
        : readKnownFormat(neg ? trimmed.slice(1) : trimmed, neg, 44, 46);
    if (fast !== FALLBACK) return fast;
  }
  // Trimmed again: the quick test above keeps no-break spaces, which trim() removes.
  const kind = missingKind(trimmed.trim(), markers);
  if (kind) return { missing: kind, raw };
  const digits = clean(trimmed.trim());
  if (digits === undefined) return { error: 'number.invalid', raw };
  const r = readDigits(digits, cleanNeg, format);
  if (typeof r === 'string' && !cleanSpaceInside) return r;
  return { error: errorCode(r, digits), raw };
}

/** What a value would be in each format, for an error that shows both (undefined: not a number there). */
export interface NumberReadings {
  es: string | undefined;
  en: string | undefined;
}

/**
 * The two readings of `raw` an author chooses between: each format's, with a group after
 * a leading zero read as a group (`0.500` in es: 500) and whitespace between digits
 * removed (`100 150`: 100150), the two things the reader refuses to guess.
 */
export function numberReadings(raw: string): NumberReadings {
  const digits = clean(raw.trim().replace(/[ \t\n\r\v\f]+/g, ''));
  if (digits === undefined) return { es: undefined, en: undefined };
  const neg = cleanNeg;
  const reading = (format: NumberFormat, group: string): string | undefined => {
    const r = readDigits(digits, neg, format);
    if (typeof r === 'string') return r;
    if (r !== GROUP_AFTER_ZERO) return undefined;
    const ungrouped = readDigits(digits.split(group).join(''), neg, format);
    return typeof ungrouped === 'string' ? ungrouped : undefined;
  };
  return { es: reading('es', '.'), en: reading('en', ',') };
}

/** What a single value says about the file's format. */
export type FormatEvidence = 'es' | 'en' | 'ambiguous' | 'none';

/** Whether a value proves `es` (`69,6`, `1.234.567`), `en` (`1,234.5`), is ambiguous (`1.234`), or neither. */
export function numberEvidence(raw: string): FormatEvidence {
  const trimmed = raw.trim();
  if (missingKind(trimmed)) return 'none';
  const digits = clean(trimmed);
  if (digits === undefined || cleanSpaceInside) return 'none';
  const neg = cleanNeg;
  if (typeof readDigits(digits, neg, undefined) === 'number') {
    const asEs = readDigits(digits, neg, 'es');
    const asEn = readDigits(digits, neg, 'en');
    if (typeof asEs === 'string' && typeof asEn === 'string') return 'ambiguous';
    return 'none';
  }
  const asEs = readDigits(digits, neg, 'es');
  const asEn = readDigits(digits, neg, 'en');
  // `0.500` is malformed in es, not proof of en: a file may mix plain decimals and es groups.
  if (asEs === GROUP_AFTER_ZERO || asEn === GROUP_AFTER_ZERO) return 'none';
  if (typeof asEs === 'string' && typeof asEn !== 'string') return 'es';
  if (typeof asEn === 'string' && typeof asEs !== 'string') return 'en';
  return 'none';
}

/** How the number format of a file was decided. */
export interface NumberFormatDecision {
  /** The format to read the file with; undefined when none is needed or none could be decided. */
  format: NumberFormat | undefined;
  source: 'declared' | 'proved' | 'default' | 'unneeded' | 'undecided';
  /** A value that proved the format (when source is `proved`). */
  proof?: string;
  /** A value proving the other format, when values disagree. */
  conflict?: string;
  /** A value that reads differently in the two formats, if any. */
  ambiguous?: string;
}

/**
 * Decides the number format of a file from its values, by the spec's order: the
 * declared format; the format other values prove; the site-wide default. When values
 * are ambiguous and nothing decides, `source` is `undecided` and the caller reports an
 * error naming the column.
 */
export function detectNumberFormat(
  values: Iterable<string>,
  options: { declared?: NumberFormat; siteDefault?: NumberFormat } = {},
): NumberFormatDecision {
  let es: string | undefined;
  let en: string | undefined;
  let ambiguous: string | undefined;
  // A declared format needs no evidence; otherwise the first proof decides (a value that
  // later contradicts it is reported as a format mismatch when the file is read).
  if (!options.declared) {
    for (const v of values) {
      // Cheap pre-check: only values with a separator can carry evidence.
      if (v.indexOf(',') < 0 && v.indexOf('.') < 0) continue;
      const e = numberEvidence(v);
      if (e === 'es') es ??= v;
      else if (e === 'en') en ??= v;
      else if (e === 'ambiguous') ambiguous ??= v;
      if (
        (es !== undefined || en !== undefined) &&
        (ambiguous !== undefined || !options.siteDefault)
      )
        break;
    }
  }
  const base: Pick<NumberFormatDecision, 'ambiguous'> =
    ambiguous !== undefined ? { ambiguous } : {};
  if (options.declared) {
    const conflict = options.declared === 'es' ? en : es;
    return {
      format: options.declared,
      source: 'declared',
      ...base,
      ...(conflict !== undefined ? { conflict } : {}),
    };
  }
  if (es !== undefined && en === undefined)
    return { format: 'es', source: 'proved', proof: es, ...base };
  if (en !== undefined && es === undefined)
    return { format: 'en', source: 'proved', proof: en, ...base };
  if (options.siteDefault) {
    const conflict = options.siteDefault === 'es' ? en : es;
    return {
      format: options.siteDefault,
      source: 'default',
      ...base,
      ...(conflict !== undefined ? { conflict } : {}),
    };
  }
  if (es !== undefined && en !== undefined)
    return { format: undefined, source: 'undecided', proof: es, conflict: en, ...base };
  if (ambiguous !== undefined) return { format: undefined, source: 'undecided', ...base };
  return { format: undefined, source: 'unneeded' };
}
