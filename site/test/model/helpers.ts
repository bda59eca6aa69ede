// The model readers' tests read the fixture folder of real files, or a copy of it with
// one file changed, through the same context the site's model gives them.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContext, type ReadContext } from '../../src/lib/model/context.ts';
import { readSiteConfig } from '../../src/lib/model/site-config.ts';

export const fixture = fileURLToPath(new URL('../fixtures/model/', import.meta.url));

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The fixture folder with some files added or replaced, in a temporary folder. */
export function fixtureWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-model-'));
  made.push(dir);
  cpSync(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

export async function contextOf(dir: string): Promise<ReadContext> {
  const site = await readSiteConfig(dir);
  const ctx = readContext(dir, site.config, site.limits);
  ctx.errors.push(...site.errors);
  return ctx;
}

/** `file line:column code value`: a problem as a reader sees it. */
export const where = (e: {
  file: string;
  line: number;
  column: number;
  code: string;
  value?: string;
}) => `${e.file} ${e.line}:${e.column} ${e.code}${e.value === undefined ? '' : ` ${e.value}`}`;
