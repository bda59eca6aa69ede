import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { readIndicators } from '@rendir/core';
import '../define/rendir-indicator-tracker.ts';
import type { RendirChartFrame } from '../platform/chart-kit/index.ts';
import { embedSnippets } from '../platform/chart-kit/embed.ts';
import type { RendirIndicatorTracker } from './indicator-tracker.ts';
import { lazyParts } from './lazy.ts';
import { COMPACT_COUNT, firstFew } from '../platform/compact-list.ts';
import {
  bogotaCsv,
  bogotaUrl,
  brokenCsv,
  decreasingCsv,
  decreasingUrl,
  longIndicatorsCsv,
  longIndicatorsUrl,
  longValuesCsv,
  longValuesUrl,
  manyIndicatorsCsv,
} from './fixtures.ts';

/** Text as a reader sees it: runs of white space (non-breaking ones too) as one space. */
function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The single indicator's chart once drawn at its measured width. */
async function drawnChart(el: RendirIndicatorTracker): Promise<SVGSVGElement> {
  await waitUntil(() => root(el).querySelector('svg.chart'), 'the chart is drawn at its width');
  await el.updateComplete;
  return root(el).querySelector<SVGSVGElement>('svg.chart')!;
}

function text(node: Element | null | undefined): string {
  return squash(node?.textContent);
}

async function ready(el: RendirIndicatorTracker): Promise<RendirIndicatorTracker> {
  await el.ready;
  return el;
}

/** An element that lives across the tests of one `describe`. */
async function mount(attributes: Record<string, string>): Promise<RendirIndicatorTracker> {
  const el = document.createElement('rendir-indicator-tracker');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  return ready(el);
}

function root(el: RendirIndicatorTracker): ShadowRoot {
  return el.shadowRoot!;
}

function summaryFrame(el: RendirIndicatorTracker): RendirChartFrame {
  return root(el).querySelector<RendirChartFrame>('rendir-chart-frame')!;
}

function cards(el: RendirIndicatorTracker): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('.card')];
}

function card(el: RendirIndicatorTracker, name: string): HTMLElement {
  const found = cards(el).find((c) => text(c.querySelector('h3')) === name);
  if (!found) throw new Error(`no card named ${name}`);
  return found;
}

/** What a card says: figures with their periods, progress and status. */
function read(c: HTMLElement) {
  const figure = (role: string) => {
    const dd = c.querySelector(`dd[data-role="${role}"]`)!;
    return {
      value: text(dd.querySelector('.value')),
      note: text(dd.querySelector('.note')),
      period: text(dd.previousElementSibling?.querySelector('.period')),
    };
  };
  return {
    baseline: figure('baseline'),
    latest: figure('latest'),
    target: figure('target'),
    progress: text(c.querySelector('[data-role="progress"]')),
    status: c.querySelector('[part="status"]')!.getAttribute('data-status'),
    statusWord: text(c.querySelector('[part="status"]')),
    icon: c.querySelector('[part="status"] svg')?.getAttribute('data-icon'),
  };
}

/** A fraction as the widget shows it: a percentage with one decimal (es-CO), clamped to 0-100 %. */
function pct(fraction: number, lang: 'es' | 'en' = 'es'): string {
  const v = (Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10).toFixed(1);
  return lang === 'es' ? `${v.replace('.', ',')} % del camino` : `${v}% of the way`;
}

/** The spec's formula (content-format.md 4.3), written out by hand for each measure. */
const increase = (b: number, v: number, t: number) => (v - b) / (t - b);
const decrease = (b: number, v: number, t: number) => (b - v) / (b - t);

describe('<rendir-indicator-tracker> on Bogotá’s real table', () => {
  let el: RendirIndicatorTracker;
  // One element for the read-only checks below (fixture() would remove it after each test).
  before(async () => {
    el = await mount({ src: bogotaUrl });
  });
  after(() => el.remove());

  it('shows the 12 measures in the published order', () => {
    expect(cards(el).map((c) => text(c.querySelector('h3')))).to.deep.equal([
      'Condiciones institucionales para la información pública',
      'Publicación y posicionamiento del PAAC',
      'Existencia de criterios para la apertura de datos',
      'Condiciones institucionales de medidas anticorrupción',
      'Índice de confianza ciudadana en instituciones distritales',
      'Índice de innovación pública',
      'Uso de internet para trámites con instituciones distritales',
      'Procesos de planeación en cuya formulación se involucró a la ciudadanía',
      'Divulgación de información para la rendición de cuentas',
      'Grupos de interés consultados en rendición de cuentas',
      'Promoción de espacios de diálogo y concertación con la ciudadanía',
      'Índice de participación efectiva de Bogotá',
    ]);
  });

  it('shows every value as published, with its period', () => {
    const c = read(card(el, 'Condiciones institucionales para la información pública'));
    expect(c.baseline).to.deep.equal({ value: '69,6', note: '', period: '2016–2017' });
    expect(c.latest).to.deep.equal({ value: '72,6', note: '', period: '2018–2019' });
    expect(c.target).to.deep.equal({ value: '85', note: '', period: '2022–2023' });

    const trust = read(card(el, 'Índice de confianza ciudadana en instituciones distritales'));
    expect([trust.baseline.value, trust.latest.value, trust.target.value]).to.deep.equal([
      '2,61',
      '2,60',
      '6,0',
    ]);

    // S/D in 2016-2017: the first period with a value, 18 % in 2018-2019, is the baseline (spec 4.3).
    const internet = read(card(el, 'Uso de internet para trámites con instituciones distritales'));
    expect(internet.baseline).to.deep.equal({ value: '18 %', note: '', period: '2018–2019' });
    expect(internet.latest).to.deep.equal({
      value: '—',
      note: '',
      period: 'ninguno después de la línea base',
    });
    expect(internet.target).to.deep.equal({ value: '35 %', note: '', period: '2022–2023' });

    // S/D after the baseline: the latest period is shown with what it says.
    const innovation = read(card(el, 'Índice de innovación pública'));
    expect(innovation.latest).to.deep.equal({
      value: 'S/D',
      note: 'sin dato',
      period: '2018–2019',
    });

    const anticorruption = read(card(el, 'Condiciones institucionales de medidas anticorrupción'));
    expect(anticorruption.baseline).to.deep.equal({ value: '22,2', note: '', period: '2018–2019' });

    const accountability = read(
      card(el, 'Divulgación de información para la rendición de cuentas'),
    );
    expect([
      accountability.baseline.value,
      accountability.latest.value,
      accountability.target.value,
    ]).to.deep.equal(['59 %', '50 %', '100 %']);

    expect(innovation.baseline.value).to.equal('37,7');
    expect(innovation.target.value).to.equal('60');
  });

  it('shows S/D and N/A as what they are', () => {
    const table = (name: string) =>
      [...card(el, name).querySelectorAll('tbody tr')].map((tr) => text(tr.querySelector('td')));
    expect(table('Índice de innovación pública')).to.deep.equal(['37,7', 'S/D sin dato', '60']);
    expect(table('Condiciones institucionales de medidas anticorrupción')).to.deep.equal([
      'N/A no aplica',
      '22,2',
      '60',
    ]);
    expect(table('Uso de internet para trámites con instituciones distritales')).to.deep.equal([
      'S/D sin dato',
      '18 %',
      '35 %',
    ]);
  });

  it('gives each measure its progress and status by the spec’s formula', () => {
    // Spec 4.3: progress = (v − b) / (t − b) for increase, clamped to 0-100 %; status against
    // the progress expected by the latest period. Expected, linear in days from the end of
    // the baseline period (2017-12-31) to the end of the target period (2023-12-31), at the
    // end of 2018-2019: 730 / 2191 days = 33,3 %. The core's thresholds: on track within 10
    // points of expected (≥ 23,3 %), at risk within 25 points (≥ 8,3 %), else off track.
    const expected = 730 / 2191;
    const judge = (p: number | null) =>
      p === null
        ? 'no_data'
        : p >= 1
          ? 'achieved'
          : p >= expected - 0.1
            ? 'on_track'
            : p >= expected - 0.25
              ? 'at_risk'
              : 'off_track';
    const measures: [name: string, progress: number | null, status: string][] = [
      [
        'Condiciones institucionales para la información pública',
        increase(69.6, 72.6, 85),
        'at_risk',
      ], // 3/15,4 = 19,5 %
      ['Publicación y posicionamiento del PAAC', increase(52.9, 41.7, 85), 'off_track'], // −11,2/32,1 → 0 %
      ['Existencia de criterios para la apertura de datos', increase(26.4, 51.4, 95), 'on_track'], // 25/68,6 = 36,4 %
      // N/A in 2016-2017: the first value (22,2, 2018-2019) is the baseline, nothing after it.
      ['Condiciones institucionales de medidas anticorrupción', null, 'no_data'],
      [
        'Índice de confianza ciudadana en instituciones distritales',
        increase(2.61, 2.6, 6),
        'off_track',
      ], // −0,01/3,39 → 0 %
      ['Índice de innovación pública', null, 'no_data'], // S/D in 2018-2019
      // S/D in 2016-2017: 18 % (2018-2019) is the baseline, nothing after it.
      ['Uso de internet para trámites con instituciones distritales', null, 'no_data'],
      [
        'Procesos de planeación en cuya formulación se involucró a la ciudadanía',
        increase(35.5, 27.1, 70),
        'off_track',
      ],
      [
        'Divulgación de información para la rendición de cuentas',
        increase(59, 50, 100),
        'off_track',
      ], // −9/41 → 0 %
      [
        'Grupos de interés consultados en rendición de cuentas',
        increase(16.2, 45.8, 75),
        'on_track',
      ], // 29,6/58,8 = 50,3 %
      [
        'Promoción de espacios de diálogo y concertación con la ciudadanía',
        increase(56.9, 54.4, 75),
        'off_track',
      ],
      ['Índice de participación efectiva de Bogotá', increase(2.26, 2.26, 5), 'off_track'], // 0/2,74 = 0 %
    ];
    for (const [name, progress, status] of measures) {
      const c = read(card(el, name));
      expect(judge(progress === null ? null : Math.max(0, progress)), name).to.equal(status);
      expect(c.status, name).to.equal(status);
      expect(c.progress, name).to.equal(progress === null ? '' : pct(progress));
    }
    // The same figures, written out, so that a change of rounding cannot hide a change of formula.
    expect(measures.map(([, p]) => (p === null ? null : pct(p)))).to.deep.equal([
      '19,5 % del camino',
      '0,0 % del camino',
      '36,4 % del camino',
      null,
      '0,0 % del camino',
      null,
      null,
      '0,0 % del camino',
      '0,0 % del camino',
      '50,3 % del camino',
      '0,0 % del camino',
      '0,0 % del camino',
    ]);
    expect(
      text(card(el, 'Índice de innovación pública').querySelector('[part="progress"]')),
    ).to.equal('No se puede calcular el avance');
  });

  it('marks the progress expected by the latest period', () => {
    const c = card(el, 'Condiciones institucionales para la información pública');
    expect(text(c.querySelector('.progress p'))).to.equal(
      'Avance hacia la meta: 19,5 % del camino · esperado a 2018–2019: 33,3 %',
    );
    const bar = c.querySelector('svg.bar')!;
    expect(squash(bar.getAttribute('aria-label'))).to.equal('Avance 19,5 %; esperado 33,3 %.');
    expect(Number(bar.querySelector('.fill')!.getAttribute('width'))).to.be.closeTo(
      300 * (3 / 15.4),
      0.01,
    );
    expect(Number(bar.querySelector('.expected')!.getAttribute('x1'))).to.be.closeTo(
      300 * (730 / 2191),
      0.01,
    );
  });

  it('says which way a measure went when it moved away from its target', () => {
    expect(
      text(card(el, 'Publicación y posicionamiento del PAAC').querySelector('.backwards')),
    ).to.equal('Se alejó de la meta desde la línea base.');
    expect(
      card(el, 'Existencia de criterios para la apertura de datos').querySelector('.backwards'),
    ).to.equal(null);
  });

  it('shows the status with a word and an icon, never colour alone', () => {
    for (const c of cards(el)) {
      const r = read(c);
      expect(r.icon, r.statusWord).to.equal(r.status);
      expect(r.statusWord).to.match(
        /^(Meta alcanzada|En camino|En riesgo|Rezagado|Sin datos suficientes)$/,
      );
    }
  });

  it('explains the arithmetic of each measure', async () => {
    const details = card(
      el,
      'Condiciones institucionales para la información pública',
    ).querySelector('details.how-box') as HTMLDetailsElement;
    expect(text(details.querySelector('summary'))).to.equal('¿Cómo se calcula?');
    // The core's explanation, with this measure's own numbers, in steps.
    expect([...details.querySelectorAll('.how li')].map((li) => text(li))).to.deep.equal([
      'Avance = (72,6 − 69,6) ÷ (85 − 69,6) = 3 ÷ 15,4 = 19,5 %.',
      'Avance esperado al 31 de diciembre de 2019 (fin de 2018-2019): 730 de 2.191 días entre el fin de la línea base (2016-2017, 31 de diciembre de 2017) y el fin de la meta (2022-2023, 31 de diciembre de 2023) = 33,3 %.',
      'En riesgo: 19,5 % está entre 10 y 25 puntos por debajo de lo esperado (< 23,3 % y ≥ 8,3 %).',
    ]);
    expect(details.open).to.equal(false);
  });

  it('sums the set up in a sentence and a chart', () => {
    const frame = summaryFrame(el);
    expect(frame.summary).to.equal(
      'De 12 indicadores: 2 van en camino, 1 en riesgo, 6 rezagados y 3 sin datos.',
    );
    expect(text(frame.shadowRoot!.querySelector('.summary'))).to.equal(frame.summary);
    const statuses = cards(el).map((c) => read(c).status);
    const segments = [
      ...frame.querySelector('.stack')!.querySelectorAll<SVGGElement>(':scope > g'),
    ];
    expect(segments.map((g) => g.dataset.status)).to.deep.equal([
      'on_track',
      'at_risk',
      'off_track',
      'no_data',
    ]);
    for (const g of segments) {
      expect(Number(g.dataset.count)).to.equal(
        statuses.filter((x) => x === g.dataset.status).length,
      );
      const width = parseFloat(g.querySelector('rect')!.getAttribute('width')!);
      expect(width).to.be.closeTo((Number(g.dataset.count) / 12) * (100 - 0.4 * 3), 0.01);
    }
    expect(text(frame.querySelector('.legend'))).to.equal(
      'En camino: 2 En riesgo: 1 Rezagado: 6 Sin datos suficientes: 3',
    );
  });

  it('offers the status bar as an SVG image', async () => {
    const svg = (await summaryFrame(el).svgDocument())!;
    expect(svg).to.match(/^<\?xml/);
    for (const s of ['on_track', 'at_risk', 'off_track', 'no_data']) {
      expect(svg).to.contain(`data-status="${s}"`);
    }
  });

  it('compares the pillars', () => {
    const rows = [...summaryFrame(el).querySelectorAll('.pillars > div')].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd span')),
      [...d.querySelectorAll('.stack > g')].map((g) => g.getAttribute('data-status')).join(' '),
    ]);
    expect(rows).to.deep.equal([
      [
        'Transparencia institucional (4)',
        '1 va en camino, 1 en riesgo, 1 rezagado y 1 sin datos',
        'on_track at_risk off_track no_data',
      ],
      [
        'Confianza, colaboración e innovación (4)',
        '2 rezagados y 2 sin datos',
        'off_track no_data',
      ],
      [
        'Rendición de cuentas y participación (4)',
        '1 va en camino y 3 rezagados',
        'on_track off_track',
      ],
    ]);
  });

  it('offers the set as a table and a CSV with the exact figures', async () => {
    const frame = summaryFrame(el);
    const toggle = frame.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.click();
    await frame.updateComplete;
    const rows = [...frame.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => text(c)),
    );
    expect(rows).to.have.length(12);
    expect(rows[0]).to.deep.equal([
      'Condiciones institucionales para la información pública',
      'Transparencia institucional',
      '2016–2017',
      '69,6',
      '2018–2019',
      '72,6',
      '2022–2023',
      '85',
      '19,5 %',
      'En riesgo',
    ]);
    const csv = await frame.csv();
    expect(csv).to.contain(
      'Condiciones institucionales para la información pública,Transparencia institucional,2016-2017,69.6,2018-2019,72.6,2022-2023,85,19.48,En riesgo',
    );
    expect(csv).to.contain(
      'Índice de innovación pública,"Confianza, colaboración e innovación",2016-2017,37.7,2018-2019,S/D,',
    );
    toggle.click();
    await frame.updateComplete;
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<rendir-indicator-tracker> inline and in English', () => {
  it('reads the same table from an inline <script type="text/csv">', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            ${bogotaCsv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(cards(el)).to.have.length(12);
    expect(
      read(card(el, 'Índice de confianza ciudadana en instituciones distritales')).baseline.value,
    ).to.equal('2,61');
  });

  it('reads inline data again on reload()', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            ${bogotaCsv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    el.querySelector('script')!.textContent = decreasingCsv;
    el.reload();
    await el.ready;
    expect(cards(el)).to.have.length(2);
  });

  it('reads indicator records as JSON, from src or inline, as the site generator writes them', async () => {
    const records = readIndicators(bogotaCsv, { file: 'bogota.csv' }).records;
    const json = JSON.stringify(records);
    const fromSrc = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${`data:application/json,${encodeURIComponent(json)}`}
        ></rendir-indicator-tracker>`,
      ),
    );
    expect(cards(fromSrc)).to.have.length(12);
    expect(
      read(card(fromSrc, 'Índice de confianza ciudadana en instituciones distritales')).latest
        .value,
    ).to.equal('2,60');
    const inline = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="application/json">
            ${json}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(cards(inline)).to.have.length(12);
    const wrong = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="application/json" data-file="indicadores.json">
            { "rows": [] }
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(wrong).querySelector('[role="alert"]'))).to.contain(
      'indicadores.json: {…} El archivo no es una lista de registros',
    );
    await expect(wrong).to.be.accessible();
    // A bad value is an error at its record and field, in the widget's language.
    const bad = JSON.stringify(
      records.map((r, i) => (i === 3 ? { ...r, direction: 'sideways' } : r)),
    );
    const badRecord = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker lang="en">
          <script type="application/json" data-file="indicators.json">
            ${bad}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    // The record's id is quoted as every value is, to 40 characters.
    expect(text(root(badRecord).querySelector('[role="alert"] li'))).to.equal(
      'indicators.json, record 4 (condiciones-institucionales-de-medidas-a…), field direction: sideways is not an allowed value',
    );
    await expect(badRecord).to.be.accessible();
  });

  it('keeps the inline file identical to the fixture file', async () => {
    expect(await (await fetch(bogotaUrl)).text()).to.equal(bogotaCsv);
    expect(await (await fetch(decreasingUrl)).text()).to.equal(decreasingCsv);
    expect(await (await fetch(longIndicatorsUrl)).text()).to.equal(longIndicatorsCsv);
    expect(await (await fetch(longValuesUrl)).text()).to.equal(longValuesCsv);
  });

  it('speaks English with English number formats', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<div lang="en">
          <rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>
        </div>`,
      ).then((div) => div.querySelector('rendir-indicator-tracker')!),
    );
    const c = read(card(el, 'Condiciones institucionales para la información pública'));
    expect([c.baseline.value, c.latest.value, c.target.value]).to.deep.equal([
      '69.6',
      '72.6',
      '85',
    ]);
    expect(c.progress).to.equal('19.5% of the way');
    expect(
      read(card(el, 'Uso de internet para trámites con instituciones distritales')).baseline.value,
    ).to.equal('18%');
    const innovation = read(card(el, 'Índice de innovación pública'));
    expect([innovation.latest.value, innovation.latest.note]).to.deep.equal(['No data', '']);
    const anticorruption = card(el, 'Condiciones institucionales de medidas anticorrupción');
    expect(text(anticorruption.querySelector('tbody td'))).to.equal('N/A not applicable');
    expect(summaryFrame(el).summary).to.match(/^Of 12 indicators: /);
    await expect(el).to.be.accessible();
  });
});

describe('<rendir-indicator-tracker> filters, order and keys', () => {
  const select = (el: RendirIndicatorTracker, label: string) =>
    [...root(el).querySelectorAll('label')]
      .find((l) => text(l).startsWith(label))!
      .querySelector('select')!;

  it('shows one pillar from the group attribute, matched without accents or case', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          group="rendicion de cuentas y PARTICIPACION"
        ></rendir-indicator-tracker>`,
      ),
    );
    expect(cards(el)).to.have.length(4);
    expect(select(el, 'Pilar').value).to.equal('Rendición de cuentas y participación');
    expect(summaryFrame(el).summary).to.match(/^De 4 indicadores: /);
    expect(text(root(el).querySelector('.count'))).to.equal('Se muestran 4 de 4 indicadores.');
    await expect(el).to.be.accessible();
  });

  it('says so when the group attribute names no pillar, and shows them all', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src=${bogotaUrl} group="Salud"></rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(el).querySelector('.notice'))).to.equal(
      'No hay un pilar «Salud» en los datos: se muestran todos los pilares.',
    );
    expect(cards(el)).to.have.length(12);
    await expect(el).to.be.accessible();
  });

  it('explains a wide table without a target column', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv" data-file="indicadores.csv">
            Pilar;Medición;2016-2017;2018-2019;2022-2023
            Transparencia;Índice de ejemplo;40,5;45;60
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    const alert = text(root(el).querySelector('[role="alert"]'));
    expect(alert).to.contain('indicadores.csv');
    await expect(el).to.be.accessible();
  });

  it('filters by status and pillar, sorts, and tells the page', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>`,
      ),
    );
    const events: unknown[] = [];
    el.addEventListener('rendir-indicator-filter', (e) => events.push(e.detail));

    const status = select(el, 'Estado');
    status.value = 'no_data';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const noData = cards(el).map((c) => read(c));
    expect(noData.length).to.be.greaterThan(0);
    expect(noData.every((c) => c.status === 'no_data')).to.equal(true);
    expect(events).to.deep.equal([
      { status: 'no_data', group: '', sort: 'source', shown: noData.length },
    ]);

    status.value = '';
    status.dispatchEvent(new Event('change'));
    const sort = select(el, 'Ordenar por');
    sort.value = 'progress';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    let names = cards(el).map((c) => text(c.querySelector('h3')));
    expect(names.slice(0, 3)).to.deep.equal([
      'Grupos de interés consultados en rendición de cuentas', // 50,3 %
      'Existencia de criterios para la apertura de datos', // 36,4 %
      'Condiciones institucionales para la información pública', // 19,5 %
    ]);
    sort.value = 'status';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cards(el).map((c) => read(c).status)).to.deep.equal([
      'on_track',
      'on_track',
      'at_risk',
      ...Array(6).fill('off_track'),
      'no_data',
      'no_data',
      'no_data',
    ]);
    sort.value = 'group';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    names = cards(el).map((c) => text(c.querySelector('.meta')));
    expect(names.slice(3, 5)).to.deep.equal([
      'Transparencia institucional',
      'Confianza, colaboración e innovación',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names its source and offers embed code for the current view', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          source="Veeduría Distrital"
          source-url="https://www.veeduriadistrital.gov.co/"
          note="Mediciones del modelo de gobierno abierto."
          embed-script="https://example.org/rendir/rendir-indicator-tracker.js"
        ></rendir-indicator-tracker>`,
      ),
    );
    const frame = summaryFrame(el);
    const link = frame.shadowRoot!.querySelector<HTMLAnchorElement>('.footer a')!;
    expect([text(link), link.href]).to.deep.equal([
      'Veeduría Distrital',
      'https://www.veeduriadistrital.gov.co/',
    ]);
    expect(text(frame.shadowRoot!.querySelector('.footer'))).to.contain(
      'Notas: Mediciones del modelo de gobierno abierto.',
    );
    const group = select(el, 'Pilar');
    group.value = 'Transparencia institucional';
    group.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(embedSnippets(frame.embed!).script).to.equal(
      '<script type="module" src="https://example.org/rendir/rendir-indicator-tracker.js"></script>\n' +
        `<rendir-indicator-tracker src="${bogotaUrl}" group="Transparencia institucional" source="Veeduría Distrital" source-url="https://www.veeduriadistrital.gov.co/" note="Mediciones del modelo de gobierno abierto."></rendir-indicator-tracker>`,
    );
    await expect(el).to.be.accessible();
  });

  it('writes absolute data URLs in the embed code', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src="/packages/components/src/indicator-tracker/fixtures/decreasing-ejemplo.csv"
          embed-script="https://example.org/rendir/rendir-indicator-tracker.js"
        ></rendir-indicator-tracker>`,
      ),
    );
    expect(embedSnippets(summaryFrame(el).embed!).script).to.contain(
      `src="${location.origin}/packages/components/src/indicator-tracker/fixtures/decreasing-ejemplo.csv"`,
    );
  });

  it('never links a source that is not http, https or mailto', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          source="Fuente"
          source-url="javascript:alert(1)"
          embed-script="javascript:alert(1)"
        ></rendir-indicator-tracker>`,
      ),
    );
    const frame = summaryFrame(el);
    expect(frame.shadowRoot!.querySelector('.footer a')).to.equal(null);
    expect(text(frame.shadowRoot!.querySelector('.footer p'))).to.equal('Fuente: Fuente');
    expect(frame.embed).to.equal(null);
  });

  it('works with the keyboard alone', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>`,
      ),
    );
    select(el, 'Pilar').focus();
    await sendKeys({ press: 'ArrowDown' }); // Transparencia institucional
    await el.updateComplete;
    expect(cards(el)).to.have.length(4);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(select(el, 'Estado'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(select(el, 'Ordenar por'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLElement;
    expect(first.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect((first.parentElement as HTMLDetailsElement).open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a single indicator by name', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          indicator="indice de innovacion publica"
        ></rendir-indicator-tracker>`,
      ),
    );
    expect(cards(el)).to.have.length(1);
    expect(root(el).querySelector('[part="summary"]')).to.equal(null);
    const c = read(cards(el)[0]);
    expect(c.status).to.equal('no_data');
    expect(c.statusWord).to.equal('Sin datos suficientes');
    expect(c.latest.value).to.equal('S/D');
    await expect(el).to.be.accessible();
  });

  it('walks a single indicator’s values with the arrow keys', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          indicator="Grupos de interés consultados en rendición de cuentas"
        ></rendir-indicator-tracker>`,
      ),
    );
    await drawnChart(el);
    const frame = root(el).querySelector<RendirChartFrame>('rendir-chart-frame[part="series"]')!;
    expect(frame.summary).to.equal(
      'De 2016–2017 a 2018–2019 pasó de 16,2 a 45,8 (subió). La meta es 75 en 2022–2023.',
    );
    expect(frame.navigable).to.equal(true);
    const points = [...root(el).querySelectorAll<SVGGElement>('[data-rendir-point]')];
    expect(points.map((p) => p.getAttribute('aria-label'))).to.deep.equal([
      '2016–2017 (línea base): 16,2',
      '2018–2019: 45,8',
      '2022–2023 (meta): 75',
    ]);
    expect(points.map((p) => p.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    points[0].focus();
    const live = () => text(root(el).querySelector('[aria-live="polite"]'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal('2018–2019: 45,8');
    expect(root(el).activeElement).to.equal(points[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live()).to.equal('2022–2023 (meta): 75');
    expect(points.map((p) => p.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live()).to.equal('2016–2017 (línea base): 16,2');
    await expect(el).to.be.accessible();
  });

  it('draws a single indicator’s chart with its axis, periods, target and latest value', async () => {
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 800 });
      const el = await mount({
        src: bogotaUrl,
        indicator: 'Grupos de interés consultados en rendición de cuentas',
      });
      const chart = await drawnChart(el);
      const texts = (selector: string) =>
        [...chart.querySelectorAll(selector)].map((t) => squash(t.textContent));
      // 16,2 and 45,8 toward 75: a value axis from 0 rounded up to 80, in steps of 20.
      expect(texts('.tick')).to.deep.equal(['0', '20', '40', '60', '80']);
      expect(chart.querySelectorAll('.grid')).to.have.length(5);
      expect(texts('.target-label')).to.deep.equal(['Meta 2022–2023: 75']);
      expect(texts('.latest-label')).to.deep.equal(['45,8']);
      expect(texts('.baseline-label')).to.deep.equal(['Línea base: 16,2']);
      const periods = texts('.period');
      expect(periods[0]).to.equal('2016–2017');
      expect(periods[periods.length - 1]).to.equal('2022–2023');
      for (const t of chart.querySelectorAll('text')) {
        expect(parseFloat(getComputedStyle(t).fontSize)).to.be.at.least(12);
        // Every label inside the chart, none cut at its edges.
        const box = (t as SVGTextElement).getBBox();
        expect(box.x).to.be.at.least(0);
        expect(box.x + box.width).to.be.at.most(chart.width.baseVal.value + 1);
      }
      const frame = root(el).querySelector<RendirChartFrame>('rendir-chart-frame')!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      // The downloaded image keeps the labels, each with its halo under the text.
      const image = (await frame.svgDocument())!;
      expect(image).to.contain('Meta 2022–2023: 75');
      expect(image).to.contain('paint-order: stroke');
      await expect(el).to.be.accessible();
      el.remove();
    }
    // Labels write the values as published: an index's 2,60 and 6,0 keep their zeros.
    const index = await mount({
      src: bogotaUrl,
      indicator: 'Índice de confianza ciudadana en instituciones distritales',
    });
    const chart = await drawnChart(index);
    const label = (kind: string) => squash(chart.querySelector(`.${kind}-label`)?.textContent);
    expect([label('baseline'), label('latest'), label('target')]).to.deep.equal([
      'Línea base: 2,61',
      '2,60',
      'Meta 2022–2023: 6,0',
    ]);
    index.remove();
    // On a phone, 69,6 then 72,6 just under the target's line: the baseline's long label
    // reached the latest value's (they overlapped at 375 px). No two labels meet.
    for (const width of [375, 320]) {
      await setViewport({ width, height: 800 });
      const flat = await mount({
        src: bogotaUrl,
        indicator: 'Condiciones institucionales para la información pública',
      });
      const boxes = [...(await drawnChart(flat)).querySelectorAll<SVGTextElement>('.label')].map(
        (t) => ({ text: squash(t.textContent), box: t.getBBox() }),
      );
      expect(boxes.map((b) => b.text)).to.include.members(['Línea base: 69,6', '72,6']);
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const meet =
            a.box.x < b.box.x + b.box.width &&
            b.box.x < a.box.x + a.box.width &&
            a.box.y < b.box.y + b.box.height &&
            b.box.y < a.box.y + a.box.height;
          expect(meet, `${width} px: «${a.text}» and «${b.text}»`).to.equal(false);
        }
      flat.remove();
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('labels each card’s small chart: first and last periods, baseline, target, latest value', async () => {
    for (const width of [375, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await mount({ src: bogotaUrl, limit: 'all' });
      const chartOf = (name: string) => card(el, name).querySelector('.mini[role="img"]')!;
      const labels = (name: string) =>
        Object.fromEntries(
          [...chartOf(name).querySelectorAll('[data-label]')].map((l) => [
            l.getAttribute('data-label'),
            text(l),
          ]),
        );
      const periods = (name: string) =>
        [...chartOf(name).querySelectorAll('.mini-periods span')].map((p) => text(p));
      const first = 'Condiciones institucionales para la información pública';
      expect(labels(first)).to.deep.equal({
        target: 'Meta: 85',
        baseline: 'Línea base: 69,6',
        latest: '72,6',
      });
      expect(periods(first)).to.deep.equal(['2016–2017', '2022–2023']);
      // No value after the baseline: the baseline and the target only, from the baseline's period.
      const internet = 'Uso de internet para trámites con instituciones distritales';
      expect(labels(internet)).to.deep.equal({
        target: 'Meta: 35 %',
        baseline: 'Línea base: 18 %',
      });
      expect(periods(internet)).to.deep.equal(['2018–2019', '2022–2023']);
      // As published: an index's 2,60 and 6,0 keep their zeros.
      expect(labels('Índice de confianza ciudadana en instituciones distritales')).to.deep.equal({
        target: 'Meta: 6,0',
        baseline: 'Línea base: 2,61',
        latest: '2,60',
      });
      // Placed at its point: the baseline's label starts at the baseline's mark.
      const mark = chartOf(first).querySelector('.mark-baseline')!.getBoundingClientRect();
      const named = chartOf(first).querySelector('[data-label="baseline"]')!;
      expect(getComputedStyle(named).position).to.equal('absolute');
      expect(named.getBoundingClientRect().left - (mark.left + mark.width / 2)).to.be.within(-8, 0);
      // Every label is at least 12 px, inside its card, and over no other label.
      for (const c of cards(el)) {
        const box = c.getBoundingClientRect();
        const placed = [...c.querySelectorAll<HTMLElement>('.mini-label, .mini-periods span')];
        expect(placed.length, text(c.querySelector('h3'))).to.be.at.least(3);
        const rects = placed.map((l) => l.getBoundingClientRect());
        placed.forEach((l, i) => {
          const name = `${text(c.querySelector('h3'))} «${text(l)}» at ${width} px`;
          expect(parseFloat(getComputedStyle(l).fontSize), name).to.be.at.least(12);
          const r = rects[i];
          expect(r.left >= box.left && r.right <= box.right, `${name} inside its card`).to.equal(
            true,
          );
          rects.slice(i + 1).forEach((o, j) => {
            const apart =
              r.right <= o.left || o.right <= r.left || r.bottom <= o.top || o.bottom <= r.top;
            expect(apart, `${name} and «${text(placed[i + 1 + j])}» overlap`).to.equal(true);
          });
        });
      }
      await expect(el).to.be.accessible();
      el.remove();
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('describes each small chart in words', async () => {
    // A set's cards keep a light chart whose text alternative reads the series.
    const el = await mount({ src: decreasingUrl });
    const spark = card(el, 'Tiempo promedio de respuesta a peticiones (ejemplo)').querySelector(
      '.mini[role="img"]',
    )!;
    expect(spark.getAttribute('aria-label')).to.equal(
      'De 2020 a 2023 pasó de 30 a 19 (bajó). La meta es 15 en 2026.',
    );
    el.remove();
  });

  it('says so when the named indicator is not in the data', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${bogotaUrl}
          indicator="no-existe"
        ></rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'No hay un indicador «no-existe» en los datos.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows two hundred indicators with long labels, and filters them', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            ${manyIndicatorsCsv(200)}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(cards(el)).to.have.length(200);
    const group = select(el, 'Pilar');
    group.value = group.options[1].value;
    group.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cards(el)).to.have.length(50);
    expect(summaryFrame(el).summary).to.match(/^De 50 indicadores: /);
  });

  it('reflows to 320 px without losing figures', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>`,
      ),
    );
    expect(el.scrollWidth).to.be.at.most(320);
    // Nothing inside reaches past the screen, the pillar select with its long names included.
    for (const select of el.shadowRoot!.querySelectorAll('select')) {
      expect(select.getBoundingClientRect().right).to.be.at.most(320);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // Folded on so narrow a screen: opened, the cards fit too.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="show-all"]')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const select of el.shadowRoot!.querySelectorAll('select')) {
      expect(select.getBoundingClientRect().right).to.be.at.most(320);
    }
    expect(read(cards(el)[0]).baseline.value).to.equal('69,6');
    await setViewport({ width: 1024, height: 768 });
  });
});

describe('<rendir-indicator-tracker> compact in a narrow column', () => {
  /** The tracker in a column `width` px wide, as a CMS page lays it out. */
  async function inColumn(width: number, attributes: Record<string, string> = {}) {
    const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const el = document.createElement('rendir-indicator-tracker');
    el.setAttribute('src', bogotaUrl);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    column.append(el);
    return ready(el);
  }
  const toggle = (el: RendirIndicatorTracker) =>
    root(el).querySelector<HTMLButtonElement>('button[part="show-all"]');
  const names = (el: RendirIndicatorTracker) => cards(el).map((c) => text(c.querySelector('h3')));

  it('is its summary and "Ver todos (12)" in a 720 px column, and opens the rest in place', async () => {
    const el = await inColumn(720);
    expect(cards(el)).to.deep.equal([]);
    // The summary counts all twelve, in words and numbers beside each status icon.
    expect(summaryFrame(el).summary).to.match(/^De 12 indicadores: /);
    const legend = [...root(el).querySelectorAll('.legend li')];
    expect(legend.map((li) => text(li))).to.include('Rezagado: 6');
    expect(legend.every((li) => li.querySelector('svg'))).to.equal(true);
    expect(root(el).querySelector('.pillars, .controls, .count')).to.equal(null);
    const button = toggle(el)!;
    expect(text(button)).to.equal('Ver todos (12)');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const rest = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(rest.previousElementSibling).to.equal(button);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
    expect(names(el).slice(0, 3)).to.deep.equal([
      'Condiciones institucionales para la información pública',
      'Publicación y posicionamiento del PAAC',
      'Existencia de criterios para la apertura de datos',
    ]);
    // Under the button: each pillar's bar, the filters, the count and every card.
    for (const part of ['.pillars', '.controls', '.count', '.list'])
      expect(rest.querySelector(part), part).not.to.equal(null);
    expect(root(el).activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Ver menos');
    expect(text(root(el).querySelector('.count'))).to.equal('Se muestran 12 de 12 indicadores.');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(cards(el)).to.deep.equal([]);
    expect(root(el).activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('is at most 700 px tall in a 720 px column and 1,000 px on a 375 px phone, folded', async () => {
    for (const [width, most] of [
      [720, 700],
      [343, 1000],
    ]) {
      const el = await inColumn(width);
      const height = el.getBoundingClientRect().height;
      expect(height, `${width} px`).to.be.at.most(most);
    }
  });

  it('shows every indicator in a wide column, or with limit="all"; limit sets how many', async () => {
    const wide = await inColumn(760);
    expect(cards(wide)).to.have.length(12);
    expect(toggle(wide)).to.equal(null);
    const all = await inColumn(720, { limit: 'all' });
    expect(cards(all)).to.have.length(12);
    expect(toggle(all)).to.equal(null);
    const five = await inColumn(760, { limit: '5' });
    expect(cards(five)).to.have.length(5);
    expect(text(toggle(five))).to.equal('Ver todos (12)');
    // One card is never hidden behind a button that takes as much room.
    const eleven = await inColumn(720, { limit: '11' });
    expect(cards(eleven)).to.have.length(12);
    expect(toggle(eleven)).to.equal(null);
  });

  it('keeps a filter open on a phone, in English too', async () => {
    const el = await inColumn(375, { lang: 'en' });
    expect(text(toggle(el))).to.equal('See all (12)');
    toggle(el)!.click();
    await el.updateComplete;
    const status = [...root(el).querySelectorAll('label')]
      .find((l) => text(l).startsWith('Status'))!
      .querySelector('select')!;
    status.value = 'off_track';
    status.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cards(el).map((c) => read(c).status)).to.deep.equal(Array(6).fill('off_track'));
    expect(text(toggle(el))).to.equal('See fewer');
    await expect(el).to.be.accessible();
  });

  it('keeps the first few with a limit number in a narrow column', async () => {
    const el = await inColumn(375, { limit: '2' });
    expect(names(el)).to.have.length(2);
    expect(root(el).querySelector('.controls')).not.to.equal(null);
    expect(text(toggle(el))).to.equal('Ver todos (12)');
  });

  it('prints every indicator and no button', async () => {
    const el = await inColumn(720);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
    expect(toggle(el)?.hidden ?? true).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(cards(el)).to.have.length(0);
    expect(toggle(el)!.hidden).to.equal(false);
  });

  it('decides how many from the limit attribute and the width', () => {
    expect(firstFew(12, '', true)).to.equal(COMPACT_COUNT);
    expect(firstFew(12, '', false)).to.equal(12);
    expect(firstFew(12, ' ALL ', true)).to.equal(12);
    expect(firstFew(12, '0', true)).to.equal(12);
    expect(firstFew(12, '5', false)).to.equal(5);
    expect(firstFew(12, 'five', true)).to.equal(COMPACT_COUNT);
    expect(firstFew(12, '-2', false)).to.equal(12);
    expect(firstFew(4, '', true)).to.equal(4);
    expect(firstFew(5, '', true)).to.equal(3);
    expect(firstFew(12, 5 as unknown as string, false)).to.equal(5);
  });
});

describe('<rendir-indicator-tracker> decreasing indicators', () => {
  it('measures progress downward', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src=${decreasingUrl}></rendir-indicator-tracker>`,
      ),
    );
    const time = read(card(el, 'Tiempo promedio de respuesta a peticiones (ejemplo)'));
    expect([time.baseline.value, time.latest.value, time.target.value]).to.deep.equal([
      '30',
      '19',
      '15',
    ]);
    expect([time.baseline.period, time.latest.period, time.target.period]).to.deep.equal([
      '2020',
      '2023',
      '2026',
    ]);
    expect(time.progress).to.equal(pct(decrease(30, 19, 15))); // 11/15
    expect(time.progress).to.equal('73,3 % del camino');
    // The explanation writes the decreasing formula with this indicator's numbers.
    const how = card(el, 'Tiempo promedio de respuesta a peticiones (ejemplo)').querySelector(
      '.how li',
    );
    expect(text(how)).to.equal('Avance = (30 − 19) ÷ (30 − 15) = 11 ÷ 15 = 73,3 %.');
    expect(time.status).to.equal('on_track'); // 73,3 % against 1095/2191 = 50,0 % expected
    expect(
      text(
        card(el, 'Tiempo promedio de respuesta a peticiones (ejemplo)').querySelector(
          '.meta:last-of-type',
        ),
      ),
    ).to.contain('Meta: reducir');

    const overdue = card(el, 'Peticiones vencidas sin respuesta (ejemplo)');
    const r = read(overdue);
    expect(r.latest).to.deep.equal({ value: '1.402', note: '', period: '2022' });
    expect(r.progress).to.equal(pct(decrease(1250, 1402, 800))); // −152/450 → 0
    expect(r.status).to.equal('off_track');
    expect(text(overdue.querySelector('.backwards'))).to.equal(
      'Se alejó de la meta desde la línea base.',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<rendir-indicator-tracker> long form and units', () => {
  let el: RendirIndicatorTracker;
  before(async () => {
    el = await mount({ src: longIndicatorsUrl, 'values-src': longValuesUrl });
  });
  after(() => el.remove());

  it('joins indicators and values', () => {
    const index = read(card(el, 'Índice de satisfacción ciudadana con los servicios (ejemplo)'));
    expect([index.baseline.value, index.latest.value, index.target.value]).to.deep.equal([
      '6,2',
      '6,8',
      '8,0',
    ]);
    expect(index.latest.period).to.equal('2023');
    expect(index.progress).to.equal(pct(increase(6.2, 6.8, 8))); // 0,6/1,8
    const time = read(card(el, 'Tiempo promedio de respuesta a peticiones (ejemplo)'));
    expect(time.progress).to.equal(pct(decrease(30, 19, 15)));
  });

  it('names units: index scale, percent, currency, days', () => {
    const meta = (name: string) => text(card(el, name).querySelector('.meta:last-of-type'));
    expect(meta('Índice de satisfacción ciudadana con los servicios (ejemplo)')).to.contain(
      'índice 0-10',
    );
    expect(meta('Recursos decididos en presupuestos participativos (ejemplo)')).to.contain('COP');
    expect(meta('Tiempo promedio de respuesta a peticiones (ejemplo)')).to.contain('días');
    // An index says its scale beside each figure.
    const index = read(card(el, 'Índice de satisfacción ciudadana con los servicios (ejemplo)'));
    expect([index.baseline.note, index.latest.note, index.target.note]).to.deep.equal([
      'de 10',
      'de 10',
      'de 10',
    ]);
    // Money: in words in the figures (full amount on hover), in full in the values table.
    const moneyCard = card(el, 'Recursos decididos en presupuestos participativos (ejemplo)');
    const money = read(moneyCard);
    expect([money.baseline.value, money.latest.value, money.target.value]).to.deep.equal([
      '$ 10 mil millones',
      '$ 18,5 mil millones',
      '$ 30 mil millones',
    ]);
    const latestValue = moneyCard.querySelector('dd[data-role="latest"] .value')!;
    expect(squash(latestValue.getAttribute('title'))).to.equal('$ 18.500.000.000');
    expect([...moneyCard.querySelectorAll('tbody td')].map((td) => text(td))).to.deep.equal([
      '$ 10.000.000.000',
      '$ 18.500.000.000',
      '$ 30.000.000.000',
    ]);
    expect(money.progress).to.equal(pct(increase(10e9, 18.5e9, 30e9))); // 8,5/20
    const secop = read(card(el, 'Contratos publicados en SECOP a tiempo (ejemplo)'));
    expect([secop.baseline.value, secop.latest.value]).to.deep.equal(['98 %', '99 %']);
  });

  it('judges each status against the time elapsed', () => {
    // Years: expected = days from the end of 2020 to the end of the latest year, over
    // days to the end of 2026 (2191). 2023: 1095/2191 = 50,0 %; 2022: 730/2191 = 33,3 %.
    const status = (name: string) => read(card(el, name)).status;
    // 0,6/1,8 = 33,3 % < 50,0 − 10 and ≥ 50,0 − 25 → at risk.
    expect(status('Índice de satisfacción ciudadana con los servicios (ejemplo)')).to.equal(
      'at_risk',
    );
    // 8,5/20 = 42,5 % ≥ 33,3 − 10 → on track.
    expect(status('Recursos decididos en presupuestos participativos (ejemplo)')).to.equal(
      'on_track',
    );
    // (30 − 19)/(30 − 15) = 73,3 % ≥ 50,0 − 10 → on track.
    expect(status('Tiempo promedio de respuesta a peticiones (ejemplo)')).to.equal('on_track');
  });

  it('judges a maintain indicator by its tolerance', () => {
    const secop = card(el, 'Contratos publicados en SECOP a tiempo (ejemplo)');
    expect(read(secop).status).to.equal('achieved');
    expect(text(secop.querySelector('.meta:last-of-type'))).to.contain(
      'Meta: mantener (con un margen de 2 puntos porcentuales sobre la línea base)',
    );
    // |99 − 98| = 1 ≤ 2: the band chart shows the value inside the band.
    expect(read(secop).progress).to.equal('99 % se mantiene dentro de 98 % ± 2');
    const band = secop.querySelector('svg.bar')!;
    const left = Number(band.querySelector('.band')!.getAttribute('x'));
    const width = Number(band.querySelector('.band')!.getAttribute('width'));
    const dot = Number(band.querySelector('.dot')!.getAttribute('cx'));
    expect(dot).to.be.within(left, left + width);
    expect(Number(band.querySelector('.expected')!.getAttribute('x1'))).to.equal(150);
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });

  it('reads the long form inline too', async () => {
    const inline = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            ${longIndicatorsCsv}
          </script>
          <script type="text/csv" data-name="values">
            ${longValuesCsv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(cards(inline)).to.have.length(4);
    expect(
      read(card(inline, 'Índice de satisfacción ciudadana con los servicios (ejemplo)')).latest
        .value,
    ).to.equal('6,8');
  });
});

describe('<rendir-indicator-tracker> states', () => {
  it('names file, line, column and value of bad data', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv" data-file="indicadores.csv">
            ${brokenCsv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert).to.exist;
    const message = text(alert);
    expect(message).to.contain('indicadores.csv, fila 3, columna D');
    expect(message).to.contain('sesenta');
    await expect(el).to.be.accessible();
  });

  it('shows an HTTP failure with a retry button that works from the keyboard', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker src="/no-such-file.csv"></rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(el).querySelector('[role="alert"]'))).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
    const states: string[] = [];
    el.addEventListener('rendir-data-state', (e) => states.push(e.detail.status));
    const retry = root(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await el.ready;
    expect(states).to.deep.equal(['loading', 'error']);
    el.src = bogotaUrl;
    await el.ready;
    expect(cards(el)).to.have.length(12);
  });

  it('shows the loading state while data is on its way', async () => {
    const el = await fixture<RendirIndicatorTracker>(
      html`<rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>`,
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Cargando indicadores…');
    await expect(el).to.be.accessible();
    await el.ready;
  });

  it('shows the empty state for a table without rows', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            Pilar;Medición;2020;2022 (meta)
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(el).querySelector('[role="status"]'))).to.equal(
      'No hay indicadores para mostrar.',
    );
    await expect(el).to.be.accessible();
  });

  it('takes records as a property, in the dark and high-contrast themes', async () => {
    const records = readIndicators(decreasingCsv, { file: 'decreasing-ejemplo.csv' }).records;
    for (const theme of ['dark', 'high-contrast']) {
      const el = await ready(
        await fixture<RendirIndicatorTracker>(
          html`<rendir-indicator-tracker
            theme=${theme}
            .indicators=${records}
          ></rendir-indicator-tracker>`,
        ),
      );
      expect(cards(el)).to.have.length(2);
      expect(summaryFrame(el).getAttribute('theme')).to.equal(theme);
      await expect(el).to.be.accessible();
    }
  });

  it('reads an ambiguous number with the declared number-format', async () => {
    const csv =
      'Pilar;Medición;2020;2026 (meta)\nEjemplo;Personas atendidas (ejemplo);1.234;2.000\n';
    const undeclared = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker>
          <script type="text/csv">
            ${csv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(text(root(undeclared).querySelector('[role="alert"]'))).to.contain('1.234');
    const declared = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker number-format="es">
          <script type="text/csv">
            ${csv}
          </script>
        </rendir-indicator-tracker>`,
      ),
    );
    expect(read(cards(declared)[0]).baseline.value).to.equal('1.234');
    expect(read(cards(declared)[0]).target.value).to.equal('2.000');
  });

  it('stays accessible with every disclosure open', async () => {
    const el = await ready(
      await fixture<RendirIndicatorTracker>(
        html`<rendir-indicator-tracker
          src=${longIndicatorsUrl}
          values-src=${longValuesUrl}
        ></rendir-indicator-tracker>`,
      ),
    );
    for (const d of root(el).querySelectorAll('details')) d.open = true;
    summaryFrame(el).toggleTable(true);
    await summaryFrame(el).updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<rendir-indicator-tracker> progress loaded beside the data', () => {
  const saved = { ...lazyParts };
  const offline = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  afterEach(() => Object.assign(lazyParts, saved));

  /** Everything a card and the summary say. */
  function shown(el: RendirIndicatorTracker) {
    return {
      summary: summaryFrame(el).getAttribute('summary'),
      cards: cards(el).map((c) => ({
        name: text(c.querySelector('h3')),
        ...read(c),
        how: text(c.querySelector('.how')),
      })),
    };
  }

  it('shows the same figures, progress and statuses from a CSV, JSON and a property', async () => {
    const records = readIndicators(bogotaCsv, { file: 'bogota.csv' }).records;
    const fromCsv = shown(
      await ready(
        await fixture<RendirIndicatorTracker>(
          html`<rendir-indicator-tracker src=${bogotaUrl}></rendir-indicator-tracker>`,
        ),
      ),
    );
    expect(fromCsv.cards).to.have.length(12);
    const fromProperty = shown(
      await ready(
        await fixture<RendirIndicatorTracker>(
          html`<rendir-indicator-tracker .indicators=${records}></rendir-indicator-tracker>`,
        ),
      ),
    );
    const fromJson = shown(
      await ready(
        await fixture<RendirIndicatorTracker>(
          html`<rendir-indicator-tracker
            src=${`data:application/json,${encodeURIComponent(JSON.stringify(records))}`}
          ></rendir-indicator-tracker>`,
        ),
      ),
    );
    expect(fromProperty).to.deep.equal(fromCsv);
    expect(fromJson).to.deep.equal(fromCsv);
  });

  it('shows the error state with a retry when the progress code cannot load, for CSV and property data', async () => {
    const records = readIndicators(decreasingCsv, { file: 'decreasing-ejemplo.csv' }).records;
    for (const template of [
      html`<rendir-indicator-tracker src=${decreasingUrl}></rendir-indicator-tracker>`,
      html`<rendir-indicator-tracker .indicators=${records}></rendir-indicator-tracker>`,
    ]) {
      lazyParts.progress = offline;
      const el = await ready(await fixture<RendirIndicatorTracker>(template));
      expect(cards(el)).to.have.length(0);
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain(
        'No se pudieron descargar los datos',
      );
      await expect(el).to.be.accessible();
      lazyParts.progress = saved.progress;
      const retry = root(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.ready;
      expect(cards(el)).to.have.length(2);
      expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    }
  });
});
