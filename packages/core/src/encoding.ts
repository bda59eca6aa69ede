/**
 * Bytes to text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else
 * Windows-1252, decoded with our own table because some TextDecoder builds map
 * 0x80-0x9F wrongly (nodejs/node#60888).
 */

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
  encoding: 'utf-8' | 'windows-1252';
  hadBom: boolean;
}

function asBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** Decodes a file's bytes, honouring a declared encoding. */
export function decodeBytes(
  input: Uint8Array | ArrayBuffer,
  declared?: 'utf-8' | 'windows-1252',
): Decoded {
  let bytes = asBytes(input);
  let hadBom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bytes = bytes.subarray(3);
    hadBom = true;
  }
  if (declared !== 'windows-1252') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return { text, encoding: 'utf-8', hadBom };
    } catch {
      // Not UTF-8: Excel's "CSV" on Spanish Windows writes Windows-1252.
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom };
}
