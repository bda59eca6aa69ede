// The addresses a built page names, checked against the files of the built site: what
// `rendir build` runs over the dated copies (versiones/), whose pages link a site that
// changes after them, and what their link pass (versions.ts) asks of each address.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';

/**
 * The file a static host serves for a path of the site (`/repo/indicadores/x/` ->
 * `<out>/indicadores/x/index.html`), or undefined when there is none or the path is not under
 * `base`. Query and fragment are not part of the file.
 */
export function servedFile(out: string, base: string, address: string): string | undefined {
  const path = address.replace(/[?#].*$/, '');
  if (!path.startsWith(base) && path !== base.slice(0, -1)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice(base.length));
  } catch {
    return undefined; // a malformed %-escape names no file
  }
  // Rooted first, so that `..` cannot climb above `out`.
  let file = join(out, normalize(`/${rest}`));
  if (file !== out && !file.startsWith(out + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The HTML files under `dir`, every depth. */
export function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `&amp;` and the other entities Astro writes in attributes, read back. */
export function attributeText(raw: string): string {
  return raw
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Every root-relative address (`href`, `src`) of the pages under `out/<under>` that names no
 * file of the built site: `versiones/2025-06-30/insertar/x/index.html → /datos/y.csv`.
 */
export function brokenLinks(out: string, base: string, under = ''): string[] {
  const broken: string[] = [];
  for (const page of htmlFiles(join(out, under))) {
    const html = readFileSync(page, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const address = attributeText(match[1]);
      if (!address.startsWith('/') || address.startsWith('//')) continue;
      if (!servedFile(out, base, address))
        broken.push(`${relative(out, page).split(sep).join('/')} → ${address}`);
    }
  }
  return broken;
}
