/**
 * Bytes to text: UTF-16 when a BOM says so (Excel's "Unicode Text") or when the first
 * bytes are plainly UTF-16 LE; else UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, else Windows-1252, decoded with our own table because some TextDecoder builds
 * map 0x80-0x9F wrongly (nodejs/node#60888).
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

export interface Decoded {
  text: string;
  encoding: CsvEncoding;
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

function asBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** Decodes a file's bytes, honouring its BOM, then a declared encoding. */
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
    return { text, encoding: start.encoding, ...base };
  }
  if (start.encoding !== 'windows-1252') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', ...base };
    } catch {
      // Not UTF-8: Excel's "CSV" on Spanish Windows writes Windows-1252.
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', ...base };
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
