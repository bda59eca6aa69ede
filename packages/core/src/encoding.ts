/**
 * Bytes to text: UTF-16 when a BOM says so (Excel's "Unicode Text") or when the first
 * bytes are plainly UTF-16 LE; else UTF-8 (with or without BOM) when the bytes show it,
 * else Windows-1252, decoded with our own table because some TextDecoder builds map
 * 0x80-0x9F wrongly (nodejs/node#60888). A UTF-8 file with a few bytes that are not UTF-8
 * stays UTF-8: each such byte is read as its Windows-1252 character and reported.
 */
import type { CsvEncoding } from './types.ts';

/** Windows-1252 0x80-0x9F; the five undefined bytes keep their C1 code points. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** Encodes text as Windows-1252 (for tests and exports); throws on characters it cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else {
      const j = CP1252_HIGH.indexOf(c);
      if (j < 0) throw new RangeError(`Not representable in Windows-1252: U+${c.toString(16)}`);
      out[i] = 0x80 + j;
    }
  }
  return out;
}

/** A byte that is not UTF-8 in a file read as UTF-8: where its character is in the text. */
export interface BadByte {
  /** Offset of the character it was read as, in the decoded text (after any BOM). */
  at: number;
  byte: number;
}

export interface Decoded {
  text: string;
  encoding: CsvEncoding;
  /** Bytes that are not UTF-8 in a file read as UTF-8, in order. */
  badBytes: BadByte[];
  /** The bytes say another encoding than the one declared (the declaration was obeyed). */
  contradicts?: CsvEncoding;
  hadBom: boolean;
  /** Read as UTF-16 (LE or BE) because its bytes look like it, with no BOM and nothing declared. */
  utf16WithoutBom: boolean;
  /** A BOM named another encoding than the one declared, and won. */
  bomOverrode?: CsvEncoding;
}

/** What the first bytes of a file say about its encoding. */
export interface EncodingStart {
  encoding: CsvEncoding | undefined;
  /** Bytes of BOM to skip. */
  bom: number;
  /** UTF-16 recognised from its zero bytes, without a BOM. */
  sniffed: boolean;
}

/** Bytes looked at to recognise UTF-16 without a BOM; a stream waits for this many. */
export const SNIFF_BYTES = 4096;

/** The encoding a byte order mark at the start names, if any. */
export function bomOf(b: Uint8Array): EncodingStart | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3, sniffed: false };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
    return { encoding: 'utf-16le', bom: 2, sniffed: false };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
    return { encoding: 'utf-16be', bom: 2, sniffed: false };
  return undefined;
}

/**
 * The byte order of BOM-less UTF-16 text, if the bytes are plainly that: in the first
 * `SNIFF_BYTES`, at least two code units, no NUL character, the first unit and three in
 * four a Latin-1 character (text, tab or line break) whose high byte is 0 (second in
 * each pair for LE, first for BE). UTF-8 and Windows-1252 text have no zero bytes at
 * all, so a CSV in either never passes; UTF-32 and binary files with scattered zeros do
 * not either.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (looksLikeUtf16(bytes, 0)) return 'utf-16le';
  if (looksLikeUtf16(bytes, 1)) return 'utf-16be';
  return undefined;
}

/** UTF-16 text whose low byte is at `low` (0 LE, 1 BE) in each pair: see `utf16ByteOrder`. */
function looksLikeUtf16(bytes: Uint8Array, low: 0 | 1): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return false;
  let latin = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i + low];
    const hi = bytes[i + 1 - low];
    if (hi !== 0) {
      if (i === 0) return false;
      continue;
    }
    if (lo >= 0x20 ? lo < 0x7f || lo >= 0xa0 : lo === 9 || lo === 10 || lo === 13) latin++;
    else if (lo === 0 || i === 0) return false;
  }
  return latin * 4 >= (n / 2) * 3;
}

/**
 * The encoding the first bytes decide: a BOM wins over a declaration (the program that
 * wrote the bytes wrote it); without a BOM, the declaration; without either, UTF-16 (LE
 * or BE) when the bytes look like it, else undecided (UTF-8, else Windows-1252).
 */
export function encodingStart(head: Uint8Array, declared?: CsvEncoding): EncodingStart {
  const bom = bomOf(head);
  if (bom) return bom;
  if (declared) return { encoding: declared, bom: 0, sniffed: false };
  const order = utf16ByteOrder(head);
  if (order) return { encoding: order, bom: 0, sniffed: true };
  return { encoding: undefined, bom: 0, sniffed: false };
}

/** The encoding family, to tell a BOM that contradicts a declaration from one that refines it. */
function family(e: CsvEncoding): string {
  return e.startsWith('utf-16') ? 'utf-16' : e;
}

/** A BOM's encoding when it contradicts the declared one. */
export function bomOverride(
  start: EncodingStart,
  declared: CsvEncoding | undefined,
): CsvEncoding | undefined {
  return start.bom > 0 && declared && start.encoding && family(start.encoding) !== family(declared)
    ? start.encoding
    : undefined;
}

/** Bytes after the first non-ASCII byte that decide between UTF-8 and Windows-1252. */
export const DECIDE_BYTES = 1 << 16;

/** Length of the valid UTF-8 sequence at `i` (0 when the byte there starts none); `end` bounds the bytes. */
function utf8SequenceAt(b: Uint8Array, i: number, end: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < end && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** Index of the first byte >= 0x80 at or after `from`, or -1. */
export function firstNonAscii(b: Uint8Array, from = 0): number {
  for (let i = from; i < b.length; i++) if (b[i] >= 0x80) return i;
  return -1;
}

/**
 * What bytes without a BOM show, UTF-8 or Windows-1252 (undefined: ASCII, both): UTF-8 when, from the first non-ASCII byte
 * (`start`), over `DECIDE_BYTES`, more valid multi-byte UTF-8 sequences than bytes that
 * start none. Windows-1252 text almost never holds a valid sequence (an accented letter is
 * followed by ASCII), and a UTF-8 file with a stray byte holds many. A stream decides on the
 * same bytes: it waits for them (or the end) before giving out any non-ASCII text.
 */
export function encodingShown(b: Uint8Array, start: number): 'utf-8' | 'windows-1252' | undefined {
  if (start < 0) return undefined;
  const to = Math.min(b.length, start + DECIDE_BYTES);
  let valid = 0;
  let invalid = 0;
  for (let i = start; i < to;) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(b, i, b.length);
    if (n === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += n;
    }
  }
  return valid > invalid ? 'utf-8' : 'windows-1252';
}

/**
 * Decodes UTF-8 in which some bytes may not be UTF-8: each such byte is read as its
 * Windows-1252 character and listed with its offset in the text (`textOffset` added).
 * `final` false keeps an incomplete sequence at the end out (its length is `rest`).
 */
export function decodeUtf8Lenient(
  b: Uint8Array,
  final: boolean,
  textOffset = 0,
): { text: string; badBytes: BadByte[]; rest: number } {
  const badBytes: BadByte[] = [];
  // Nearly every file is valid UTF-8: the native decoder checks it at once.
  let cut = b.length;
  if (!final) {
    let lead = b.length - 1;
    while (lead >= 0 && lead > b.length - 4 && (b[lead] & 0xc0) === 0x80) lead--;
    if (lead >= 0 && b[lead] >= 0xc0 && utf8PrefixAt(b, lead)) cut = lead;
  }
  try {
    const text = FATAL_UTF8.decode(b.subarray(0, cut));
    return { text, badBytes, rest: b.length - cut };
  } catch {
    // Some bytes are not UTF-8: find them below.
  }
  const parts: string[] = [];
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let segment = 0;
  let length = textOffset;
  let i = 0;
  let rest = 0;
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(b, i, b.length);
    if (n > 0) {
      i += n;
      continue;
    }
    // At the end of a chunk, a sequence may be cut: keep it for the next one.
    if (!final && i + 4 > b.length && utf8PrefixAt(b, i)) {
      rest = b.length - i;
      break;
    }
    const before = decoder.decode(b.subarray(segment, i));
    parts.push(before);
    length += before.length;
    const ch = decodeWindows1252(b.subarray(i, i + 1));
    badBytes.push({ at: length, byte: b[i] });
    parts.push(ch);
    length += 1;
    i++;
    segment = i;
  }
  parts.push(decoder.decode(b.subarray(segment, b.length - rest)));
  return { text: parts.join(''), badBytes, rest };
}

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether the bytes from `i` to the end are the start of a valid UTF-8 sequence, cut short. */
function utf8PrefixAt(b: Uint8Array, i: number): boolean {
  const c = b[i];
  const need =
    c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0 || b.length - i >= need) return false;
  for (let k = i + 1; k < b.length; k++) if (b[k] < 0x80 || b[k] > 0xbf) return false;
  return true;
}

function asBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Decodes a file's bytes, honouring its BOM, then a declared encoding (with
 * `contradicts` when the bytes say otherwise), then what the bytes show.
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, declared?: CsvEncoding): Decoded {
  let bytes = asBytes(input);
  const start = encodingStart(bytes, declared);
  const hadBom = start.bom > 0;
  bytes = bytes.subarray(start.bom);
  const base = {
    hadBom,
    utf16WithoutBom: start.sniffed,
    bomOverrode: bomOverride(start, declared),
  };
  if (start.encoding === 'utf-16le' || start.encoding === 'utf-16be') {
    // Not fatal, like a browser: a lone surrogate becomes U+FFFD, in both read paths.
    const text = new TextDecoder(start.encoding, { ignoreBOM: true }).decode(bytes);
    return { text, encoding: start.encoding, badBytes: [], ...base };
  }
  const shown = encodingShown(bytes, firstNonAscii(bytes));
  const contradicts = declaredContradiction(declared, hadBom, shown);
  const extra = contradicts ? { contradicts } : {};
  if (
    start.encoding === 'windows-1252' ||
    (start.encoding === undefined && shown === 'windows-1252')
  )
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      badBytes: [],
      ...extra,
      ...base,
    };
  const { text, badBytes } = decodeUtf8Lenient(bytes, true);
  return { text, encoding: 'utf-8', badBytes, ...extra, ...base };
}

/** The encoding the bytes show against a declaration without a BOM, when they differ. */
export function declaredContradiction(
  declared: CsvEncoding | undefined,
  hadBom: boolean,
  shown: CsvEncoding | undefined,
): CsvEncoding | undefined {
  if (hadBom || declared === undefined || shown === undefined) return undefined;
  return (declared === 'windows-1252' || declared === 'utf-8') && shown !== declared
    ? shown
    : undefined;
}

const ENCODING_NAMES: Record<string, CsvEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  // Excel's "Unicode Text" is UTF-16 LE; a BOM still decides the byte order.
  'utf-16': 'utf-16le',
  utf16: 'utf-16le',
  unicode: 'utf-16le',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'utf-16-be': 'utf-16be',
};

/** The encodings a sidecar or catalog may name, as shown in errors. */
export const ENCODING_CHOICES = ['utf-8', 'windows-1252', 'utf-16', 'utf-16le', 'utf-16be'];

/** An encoding as a sidecar or catalog names it (`UTF_8`, `cp1252`, `unicode`...). */
export function encodingName(raw: string): CsvEncoding | undefined {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  return Object.hasOwn(ENCODING_NAMES, key) ? ENCODING_NAMES[key] : undefined;
}
