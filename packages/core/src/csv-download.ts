/**
 * CSV downloads: untrusted cells going out, neutralised so that a spreadsheet runs none of
 * them as a formula. A file of its own (not security.ts) so that a widget bundle, which
 * needs `safeUrl` for its first render, carries this only in the chunk of its downloads.
 */
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
