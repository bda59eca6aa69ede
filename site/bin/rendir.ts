#!/usr/bin/env node
// rendir: check a content folder, build its site, or start a new one.
//   rendir check [--content DIR] [--lang es|en] [--strict]
//   rendir build [--content DIR] [--out DIR] [--lang es|en] [--strict]
//   rendir dev [--content DIR] [--port N] [--host ADDRESS]
//   rendir new DIR
//   rendir snapshot [--content DIR] [--date AAAA-MM-DD]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { DEFAULT_LANG, formatError } from '@rendir/core';
import { ContentFileError } from '@rendir/core/node';
import { getModel, shareModels } from '../src/lib/model.ts';
import type { SiteModel } from '../src/lib/model.ts';
import { cliText, isLang, type Lang } from '../src/lib/i18n.ts';
import { closeSearchIndex } from '../src/lib/search.ts';
import { bundleIntegrity, SITE_CSP } from '../src/lib/deploy.ts';
import { siteBase } from '../src/lib/paths.ts';
import { brokenLinks } from '../src/lib/link-check.ts';
import { withBuildLock } from '../src/lib/build-lock.ts';
import { pruneAstroCaches } from '../src/lib/astro-caches.ts';
import {
  isVersionDate,
  oldBundleStore,
  pinnedVersion,
  settlePinnedLinks,
  snapshotContent,
  versionDates,
  VERSIONS_DIR,
  type Pinned,
} from '../src/lib/versions.ts';

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const templateDir = join(siteDir, 'template');

/** Prints every problem; true when none is an error (with `strict`, when there is none at all). */
function report(model: SiteModel, lang: Lang, strict: boolean): boolean {
  const errors = strict ? [...model.errors, ...model.warnings] : model.errors;
  const warnings = strict ? [] : model.warnings;
  for (const err of errors) console.error(`${cliText(lang, 'error')}: ${formatError(err, lang)}`);
  for (const warn of warnings)
    console.error(`${cliText(lang, 'warning')}: ${formatError(warn, lang)}`);
  if (errors.length === 0) {
    console.log(
      cliText(lang, 'ok', {
        indicators: model.indicators.length,
        series:
          model.sdgSeries.length === 1
            ? cliText(lang, 'seriesOne')
            : cliText(lang, 'seriesMany', { count: model.sdgSeries.length }),
        lines: model.budgets.reduce((n, b) => n + b.lines.length, 0),
        goals: model.plans.reduce((n, p) => n + p.goals.length, 0),
        commitments: model.commitments.length,
        datasets: model.datasets.length,
        docs: model.reports.length + model.pages.length,
      }),
    );
    if (warnings.length)
      console.log(cliText(lang, 'problems', { errors: 0, warnings: warnings.length }));
    return true;
  }
  console.error(cliText(lang, 'problems', { errors: errors.length, warnings: warnings.length }));
  return false;
}

/** Renames a folder; across disks (EXDEV), copies it and removes the original. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

async function build(
  content: string,
  out: string,
  lang: Lang | undefined,
  strict: boolean,
): Promise<number> {
  const started = performance.now();
  // V8 grows its young generation while many objects survive (reading a 20,000-line budget,
  // then Astro's bundling) and keeps it grown: 140 MB of the build's peak memory was that
  // empty space. Kept at its first size, Madrid's budget builds in 576-578 MB instead of
  // 705-720 (bench/budget-build.bench.ts), in no more time.
  setFlagsFromString('--semi-space-growth-factor=1');
  // Vite's bundler (Rolldown) allocates through mimalloc, which by default lets Linux back
  // its arena with 2 MB transparent huge pages: with THP "always" (Fedora, RHEL, Debian's
  // kernels) every touched huge page stays resident whole. Off for this process and its
  // children (mimalloc calls prctl when it loads, with astro below): Madrid's budget peaked
  // at 590 MB, now ~380 (bench/budget-build.bench.ts). MIMALLOC_ALLOW_THP=1 restores it.
  process.env.MIMALLOC_ALLOW_THP ??= '0';
  const model = await getModel(content);
  const l = lang ?? model.defaultLang;
  if (!report(model, l, strict)) {
    console.error(cliText(l, 'nothingWritten'));
    return 1;
  }
  // Build beside the target, then swap: a failed build never leaves a half-made site.
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${out.split('/').pop()}.rendir-${process.pid}`);
  const old = `${tmp}-old`;
  rmSync(tmp, { recursive: true, force: true });
  process.env.RENDIR_CONTENT = content;
  shareModels();
  // Astro writes its intermediate server build inside the output when the output is in
  // the working folder, else in <cwd>/.astro, shared by every build and possibly on
  // another disk than the output (its final rename then fails with EXDEV). So the site is
  // built in a folder of its own under site/ (where the build's imports resolve), run from
  // site/, and then moved beside the output.
  const stage = join(siteDir, 'node_modules', '.astro', 'builds', String(process.pid));
  rmSync(stage, { recursive: true, force: true });
  const cwd = process.cwd();
  try {
    // Builds share files under site/ (build-lock.ts): one at a time. Old caches go in the
    // same turn, when no other build uses them.
    const astroFiles = join(siteDir, 'node_modules', '.astro');
    await withBuildLock(
      join(astroFiles, 'build.lock'),
      async () => {
        await astroStage(content, stage, tmp, l);
        pruneAstroCaches(astroFiles);
      },
      { onWait: (pid) => console.log(cliText(l, 'waiting', { pid })) },
    );
  } catch (err) {
    await closeSearchIndex();
    rmSync(stage, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
    console.error(failureText(err));
    console.error(cliText(l, 'buildFailed'));
    return 1;
  } finally {
    process.chdir(cwd);
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  console.log(
    cliText(l, 'built', { out, seconds: ((performance.now() - started) / 1000).toFixed(1) }),
  );
  if (!pinnedVersion()) printDeployHeaders(out, l);
  return 0;
}

/** Astro's build into `stage`, moved to `tmp`, then the dated copies built into it. */
async function astroStage(content: string, stage: string, tmp: string, l: Lang): Promise<void> {
  const { build: astroBuild } = await import('astro');
  process.chdir(siteDir);
  await astroBuild({
    root: siteDir,
    outDir: stage,
    logLevel: process.env.RENDIR_LOG === 'debug' ? 'info' : 'warn',
    vite: { logLevel: 'error' },
  });
  moveFolder(stage, tmp);
  // The dated copies, each built beside the site under versiones/<date>/.
  if (!pinnedVersion()) {
    const dates = versionDates(content);
    // Widget code once kept by `rendir snapshot`: content is untrusted text, never code.
    const oldBundles = oldBundleStore(content);
    if (oldBundles) console.warn(cliText(l, 'oldBundles', { dir: oldBundles }));
    for (const date of dates) {
      if (!(await buildVersion(content, tmp, date, l)))
        throw new Error(cliText(l, 'versionFailed', { date }));
      console.log(cliText(l, 'version', { date }));
    }
    // Pinned pages are served for years: each address they name must be a file of this site.
    const broken = dates.length ? brokenLinks(tmp, siteBase(), VERSIONS_DIR) : [];
    if (broken.length) throw new Error(cliText(l, 'brokenLinks', { links: broken.join('\n  ') }));
  }
}

/**
 * Builds the embed pages of the dated copy `versiones/<date>/` into the site just built at
 * `site`, under its base + `versiones/<date>/`, in a process of its own (Astro keeps one
 * configuration per process). Its output is shown only when it fails. Its pages run the
 * site's current bundles, /rendir/ (the current generator writes their markup): a copy pins
 * data, never code, and no code is ever published from the content folder.
 */
async function buildVersion(
  content: string,
  site: string,
  date: string,
  lang: Lang,
): Promise<boolean> {
  const base = siteBase();
  const pinned: Pinned = { date, content, base, out: site };
  const run = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      'build',
      '--content',
      join(content, VERSIONS_DIR, date),
      '--out',
      join(site, VERSIONS_DIR, date),
      '--lang',
      lang,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        RENDIR_BASE: `${base}${VERSIONS_DIR}/${date}/`,
        // Its pages link the current site's, which has them all (paths.ts).
        RENDIR_PAGE_BASE: base,
        RENDIR_PINNED: JSON.stringify(pinned),
        RENDIR_SEARCH: '0',
      },
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout + run.stderr);
    return false;
  }
  const copyOut = join(site, VERSIONS_DIR, date);
  // Hosts answer every missing address with the site's own 404 page, never a copy's.
  rmSync(join(copyOut, '404.html'), { force: true });
  // Links to pages removed since the copy's day go to the copy's own page, or nowhere.
  const changed = await settlePinnedLinks(pinned, copyOut);
  if (changed.length) console.log(cliText(lang, 'linksSettled', { date, count: changed.length }));
  return true;
}

/** What the host must send, and the hashes for embedding the widgets elsewhere. */
function printDeployHeaders(out: string, lang: Lang): void {
  console.log(`\n${cliText(lang, 'csp')}\n  Content-Security-Policy: ${SITE_CSP}`);
  const hashes = bundleIntegrity(out);
  if (hashes.length === 0) return;
  const width = Math.max(...hashes.map((h) => h.path.length));
  console.log(`\n${cliText(lang, 'integrity')}`);
  for (const { path, integrity } of hashes) console.log(`  ${path.padEnd(width)}  ${integrity}`);
}

/** Astro's dev server over the content folder (pages re-render as the content changes). */
async function dev(content: string, port?: number, host?: string): Promise<number> {
  process.env.RENDIR_CONTENT = content;
  const { dev: astroDev } = await import('astro');
  process.chdir(siteDir);
  const server = await astroDev({ root: siteDir, server: { port, host } });
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  await server.stop();
  return 0;
}

function newFolder(dir: string, lang: Lang): number {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(cliText(lang, 'exists', { dir }));
    return 1;
  }
  cpSync(templateDir, dir, { recursive: true });
  console.log(cliText(lang, 'created', { dir }));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      date: { type: 'string' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = values.lang && isLang(values.lang) ? values.lang : undefined;
  const strict = values.strict ?? false;
  const [command, arg] = positionals;
  const content = resolve(
    values.content ?? process.env.RENDIR_CONTENT ?? join(siteDir, '..', 'content'),
  );
  if (values.help || !command) {
    console.log(cliText(lang ?? DEFAULT_LANG, 'usage'));
    return values.help ? 0 : 2;
  }
  if (
    (command === 'check' || command === 'build' || command === 'dev' || command === 'snapshot') &&
    !existsSync(content)
  ) {
    console.error(cliText(lang ?? DEFAULT_LANG, 'noContent', { dir: content }));
    return 1;
  }
  switch (command) {
    case 'check': {
      const model = await getModel(content);
      const l = lang ?? model.defaultLang;
      let ok = report(model, l, strict);
      // Each dated copy is built with the site: checked with it, each under its own name.
      for (const date of versionDates(content)) {
        console.log(cliText(l, 'versionCheck', { dir: join(VERSIONS_DIR, date) }));
        ok = report(await getModel(join(content, VERSIONS_DIR, date)), l, strict) && ok;
      }
      const oldBundles = oldBundleStore(content);
      if (oldBundles) console.warn(cliText(l, 'oldBundles', { dir: oldBundles }));
      return ok ? 0 : 1;
    }
    case 'build':
      return build(content, resolve(values.out ?? join(siteDir, 'dist')), lang, strict);
    case 'dev':
      return dev(content, values.port ? Number(values.port) : undefined, values.host);
    case 'snapshot': {
      // Today in UTC unless --date says which publication the copy keeps.
      const date = values.date ?? new Date().toISOString().slice(0, 10);
      const say = lang ?? DEFAULT_LANG;
      const target = join(content, VERSIONS_DIR, date);
      if (!isVersionDate(date)) {
        console.error(cliText(say, 'badDate', { date: date.slice(0, 40) }));
        return 2;
      }
      if (existsSync(target)) {
        console.error(cliText(say, 'versionExists', { dir: target }));
        return 1;
      }
      try {
        console.log(cliText(say, 'snapshot', { dir: await snapshotContent(content, date) }));
        return 0;
      } catch (error) {
        // A file the content folder's boundary refuses (a link out of it): named, as check does.
        if (!(error instanceof ContentFileError)) throw error;
        console.error(formatError(error.problem, say));
        return 1;
      }
    }
    case 'new':
      if (!arg) break;
      return newFolder(resolve(arg), lang ?? DEFAULT_LANG);
  }
  console.error(cliText(lang ?? DEFAULT_LANG, 'usage'));
  return 2;
}

process.exitCode = await main(process.argv.slice(2));

/** What went wrong, never an empty line: an error without a message (Astro's
 * UnknownFilesystemError has none) is shown by its stack, with its cause and, for an
 * AggregateError, each error it gathers. */
function failureText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const parts = [err.message || err.stack || err.name];
  if (err instanceof AggregateError) parts.push(...err.errors.map(failureText));
  if (err.cause !== undefined) parts.push(failureText(err.cause));
  return parts.join('\n');
}
