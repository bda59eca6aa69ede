// How a source of data is named in messages. A URL is named by its last path segment; a
// `data:` URL carries the whole file in itself, so it is named by its type and size instead
// (a problem's "file" would otherwise be the file's whole text).

/** `data:text/csv (2345 B)`: the language-free name `sourceName` gives a `data:` URL. */
export const INLINE_NAME = /^data:([\w.+-]+\/[\w.+-]+) \((\d+) B\)$/;

/**
 * The name an author recognises for a source in error messages: a URL's last path segment
 * (`indicadores.csv`), or for a `data:` URL its media type and size (`data:text/csv (2345 B)`),
 * which `fileLabel` (error-text.ts) says in the reader's language.
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
