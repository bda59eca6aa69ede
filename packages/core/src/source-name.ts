// How a source of data is named in messages. A URL is named by its last path segment; a
// `data:` URL carries the whole file in itself, so it is named by its type and size instead
// (a problem's "file" would otherwise be the file's whole text).

import type { Lang } from './languages.ts';
import { messageText, msg } from './message.ts';

/** `data:text/csv (2345 B)`: the language-free name `sourceName` gives a `data:` URL. */
const INLINE_NAME = /^data:([\w.+-]+\/[\w.+-]+) \((\d+) B\)$/;

/**
 * The name an author recognises for a source in error messages: a URL's last path segment
 * (`indicadores.csv`), or for a `data:` URL its media type and size (`data:text/csv (2345 B)`),
 * which `fileLabel` says in the reader's language.
 */
export function sourceName(url: string): string {
  const data = /^\s*data:([^,]*),/i.exec(url);
  if (data) {
    const type = /^[\w.+-]+\/[\w.+-]+/.exec(data[1])?.[0].toLowerCase() ?? 'text/plain';
    // Each %XX is one byte, any other character its UTF-8 bytes; base64 is 3 bytes in 4 digits.
    const payload = url
      .slice(data[0].length)
      .replace(/%3D/gi, '=')
      .replace(/%[\da-f]{2}/gi, 'x');
    const bytes = /;base64$/i.test(data[1])
      ? Math.floor((payload.replace(/[=\s]/g, '').length * 3) / 4)
      : new TextEncoder().encode(payload).length;
    return `data:${type} (${bytes} B)`;
  }
  try {
    const path = new URL(url, 'http://x/').pathname;
    return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
}

/**
 * A problem's file as an author reads it: its name, or for inline data its type and size in
 * KB, «datos en línea (data:text/csv, 2,3 KB)» / «inline data (data:text/csv, 2.3 KB)».
 */
export function fileLabel(file: string, lang: Lang): string {
  const inline = INLINE_NAME.exec(file);
  if (!inline) return file;
  // Tenths of a KB, rounded half up; exact, as dividing by 1024 is for whole numbers.
  const tenths = Math.max(1, Math.floor((Number(inline[2]) * 10 + 512) / 1024));
  const size = { figure: `${Math.floor(tenths / 10)}.${tenths % 10}`, digits: 1 };
  return messageText(msg('file.inline_data', { type: `data:${inline[1]}`, size }), lang);
}
