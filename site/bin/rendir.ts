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
import { formatError } from '@rendir/core';
import { ContentFileError } from '@rendir/core/node';
import { getModel, shareModels } from '../src/lib/model.ts';
import type { SiteModel } from '../src/lib/model.ts';
import { isLang, type Lang } from '../src/lib/i18n.ts';
import { closeSearchIndex } from '../src/lib/search.ts';
import { bundleIntegrity, SITE_CSP } from '../src/lib/deploy.ts';
import { siteBase } from '../src/lib/paths.ts';
import { brokenLinks } from '../src/lib/link-check.ts';
import { withBuildLock } from '../src/lib/build-lock.ts';
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

interface Counts {
  indicators: number;
  /** Open SDG series (content/indicators/, content format 4.7). */
  series: number;
  lines: number;
  goals: number;
  commitments: number;
  datasets: number;
  docs: number;
}

const MESSAGES = {
  es: {
    usage: `Uso:
  rendir check [--content CARPETA]                 revisa el contenido y muestra cada problema
  rendir build [--content CARPETA] [--out CARPETA] construye el sitio (falla ante cualquier problema)
  rendir dev [--content CARPETA] [--port N]        vista previa que se actualiza mientras edita
  rendir new CARPETA                               crea una carpeta de contenido a partir de la plantilla
  rendir snapshot [--content CARPETA] [--date AAAA-MM-DD]
                                                   guarda una copia fechada del contenido (versiones/)
                                                   para insertar widgets fijados a esa fecha
Opciones: --lang es|en (idioma de los mensajes; por omisión, el del sitio)
          --strict (los avisos cuentan como errores)`,
    ok: (c: Counts) =>
      `Contenido sin errores: ${c.indicators} indicadores, ${c.series === 1 ? '1 serie estadística' : `${c.series} series estadísticas`}, ${c.lines} rubros de presupuesto, ${c.goals} metas del plan de desarrollo, ${c.commitments} compromisos, ${c.datasets} conjuntos de datos, ${c.docs} informes y páginas.`,
    problems: (e: number, w: number) => `${e} error(es) y ${w} aviso(s).`,
    warning: 'aviso',
    error: 'error',
    nothingWritten: 'No se escribió nada: corrija los errores y vuelva a intentarlo.',
    built: (out: string, s: string) => `Sitio construido en ${out} (${s} s).`,
    csp: 'Cabecera que su servidor debe enviar con cada página:',
    integrity:
      'Integridad (SRI) de los scripts de los widgets, para <script type="module" integrity="…" crossorigin> en otros sitios:',
    buildFailed: 'La construcción falló; la carpeta de salida no cambió.',
    waiting: (pid: number) =>
      `Otra construcción de este sitio está en marcha (proceso ${pid}); esta empieza cuando aquella termine.`,
    exists: (dir: string) => `${dir} ya existe y no está vacía; elija otra carpeta.`,
    created: (dir: string) =>
      `Carpeta creada en ${dir}. Edite site.yaml y los CSV, luego:\n  rendir check --content ${dir}\n  rendir build --content ${dir} --out ${dir}-sitio`,
    noContent: (dir: string) => `No existe la carpeta de contenido ${dir}.`,
    version: (date: string) => `Versión del ${date}: páginas para insertar construidas.`,
    versionCheck: (dir: string) => `Copia fechada ${dir}:`,
    versionFailed: (date: string) => `La versión del ${date} no se pudo construir.`,
    snapshot: (dir: string) =>
      `Copia guardada en ${dir}. Sus páginas para insertar se construyen con el sitio.`,
    badDate: (date: string) =>
      `--date «${date.slice(0, 40)}» no es una fecha AAAA-MM-DD (por ejemplo 2025-06-30).`,
    versionExists: (dir: string) => `${dir} ya existe: esa fecha ya tiene su copia.`,
    oldBundles: (dir: string) =>
      `Aviso: se ignora ${dir}. El sitio nunca publica código desde la carpeta de contenido; las versiones fechadas usan los widgets actuales del sitio. Puede borrar esa carpeta.`,
    linksSettled: (date: string, count: number) =>
      `Versión del ${date}: ${count} enlace(s) a páginas que el sitio ya no publica, llevados a la copia o dejados como texto.`,
    brokenLinks: (links: string[]) =>
      `Direcciones de las versiones fechadas que no son ningún archivo del sitio (página → dirección):\n  ${links.join('\n  ')}`,
  },
  en: {
    usage: `Usage:
  rendir check [--content DIR]             checks the content and prints every problem
  rendir build [--content DIR] [--out DIR] builds the site (fails on any problem)
  rendir dev [--content DIR] [--port N]    a preview that updates as you edit
  rendir new DIR                           makes a content folder from the template
  rendir snapshot [--content DIR] [--date YYYY-MM-DD]
                                           keeps a dated copy of the content (versiones/)
                                           for embeds pinned to that date
Options: --lang es|en (language of messages; default: the site's)
         --strict (warnings count as errors)`,
    ok: (c: Counts) =>
      `Content has no errors: ${c.indicators} indicators, ${c.series} statistical series, ${c.lines} budget lines, ${c.goals} development plan goals, ${c.commitments} commitments, ${c.datasets} data sets, ${c.docs} reports and pages.`,
    problems: (e: number, w: number) => `${e} error(s) and ${w} warning(s).`,
    warning: 'warning',
    error: 'error',
    nothingWritten: 'Nothing was written: fix the errors and try again.',
    built: (out: string, s: string) => `Site built in ${out} (${s} s).`,
    csp: 'Header your server must send with every page:',
    integrity:
      'Integrity (SRI) of the widget scripts, for <script type="module" integrity="…" crossorigin> on other sites:',
    buildFailed: 'The build failed; the output folder is unchanged.',
    waiting: (pid: number) =>
      `Another build of this site is running (process ${pid}); this one starts when it ends.`,
    exists: (dir: string) => `${dir} already exists and is not empty; choose another folder.`,
    created: (dir: string) =>
      `Folder created at ${dir}. Edit site.yaml and the CSVs, then:\n  rendir check --content ${dir}\n  rendir build --content ${dir} --out ${dir}-site`,
    noContent: (dir: string) => `The content folder ${dir} does not exist.`,
    version: (date: string) => `Version of ${date}: embed pages built.`,
    versionCheck: (dir: string) => `Dated copy ${dir}:`,
    versionFailed: (date: string) => `The version of ${date} could not be built.`,
    snapshot: (dir: string) => `Copy kept in ${dir}. Its embed pages are built with the site.`,
    badDate: (date: string) =>
      `--date «${date.slice(0, 40)}» is not a date YYYY-MM-DD (for example 2025-06-30).`,
    versionExists: (dir: string) => `${dir} already exists: that date has its copy.`,
    oldBundles: (dir: string) =>
      `Warning: ${dir} is ignored. The site never publishes code from the content folder; dated versions run the site's current widgets. You can delete that folder.`,
    linksSettled: (date: string, count: number) =>
      `Version of ${date}: ${count} link(s) to pages the site no longer publishes, sent to the copy or left as text.`,
    brokenLinks: (links: string[]) =>
      `Addresses in the dated versions that are no file of the site (page → address):\n  ${links.join('\n  ')}`,
  },
};

/** Prints every problem; true when none is an error (with `strict`, when there is none at all). */
function report(model: SiteModel, lang: Lang, strict: boolean): boolean {
  const m = MESSAGES[lang];
  const errors = strict ? [...model.errors, ...model.warnings] : model.errors;
  const warnings = strict ? [] : model.warnings;
  for (const err of errors) console.error(`${m.error}: ${formatError(err, lang)}`);
  for (const warn of warnings) console.error(`${m.warning}: ${formatError(warn, lang)}`);
  if (errors.length === 0) {
    console.log(
      m.ok({
        indicators: model.indicators.length,
        series: model.sdgSeries.length,
        lines: model.budgets.reduce((n, b) => n + b.lines.length, 0),
        goals: model.plans.reduce((n, p) => n + p.goals.length, 0),
        commitments: model.commitments.length,
        datasets: model.datasets.length,
        docs: model.reports.length + model.pages.length,
      }),
    );
    if (warnings.length) console.log(m.problems(0, warnings.length));
    return true;
  }
  console.error(m.problems(errors.length, warnings.length));
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
    console.error(MESSAGES[l].nothingWritten);
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
    // Builds share files under site/ (build-lock.ts): one at a time.
    await withBuildLock(
      join(siteDir, 'node_modules', '.astro', 'build.lock'),
      () => astroStage(content, stage, tmp, l),
      { onWait: (pid) => console.log(MESSAGES[l].waiting(pid)) },
    );
  } catch (err) {
    await closeSearchIndex();
    rmSync(stage, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
    console.error(failureText(err));
    console.error(MESSAGES[l].buildFailed);
    return 1;
  } finally {
    process.chdir(cwd);
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  console.log(MESSAGES[l].built(out, ((performance.now() - started) / 1000).toFixed(1)));
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
    if (oldBundles) console.warn(MESSAGES[l].oldBundles(oldBundles));
    for (const date of dates) {
      if (!(await buildVersion(content, tmp, date, l)))
        throw new Error(MESSAGES[l].versionFailed(date));
      console.log(MESSAGES[l].version(date));
    }
    // Pinned pages are served for years: each address they name must be a file of this site.
    const broken = dates.length ? brokenLinks(tmp, siteBase(), VERSIONS_DIR) : [];
    if (broken.length) throw new Error(MESSAGES[l].brokenLinks(broken));
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
  if (changed.length) console.log(MESSAGES[lang].linksSettled(date, changed.length));
  return true;
}

/** What the host must send, and the hashes for embedding the widgets elsewhere. */
function printDeployHeaders(out: string, lang: Lang): void {
  console.log(`\n${MESSAGES[lang].csp}\n  Content-Security-Policy: ${SITE_CSP}`);
  const hashes = bundleIntegrity(out);
  if (hashes.length === 0) return;
  const width = Math.max(...hashes.map((h) => h.path.length));
  console.log(`\n${MESSAGES[lang].integrity}`);
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
  const m = MESSAGES[lang];
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(m.exists(dir));
    return 1;
  }
  cpSync(templateDir, dir, { recursive: true });
  console.log(m.created(dir));
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
    console.log(MESSAGES[lang ?? 'es'].usage);
    return values.help ? 0 : 2;
  }
  if (
    (command === 'check' || command === 'build' || command === 'dev' || command === 'snapshot') &&
    !existsSync(content)
  ) {
    console.error(MESSAGES[lang ?? 'es'].noContent(content));
    return 1;
  }
  switch (command) {
    case 'check': {
      const model = await getModel(content);
      const l = lang ?? model.defaultLang;
      let ok = report(model, l, strict);
      // Each dated copy is built with the site: checked with it, each under its own name.
      for (const date of versionDates(content)) {
        console.log(MESSAGES[l].versionCheck(join(VERSIONS_DIR, date)));
        ok = report(await getModel(join(content, VERSIONS_DIR, date)), l, strict) && ok;
      }
      const oldBundles = oldBundleStore(content);
      if (oldBundles) console.warn(MESSAGES[l].oldBundles(oldBundles));
      return ok ? 0 : 1;
    }
    case 'build':
      return build(content, resolve(values.out ?? join(siteDir, 'dist')), lang, strict);
    case 'dev':
      return dev(content, values.port ? Number(values.port) : undefined, values.host);
    case 'snapshot': {
      // Today in UTC unless --date says which publication the copy keeps.
      const date = values.date ?? new Date().toISOString().slice(0, 10);
      const m = MESSAGES[lang ?? 'es'];
      const target = join(content, VERSIONS_DIR, date);
      if (!isVersionDate(date)) {
        console.error(m.badDate(date));
        return 2;
      }
      if (existsSync(target)) {
        console.error(m.versionExists(target));
        return 1;
      }
      try {
        console.log(m.snapshot(await snapshotContent(content, date)));
        return 0;
      } catch (error) {
        // A file the content folder's boundary refuses (a link out of it): named, as check does.
        if (!(error instanceof ContentFileError)) throw error;
        console.error(formatError(error.problem, lang ?? 'es'));
        return 1;
      }
    }
    case 'new':
      if (!arg) break;
      return newFolder(resolve(arg), lang ?? 'es');
  }
  console.error(MESSAGES[lang ?? 'es'].usage);
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
