// The widgets that show core's words (indicator tracker, commitment card and list, budget
// viewer) on a page in Spanish, over a network where every response takes LATENCY ms
// (default 100, as a phone on a good 4G link): when each one first renders, when its
// figures are shown, and when it asks for core's catalogue chunk (lazy/<lang>-*.js)
// against when it asks for its data, to see whether the catalogue request is on the way
// to the first render or the figures.
//
//   node bench/first-render.bench.ts            (CHROME_PATH picks the browser)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './lib/bundles.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { budgetCsv } from '../packages/components/src/budget-viewer/fixtures.ts';

const LATENCY = Number(process.env.BENCH_LATENCY ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../packages/components/src/${path}`, import.meta.url)));
const data: Record<string, Buffer> = {
  '/data/bogota.csv': fixture('indicator-tracker/fixtures/bogota-gobierno-abierto-indicadores.csv'),
  '/data/plan.csv': fixture('commitment-card/fixtures/colombia-plan-accion-iv-compromisos.csv'),
  '/data/budget.csv': Buffer.from(budgetCsv),
};

const WIDGETS: { tag: string; attrs: string }[] = [
  { tag: 'rendir-indicator-tracker', attrs: 'src="/data/bogota.csv"' },
  { tag: 'rendir-commitment-card', attrs: 'src="/data/plan.csv" commitment-id="IV-02"' },
  { tag: 'rendir-commitment-list', attrs: 'src="/data/plan.csv"' },
  { tag: 'rendir-budget-viewer', attrs: 'src="/data/budget.csv" levels="Sector,Entidad,Programa"' },
];

// Marks taken in the page: the first render (the first update done), the figures (the
// update after the data is ready), and every request's start and end.
const measure = `
const marks = (window.__bench = { firstAt: null, figuresAt: null });
const el = document.querySelector('[data-bench]');
customElements.whenDefined(el.localName).then(() =>
  el.updateComplete.then(() => { marks.firstAt = performance.now(); }),
);
el.addEventListener('rendir-data-state', (e) => {
  if (e.detail.status === 'ready')
    queueMicrotask(() => el.updateComplete.then(() => { marks.figuresAt = performance.now(); }));
});
`;

const bundles = await buildBundles();
const pageOf = (tag: string, attrs: string) => `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><title>First render</title></head>
<body><${tag} data-bench ${attrs}></${tag}>
<script src="/measure.js"></script>
<script type="module" src="/${tag}.js"></script>
</body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (type: string, body: string | Uint8Array) =>
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      res.end(body);
    }, LATENCY);
  if (url.pathname === '/') {
    const widget = WIDGETS.find((w) => w.tag === url.searchParams.get('tag'))!;
    return send('text/html; charset=utf-8', pageOf(widget.tag, widget.attrs));
  }
  if (url.pathname === '/measure.js') return send('text/javascript', measure);
  const built = bundles.served(url.pathname);
  if (built) return send('text/javascript', built);
  if (data[url.pathname]) return send('text/csv; charset=utf-8', data[url.pathname]);
  res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

interface Load {
  first: number;
  figures: number;
  /** Core's catalogue chunk requested, after navigation (NaN: never). */
  catalogueStart: number;
  catalogueEnd: number;
  dataStart: number;
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const ms = (n: number) => (Number.isNaN(n) ? '—' : `${n.toFixed(0)} ms`);

const browser = await launchChromium();
try {
  console.log(
    `first render and figures, Spanish page, ${LATENCY} ms per response, median of ${RUNS} loads`,
  );
  console.log(
    `  ${'widget'.padEnd(26)} ${'first render'.padStart(12)} ${'figures'.padStart(9)} ${'data asked'.padStart(10)} ${'catalogue asked → arrived'.padStart(26)}`,
  );
  for (const { tag } of WIDGETS) {
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/?tag=${tag}`);
      await tab.waitForFunction(
        () => (window as unknown as { __bench: { figuresAt: number | null } }).__bench.figuresAt,
        undefined,
        { timeout: 60_000 },
      );
      loads.push(
        await tab.evaluate(() => {
          const b = (window as unknown as { __bench: { firstAt: number; figuresAt: number } })
            .__bench;
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          // Core's catalogue: a lazy chunk named after a language code, with no import.
          const catalogue = entries.find((e) => /\/lazy\/(es|en)-[\w-]+\.js$/.test(e.name));
          const data = entries.find((e) => e.name.includes('/data/'));
          return {
            first: b.firstAt,
            figures: b.figuresAt,
            catalogueStart: catalogue?.startTime ?? NaN,
            catalogueEnd: catalogue?.responseEnd ?? NaN,
            dataStart: data?.startTime ?? NaN,
          };
        }),
      );
      await context.close();
    }
    const m = (key: keyof Load) => median(loads.map((l) => l[key]));
    console.log(
      `  ${tag.padEnd(26)} ${ms(m('first')).padStart(12)} ${ms(m('figures')).padStart(9)} ${ms(m('dataStart')).padStart(10)} ${`${ms(m('catalogueStart'))} → ${ms(m('catalogueEnd'))}`.padStart(26)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
