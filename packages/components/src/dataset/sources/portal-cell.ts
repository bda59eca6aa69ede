// A portal's cell as the grid shows it: only the portal sources (loaded on first use) read
// one, so it is apart from remote.ts, which choosing a source reads at first render.

/** A JSON cell as text: numbers and booleans as written, URLs by their address. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (
    typeof value === 'object' &&
    Object.hasOwn(value, 'url') &&
    typeof (value as { url: unknown }).url === 'string'
  ) {
    return (value as { url: string }).url;
  }
  return JSON.stringify(value);
}
