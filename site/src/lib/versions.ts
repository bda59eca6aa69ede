// Versioned embeds. A dated copy of the content folder (`versiones/AAAA-MM-DD/`, made by
// `rendir snapshot`) is built into embed pages of its own under `<base>versiones/AAAA-MM-DD/`:
// an iframe pinned to that address keeps showing what was published that day, and says so
// when the data published since differ, with a link to the current page.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ContentFileError,
  listContentFiles,
  readContentFile,
  resolveContentFile,
} from '@rendir/core/node';
import { embedSpecs, type EmbedSpec } from './embeds.ts';
import { getModel } from './model.ts';
import { withBase } from './paths.ts';
import { attributeText, htmlFiles, servedFile } from './link-check.ts';
import type { SiteModel } from './model.ts';
import { widgetNamed } from '../widgets/index.ts';

/** The folder of dated copies inside a content folder. */
export const VERSIONS_DIR = 'versiones';
/**
 * Inside versiones/: where `rendir snapshot` once kept each day's widget bundles. Never read
 * now: a dated copy's pages run the site's current bundles, /rendir/ (paths.ts, bundleHref).
 */
const OLD_BUNDLES_DIR = 'widgets';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written AAAA-MM-DD (2025-06-30), the name of a dated copy. */
export function isVersionDate(name: string): boolean {
  const m = DATE.exec(name);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === name;
}

/** The dated copies in a content folder, oldest first. */
export function versionDates(content: string): string[] {
  const dir = join(content, VERSIONS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isVersionDate(name) && statSync(join(dir, name)).isDirectory())
    .sort();
}

const embedIds = new WeakMap<SiteModel, Set<string>>();

/**
 * The newest dated copy that publishes the embed `id`, and its address of that embed (`path`
 * is the current one without base: `/insertar/x/` -> `/repo/versiones/2025-06-30/insertar/x/`):
 * what the «Insertar» box offers beside the current address.
 */
export async function newestPinnedEmbed(
  content: string,
  id: string,
  path: string,
): Promise<{ date: string; address: string } | undefined> {
  for (const date of versionDates(content).reverse()) {
    const copy = await getModel(join(content, VERSIONS_DIR, date));
    let ids = embedIds.get(copy);
    if (!ids) embedIds.set(copy, (ids = new Set(embedSpecs(copy).map((spec) => spec.id))));
    if (ids.has(id)) return { date, address: withBase(`/${VERSIONS_DIR}/${date}${path}`) };
  }
  return undefined;
}

/** What the build of a dated copy knows of the current site (RENDIR_PINNED). */
export interface Pinned {
  /** The copy's date, AAAA-MM-DD. */
  date: string;
  /** The current content folder, whose data are compared with the copy's. */
  content: string;
  /** The current site's base (`/` or `/repo/`). */
  base: string;
  /** The current site as just built, to link only pages that exist. */
  out: string;
}

/**
 * The files of the whole site, not of a page: robots.txt and the data catalogue (injected by
 * the integration from src/routes/) and the reports' feeds (feed.ts). A dated copy publishes
 * its embed pages only (its sitemap lists none): these are the site's, once, at its root.
 */
export const SITE_WIDE_ROUTES = ['robots.txt', 'catalog.json'] as const;
export const publishesSiteWideFiles = (): boolean => pinnedVersion() === undefined;

/** Set by `rendir build` for the build of a dated copy; undefined for the site itself. */
export function pinnedVersion(): Pinned | undefined {
  const raw = process.env.RENDIR_PINNED;
  if (!raw) return undefined;
  const value = JSON.parse(raw) as Partial<Pinned>;
  if (
    typeof value.date !== 'string' ||
    !isVersionDate(value.date) ||
    typeof value.content !== 'string' ||
    typeof value.base !== 'string' ||
    typeof value.out !== 'string'
  )
    throw new Error(`RENDIR_PINNED is not a pinned version: ${raw.slice(0, 200)}`);
  return value as Pinned;
}

/** A file's bytes through the content folder's boundary, or undefined when it is absent. */
async function bytesOf(root: string, file: string | undefined): Promise<Uint8Array | undefined> {
  if (!file || !('path' in resolveContentFile(root, file))) return undefined;
  return readContentFile(root, file, { maxFileBytes: Infinity });
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Records as JSON, without where they were read from (a line moves when a row is added). */
const recordsJson = (value: unknown) =>
  JSON.stringify(value, (key, v: unknown) => (key === 'origin' ? undefined : v));

/** What an embed shows, read from one model through its widget's registry entry. */
function shownSources(model: SiteModel, spec: EmbedSpec): { records: string; files: string[] } {
  const widget = widgetNamed(spec.widget);
  if (!widget) return { records: '', files: [] };
  const { records, files } = widget.embedSources(spec, model);
  return { records: recordsJson(records) ?? '', files };
}

/**
 * Whether what an embed shows was published anew since the copy: its records (an
 * indicator's values, a commitment and its milestones, a data set's entry) or the bytes of
 * the file it reads whole (a budget, a data set's table) differ in the current content
 * folder. Compared, never dated: a figure corrected in place counts as much as a new period.
 */
export async function newerDataSince(
  pinned: Pinned,
  copy: SiteModel,
  current: SiteModel,
  spec: EmbedSpec,
): Promise<boolean> {
  const before = shownSources(copy, spec);
  const now = shownSources(current, spec);
  if (before.records !== now.records) return true;
  const files = [...new Set([...before.files, ...now.files])];
  for (const file of files)
    if (!sameBytes(await bytesOf(copy.dir, file), await bytesOf(pinned.content, file))) return true;
  return false;
}

/** The base of a dated copy's pages: `/repo/versiones/2025-06-30/`. */
export function copyBase(pinned: Pinned): string {
  return `${pinned.base}${VERSIONS_DIR}/${pinned.date}/`;
}

/**
 * The current site's address of a page path (`/en/embed/x/`, without any base), or its home
 * when the current site no longer publishes that page.
 */
export function currentAddress(pinned: Pinned, path: string): string {
  const address = `${pinned.base}${path.replace(/^\/+/, '')}`;
  return servedFile(pinned.out, pinned.base, address) ? address : pinned.base;
}

/**
 * Where a link of a dated copy's page goes, the copy being built at `copyOut`: as it is when
 * it names the copy's own files or a page the current site still publishes; else to the
 * copy's own page at that path; else nowhere (undefined: the link's text stays, unlinked).
 * Addresses outside the site (other hosts, `#notes`) stay as they are.
 */
export function pinnedLinkTarget(
  pinned: Pinned,
  copyOut: string,
  address: string,
): string | undefined {
  if (!address.startsWith(pinned.base) || address.startsWith(copyBase(pinned))) return address;
  if (servedFile(pinned.out, pinned.base, address)) return address;
  const inCopy = copyBase(pinned) + address.slice(pinned.base.length);
  return servedFile(copyOut, copyBase(pinned), inCopy) ? inCopy : undefined;
}

const LINK = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a>/g;
const HREF = /(\shref=")([^"]*)(")/;

/**
 * After the build of a dated copy into `copyOut`: every link of its pages to the site goes to
 * a page that exists (pinnedLinkTarget), so a page removed since the copy's day leaves no
 * broken link in an embed that is pinned for years. Returns the links it changed.
 */
export async function settlePinnedLinks(pinned: Pinned, copyOut: string): Promise<string[]> {
  const changed: string[] = [];
  for (const page of htmlFiles(copyOut)) {
    const html = await readFile(page, 'utf8');
    const settled = html.replace(LINK, (link, attributes: string, text: string) => {
      const href = HREF.exec(attributes);
      if (!href) return link;
      const address = attributeText(href[2]);
      const target = pinnedLinkTarget(pinned, copyOut, address);
      if (target === address) return link;
      changed.push(`${address} → ${target ?? '(text)'}`);
      if (target === undefined) return text;
      const escaped = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return `<a${attributes.replace(HREF, (_, before: string, _old, after: string) => before + escaped + after)}>${text}</a>`;
    });
    if (settled !== html) await writeFile(page, settled);
  }
  return changed;
}

/**
 * `rendir snapshot`: the content folder as it is today (all but its dated copies), copied
 * through the folder's boundary into `versiones/<date>/`. Refuses a date already kept.
 */
export async function snapshotContent(content: string, date: string): Promise<string> {
  if (!isVersionDate(date)) throw new Error(`Not a date AAAA-MM-DD: ${date}`);
  const target = join(content, VERSIONS_DIR, date);
  if (existsSync(target)) throw new Error(`${target} already exists`);
  const entries = readdirSync(content).filter((name) => name !== VERSIONS_DIR);
  const files = entries.flatMap((name) => {
    if (!statSync(join(content, name)).isDirectory()) return [name];
    const listing = listContentFiles(content, name, { recursive: true });
    if (listing.problems.length) throw new ContentFileError(listing.problems[0]);
    return listing.files;
  });
  for (const file of files) {
    const to = join(target, file);
    await mkdir(join(to, '..'), { recursive: true });
    await writeFile(to, await readContentFile(content, file, { maxFileBytes: Infinity }));
  }
  return target;
}

/**
 * `versiones/widgets/`, where `rendir snapshot` once kept widget bundles, if it exists. No code
 * comes from the content folder (its text is untrusted): the build only warns that it ignores it.
 */
export function oldBundleStore(content: string): string | undefined {
  const dir = join(content, VERSIONS_DIR, OLD_BUNDLES_DIR);
  return existsSync(dir) ? dir : undefined;
}
