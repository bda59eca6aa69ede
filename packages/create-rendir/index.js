#!/usr/bin/env node
// create-rendir: `npm create rendir@latest mi-entidad` makes a folder for an entity's
// transparency site: the content template in content/, a package.json whose scripts run
// the generator (npm run check | build | dev), deploy workflows and a README.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8'));

const MESSAGES = {
  es: {
    usage:
      'Uso: npm create rendir@latest CARPETA   (por ejemplo: npm create rendir@latest mi-entidad)',
    exists: (dir) => `${dir} ya existe y no está vacía; elija otra carpeta.`,
    created: (dir, cd) =>
      `Sitio creado en ${dir}. Siga con:\n  cd ${cd}\n  npm install\n  npm run check   # revisa content/ y muestra cada problema\n  npm run build   # construye el sitio en dist/\n  npm run dev     # vista previa mientras edita\nEl README.md de la carpeta explica cómo publicarlo (GitHub Pages, GitLab Pages o cualquier servidor).`,
  },
  en: {
    usage:
      'Usage: npm create rendir@latest FOLDER   (for example: npm create rendir@latest mi-entidad)',
    exists: (dir) => `${dir} already exists and is not empty; choose another folder.`,
    created: (dir, cd) =>
      `Site created in ${dir}. Next:\n  cd ${cd}\n  npm install\n  npm run check   # checks content/ and prints every problem\n  npm run build   # builds the site into dist/\n  npm run dev     # preview while you edit\nThe folder's README.md says how to publish it (GitHub Pages, GitLab Pages or any web server).`,
  },
};

/** A package name npm accepts, from the folder's name. */
function packageName(dir) {
  const name = basename(dir)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name || 'sitio-rendir';
}

/** The content template: packed inside this package, or the generator's in a checkout. */
function contentTemplate() {
  const packed = here('./content-template');
  return existsSync(packed) ? packed : here('../../site/template');
}

function create(target, lang = 'es') {
  const m = MESSAGES[lang];
  const dir = resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    console.error(m.exists(dir));
    return 1;
  }
  cpSync(here('./files'), dir, { recursive: true });
  // npm drops .gitignore files from packages: it travels as gitignore.
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
  cpSync(contentTemplate(), join(dir, 'content'), { recursive: true });
  const pkg = {
    name: packageName(dir),
    private: true,
    type: 'module',
    engines: { node: '>=22.12' },
    scripts: {
      check: 'rendir check --content content',
      build: 'rendir build --content content --out dist',
      dev: 'rendir dev --content content',
      snapshot: 'rendir snapshot --content content',
    },
    dependencies: { '@rendir/site': `^${version}` },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(m.created(dir, relative(process.cwd(), dir) || '.'));
  return 0;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const lang =
  values.lang === 'en' || (!values.lang && /^en/.test(process.env.LANG ?? '')) ? 'en' : 'es';
if (values.help || positionals.length !== 1) {
  console.log(MESSAGES[lang].usage);
  process.exitCode = values.help ? 0 : 2;
} else {
  process.exitCode = create(positionals[0], lang);
}
