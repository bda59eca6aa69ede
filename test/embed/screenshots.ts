/**
 * Screenshots to look at, not a test: every widget on the hostile CMS page (cms-page.ts) and
 * pages of a built site, at 375 and 1280 px, light and dark, in Spanish and English.
 *
 *   node test/embed/screenshots.ts OUT_DIR [SITE_DIR]
 *
 * Needs the components' bundles (npm run build); SITE_DIR defaults to site/dist.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, serve as serveSite, siteDist } from '../site/helpers.ts';
import { cmsCss, cmsDataFiles, cmsPage, cmsWidgets } from './cms-page.ts';
import { launch, serve } from './support.ts';

const [out, siteDir = siteDist] = process.argv.slice(2);
if (!out) throw new Error('usage: node test/embed/screenshots.ts OUT_DIR [SITE_DIR]');
await mkdir(out, { recursive: true });

const host = await serve(join(repoRoot, 'packages/components/dist'));
host.page('/cms.css', cmsCss);
for (const [path, file] of Object.entries(cmsDataFiles))
  host.page(path, await readFile(join(repoRoot, file), 'utf8'));
const commitments = await readFile(join(repoRoot, cmsDataFiles['/datos/compromisos.csv']), 'utf8');
const widgets = cmsWidgets(commitments.split('\n')[1].split(/[;,]/)[0]);
const site = await serveSite(siteDir);
const browser = await launch();

/** Every widget's shadow root has drawn and left its loading state. */
const drawn = (tags: string[]) =>
  tags.every((tag) =>
    [...document.querySelectorAll(tag)].every(
      (el) => !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[data-state]'),
    ),
  );

const sitePages = {
  es: [
    '/',
    '/presupuesto/',
    '/indicadores/',
    '/compromisos/',
    '/plan-de-desarrollo/',
    '/insertar/indicadores/',
  ],
  en: ['/en/', '/en/budget/', '/en/indicators/', '/en/commitments/', '/en/development-plan/'],
};
for (const lang of ['es', 'en'] as const)
  for (const width of [375, 1280])
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      const name = `${lang}-${width}-${scheme}`;
      // A dark CMS page says so; a light one stays light whatever the reader's system.
      const htmlAttributes =
        scheme === 'dark' ? ' style="color-scheme: dark; background: #121212; color: #eee"' : '';
      host.page(`/cms-${name}.html`, cmsPage({ lang, bundle: '/bundle', widgets, htmlAttributes }));
      await page.goto(`${host.origin}/cms-${name}.html`);
      await page.waitForFunction(
        drawn,
        widgets.map((w) => w.tag),
      );
      for (const [i, widget] of widgets.entries())
        await page
          .locator(widget.tag)
          .screenshot({ path: join(out, `cms-${name}-${i}-${widget.tag}.png`) });
      for (const path of sitePages[lang]) {
        await page.goto(site.origin + path);
        const tags = await page.evaluate(() =>
          [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))].filter(
            (tag) => tag.startsWith('rendir-'),
          ),
        );
        await page.waitForFunction(drawn, tags);
        const file = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
        await page.screenshot({ path: join(out, `site-${name}-${file}.png`), fullPage: true });
      }
      await context.close();
    }
await browser.close();
await host.close();
site.server.close();
console.log(`screenshots in ${out}`);
