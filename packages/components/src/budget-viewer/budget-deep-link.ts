/**
 * `deep-link`: the open node in the URL hash (`#presupuesto=2025/Salud`), so links and
 * the browser's back button work. Loaded at once when the attribute is set.
 */
import { pathId } from './budget-model.ts';

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

/** The viewer as its deep link reads and moves it. */
export interface LinkedViewer {
  readonly id: string;
  year?: string;
  path: string[];
  /** The year shown, once the data is derived. */
  shownYear(): string | undefined;
  go(path: string[]): void;
}

/** The viewer's key in the hash: its id, else `presupuesto`. */
function keyOf(viewer: LinkedViewer): string {
  return viewer.id || 'presupuesto';
}

/** Opens the year and node the hash names, before the first level is shown. */
export function openFromHash(viewer: LinkedViewer): void {
  const state = readHash(keyOf(viewer));
  if (!state) return;
  if (state.year) viewer.year = state.year;
  viewer.path = state.path;
}

/** Follows the hash when it changes (a link, the back button): the year, then the node. */
export function followHash(viewer: LinkedViewer): void {
  const state = readHash(keyOf(viewer));
  if (!state) return;
  if (state.year && state.year !== viewer.year) viewer.year = state.year;
  if (pathId(state.path) !== pathId(viewer.path)) viewer.go(state.path);
}

/** Records the shown year and open node in the hash. */
export function recordInHash(viewer: LinkedViewer): void {
  const year = viewer.shownYear();
  if (year !== undefined) writeHash(keyOf(viewer), year, viewer.path);
}
