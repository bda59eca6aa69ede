// The generator: a static Astro site built from a content folder (RENDIR_CONTENT).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { loadYaml, resolveContentFile } from '@rendir/core/node';
import { INTL_LOCALES, type Lang } from '@rendir/core';
import { contentDir, resolveBase } from './src/lib/paths.ts';
import { sanitizeMdx } from './src/lib/sanitize-mdx.ts';
import { rendirIntegration } from './src/lib/integration.ts';
import { sitemapLinks } from './src/lib/sitemap-links.ts';
import { markCacheUsed } from './src/lib/astro-caches.ts';

const dir = contentDir();

function siteInfo(): { url: string; locales: string[] } {
  try {
    // Through the content folder's boundary, as every content read (`rendir check` names a refusal).
    const found = resolveContentFile(dir, 'site.yaml');
    if (!('path' in found)) throw new Error(found.problem.code);
    // The one YAML loader of `rendir check`; a refused file leaves the fallback below.
    const data = loadYaml(readFileSync(found.path, 'utf8')).value as {
      url?: unknown;
      locales?: unknown;
    };
    const url =
      typeof data?.url === 'string' && /^https?:\/\//.test(data.url)
        ? data.url
        : 'https://example.org';
    const locales =
      Array.isArray(data?.locales) && data.locales.length ? data.locales.map(String) : ['es'];
    return { url, locales };
  } catch {
    // `rendir check` reports a broken site.yaml with its line; Astro only needs a fallback.
    return { url: 'https://example.org', locales: ['es'] };
  }
}

const info = siteInfo();
// Published under a sub-path (GitHub project pages: https://org.github.io/repo/) when the
// url in site.yaml has one or the deploy sets RENDIR_BASE; every link reads it (paths.ts).
const base = resolveBase(info.url);
process.env.RENDIR_SITE_BASE = base;
const defaultLocale = info.locales[0];
// hreflang links in the sitemap, found in one pass (lib/sitemap-links.ts).
const links = sitemapLinks(
  new URL(base, info.url).href,
  defaultLocale,
  Object.fromEntries(
    info.locales.map((l) => [l, Object.hasOwn(INTL_LOCALES, l) ? INTL_LOCALES[l as Lang] : l]),
  ),
);

// Astro caches content entries; one cache per content folder, so that building another
// entity's folder can never pick up entries of the previous one, and per sanitiser: a
// `.md` entry is stored rendered, and one rendered by an older sanitiser kept its raw
// HTML (<script>) after the sanitiser learnt to escape it.
const cacheKey = createHash('sha256')
  .update(dir)
  .update(readFileSync(new URL('./src/lib/sanitize-mdx.ts', import.meta.url)))
  // The components it lets through are the registry's.
  .update(readFileSync(new URL('./src/widgets/index.ts', import.meta.url)))
  .update(base)
  .digest('hex')
  .slice(0, 12);
const cacheDir = fileURLToPath(new URL(`./node_modules/.astro/${cacheKey}/`, import.meta.url));
// Used now: `rendir build` removes the caches long unused (lib/astro-caches.ts).
markCacheUsed(cacheDir);

export default defineConfig({
  site: info.url,
  base,
  cacheDir,
  output: 'static',
  trailingSlash: 'ignore',
  // Four pages in flight: one renders while the others' files are written, so the build
  // does not wait on the disk after every page (thousands of pages on a large entity).
  build: { format: 'directory', inlineStylesheets: 'auto', concurrency: 4 },
  markdown: { processor: satteri({ mdastPlugins: [sanitizeMdx] }) },
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [sanitizeMdx] }) }),
    sitemap({
      filter: (page) => !/\/(insertar|embed)\//.test(page) && !!links.keep(page),
      serialize: links.serialize,
    }),
    rendirIntegration(dir),
  ],
  vite: {
    server: { fs: { allow: [dir, '..'] } },
    // Every script in its own file, however small: a site served with a strict CSP
    // (script-src 'self', no 'unsafe-inline') runs them all. Other small assets may inline.
    build: { assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    // The generator runs the core in Node, as Node resolves it (papaparse's Node build):
    // Vite would otherwise bundle the workspace package and may pick its browser build.
    ssr: { external: ['@rendir/core', 'papaparse'] },
  },
});
