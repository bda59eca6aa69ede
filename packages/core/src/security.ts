/** Untrusted text going out: links and CSV downloads. */

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

const NUMERIC = /^[+-]?\d+(?:[.,]\d+)*$/;

/**
 * A cell a spreadsheet would run as a formula (`= + - @`, tab, CR) is prefixed with `'`
 * so that a downloaded CSV cannot run code. Plain numbers such as `-1234,5` are kept.
 */
export function neutraliseCell(cell: string): string {
  if (cell === '') return cell;
  const c = cell[0];
  if (c === '=' || c === '+' || c === '-' || c === '@' || c === '\t' || c === '\r') {
    if ((c === '-' || c === '+') && NUMERIC.test(cell)) return cell;
    return `'${cell}`;
  }
  return cell;
}

/** Rows to CSV text with formula injection neutralised; quotes where needed; CRLF line ends. */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: { delimiter?: string } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const out: string[] = [];
  for (const row of rows) {
    const cells = row.map((raw) => {
      const cell = neutraliseCell(raw);
      if (
        cell.includes(delimiter) ||
        cell.includes('"') ||
        cell.includes('\n') ||
        cell.includes('\r')
      ) {
        return `"${cell.replace(/"/g, '""')}"`;
      }
      return cell;
    });
    out.push(cells.join(delimiter));
  }
  return out.join('\r\n') + (out.length > 0 ? '\r\n' : '');
}
