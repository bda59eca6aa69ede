// What a host needs to serve a built site safely: the Content-Security-Policy header the
// pages are built to run under, and the integrity hashes of the widget bundles for pages
// that load them from this site. `rendir build` prints both; the site tests serve under it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from './paths.ts';

/**
 * Scripts only from the site's own files (no inline script, no eval; 'wasm-unsafe-eval'
 * lets Pagefind run its WebAssembly), nothing from elsewhere.
 */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** `sha384-…` of each widget bundle's entry script in a built site, by URL path. */
export function bundleIntegrity(outDir: string): { path: string; integrity: string }[] {
  // Where the build copies the bundles (integration.ts).
  const dir = join(outDir, 'rendir');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => ({
      path: withBase(`/rendir/${name}`),
      integrity: `sha384-${createHash('sha384')
        .update(readFileSync(join(dir, name)))
        .digest('base64')}`,
    }));
}
