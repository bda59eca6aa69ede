// The tracker with Open SDG series as statistics offices publish them (the core's real
// fixtures, byte for byte): Canada 1.2.1 (a headline and one breakdown of two
// disaggregations), the UK's 10.3.1 (periods written as spans, eight breakdowns) and
// Mexico's 1.2.1 (no headline, 2,329 municipalities, 12,409 `NA`).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../define/rendir-indicator-tracker.ts';
import type { RendirChartFrame } from '../platform/chart-kit/index.ts';
import type { RendirIndicatorTracker } from './indicator-tracker.ts';
import { sdgChartLayout } from './sdg-chart.ts';

const real = (name: string) =>
  new URL(`../../../core/test/fixtures/sdg-real/${name}`, import.meta.url).href;
const canada = real('canada_indicator_1-2-1.csv');
const uk = real('uk_ons_indicator_10-3-1.csv');
const mexico = real('mexico_indicator_1-2-1-esp.csv');

const squash = (s: string | null | undefined) =>
  (s ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function tracker(src: string, lang = 'es'): Promise<RendirIndicatorTracker> {
  const el = await fixture<RendirIndicatorTracker>(
    html`<rendir-indicator-tracker src=${src} lang=${lang}></rendir-indicator-tracker>`,
  );
  await el.ready;
  await waitUntil(() => el.shadowRoot!.querySelector('svg.sdg-chart'), 'the charts are drawn');
  return el;
}

const root = (el: RendirIndicatorTracker) => el.shadowRoot!;
const frames = (el: RendirIndicatorTracker) => [
  ...root(el).querySelectorAll<RendirChartFrame>('rendir-chart-frame'),
];
/** The breakdown's chart frame (after the headline's, when there is one). */
const breakdownFrame = (el: RendirIndicatorTracker) =>
  root(el).querySelector<RendirChartFrame>('.sdg-breakdowns rendir-chart-frame');
const liveSentence = (el: RendirIndicatorTracker) =>
  squash(root(el).querySelector('.sdg-breakdowns [role="status"]')?.textContent);
const fieldset = (el: RendirIndicatorTracker, legend: string) =>
  [...root(el).querySelectorAll('fieldset')].find((f) =>
    squash(f.querySelector('legend')?.textContent).startsWith(legend),
  )!;
function option(set: HTMLFieldSetElement, label: string): HTMLInputElement {
  const found = [...set.querySelectorAll('label')].find((l) => squash(l.textContent) === label);
  if (!found) throw new Error(`no «${label}» in ${squash(set.textContent).slice(0, 80)}`);
  return found.querySelector('input')!;
}
async function typeIn(el: RendirIndicatorTracker, input: HTMLInputElement, text: string) {
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<rendir-indicator-tracker> with an Open SDG series', function () {
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('Canada 1.2.1: the headline series as published, with its table and a chart with axes', async () => {
    const el = await tracker(canada);
    const headline = frames(el)[0];
    expect(headline.chartTitle).to.equal('Serie principal');
    expect(headline.table!.rows).to.deep.equal([
      ['2015', '14,5'],
      ['2016', '12,9'],
      ['2017', '11,9'],
      ['2018', '11,2'],
      ['2019', '10,3'],
      ['2020', '6,4'],
      ['2021', '7,4'],
      ['2022', '9,9'],
      ['2023', '10,2'],
    ]);
    expect(headline.table!.raw![0]).to.deep.equal(['2015', '14.5']);
    // The summary tells the series in words; the chart's axes are hidden from screen readers.
    expect(headline.summary).to.match(/De 2015 a 2023 pasó de 14,5 a 10,2 \(bajó\)/);
    const chart = headline.querySelector('svg.sdg-chart')!;
    expect([...chart.querySelectorAll('text.period')].map((t) => t.textContent)).to.include.members(
      ['2015', '2023'],
    );
    expect(chart.querySelectorAll('circle.pt')).to.have.length(9);
    expect(chart.querySelector('text.latest-label')!.textContent).to.equal('10,2');
    expect(chart.querySelectorAll('text.tick').length).to.be.at.least(3);
    await expect(el).to.be.accessible();

    // Its points are one tab stop that the arrow keys, Home and End walk, as in every chart.
    expect(headline.navigable).to.equal(true);
    const points = [...chart.querySelectorAll<SVGGElement>('[data-rendir-point]')];
    expect(points.map((p) => p.getAttribute('aria-label'))).to.deep.equal(
      headline.table!.rows.map(([period, value]) => `${period}: ${value}`),
    );
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    const live = () => squash(root(el).querySelector('[aria-live="polite"]')?.textContent);
    points[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live()).to.equal('2016: 12,9');
    expect(root(el).activeElement).to.equal(points[1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live()).to.equal('2023: 10,2');
    expect(root(el).activeElement).to.equal(points[8]);
    // The breakdown's small multiples stay one image each: one walk per widget.
    expect(breakdownFrame(el)!.navigable).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('Canada: the breakdown chooser holds one group of persons and compares places, only as published', async () => {
    const el = await tracker(canada);
    // Geography is only ever published with a group of persons: one breakdown of both.
    expect(squash(root(el).querySelector('.sdg-only')?.textContent)).to.equal(
      'Desglose: Persons in low income × Geography',
    );
    const persons = fieldset(el, 'Persons in low income');
    expect(option(persons, 'All persons').type).to.equal('radio');
    expect(option(persons, 'All persons').checked).to.equal(true);
    const places = fieldset(el, 'Geography');
    expect(option(places, 'Alberta').type).to.equal('checkbox');
    expect(liveSentence(el)).to.equal(
      'Se muestran 4 series de Geography (Persons in low income: All persons): Alberta, Atlantic provinces, British Columbia, Calgary, Alberta.',
    );
    const frame = breakdownFrame(el)!;
    expect(frame.table!.columns.map((c) => c.label)).to.deep.equal([
      'Periodo',
      'Alberta',
      'Atlantic provinces',
      'British Columbia',
      'Calgary, Alberta',
    ]);
    expect(frame.table!.rows.map((r) => r[1])).to.deep.equal([
      '9,4',
      '10,1',
      '8,5',
      '8,8',
      '7,7',
      '5,5',
      '7,8',
      '9,7',
      '8,9',
    ]);
    expect(frame.querySelectorAll('svg.sdg-chart')).to.have.length(4);

    // Another group of persons: the places' series are that group's, as published.
    option(persons, 'Females').click();
    await el.updateComplete;
    expect(liveSentence(el)).to.match(
      /^Se muestran 4 series de Geography \(Persons in low income: Females\)/,
    );
    // Keyboard: Space on a focused checkbox removes Alberta.
    option(fieldset(el, 'Geography'), 'Alberta').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(breakdownFrame(el)!.table!.columns.map((c) => c.label)).to.not.include('Alberta');
    await expect(el).to.be.accessible();
  });

  it('UK 10.3.1: periods written as spans keep their words and order; a breakdown of two disaggregations can compare either', async () => {
    const el = await tracker(uk, 'en');
    expect(frames(el)[0].table!.rows.map((r) => r[0])).to.deep.equal([
      '2007/08 to 2008/09',
      '2009/10 to 2011/12',
      '2012/13 to 2014/15',
      '2015/16 to 2017/18',
      '2017/18 to 2019/20',
    ]);
    const select = root(el).querySelector<HTMLSelectElement>('.sdg-controls select')!;
    expect([...select.options].map((o) => squash(o.textContent))).to.deep.equal([
      'Type of hate crime',
      'Urban or rural',
      'Disability status',
      'Sex',
      'Age',
      'Ethnicity',
      'Household income',
      'Age × Sex',
    ]);
    select.value = '7';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(squash(fieldset(el, 'Compare by').textContent)).to.equal('Compare by Age Sex');
    expect(liveSentence(el)).to.match(/^Showing 2 series by Sex \(Age: /);
    option(fieldset(el, 'Compare by'), 'Age').click();
    await el.updateComplete;
    expect(liveSentence(el)).to.match(/^Showing 4 series by Age \(Sex: /);
    await expect(el).to.be.accessible();
  });

  it('Mexico 1.2.1: no headline is said, municipalities are searched, `NA` reads as not available', async () => {
    const el = await tracker(mexico);
    expect(squash(root(el).querySelector('.notice')?.textContent)).to.equal(
      'Este archivo no publica una serie principal (filas sin desglose); elija un desglose por Entidad federativa, Municipios, Sexo, Grupo de edad.',
    );
    const select = root(el).querySelector<HTMLSelectElement>('.sdg-controls select')!;
    select.value = '3';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Thousands of municipalities never become thousands of controls.
    expect(root(el).querySelectorAll('input').length).to.be.below(80);
    const states = fieldset(el, 'Entidad federativa');
    await typeIn(el, states.querySelector('input[type="search"]')!, 'oaxa');
    option(fieldset(el, 'Entidad federativa'), 'Oaxaca').click();
    await el.updateComplete;
    const places = fieldset(el, 'Municipios');
    expect(squash(places.querySelector('legend')?.textContent)).to.equal(
      'Municipios (570 valores)',
    );
    expect(squash(places.textContent)).to.include(
      'Se listan 30 de 570; escriba para acotar la lista.',
    );
    await typeIn(el, places.querySelector('input[type="search"]')!, 'oaxaca de ju');
    option(fieldset(el, 'Municipios'), 'Oaxaca de Juárez').click();
    await el.updateComplete;
    const frame = breakdownFrame(el)!;
    const column = frame.table!.columns.findIndex((c) => c.label === 'Oaxaca de Juárez');
    const byYear = Object.fromEntries(frame.table!.rows.map((r) => [r[0], r[column]]));
    expect(byYear['2015']).to.equal('45,08210734');
    expect(byYear['2010']).to.equal('36,24671517');
    expect(byYear['2018']).to.equal('N/D (no disponible)');
    expect(frame.table!.raw!.find((r) => r[0] === '2018')![column]).to.equal('NA');
    await expect(el).to.be.accessible();
  });

  it('a CSV download neutralises cells that a spreadsheet would run', async () => {
    const el = await fixture<RendirIndicatorTracker>(
      html`<rendir-indicator-tracker>
        <script type="text/csv">
          Year,Sex,Value
          2020,,1.5
          2020,=HYPERLINK("http://x"),2
          2021,=HYPERLINK("http://x"),3
        </script>
      </rendir-indicator-tracker>`,
    );
    await el.ready;
    const csv = await breakdownFrame(el)!.csv();
    expect(csv).to.include(`'=HYPERLINK`);
    expect(csv).to.not.match(/(^|,)"?=HYPERLINK/m);
  });

  it('reflows to 320 px, and draws in system colours when colours are forced', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await tracker(mexico);
    await waitUntil(
      () => (root(el).querySelector('svg.sdg-chart')?.getBoundingClientRect().width ?? 999) <= 320,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const box of root(el).querySelectorAll('select, input, svg, fieldset'))
      expect(box.getBoundingClientRect().right, box.localName).to.be.at.most(320);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(root(el).querySelector('svg.sdg-chart .line')!).stroke).to.equal(
        canvasText,
      );
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('the Open SDG chart', () => {
  it('leaves a gap where a value is not available, never a line through it', () => {
    const layout = sdgChartLayout({
      periods: ['2008', '2010', '2012', '2014', '2015'],
      values: [null, 36.2, null, null, 45.1],
      texts: ['N/D', '36,2', 'N/D', 'N/D', '45,1'],
      width: 480,
      domain: [0, 45.1],
      format: (v) => v,
      period: (p) => p,
    });
    expect(layout.points).to.have.length(2);
    // Two runs of one point each: nothing joins 2010 to 2015 across the years not published.
    expect(layout.paths).to.have.length(2);
    expect(layout.paths.every((d) => !d.includes('L'))).to.equal(true);
    expect(layout.latest?.text).to.equal('45,1');
    expect(layout.periods.map((p) => p.text)).to.include.members(['2008', '2015']);
  });
});
