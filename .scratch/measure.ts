// Scratch: heights of tracker and commitment list in the CMS column (not committed).
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from '../packages/components/scripts/bundle.ts';
import { launch, serve } from '../test/embed/support.ts';
import { cmsCss, cmsDataFiles, cmsPage } from '../test/embed/cms-page.ts';
import { allReady } from '../test/embed/cms-measure.ts';

const repo = process.cwd();
const out = process.env.OUT || (await mkdtemp(join(tmpdir(), 'rendir-measure-')));
if (!process.env.OUT) await bundle(join(out, 'bundle'));
const server = await serve(out);
server.page('/cms.css', cmsCss);
for (const [path, file] of Object.entries(cmsDataFiles))
  server.page(path, await readFile(join(repo, file), 'utf8'));
const extra = (process.env.ATTRS ?? '');
const widgets = [
  { tag: 'rendir-indicator-tracker', attributes: `src="/datos/indicadores.csv" ${extra}`, fallback: '' },
  { tag: 'rendir-commitment-list', attributes: `src="/datos/compromisos.csv" milestones-src="/datos/hitos.csv" ${extra}`, fallback: '' },
];
const browser = await launch();
for (const lang of ['es', 'en'] as const)
  for (const width of [375, 1280]) {
    const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
    for (const w of widgets) {
      server.page(`/m-${w.tag}.html`, cmsPage({ lang, bundle: '/bundle', widgets: [w] }).replace('/bundle/rendir-commitment-list.js', '/bundle/rendir-all.js'));
      await page.goto(`${server.origin}/m-${w.tag}.html`);
      await allReady(page, [w.tag]);
      const h = await page.evaluate((t) => Math.round(document.querySelector(t)!.getBoundingClientRect().height), w.tag);
      console.log(lang, width, w.tag, h);
    }
  }
console.log('out', out);
await browser.close();
await server.close();
