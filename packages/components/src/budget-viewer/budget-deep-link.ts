/**
 * `deep-link`: the open node in the URL hash (`#presupuesto=2025/Salud`), so links and
 * the browser's back button work. Loaded at once when the attribute is set.
 */

export interface HashState {
  year?: string;
  path: string[];
}

/** The state under `key` in the hash, if any. */
export function readHash(key: string): HashState | undefined {
  const prefix = `${encodeURIComponent(key)}=`;
  const entry = window.location.hash
    .replace(/^#/, '')
    .split('&')
    .find((part) => part.startsWith(prefix));
  if (entry === undefined) return undefined;
  try {
    const [year, ...path] = entry.slice(prefix.length).split('/').map(decodeURIComponent);
    return { year: year || undefined, path };
  } catch {
    return undefined;
  }
}

/** Puts the state under `key` in the hash (a history entry), keeping other keys. */
export function writeHash(key: string, year: string, path: readonly string[]): void {
  const k = encodeURIComponent(key);
  const value = [year, ...path].map(encodeURIComponent).join('/');
  const parts = window.location.hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part && !part.startsWith(`${k}=`));
  parts.push(`${k}=${value}`);
  const hash = `#${parts.join('&')}`;
  if (hash !== window.location.hash) history.pushState(history.state, '', hash);
}
