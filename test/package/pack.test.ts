/**
 * Rendir outside this repository, as an entity gets it (`npm run build` first): every
 * package packed as npm would publish it, `create-rendir` run from its tarball in an empty
 * folder, the tarballs installed there, and the new site checked, built and crawled over
 * HTTP (every page 200, every internal link and asset resolves). Nothing of the checkout
 * is used after packing: a .ts file or a path into the monorepo fails here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { fileFor, repoRoot, serve } from '../site/helpers.ts';

/** Every package an entity installs, by its folder in this checkout. */
const FOLDERS: Record<string, string> = {
  '@rendir/core': 'packages/core',
  '@rendir/components': 'packages/components',
  '@rendir/site': 'site',
  'create-rendir': 'packages/create-rendir',
};
const PACKAGES = Object.keys(FOLDERS);

const work = mkdtempSync(join(tmpdir(), 'rendir-pack-'));
const packs = join(work, 'packs');
const site = join(work, 'mi-entidad');

/**
 * The environment of a user's shell: none of the npm run variables of this checkout, and
 * none of its node_modules/.bin folders on PATH; this Node first (24, where npm runs it).
 */
const userEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) && key !== 'NODE_OPTIONS' && key !== 'RENDIR_CONTENT',
    ),
  ),
  PATH: [
    dirname(process.execPath),
    ...(process.env.PATH ?? '').split(delimiter).filter((dir) => !dir.startsWith(repoRoot)),
  ].join(delimiter),
};

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...userEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed in ${cwd}:\n${output}`);
  return result.stdout;
}

let tarballs: Record<string, string> = {};
let contents: Record<string, string[]> = {};

describe('the packed packages, installed in an empty folder', () => {
  before(() => {
    mkdirSync(packs);
    const packed = JSON.parse(
      run(repoRoot, 'npm', [
        'pack',
        '--json',
        '--silent',
        '--pack-destination',
        packs,
        ...PACKAGES.flatMap((name) => ['--workspace', name]),
      ]),
    ) as { name: string; filename: string; files: { path: string }[] }[];
    tarballs = Object.fromEntries(packed.map((p) => [p.name, join(packs, p.filename)]));
    contents = Object.fromEntries(packed.map((p) => [p.name, p.files.map((f) => f.path)]));
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('packs every package, with compiled JavaScript for the commands', () => {
    assert.deepEqual(Object.keys(tarballs).sort(), [...PACKAGES].sort());
    for (const file of Object.values(tarballs)) assert.ok(existsSync(file), file);
    assert.ok(contents['@rendir/site'].includes('cli/rendir.js'));
    assert.ok(contents['create-rendir'].includes('content-template/site.yaml'));
    assert.ok(contents['@rendir/components'].includes('dist/bundle/rendir-all.js'));
    for (const name of PACKAGES) {
      const pkg = JSON.parse(
        readFileSync(join(repoRoot, FOLDERS[name], 'package.json'), 'utf8'),
      ) as { bin?: Record<string, string> };
      for (const bin of Object.values(pkg.bin ?? {}))
        assert.match(bin, /\.js$/, `${name}'s command is JavaScript`);
    }
  });

  it('npm create rendir makes a site folder with content, scripts and deploy workflows', () => {
    const out = run(work, 'npm', [
      'exec',
      '--yes',
      `--package=${tarballs['create-rendir']}`,
      '--',
      'create-rendir',
      'mi-entidad',
    ]);
    assert.match(out, /npm run check/);
    const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'mi-entidad');
    assert.deepEqual(Object.keys(pkg.scripts).sort(), ['build', 'check', 'dev', 'snapshot']);
    assert.match(pkg.dependencies['@rendir/site'], /^\^\d+\.\d+\.\d+/);
    for (const file of [
      'content/site.yaml',
      'content/budget/presupuesto.csv',
      '.github/workflows/pages.yml',
      '.gitlab-ci.yml',
      '.gitignore',
      'README.md',
    ])
      assert.ok(existsSync(join(site, file)), `${file} is in the new folder`);
    // The workflows parse, build with the folder's own scripts and publish what the build makes.
    const github = parse(readFileSync(join(site, '.github/workflows/pages.yml'), 'utf8'));
    const steps = github.jobs.build.steps as {
      id?: string;
      run?: string;
      uses?: string;
      with?: object;
      env?: Record<string, string>;
    }[];
    assert.ok(steps.some((step) => step.run === 'npm run check'));
    // A project site (org.github.io/repo/) builds under the path configure-pages gives.
    const pagesStep = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    assert.ok(pagesStep?.id, 'configure-pages has an id the build reads');
    assert.equal(
      steps.find((step) => step.run === 'npm run build')?.env?.RENDIR_BASE,
      `\${{ steps.${pagesStep.id}.outputs.base_path }}`,
    );
    assert.deepEqual(
      steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with,
      { path: 'dist' },
    );
    assert.match(github.jobs.deploy.steps[0].uses, /^actions\/deploy-pages@/);
    const gitlab = parse(readFileSync(join(site, '.gitlab-ci.yml'), 'utf8'));
    assert.ok(gitlab.pages.script.includes('npm run build'));
    assert.ok(gitlab.pages.script.some((line: string) => /RENDIR_BASE=.*CI_PAGES_URL/.test(line)));
    assert.ok(gitlab.pages.script.includes('rm -rf public && mv dist public'));
    assert.deepEqual(gitlab.pages.artifacts.paths, ['public']);
    // A second run never overwrites a folder in use.
    const again = spawnSync(
      'npm',
      ['exec', '--yes', `--package=${tarballs['create-rendir']}`, '--', 'create-rendir', site],
      { cwd: work, encoding: 'utf8', env: userEnv },
    );
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, /no está vacía/);
  });

  it('installs from the tarballs, checks and builds the site with the compiled rendir', () => {
    // The tarballs stand for the registry's @rendir packages.
    run(site, 'npm', [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      tarballs['@rendir/core'],
      tarballs['@rendir/components'],
      tarballs['@rendir/site'],
    ]);
    const installed = join(site, 'node_modules', '@rendir', 'site');
    assert.ok(existsSync(join(installed, 'cli', 'rendir.js')), 'the command is compiled');
    assert.match(run(site, 'npm', ['run', 'check']), /Contenido sin errores/);
    const out = run(site, 'npm', ['run', 'build']);
    assert.match(out, /Sitio construido en/);
    assert.match(out, /Content-Security-Policy: default-src 'self'; script-src 'self'/);
    // The printed integrity is the bundle's own.
    const bundle = join(site, 'dist', 'rendir', 'rendir-all.js');
    const sri = `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`;
    assert.match(out, new RegExp(`/rendir/rendir-all\\.js\\s+${sri.replace(/[+/]/g, '\\$&')}`));
  });

  it('npm run dev serves the site and the widget bundles from the installed packages', async () => {
    // Astro takes the next port when this one is busy: the address is read from its output.
    const port = 4900 + Math.floor(Math.random() * 400);
    const dev = spawn(
      process.execPath,
      [
        join(site, 'node_modules/@rendir/site/bin/rendir.js'),
        'dev',
        '--content',
        'content',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      { cwd: site, env: { ...userEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
    );
    const exited = new Promise((done) => dev.once('exit', done));
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let seen = '';
        dev.stdout.setEncoding('utf8');
        dev.stderr.setEncoding('utf8');
        dev.stderr.on('data', (chunk: string) => (seen += chunk));
        dev.stdout.on('data', (chunk: string) => {
          seen += chunk;
          const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
          if (found) resolve(found[1]);
        });
        dev.once('exit', (code) => reject(new Error(`rendir dev exited (${code}):\n${seen}`)));
      });
      const home = await fetch(`${origin}/`);
      assert.equal(home.status, 200);
      assert.match(await home.text(), /<title>Nombre de la entidad/);
      const bundle = await fetch(`${origin}/rendir/rendir-budget-viewer.js`);
      assert.equal(bundle.status, 200);
    } finally {
      dev.kill('SIGINT');
      await exited;
    }
  });

  it('the built site: every page answers 200 and every internal link and asset resolves', async () => {
    const dist = join(site, 'dist');
    assert.ok(readdirSync(dist).includes('index.html'));
    const { server, origin }: { server: Server; origin: string } = await serve(dist);
    try {
      const queue = ['/'];
      const seen = new Set(queue);
      const broken: string[] = [];
      while (queue.length) {
        const path = queue.shift()!;
        const response = await fetch(origin + path);
        if (response.status !== 200) {
          broken.push(`${path}: HTTP ${response.status}`);
          continue;
        }
        if (!response.headers.get('content-type')?.startsWith('text/html')) continue;
        const html = await response.text();
        for (const [, value] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
          const url = new URL(value.replaceAll('&amp;', '&'), origin + path);
          if (url.origin !== origin || seen.has(url.pathname)) continue;
          seen.add(url.pathname);
          if (!fileFor(dist, url.pathname)) broken.push(`${path} → ${value}`);
          else queue.push(url.pathname);
        }
      }
      assert.deepEqual(broken, []);
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]).pathname,
      );
      assert.ok(listed.length >= 10, `the sitemap lists ${listed.length} pages`);
      assert.deepEqual(
        listed.filter((p) => !seen.has(p)),
        [],
        'every page of the sitemap is reached by links',
      );
      assert.ok(seen.has('/rendir/rendir-budget-viewer.js'), 'the pages load the widget bundles');
    } finally {
      server.close();
    }
  });
});
