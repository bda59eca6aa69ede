// The rendir CLI on broken and good content: every problem with file, line and column,
// a failed build that writes nothing, and `rendir new` making a folder that passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/rendir.ts', import.meta.url));
const template = fileURLToPath(new URL('../template', import.meta.url));

function rendir(...args: string[]) {
  const run = spawnSync(process.execPath, [...process.execArgv, bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

function content(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rendir-cli-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** `rendir build` on broken content: exit 1, the problems printed, nothing written. */
function failedBuild(dir: string, lang: 'es' | 'en') {
  const out = join(mkdtempSync(join(tmpdir(), 'rendir-out-')), 'site');
  const run = rendir('build', '--content', dir, '--out', out, '--lang', lang);
  assert.equal(run.code, 1, run.out);
  assert.ok(!existsSync(out), 'nothing was written');
  rmSync(join(out, '..'), { recursive: true, force: true });
  return run;
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

test('the template passes the check', () => {
  const dir = content();
  const run = rendir('check', '--content', dir);
  assert.equal(run.code, 0, run.out);
  assert.match(run.out, /Contenido sin errores/);
  rmSync(dir, { recursive: true });
});

test('a ragged CSV row fails the build with file, line and column', () => {
  const dir = content();
  appendFileSync(
    join(dir, 'budget/presupuesto.csv'),
    '2025;Salud;Vacunación;2025000000003;10.000,00\n',
  );
  const run = failedBuild(dir, 'en');
  assert.match(run.out, /budget\/presupuesto\.csv:4:6 — The row has 5 fields and the header 9/);
  rmSync(dir, { recursive: true });
});

test('a wrong number fails the build with file, line, column, the value and what was expected', () => {
  const dir = content();
  edit(dir, 'budget/presupuesto.csv', (t) => t.replace('120.000.000,00', 'ciento veinte millones'));
  const run = failedBuild(dir, 'es');
  assert.match(run.out, /budget\/presupuesto\.csv:2:6 — «ciento veinte millones» no es un número/);
  assert.match(run.out, /Se esperaba: un número/);
  rmSync(dir, { recursive: true });
});

test('an unknown indicator id in MDX fails the build with the line and column of the tag', () => {
  const dir = content();
  edit(dir, 'reports/primer-informe.mdx', (t) =>
    t.replace('group="Transparencia" />', 'id="no-existe" />'),
  );
  const run = failedBuild(dir, 'en');
  assert.match(
    run.out,
    /reports\/primer-informe\.mdx:15:1 — «id="no-existe"» No indicator has the id “no-existe”/,
  );
  assert.match(run.out, /Expected: an indicator id: «datos-publicados»/);
  // A text's place is its line and column, not a spreadsheet's row and column letter.
  assert.match(
    run.out,
    /primer-informe\.mdx:15:1 — [^\n]*\. In the text: line 15, column 1\. Expected: /,
  );
  assert.doesNotMatch(run.out, /mdx:[^\n]*spreadsheet/);
  rmSync(dir, { recursive: true });
});

test('unknown commitment, data set and budget references in MDX are reported too', () => {
  const dir = content();
  appendFileSync(
    join(dir, 'reports/primer-informe.mdx'),
    '\n<CommitmentCard id="XX-99" />\n\n<DatasetViewer id="nada" />\n\n<BudgetViewer data="budget/otro.csv" />\n',
  );
  const run = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(run.code, 1);
  assert.match(run.out, /primer-informe\.mdx:17:1 — «id="XX-99"» No commitment has the id/);
  assert.match(run.out, /primer-informe\.mdx:19:1 — «id="nada"» No data set has the id/);
  assert.match(run.out, /primer-informe\.mdx:21:1 — «data="budget\/otro\.csv"» There is no budget/);
  rmSync(dir, { recursive: true });
});

test('an invalid site.yaml fails the build with line and column, in the language asked', () => {
  const dir = content();
  edit(dir, 'site.yaml', (t) => t.replace(/^url: .*$/m, 'url: transparencia punto gov'));
  const run = failedBuild(dir, 'es');
  assert.match(
    run.out,
    /site\.yaml:4:6 — «transparencia punto gov» El valor de «url» no es válido/,
  );
  assert.match(run.out, /Se esperaba: la dirección pública completa del sitio, con https:\/\//);
  assert.match(
    run.out,
    /site\.yaml:4:6 — [^\n]*\. En el texto: línea 4, columna 6\. Se esperaba: /,
  );
  assert.doesNotMatch(run.out, /site\.yaml:[^\n]*hoja de cálculo/);
  rmSync(dir, { recursive: true });
});

test('broken YAML syntax in site.yaml is reported with its line', () => {
  const dir = content();
  edit(dir, 'site.yaml', (t) => t.replace('locales: [es, en]', 'locales: [es, en'));
  const run = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(run.code, 1);
  assert.match(run.out, /site\.yaml:\d+:\d+ — site\.yaml cannot be read/);
  rmSync(dir, { recursive: true });
});

test('every problem of a folder is reported at once', () => {
  const dir = content();
  appendFileSync(join(dir, 'budget/presupuesto.csv'), '2025;Salud\n');
  edit(dir, 'site.yaml', (t) => t.replace(/^name: .*$/m, 'name: ""'));
  edit(dir, 'reports/primer-informe.mdx', (t) =>
    t.replace('group="Transparencia"', 'group="Nada"'),
  );
  const run = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(run.code, 1);
  assert.match(run.out, /budget\/presupuesto\.csv:4:/);
  assert.match(run.out, /site\.yaml:2:7/);
  assert.match(run.out, /primer-informe\.mdx:15:1/);
  assert.match(run.out, /3 error\(s\)/);
  rmSync(dir, { recursive: true });
});

test('a build with a problem fails and leaves the output folder as it was', () => {
  const dir = content();
  // The output folder's parent is this test's own: other builds on the machine may
  // have their temporary folders in the system's tmpdir at the same time.
  const parent = mkdtempSync(join(tmpdir(), 'rendir-parent-'));
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the site that was there');
  edit(dir, 'budget/presupuesto.csv', (t) => t.replace('120.000.000,00', 'x'));
  const run = rendir('build', '--content', dir, '--out', out);
  assert.equal(run.code, 1);
  assert.match(run.out, /No se escribió nada/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'the site that was there');
  assert.deepEqual(
    readdirSync(parent).filter((n) => n !== 'out'),
    [],
    'no temporary folder is left behind',
  );
  rmSync(dir, { recursive: true });
  rmSync(parent, { recursive: true });
});

test('rendir new makes a content folder that passes the check, and refuses a non-empty one', () => {
  const parent = mkdtempSync(join(tmpdir(), 'rendir-new-'));
  const dir = join(parent, 'mi-entidad');
  const made = rendir('new', dir);
  assert.equal(made.code, 0, made.out);
  assert.ok(existsSync(join(dir, 'site.yaml')));
  assert.equal(rendir('check', '--content', dir).code, 0);
  const again = rendir('new', dir);
  assert.equal(again.code, 1);
  assert.match(again.out, /ya existe/);
  rmSync(parent, { recursive: true });
});

test('usage is printed for an unknown command', () => {
  const run = rendir('publicar');
  assert.equal(run.code, 2);
  assert.match(run.out, /rendir check/);
});

test('a free page named like a section is refused', () => {
  const dir = content();
  cpSync(join(dir, 'pages/acerca.mdx'), join(dir, 'pages/presupuesto.mdx'));
  const run = rendir('check', '--content', dir, '--lang', 'en');
  assert.equal(run.code, 1);
  assert.match(
    run.out,
    /pages\/presupuesto\.mdx — «presupuesto» The name “presupuesto” is already used/,
  );
  rmSync(dir, { recursive: true });
});

test('two builds at once, one of them onto another disk, both finish whole', async () => {
  const dir = content();
  // /dev/shm is a RAM disk on Linux: another device than the project, where Astro's own
  // rename of its intermediate files would fail (EXDEV).
  const shm = '/dev/shm';
  const otherDisk =
    existsSync(shm) && statSync(shm).dev !== statSync(bin).dev
      ? mkdtempSync(join(shm, 'rendir-'))
      : undefined;
  const here = mkdtempSync(join(tmpdir(), 'rendir-two-'));
  const outs = [join(here, 'a'), join(otherDisk ?? here, 'b')];
  const runs = await Promise.all(
    outs.map(
      (out) =>
        new Promise<{ code: number | null; out: string }>((done) => {
          const child = spawn(
            process.execPath,
            [...process.execArgv, bin, 'build', '--content', dir, '--out', out],
            {
              env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
            },
          );
          let text = '';
          child.stdout.on('data', (d) => (text += d));
          child.stderr.on('data', (d) => (text += d));
          child.on('close', (code) => done({ code, out: text }));
        }),
    ),
  );
  for (const [i, run] of runs.entries()) {
    assert.equal(run.code, 0, run.out);
    assert.ok(existsSync(join(outs[i], 'index.html')), `${outs[i]}/index.html`);
    assert.ok(!existsSync(join(outs[i], '.prerender')), 'no intermediate files in the site');
  }
  for (const folder of [here, otherDisk, dir])
    if (folder) rmSync(folder, { recursive: true, force: true });
});
