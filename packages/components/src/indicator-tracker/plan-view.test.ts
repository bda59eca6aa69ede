// The tracker over real plans indicativos as their municipalities keep them (core's
// fixtures/plan-real/README.md: Tenjo, 331 goals; Gachancipá, 212): detected by core's rule,
// the whole plan paged and searched by eje, one eje with its money per year, one goal with
// its years side by side, the percentage-formatted money withheld with its reason.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { setViewport } from '@web/test-runner-commands';
import '../define/rendir-indicator-tracker.ts';
import type { RendirIndicatorTracker } from './indicator-tracker.ts';
import type { RendirChartFrame } from '../platform/chart-kit/index.ts';
import { embedSnippets } from '../platform/chart-kit/embed.ts';

const PLANS = '/packages/core/test/fixtures/plan-real';
const TENJO = `${PLANS}/tenjo-plan-indicativo-2024-2027.csv`;
const GACHANCIPA = `${PLANS}/gachancipa-plan-indicativo-2024-2027.csv`;

const squash = (s: string | null | undefined) =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function tracker(attributes: Record<string, string>): Promise<RendirIndicatorTracker> {
  const el = await fixture<RendirIndicatorTracker>(
    html`<rendir-indicator-tracker></rendir-indicator-tracker>`,
  );
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  await el.ready;
  await waitUntil(() => el.shadowRoot!.querySelector('.plan'), 'the plan is drawn');
  return el;
}

const goals = (el: RendirIndicatorTracker) => [...el.shadowRoot!.querySelectorAll('.plan-goal')];
const textOf = (el: RendirIndicatorTracker) => squash(el.shadowRoot!.textContent);

describe('<rendir-indicator-tracker> with a plan indicativo', function () {
  // First in the file: the console hears a line once per page, and later tests read
  // Gachancipá too.
  it('a plan page with a tracker per eje fetches and reads the file once, and tells each warning once', async () => {
    const fetched: string[] = [];
    const warned: string[] = [];
    const [fetch, warn] = [window.fetch, console.warn];
    window.fetch = (input, init) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    console.warn = (line: unknown) => warned.push(String(line));
    try {
      // A file name of its own: no other test has read it on this page.
      const src = `${GACHANCIPA}?per-eje`;
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <rendir-indicator-tracker
            src=${src}
            eje="1. mi compromiso es gachancipá con la seguridad"
          ></rendir-indicator-tracker>
          <rendir-indicator-tracker
            src=${src}
            eje="4. mi compromiso es gachancipa con el medio ambiente"
          ></rendir-indicator-tracker>
          <rendir-indicator-tracker
            src=${src}
            eje="5. mi compromiso es gachancipa con prosperidad"
          ></rendir-indicator-tracker>
        </div>`,
      );
      const trackers = [
        ...wrap.querySelectorAll<RendirIndicatorTracker>('rendir-indicator-tracker'),
      ];
      const toldEach = trackers.map(
        (el) =>
          new Promise((done) => el.addEventListener('rendir-data-warnings', done, { once: true })),
      );
      await Promise.all(trackers.map((el) => el.ready));
      await Promise.all(toldEach);
      for (const el of trackers)
        await waitUntil(() => el.shadowRoot!.querySelector('.plan'), 'each eje is drawn');
      expect(fetched.filter((url) => url.includes('?per-eje'))).to.have.length(1);
      // The console hears them once core's words are loaded; the three trackers' turns come
      // one after the other on that one load, so all have spoken once the first has.
      const ofFile = () => warned.filter((line) => line.includes('gachancipa-plan-indicativo'));
      await waitUntil(() => ofFile().length > 0, 'the warnings reach the console');
      const lines = ofFile();
      expect(new Set(lines).size).to.equal(lines.length);
      // Each eje shows its own goals.
      const firstGoals = trackers.map((el) =>
        squash(el.shadowRoot!.querySelector('.plan-goal')?.textContent),
      );
      expect(new Set(firstGoals).size).to.equal(3);
    } finally {
      window.fetch = fetch;
      console.warn = warn;
    }
  });

  it('Tenjo whole: 331 goals in 5 ejes, drawn ten at a time, chosen by eje and searched', async () => {
    const el = await tracker({ src: TENJO });
    const root = el.shadowRoot!;
    const frame = root.querySelector('rendir-chart-frame')!;
    expect(frame.getAttribute('summary')).to.match(
      /^331 metas de producto en 5 ejes\. 32 no evaluables\. 54 con avance físico y financiero opuestos\.$/,
    );
    expect(goals(el)).to.have.length(10);
    expect(squash(root.querySelector('.count')?.textContent)).to.equal(
      'Se muestran 10 de 331 metas.',
    );
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    expect(squash(more.textContent)).to.equal('Mostrar 10 metas más');
    more.click();
    await el.updateComplete;
    expect(goals(el)).to.have.length(20);

    const eje = root.querySelector<HTMLSelectElement>('select')!;
    expect([...eje.options].map((o) => squash(o.textContent).slice(0, 6))).to.deep.equal([
      'Todos ',
      'Eje 1.',
      'Eje 2.',
      'Eje 3.',
      'Eje 4.',
      'Eje 5.',
    ]);
    eje.value = eje.options[5].value;
    eje.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(squash(root.querySelector('.count')?.textContent)).to.equal(
      'Se muestran 10 de 28 metas.',
    );
    // The eje's money per year, exact, and the withheld column said, not summed in part.
    const money = squash(root.querySelector('.plan-eje-money')?.textContent);
    expect(money).to.contain('2024 Apropiación definitiva $ 12.592.629.023 28 de 28 metas');
    expect(money).to.contain(
      '2025 Plan financiero no se puede leer: la columna «2025 PLAN FINANCIERO PDM» tiene formato de porcentaje',
    );

    eje.value = '';
    eje.dispatchEvent(new Event('change'));
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'redes de ACUEDUCTO';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(goals(el).map((g) => squash(g.querySelector('h5')?.textContent))).to.include(
      '25. Optimizar 27 km de redes de acueducto',
    );
    await expect(el).to.be.accessible();
  });

  it('one goal: baseline as written with its reason, each year side by side with its status in words and exact money', async () => {
    const el = await tracker({ src: TENJO, goal: 'optimizar 27 KM de redes de acueducto' });
    const all = textOf(el);
    expect(goals(el)).to.have.length(1);
    expect(all).to.contain('25. Optimizar 27 km de redes de acueducto');
    const facts = Object.fromEntries(
      [...el.shadowRoot!.querySelectorAll('.plan-facts > div')].map((d) => [
        squash(d.querySelector('dt')?.textContent),
        squash(d.querySelector('dd')?.textContent),
      ]),
    );
    expect(facts).to.deep.equal({
      Indicador: 'Km de redes de acueducto optimizadas',
      Unidad: 'Km',
      Responsable: 'Sec. Infraestructura y Obra Pública',
      BPIN: '2024257990005',
      'Línea base (2023)': '2 km',
      'Meta del cuatrienio (2027)': '27',
    });
    expect(all).to.contain('«L.B» dice «2 km»: es texto, no un número.');
    const rows = [...el.shadowRoot!.querySelectorAll('.plan-years tbody tr')].map((tr) =>
      squash(tr.textContent),
    );
    expect(rows[0]).to.match(/^2024 6 6,00 6,00 ✔ Cumplida en el año 100,0 % 100,0 %/);
    expect(rows[0]).to.contain('Plan financiero: $ 800.000.000');
    expect(rows[0]).to.contain('Apropiación definitiva: $ 1.323.000.000');
    // 2025: the percentage-formatted financial plan and the two money columns written twice
    // with other figures are withheld, and no financial progress is measured against them.
    expect(rows[1]).to.match(/^2025 10 10,00 8,10 ◔ Avance parcial 81,0 % — /);
    expect(rows[1]).to.contain('Plan financiero: no se puede leer');
    expect(rows[1]).to.contain('Compromisos: no se puede leer');
    expect(rows[1]).to.contain('Pagos: $ 65.487.500');
    // The status is a word beside a glyph hidden from assistive technology, never colour alone.
    const status = el.shadowRoot!.querySelector('[part="status"][data-status="achieved"]')!;
    expect(status.querySelector('[aria-hidden="true"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a declared accumulation measures the goal against its four-year target; without one, nothing is said', async () => {
    const plain = await tracker({ src: TENJO, goal: '25' });
    expect(plain.shadowRoot!.querySelector('.plan-target')).to.equal(null);
    const el = await tracker({
      src: TENJO,
      goal: '25',
      accumulation: '{"goals": {"25": "capacidad"}}',
    });
    const target = el.shadowRoot!.querySelector('.plan-target')!;
    // 6,00 in 2024 and 8,10 in 2025 add up to 14,1 of the 27 km (core's planTargetProgress).
    // Half of the four years gone and 52,2 % done: on its way (the indicators' rule).
    expect(squash(target.textContent)).to.equal(
      'Frente a la meta del cuatrienio (capacidad): 14,1 a 2025 · 52,2 % En camino',
    );
    expect(target.querySelector('[data-status]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an accumulation that is no type is the sidecar’s error, said by the widget', async () => {
    const el = await fixture<RendirIndicatorTracker>(
      html`<rendir-indicator-tracker src=${TENJO} accumulation="suma"></rendir-indicator-tracker>`,
    );
    await el.ready;
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error');
    expect(textOf(el)).to.contain('suma');
  });

  it('at 320 px nothing overflows: each goal’s years are blocks of labelled figures inside its card', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await tracker({ src: TENJO });
      const widest = Math.max(
        ...[el, ...goals(el)].map((node) => node.getBoundingClientRect().right),
      );
      expect(widest).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const years = el.shadowRoot!.querySelector('.plan-years')!;
      expect(years.scrollWidth, 'nothing cut or scrolled sideways').to.be.at.most(
        years.clientWidth,
      );
      const card = years.getBoundingClientRect();
      const cells = [...years.querySelectorAll<HTMLElement>('tbody td')];
      expect(cells.length).to.be.above(3);
      for (const cell of cells) {
        expect(cell.getBoundingClientRect().right, cell.dataset.label).to.be.at.most(
          card.right + 1,
        );
        expect(getComputedStyle(cell, '::before').content).to.contain(cell.dataset.label!);
      }
      // Its header row stays for screen readers.
      expect(years.querySelectorAll('thead th').length).to.be.above(3);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('one goal reserves about its own height, not a set summary’s: no gap under it', async () => {
    const el = await tracker({ src: GACHANCIPA, goal: '1' });
    // In a CMS's 720 px column (test/embed/reserved-heights.test.ts measures phones too).
    el.style.width = '720px';
    await el.updateComplete;
    const reserved = parseFloat(getComputedStyle(el).minHeight);
    el.style.minHeight = '0';
    const natural = el.getBoundingClientRect().height;
    el.style.minHeight = '';
    expect(reserved).to.equal(19 * 16);
    expect(natural, 'the goal card').to.be.within(reserved * 0.9, reserved * 1.1);
  });

  it('a whole plan said to be one (`plan`) reserves a screen before its file is read, and its embed code says so', async () => {
    const el = await fixture<RendirIndicatorTracker>(
      html`<rendir-indicator-tracker plan></rendir-indicator-tracker>`,
    );
    el.style.width = '720px';
    // Taller than a screen once drawn (3,560 px in a 720 px column): a tall phone's screen.
    expect(parseFloat(getComputedStyle(el).minHeight)).to.equal(56 * 16);
    // Without it, a set folded to its summary.
    el.removeAttribute('plan');
    expect(parseFloat(getComputedStyle(el).minHeight)).to.equal(20 * 16);
    const script = 'https://example.org/rendir/rendir-indicator-tracker.js';
    const whole = await tracker({ src: TENJO, 'embed-script': script });
    const frame = whole.shadowRoot!.querySelector<RendirChartFrame>('rendir-chart-frame')!;
    expect(embedSnippets(frame.embed!).script).to.equal(
      `<script type="module" src="${script}"></script>\n` +
        `<rendir-indicator-tracker src="${location.origin}${TENJO}" plan></rendir-indicator-tracker>`,
    );
  });

  it('writes its labels in the theme’s colours: light grey on a dark page, never the light theme’s', async () => {
    const el = await tracker({ src: GACHANCIPA, goal: '1', theme: 'dark' });
    const labels = el.shadowRoot!.querySelectorAll('.plan-facts dt');
    expect(labels.length).to.be.above(2);
    // The dark theme's muted text (#b4bac5); it was #4a5361, the light one's, in any theme.
    for (const dt of labels)
      expect(getComputedStyle(dt).color, dt.textContent!).to.equal('rgb(180, 186, 197)');
    await expect(el).to.be.accessible();
  });

  it('a goal or eje the plan does not have says so', async () => {
    const el = await fixture<RendirIndicatorTracker>(
      html`<rendir-indicator-tracker src=${TENJO} goal="no existe"></rendir-indicator-tracker>`,
    );
    await el.ready;
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'the notice');
    expect(textOf(el)).to.equal('No hay una meta «no existe» en el plan.');
  });

  it('Gachancipá, one eje in English with every goal: flags and statuses in words', async () => {
    const el = await tracker({
      src: GACHANCIPA,
      eje: '1. mi compromiso es gachancipá con la seguridad',
      limit: 'all',
      lang: 'en',
    });
    expect(goals(el)).to.have.length(13);
    expect(el.shadowRoot!.querySelector('button.more')).to.equal(null);
    const all = textOf(el);
    expect(all).to.contain('Showing 13 of 13 goals.');
    expect(all).to.contain('Baseline (2023) 14');
    expect(all).to.contain('Achieved for the year');
    expect(all).to.contain('Partly achieved');
    await expect(el).to.be.accessible();
  });
});
