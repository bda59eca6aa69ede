// Where the content folder is, and the path the site is published under. Kept free of other
// imports: astro.config.ts and content.config.ts load it before anything else exists.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The content folder: RENDIR_CONTENT, else `content/` beside `site/`. */
export function contentDir(): string {
  const env = process.env.RENDIR_CONTENT;
  if (env) return resolve(env);
  // site/src/lib -> repo root; from the built bundle Vite keeps this file's own URL.
  const candidates = [resolve(here, '../../../content'), resolve(process.cwd(), '../content')];
  return candidates.find((dir) => existsSync(join(dir, 'site.yaml'))) ?? candidates[0];
}

/**
 * A base path as Astro's `base` takes it: `/` or `/repo/` (leading and trailing slash).
 * `repo`, `/repo` and `/repo/` all read the same; anything else than path segments is refused.
 */
export function normalizeBase(raw: string): string {
  const segments = raw.split('/').filter(Boolean);
  for (const s of segments)
    if (!/^[A-Za-z0-9._~-]+$/.test(s) || s === '.' || s === '..')
      throw new Error(`Invalid base path «${raw}»: expected segments like /repo/`);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * The path the site is published under: RENDIR_BASE when a deploy sets it (GitHub Pages'
 * project path), else the path of site.yaml's `url`. astro.config.ts settles it once per
 * build into RENDIR_SITE_BASE, which every link below reads.
 */
export function resolveBase(url: string, env = process.env.RENDIR_BASE): string {
  if (env !== undefined) return normalizeBase(env);
  try {
    return normalizeBase(new URL(url).pathname);
  } catch {
    return '/';
  }
}

/** The base of the site being built: `/` unless it is published under a sub-path. */
export function siteBase(): string {
  return process.env.RENDIR_SITE_BASE ?? '/';
}

/**
 * Every internal address of the site goes through here: a root-relative path (`/datos/x.csv`,
 * `/en/budget/`) under the site's base (`/repo/datos/x.csv`). Other addresses pass as they are.
 */
export function withBase(path: string): string {
  const base = siteBase();
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  return base + path.slice(1);
}

/**
 * A file of the widget bundles (`rendir-all.js` -> `/repo/rendir/rendir-all.js`): always the
 * site's current ones, also in the pages of a dated copy (whose markup the current generator
 * writes). No code is ever served from the content folder.
 */
export function bundleHref(file: string): string {
  return withPageBase(`/rendir/${file}`);
}

/**
 * The base of links to the site's pages: its own, except in the embed pages of a dated copy
 * (versiones/<date>/, lib/versions.ts), whose other pages are the current site's.
 */
export function pageBase(): string {
  return process.env.RENDIR_PAGE_BASE ?? siteBase();
}

/** A page's path under the base its links carry (`/en/budget/` -> `/repo/en/budget/`). */
export function withPageBase(path: string): string {
  const base = pageBase();
  return base === '/' || !path.startsWith('/') ? path : base + path.slice(1);
}

/** A request's or a link's path without its base, as the route table names pages (`/en/budget/`). */
export function withoutBase(pathname: string): string {
  const bases = [siteBase(), pageBase()].sort((a, b) => b.length - a.length);
  for (const base of bases) {
    if (base === '/') continue;
    if (pathname === base.slice(0, -1)) return '/';
    if (pathname.startsWith(base)) return pathname.slice(base.length - 1);
  }
  return pathname;
}
