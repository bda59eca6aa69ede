// How a message quotes a value from a file: printable and bounded, so a log line can
// neither be forged nor leak a file. Its own module: errors and limits both use it.

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
