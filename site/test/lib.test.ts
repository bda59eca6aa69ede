// The generator's own logic, without a build: slugs, colours, site.yaml positions, MDX
// references and sanitising, routes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { luminance, onColor } from '../src/lib/color.ts';
import { parseSiteYaml } from '../src/lib/config.ts';
import { findRefs } from '../src/lib/refs.ts';
import { isSafeHref, sanitizeMdx } from '../src/lib/sanitize-mdx.ts';
import { readFrontMatter } from '../src/lib/documents.ts';
import { href, pick, t } from '../src/lib/i18n.ts';
import { langOf } from '../src/lib/lang.ts';
import { bundleHref, normalizeBase, resolveBase, withBase, withoutBase } from '../src/lib/paths.ts';
import {
  isVersionDate,
  oldBundleStore,
  pinnedLinkTarget,
  settlePinnedLinks,
  versionDates,
} from '../src/lib/versions.ts';
import { brokenLinks, servedFile } from '../src/lib/link-check.ts';
import { sitemapLinks } from '../src/lib/sitemap-links.ts';
import { pageFile, searchableHtml } from '../src/lib/search.ts';
import { largestFirst } from '../src/lib/budget.ts';
import { jsonStream } from '../src/lib/json-stream.ts';
import { statusWord } from '../src/lib/status.ts';
import {
  completionWord,
  INDICATOR_STATUSES,
  indicatorStatusWord,
  messageText,
  milestoneStatusWord,
  slugify,
  uniqueSlugs,
} from '@rendir/core';

test('slugs are ASCII, lowercase, and unique', () => {
  assert.equal(slugify('Índice de innovación pública'), 'indice-de-innovacion-publica');
  assert.equal(slugify('<script>alert(1)</script>'), 'script-alert-1-script');
  assert.equal(slugify('../../etc'), 'etc');
  assert.equal(slugify('¿?'), 'item');
  assert.deepEqual(uniqueSlugs(['IV-01', 'iv 01', 'IV-02']), ['iv-01', 'iv-01-2', 'iv-02']);
});

test("text on the entity's colour is black or white, whichever contrasts more", () => {
  assert.equal(onColor('#1d4f91'), '#ffffff');
  assert.equal(onColor('#ffdd00'), '#000000');
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  for (const colour of ['#3366cc', '#808080', '#00ff00', '#990000', '#ffffff', '#000000']) {
    assert.ok(contrast(colour, onColor(colour)) >= 4.5, colour);
  }
});

test('site.yaml problems point at the key, with line and column', () => {
  const { config, errors } = parseSiteYaml(
    'name: Ejemplo\nurl: https://x.gov.co\nlocales: [es, fr]\ntheme:\n  primary: azul\n',
  );
  assert.equal(config, null);
  assert.deepEqual(
    errors.map((e) => [e.line, e.column, e.value]),
    [
      [3, 15, 'fr'],
      [5, 12, 'azul'],
    ],
  );
  // A map where a word is expected is shown as the author wrote it, not as «[object Object]».
  const map = parseSiteYaml('name: E\nurl: https://x.gov.co\ncurrency:\n  code: COP\n');
  assert.equal(map.errors[0].value, 'code: COP');
  const list = parseSiteYaml('name: [E, F]\nurl: https://x.gov.co\n');
  assert.equal(list.errors[0].value, '[E, F]');
  const missing = parseSiteYaml('url: https://x.gov.co\n');
  assert.equal(missing.errors[0].code, 'site.required');
  assert.match(messageText(missing.errors[0].message, 'es'), /«name»/);
  const ok = parseSiteYaml('name: E\nurl: https://x.gov.co\n');
  assert.deepEqual(ok.errors, []);
  assert.deepEqual(ok.config?.locales, ['es']);
  assert.equal(ok.config?.number_format, 'es');
});

test('report front matter is checked with the line of the key', () => {
  const bad = readFrontMatter(
    '---\ntitle: Informe\ndate: 15/12/2025\n---\nTexto',
    'reports/a.mdx',
    'report',
  );
  assert.deepEqual(
    bad.errors.map((e) => [e.code, e.line]),
    [['mdx.date', 3]],
  );
  const none = readFrontMatter('Texto sin encabezado', 'pages/b.mdx', 'page');
  assert.equal(none.errors[0].code, 'mdx.front_matter');
  const good = readFrontMatter(
    '---\ntitle: Informe\ndate: 2025-12-15\n---\n',
    'reports/c.mdx',
    'report',
  );
  assert.deepEqual(good.data, { title: 'Informe', date: '2025-12-15' });
});

test('component references are found with their line and column, and syntax errors too', () => {
  const { refs } = findRefs(
    '---\ntitle: x\n---\n\nTexto.\n\n<CommitmentCard id="IV-01" />\n\n  <DatasetViewer id={"x"} />\n',
  );
  assert.deepEqual(
    refs.map((r) => [r.name, r.line, r.column, r.attrs, r.expressions]),
    [
      ['CommitmentCard', 7, 1, { id: 'IV-01' }, []],
      ['DatasetViewer', 9, 3, {}, ['id']],
    ],
  );
  const broken = findRefs('# Título\n\n<CommitmentCard id="x"\n\nmás texto');
  assert.ok(broken.syntax);
  assert.ok(broken.syntax.line >= 3);
});

test('only relative, http(s) and mailto links are safe', () => {
  for (const ok of [
    '/informes/',
    '#notas',
    'media/logo.svg',
    'https://datos.gov.co',
    'mailto:a@b.co',
  ])
    assert.ok(isSafeHref(ok), ok);
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    '//evil.example',
    '',
  ]) {
    assert.ok(!isSafeHref(bad), bad);
  }
});

test('sanitised MDX renders no script, iframe, event handler, import or expression', () => {
  const source = [
    "import fs from 'node:fs'",
    '',
    "<script>alert('x')</script>",
    '',
    '<iframe src="https://evil.example"></iframe>',
    '',
    'Texto <a href="javascript:alert(\'a\')">enlace</a> y [otro](javascript:alert(1)) y {alert(2)}.',
    '',
    '<p onClick="alert(3)">párrafo</p>',
    '',
    '<CommitmentCard id="IV-01" />',
  ].join('\n');
  const { code } = mdxToJs(source, { mdastPlugins: [sanitizeMdx] });
  assert.doesNotMatch(code, /^import fs/m, 'no import');
  assert.doesNotMatch(code, /_components\.script|"script"/, 'no script element');
  assert.doesNotMatch(code, /"iframe"|_components\.iframe/, 'no iframe element');
  assert.doesNotMatch(code, /onClick/, 'no event handler');
  assert.doesNotMatch(code, /href: "javascript/i, 'no javascript: link');
  assert.match(code, /"\{alert\(2\)\}"/, 'the expression is a string, not code');
  assert.match(code, /CommitmentCard/, 'the data components stay');
  assert.match(code, /children: "<script>alert\('x'\)<\\\/script>/, 'the script is shown as text');
});

test('links and language helpers', () => {
  assert.equal(href('es', 'es'), '/');
  assert.equal(href('en', 'es', 'indicators', 'abc'), '/en/indicators/abc/');
  assert.equal(href('es', 'es', 'data', 'descargas'), '/datos/descargas/');
  assert.equal(langOf('/en/reports/x/', { locales: ['es', 'en'], defaultLang: 'es' }), 'en');
  assert.equal(langOf('/indicadores/', { locales: ['es', 'en'], defaultLang: 'es' }), 'es');
  assert.equal(langOf('/en/x/', { locales: ['es'], defaultLang: 'es' }), 'es');
  assert.equal(pick({ es: 'Hola', en: 'Hello' }, 'en'), 'Hello');
  assert.equal(pick({ es: 'Hola' }, 'en'), 'Hola');
  assert.equal(t('en', 'rowsShown', { total: '1,791' }), 'The first rows of 1,791 in all.');
});

test('a site under a sub-path: one base for links, routes, languages and MDX links', () => {
  assert.equal(normalizeBase(''), '/');
  assert.equal(normalizeBase('repo'), '/repo/');
  assert.equal(normalizeBase('/org/repo'), '/org/repo/');
  assert.throws(() => normalizeBase('/../etc/'), /base path/);
  assert.throws(() => normalizeBase('/a b/'), /base path/);
  // The url's path, unless the deploy says otherwise (an empty RENDIR_BASE is the root).
  assert.equal(resolveBase('https://org.github.io/repo', undefined), '/repo/');
  assert.equal(resolveBase('https://org.github.io/repo/', '/other'), '/other/');
  assert.equal(resolveBase('https://org.github.io/repo/', ''), '/');
  const before = process.env.RENDIR_SITE_BASE;
  process.env.RENDIR_SITE_BASE = '/repo/';
  try {
    assert.equal(href('es', 'es'), '/repo/');
    assert.equal(href('en', 'es', 'budget'), '/repo/en/budget/');
    assert.equal(withBase('/datos/x.csv'), '/repo/datos/x.csv');
    assert.equal(withBase('https://example.org/'), 'https://example.org/');
    assert.equal(withBase('//cdn.example/x.js'), '//cdn.example/x.js');
    assert.equal(withBase('#notas'), '#notas');
    assert.equal(withoutBase('/repo/en/budget/'), '/en/budget/');
    assert.equal(withoutBase('/repo'), '/');
    assert.equal(langOf('/repo/en/x/', { locales: ['es', 'en'], defaultLang: 'es' }), 'en');
    const { code } = mdxToJs('[datos](/datos/) y [nota](#n) y ![logo](/media/logo.svg)', {
      mdastPlugins: [sanitizeMdx],
    });
    assert.match(code, /href: "\/repo\/datos\/"/);
    assert.match(code, /href: "#n"/);
    assert.match(code, /src: "\/repo\/media\/logo.svg"/);
    // The same addresses written as HTML in MDX, and a srcset's every candidate.
    const html = mdxToJs(
      '<a href="/datos/">datos</a> <a href="#n">nota</a> <a href="https://example.org/">fuera</a>\n\n' +
        '<img src="/media/logo.svg" srcset="/media/a.png 1x, /media/b.png 2x" alt="" />',
      { mdastPlugins: [sanitizeMdx] },
    ).code;
    assert.match(html, /href: "\/repo\/datos\/"/);
    assert.match(html, /href: "#n"/);
    assert.match(html, /href: "https:\/\/example.org\/"/);
    assert.match(html, /src: "\/repo\/media\/logo.svg"/);
    assert.match(html, /srcset: "\/repo\/media\/a.png 1x, \/repo\/media\/b.png 2x"/);
  } finally {
    if (before === undefined) delete process.env.RENDIR_SITE_BASE;
    else process.env.RENDIR_SITE_BASE = before;
  }
});

test('a dated copy: a real date, its pages under its base, its links to the current site', () => {
  assert.equal(isVersionDate('2025-06-30'), true);
  assert.equal(isVersionDate('2024-02-29'), true);
  assert.equal(isVersionDate('2025-02-29'), false);
  assert.equal(isVersionDate('2025-6-30'), false);
  assert.equal(isVersionDate('../2025-06-30'), false);
  const before = { site: process.env.RENDIR_SITE_BASE, page: process.env.RENDIR_PAGE_BASE };
  process.env.RENDIR_SITE_BASE = '/repo/versiones/2025-06-30/';
  process.env.RENDIR_PAGE_BASE = '/repo/';
  try {
    assert.equal(href('en', 'es', 'budget'), '/repo/en/budget/');
    assert.equal(withBase('/datos/x.json'), '/repo/versiones/2025-06-30/datos/x.json');
    assert.equal(withoutBase('/repo/versiones/2025-06-30/en/embed/x/'), '/en/embed/x/');
    assert.equal(withoutBase('/repo/insertar/x/'), '/insertar/x/');
  } finally {
    for (const [key, value] of [
      ['RENDIR_SITE_BASE', before.site],
      ['RENDIR_PAGE_BASE', before.page],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
});

test('a dated copy links only pages that exist: the current one, its own, or none', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rendir-links-'));
  try {
    const out = join(root, 'site');
    const copy = join(out, 'versiones', '2025-06-30');
    const page = (dir: string, html = '<p>x</p>') => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), html);
    };
    page(join(out, 'repo-kept'));
    page(join(copy, 'insertar', 'x'));
    page(join(copy, 'insertar', 'gone'));
    const pinned = { date: '2025-06-30', content: root, base: '/', out };
    assert.equal(servedFile(out, '/', '/repo-kept/#a'), join(out, 'repo-kept', 'index.html'));
    assert.equal(servedFile(out, '/', '/../etc/passwd'), undefined);
    assert.equal(pinnedLinkTarget(pinned, copy, '/repo-kept/'), '/repo-kept/');
    assert.equal(pinnedLinkTarget(pinned, copy, 'https://example.org/'), 'https://example.org/');
    assert.equal(
      pinnedLinkTarget(pinned, copy, '/insertar/gone/'),
      '/versiones/2025-06-30/insertar/gone/',
    );
    assert.equal(pinnedLinkTarget(pinned, copy, '/indicadores/retirado/'), undefined);
    page(
      join(copy, 'insertar', 'x'),
      '<a href="/repo-kept/" target="_top">Sigue</a> · <a class="l" href="/indicadores/retirado/">Retirado <b>(2024)</b></a> · ' +
        '<a title="a > b" href="/insertar/gone/?a=1&amp;b=2">Copia</a><img src="/versiones/2025-06-30/nada.png">',
    );
    const changed = await settlePinnedLinks(pinned, copy);
    assert.equal(changed.length, 2);
    assert.equal(
      readFileSync(join(copy, 'insertar', 'x', 'index.html'), 'utf8'),
      '<a href="/repo-kept/" target="_top">Sigue</a> · Retirado <b>(2024)</b> · ' +
        '<a title="a > b" href="/versiones/2025-06-30/insertar/gone/?a=1&amp;b=2">Copia</a><img src="/versiones/2025-06-30/nada.png">',
    );
    // The build's check: what is still missing is named with its page.
    assert.deepEqual(brokenLinks(out, '/', 'versiones'), [
      'versiones/2025-06-30/insertar/x/index.html → /versiones/2025-06-30/nada.png',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a dated copy runs the site’s current bundles; versiones/widgets/ is only found, never read', () => {
  const saved = { site: process.env.RENDIR_SITE_BASE, page: process.env.RENDIR_PAGE_BASE };
  const root = mkdtempSync(join(tmpdir(), 'rendir-bundles-'));
  try {
    // The build of versiones/2025-06-30/ under /repo/: its pages, its links to the site.
    process.env.RENDIR_SITE_BASE = '/repo/versiones/2025-06-30/';
    process.env.RENDIR_PAGE_BASE = '/repo/';
    assert.equal(bundleHref('embed-frame.js'), '/repo/rendir/embed-frame.js');
    process.env.RENDIR_SITE_BASE = '/';
    delete process.env.RENDIR_PAGE_BASE;
    assert.equal(bundleHref('rendir.css'), '/rendir/rendir.css');
    const content = join(root, 'content');
    mkdirSync(join(content, 'versiones', '2025-06-30'), { recursive: true });
    assert.equal(oldBundleStore(content), undefined);
    mkdirSync(join(content, 'versiones', 'widgets', '0123456789abcdef'), { recursive: true });
    assert.equal(oldBundleStore(content), join(content, 'versiones', 'widgets'));
    assert.deepEqual(versionDates(content), ['2025-06-30'], 'not a dated copy either');
  } finally {
    for (const [key, value] of [
      ['RENDIR_SITE_BASE', saved.site],
      ['RENDIR_PAGE_BASE', saved.page],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    rmSync(root, { recursive: true, force: true });
  }
});

test('sitemap hreflang links are the ones @astrojs/sitemap finds, in one pass', async () => {
  // Its own generateSitemap (not exported: loaded beside the package's entry point).
  const entry = import.meta.resolve('@astrojs/sitemap');
  const { generateSitemap } = await import(new URL('./generate-sitemap.js', entry).href);
  const site = 'https://transparencia.ejemplo.gov.co';
  const locales = { es: 'es-CO', en: 'en' };
  const urls = [
    `${site}/`,
    `${site}/en/`,
    `${site}/indicadores/`,
    `${site}/en/indicators/`,
    `${site}/acerca/`,
    `${site}/en/acerca/`,
    `${site}/indicadores/ind-10/`,
    `${site}/indicadores/ind-9/`,
    `${site}/en/indicators/ind-9/`,
  ];
  const expected = generateSitemap(urls, `${site}/`, { i18n: { defaultLocale: 'es', locales } });
  const links = sitemapLinks(site, 'es', locales);
  const kept = urls.filter((u) => !!links.keep(u));
  const ours = generateSitemap(kept, `${site}/`, {}).map(links.serialize);
  assert.deepEqual(ours, expected);
  assert.ok(ours.some((item: { links?: unknown[] }) => item.links?.length === 2));
});

test('the search index gets the file Pagefind would find, and only the searchable part', () => {
  assert.equal(pageFile('/'), 'index.html');
  assert.equal(pageFile('/404/'), '404.html');
  assert.equal(pageFile('/en/indicators/ind-1/'), 'en/indicators/ind-1/index.html');
  const page =
    '<!DOCTYPE html><html lang="es"><head><title>T</title></head><body><header>Menú</header>' +
    '<main id="main" data-pagefind-body><h1>Hola</h1></main><footer>Pie</footer></body></html>';
  assert.equal(
    searchableHtml(page),
    '<!DOCTYPE html><html lang="es"><head><title>T</title></head><body>' +
      '<main id="main" data-pagefind-body><h1>Hola</h1></main></body></html>',
  );
  const other = '<html><body><main><h1>Sin marca</h1></main></body></html>';
  assert.equal(searchableHtml(other), other);
});

test('budget lines rank largest first, exactly, ties in file order', () => {
  const amounts = ['1.5', '-2', '10', '1.50', '999999999999999.99', '0.001', '1000000000000000'];
  assert.deepEqual(
    largestFirst(amounts, (a) => a),
    ['1000000000000000', '999999999999999.99', '10', '1.5', '1.50', '0.001', '-2'],
  );
  // Two amounts a float cannot tell apart keep their exact order.
  assert.deepEqual(
    largestFirst(['9007199254740993', '9007199254740992.9'], (a) => a),
    ['9007199254740993', '9007199254740992.9'],
  );
});

test("statuses read in core's words, the widgets' words, each for its kind", () => {
  assert.equal(statusWord('es', 'achieved', 'indicator'), 'Meta alcanzada');
  assert.equal(statusWord('en', 'achieved', 'indicator'), 'Target achieved');
  for (const status of INDICATOR_STATUSES) {
    for (const lang of ['es', 'en'] as const)
      assert.equal(
        statusWord(lang, status, 'indicator'),
        messageText(indicatorStatusWord(status), lang),
        status,
      );
  }
  // The same key, two meanings: an IRM completion level and a milestone's status.
  assert.equal(statusWord('es', 'complete', 'completion'), 'Completo');
  assert.equal(statusWord('es', 'complete', 'milestone'), 'Completado');
  assert.equal(statusWord('en', 'unknown', 'completion'), 'Not assessed');
  assert.equal(
    statusWord('en', 'unknown', 'completion'),
    messageText(completionWord('unknown'), 'en'),
  );
  assert.equal(
    statusWord('es', 'unknown', 'milestone'),
    messageText(milestoneStatusWord('unknown'), 'es'),
  );
  assert.throws(() => statusWord('es', 'delayed', 'completion'), /not a completion status/);
});

test('a JSON download written a slice at a time is byte for byte what JSON.stringify writes', async () => {
  const line = (n: number) => ({
    fiscalYear: '2015',
    levels: ['Área «Señalización»', `línea ${n}`],
    amounts: { amount: `${n}.5` },
    extra: { nota: 'dos\nlíneas', vacío: '' },
    missing: undefined,
  });
  const values: unknown[] = [
    Array.from({ length: 1234 }, (_, n) => line(n)),
    [],
    [1, undefined, 'x', [2, [3]], null, { a: [] }],
    { lines: [line(1)] },
    'solo texto',
    [line(1)],
  ];
  for (const value of values) {
    const text = await new Response(jsonStream(value)).text();
    assert.equal(text, JSON.stringify(value, null, 2));
  }
});
