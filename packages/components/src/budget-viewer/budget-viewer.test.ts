import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import '../define/rendir-budget-viewer.ts';
import type { RendirBudgetViewer } from './budget-viewer.ts';
import type { RendirChartFrame } from '../platform/chart-kit/chart-frame.ts';
import { budgetDocument, readBudget } from '@rendir/core';
import { partLoaders } from './lazy-parts.ts';
import {
  BUDGET_LEVELS,
  EXPECTED_2025,
  FIXTURE_DEFLATOR,
  FIXTURE_NOTICE,
  FIXTURE_POPULATION,
  badAmountCsv,
  budgetCsv,
  emptyCsv,
  flatLinesCsv,
  incomeExpenseCsv,
  longLabelsCsv,
  manyLinesCsv,
  missingLevelCsv,
  singleAmountCsv,
} from './fixtures.ts';

/** Mounts a viewer with inline CSV (as a CMS author would paste it) and waits for it. */
async function mount(
  csv: string,
  attrs: Record<string, string> = {},
  lang = 'es',
): Promise<RendirBudgetViewer> {
  const el = document.createElement('rendir-budget-viewer');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  el.append(script);
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: 60rem">${el}</div>`,
  );
  const viewer = wrapper.querySelector('rendir-budget-viewer')!;
  await viewer.loaded;
  await viewer.updateComplete;
  return viewer;
}

const full = { levels: BUDGET_LEVELS, note: FIXTURE_NOTICE.es };

function root(el: RendirBudgetViewer): ShadowRoot {
  return el.shadowRoot!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function $(el: RendirBudgetViewer, selector: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

function boxes(el: RendirBudgetViewer): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('[part="treemap"] [part="box"]')];
}

function box(el: RendirBudgetViewer, name: string): HTMLButtonElement {
  const found = boxes(el).find((b) => text(b.querySelector('.label')) === name);
  if (!found) throw new Error(`box ${name} not found`);
  return found;
}

/**
 * Where the viewer is: the breadcrumb's current place once drilled; at the whole budget,
 * which has no breadcrumb (it would only repeat the heading), the heading.
 */
function current(el: RendirBudgetViewer): string {
  const crumb = root(el).querySelector('nav [aria-current]');
  if (crumb) return text(crumb);
  expect(root(el).querySelector('nav')).to.equal(null, 'no breadcrumb at the whole budget');
  return text(root(el).querySelector('.summary .place'));
}

/** The platform's chart frame the viewer draws its chart in (its `frame` part). */
function frame(el: RendirBudgetViewer): RendirChartFrame {
  return $(el, '[part="frame"]') as RendirChartFrame;
}

/** The frame's data table: the open level's items, then its total. */
function dataTable(el: RendirBudgetViewer): HTMLTableElement {
  const table = frame(el).shadowRoot!.querySelector('table');
  if (!table) throw new Error('the data table is not drawn');
  return table;
}

/** Rows of the data table as arrays of cell texts (header cell first). */
function tableRows(el: RendirBudgetViewer): string[][] {
  return [...dataTable(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => text(c)),
  );
}

function headers(el: RendirBudgetViewer): string[] {
  return [...dataTable(el).querySelectorAll('thead th')].map((th) => text(th));
}

function cell(el: RendirBudgetViewer, row: string, column: string) {
  const cols = headers(el);
  const r = tableRows(el).find((cells) => cells[0].startsWith(row));
  if (!r) throw new Error(`row ${row} not found`);
  const i = cols.indexOf(column);
  if (i < 0) throw new Error(`column ${column} not found in ${cols.join(' | ')}`);
  return r[i];
}

/** The frame's button that shows and hides the data table. */
function tableToggle(el: RendirBudgetViewer): HTMLButtonElement {
  return frame(el).shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
}

async function settle(el: RendirBudgetViewer): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

function activeItem(el: RendirBudgetViewer): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

/**
 * Clicks `button` and returns the downloads it starts (anchor clicks, none saved); the
 * download code arrives on the first click, so this waits for it.
 */
async function downloadsOf(button: HTMLElement, count = 1): Promise<HTMLAnchorElement[]> {
  const clicked: HTMLAnchorElement[] = [];
  const realClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    button.click();
    await waitUntil(() => clicked.length >= count, `${count} download(s)`);
  } finally {
    HTMLAnchorElement.prototype.click = realClick;
  }
  return clicked;
}

/** `$ 1.234,56` with the normal space Intl may write as a no-break space. */
function spaces(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ');
}

describe('rendir-budget-viewer: exact totals', () => {
  it('prints every total of a 10^14 budget to the cent, as the exact sum of its lines', async () => {
    const el = await mount(budgetCsv, { ...full, 'table-open': '' });
    const total = spaces(text($(el, '.summary .total')));
    expect(total).to.contain(`$ ${EXPECTED_2025.total.current_appropriation}`);
    // The float sum would have lost the cents.
    expect(String(EXPECTED_2025.floatTotal)).to.not.contain('.54');

    const foot = spaces(cell(el, 'Total', 'Apropiación vigente'));
    expect(foot).to.contain(`$ ${EXPECTED_2025.total.current_appropriation}`);
    expect(spaces(cell(el, 'Total', 'Apropiación inicial'))).to.contain(
      `$ ${EXPECTED_2025.total.initial_appropriation}`,
    );
    expect(spaces(cell(el, 'Total', 'Certificados de disponibilidad (CDP)'))).to.contain(
      `$ ${EXPECTED_2025.total.cdp}`,
    );
    expect(spaces(cell(el, 'Total', 'Compromisos'))).to.contain(
      `$ ${EXPECTED_2025.total.commitments}`,
    );
    expect(spaces(cell(el, 'Total', 'Obligaciones'))).to.contain(
      `$ ${EXPECTED_2025.total.obligations}`,
    );
    expect(spaces(cell(el, 'Total', 'Pagos'))).to.contain(`$ ${EXPECTED_2025.total.payments}`);
    for (const [sector, expected] of Object.entries(EXPECTED_2025.sectors)) {
      expect(spaces(cell(el, sector, 'Apropiación vigente'))).to.contain(`$ ${expected.current}`);
      expect(spaces(cell(el, sector, 'Compromisos'))).to.contain(`$ ${expected.commitments}`);
      expect(spaces(cell(el, sector, 'Pagos'))).to.contain(`$ ${expected.payments}`);
    }
  });

  it('shows compact words beside the full amount, never instead', async () => {
    const el = await mount(budgetCsv, full);
    expect(spaces(text($(el, '.summary .total')))).to.contain(
      '$ 393.507.937.164.745,54 (393,5 billones)',
    );
    // The chain's other amounts, in the summary too.
    const chain = [...root(el).querySelectorAll('.summary .chain div')].map((d) => spaces(text(d)));
    expect(chain[0]).to.equal(
      `Apropiación inicial $ ${EXPECTED_2025.total.initial_appropriation} (373,8 billones)`,
    );
    expect(chain).to.have.length(5);
  });

  it('says where made-up example data is shown', async () => {
    const el = await mount(budgetCsv, full);
    expect(text($(el, '[part="note"]'))).to.contain(FIXTURE_NOTICE.es);
  });
});

describe('rendir-budget-viewer: drill-down', () => {
  it('says how to move through the chart once, in the hint it shows and points the boxes to', async () => {
    const el = await mount(budgetCsv, full);
    const hint = $(el, '#keys');
    expect(text(hint)).to.match(/^Use las flechas para moverse entre los elementos/);
    expect(root(el).querySelector('[part=treemap]')!.getAttribute('aria-describedby')).to.equal(
      'keys',
    );
    // The frame, whose own hidden hint would repeat it, leaves it out.
    expect(frame(el).shadowRoot!.querySelector('[part=chart] .visually-hidden')).to.equal(null);
  });

  it('opens a sector and goes back by mouse (box, breadcrumb, back button)', async () => {
    const el = await mount(budgetCsv, { ...full, 'table-open': '' });
    expect(current(el)).to.equal('Todo el presupuesto');
    expect(boxes(el).map((b) => text(b.querySelector('.label')))).to.deep.equal([
      'Educación',
      'Movilidad',
      'Salud',
    ]);

    const drilled = oneEvent(el, 'rendir-drill');
    box(el, 'Educación').click();
    const event = await drilled;
    expect(event.detail.path).to.deep.equal(['Educación']);
    expect(event.detail.total).to.equal('149712429486774.71');
    await settle(el);
    expect(current(el)).to.equal('Educación');
    expect(spaces(text($(el, '.summary .total')))).to.contain(
      `$ ${EXPECTED_2025.sectors.Educación.current}`,
    );
    expect(headers(el)[0]).to.equal('Entidad');
    expect(tableRows(el).map((r) => r[0])).to.deep.equal([
      'Secretaría de Educación',
      'Universidad Distrital',
      'Total',
    ]);

    box(el, 'Secretaría de Educación').click();
    await settle(el);
    expect(current(el)).to.equal('Secretaría de Educación');
    expect(boxes(el).map((b) => text(b.querySelector('.label')))).to.deep.equal([
      'Comida para estudiantes en los colegios',
      'Colegios nuevos y mejorados',
    ]);
    // The deepest level: the official name stays beside the plain-language one.
    expect(tableRows(el)[0][0]).to.equal(
      'Comida para estudiantes en los colegios (Nombre oficial: Alimentación escolar)',
    );

    // Breadcrumb back to the sector, then the back button to the whole budget.
    const crumb = [...root(el).querySelectorAll<HTMLButtonElement>('nav button')].find(
      (b) => text(b) === 'Educación',
    )!;
    crumb.click();
    await settle(el);
    expect(current(el)).to.equal('Educación');
    $(el, 'button.back').click();
    await settle(el);
    expect(current(el)).to.equal('Todo el presupuesto');
  });

  it('opens a sector from the breakdown too', async () => {
    const el = await mount(budgetCsv, full);
    const link = [
      ...root(el).querySelectorAll<HTMLButtonElement>('[part="breakdown"] th button'),
    ].find((b) => text(b) === 'Salud')!;
    link.click();
    await settle(el);
    expect(current(el)).to.equal('Salud');
  });

  it('is fully usable by keyboard, announcing each value', async () => {
    const el = await mount(budgetCsv, full);
    const items = boxes(el);
    expect(items.map((b) => b.tabIndex)).to.deep.equal([0, -1, -1]);
    // The accessible name: visible name and compact words, then the exact amount and share.
    expect(spaces(text(items[0]))).to.equal(
      'Educación 149,7 billones : $ 149.712.429.486.774,71, 38,05 % de este nivel.',
    );
    items[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Movilidad');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Salud');
    expect(spaces(text(activeItem(el)))).to.contain(`$ ${EXPECTED_2025.sectors.Salud.current}`);

    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Salud');
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Secretaría de Salud');
    expect(spaces(text($(el, '[role="status"][aria-live]')))).to.contain(
      `Ahora se muestra Salud: $ ${EXPECTED_2025.sectors.Salud.current}.`,
    );
    await sendKeys({ press: 'ArrowDown' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Hospital Central');

    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(current(el)).to.equal('Hospital Central');
    const leaf = activeItem(el)!;
    expect(text(leaf.querySelector('.label'))).to.equal('Urgencias');
    expect(leaf.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Hospital Central');

    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(current(el)).to.equal('Salud');
    // Focus returns to where the reader came from.
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Hospital Central');
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(current(el)).to.equal('Todo el presupuesto');
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Salud');
    await sendKeys({ press: 'Home' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Educación');
    await sendKeys({ press: 'End' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Salud');
  });

  it('uses a ranked bar list with the same keys on narrow screens', async () => {
    const el = await mount(budgetCsv, { ...full, view: 'bars' });
    const bars = [...root(el).querySelectorAll<HTMLButtonElement>('[part="bars"] [part="bar"]')];
    expect(bars.map((b) => text(b.querySelector('.label')))).to.deep.equal([
      'Educación',
      'Movilidad',
      'Salud',
    ]);
    expect(getComputedStyle($(el, '.treemap')).display).to.equal('none');
    bars[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(current(el)).to.equal('Movilidad');
    expect(activeItem(el)?.classList.contains('bar')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('lets the reader switch between boxes and bars', async () => {
    const el = await mount(budgetCsv, full);
    const [boxesButton, barsButton] =
      root(el).querySelectorAll<HTMLButtonElement>('.view-switch button');
    expect(text(boxesButton)).to.equal('Recuadros');
    expect(boxesButton.getAttribute('aria-pressed')).to.equal('true');
    barsButton.click();
    await settle(el);
    expect(el.getAttribute('view')).to.equal('bars');
    expect(barsButton.getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle($(el, '.treemap')).display).to.equal('none');
    expect(getComputedStyle($(el, '.bars')).display).to.equal('grid');
  });

  it('shows two levels at once (icicle), drillable by mouse and keyboard', async () => {
    const el = await mount(budgetCsv, { ...full, view: 'icicle' });
    const cells = () => [...root(el).querySelectorAll<HTMLButtonElement>('.icicle .box')];
    expect(cells().map((b) => text(b.querySelector('.label')))).to.deep.equal([
      'Educación',
      'Movilidad',
      'Salud',
      'Secretaría de Educación',
      'Universidad Distrital',
      'Secretaría de Movilidad',
      'Instituto de Desarrollo Urbano',
      'Secretaría de Salud',
      'Hospital Central',
    ]);
    expect(getComputedStyle($(el, '.treemap')).display).to.equal('none');
    expect(spaces(text(cells()[3]))).to.contain('Secretaría de Educación 131 billones');
    cells()[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Movilidad');
    await sendKeys({ press: 'ArrowDown' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Secretaría de Movilidad');
    await sendKeys({ press: 'ArrowUp' });
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Movilidad');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // Two levels down at once.
    expect(current(el)).to.equal('Secretaría de Movilidad');
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Semáforos');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(current(el)).to.equal('Movilidad');
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Secretaría de Movilidad');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(current(el)).to.equal('Todo el presupuesto');
    cells()
      .find((b) => text(b.querySelector('.label')) === 'Hospital Central')!
      .click();
    await settle(el);
    expect(current(el)).to.equal('Hospital Central');
    await expect(el).to.be.accessible();
  });

  it('switches to bars by itself at 320 px', async () => {
    const el = await mount(budgetCsv, full);
    el.style.width = '320px';
    const barsButton = root(el).querySelectorAll<HTMLButtonElement>('.view-switch button')[1];
    // The switch follows the element's resize, observed after a layout.
    await waitUntil(() => barsButton.getAttribute('aria-pressed') === 'true', 'bars at 320 px');
    await settle(el);
    expect(getComputedStyle($(el, '.treemap')).display).to.equal('none');
    expect(getComputedStyle($(el, '.bars')).display).to.equal('grid');
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('keeps each breakdown row on one line at 320 px when its name fits: the status beside its figure', async () => {
    const el = await mount(budgetCsv, full);
    el.style.width = '320px';
    await settle(el);
    const rows = [...root(el).querySelectorAll('[part="breakdown"] tbody tr')];
    expect(rows.length).to.be.above(3);
    const tall: string[] = [];
    for (const row of rows) {
      const name = row.querySelector('th button');
      // A top-level name («Salud») takes one line: its row is that line and its padding.
      if (!name || name.getClientRects().length !== 1) continue;
      const padding = parseFloat(getComputedStyle(row.querySelector('th')!).paddingTop);
      const height = row.getBoundingClientRect().height;
      if (height > name.getBoundingClientRect().height + 2 * padding + 2)
        tall.push(`${text(name)}: ${height.toFixed(0)} px`);
    }
    expect(tall).to.deep.equal([]);
  });

  it('keeps the open node in the URL hash when asked (deep links)', async () => {
    const before = window.location.hash;
    window.location.hash = 'budget-test=2025/Salud/Hospital%20Central';
    const el = await mount(budgetCsv, { ...full, id: 'budget-test', 'deep-link': '' });
    expect(current(el)).to.equal('Hospital Central');
    $(el, 'button.back').click();
    await settle(el);
    expect(window.location.hash).to.equal('#budget-test=2025/Salud');
    box(el, 'Secretaría de Salud').click();
    await settle(el);
    expect(window.location.hash).to.equal('#budget-test=2025/Salud/Secretar%C3%ADa%20de%20Salud');
    // The browser's back button goes back up.
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    history.back();
    await changed;
    await settle(el);
    expect(current(el)).to.equal('Salud');
    window.history.replaceState(null, '', before || window.location.pathname);
  });
});

describe('rendir-budget-viewer: citizen figures', () => {
  it('computes execution to the decimal with a word and an icon, never colour alone', async () => {
    const el = await mount(budgetCsv, { ...full, 'table-open': '' });
    const summary = spaces(text($(el, '.summary .execution')));
    expect(summary).to.contain(`Compromisos: ${EXPECTED_2025.totalCommittedPct} %`);
    expect(summary).to.contain(`Pagado: ${EXPECTED_2025.totalPaidPct} %`);
    expect(summary).to.contain('✓Ejecución adecuada');
    expect(spaces(cell(el, 'Salud', 'Ejecución (Compromisos)'))).to.equal(
      '97,8 % Ejecución adecuada',
    );
    expect(spaces(cell(el, 'Movilidad', 'Ejecución (Compromisos)'))).to.equal(
      '75,2 % Baja ejecución',
    );
    expect(spaces(cell(el, 'Educación', 'Pagado'))).to.equal('56,3 %');
    box(el, 'Salud').click();
    await settle(el);
    box(el, 'Secretaría de Salud').click();
    await settle(el);
    // Vacunación committed more than its appropriation.
    expect(spaces(text($(el, '.summary .execution')))).to.contain('104,0 %');
    expect(spaces(text($(el, '.summary .execution')))).to.contain('▲Sobreejecución');
  });

  it('names the base it measured against: the initial appropriation when the file has no current one', async () => {
    const initialOnly = [
      'vigencia;sector;apropiacion_inicial;compromisos;pagos',
      '2025;Salud;1000;750;500',
      '2025;Educación;1000;900;800',
    ].join('\n');
    const el = await mount(initialOnly, { levels: 'sector' });
    const summary = spaces(text($(el, '.summary .execution')));
    expect(summary).to.match(/^Compromisos: 82,5 % de la apropiación inicial · Pagado: 65,0 %/);
    expect(summary).not.to.contain('vigente');
    expect(text($(el, '.summary .help'))).to.contain(
      'La ejecución es compromisos sobre la apropiación inicial.',
    );
    const en = await mount(initialOnly, { levels: 'sector' }, 'en');
    expect(spaces(text($(en, '.summary .execution')))).to.contain(
      '82.5% of the initial appropriation',
    );
    await expect(el).to.be.accessible();
  });

  it('takes the under-execution threshold from the attribute', async () => {
    const el = await mount(budgetCsv, { ...full, 'under-threshold': '85', 'table-open': '' });
    expect(spaces(cell(el, 'Educación', 'Ejecución (Compromisos)'))).to.equal(
      '80,4 % Baja ejecución',
    );
    expect(text($(el, '.summary .help'))).to.contain('menos del 85 %');
    const odd = await mount(budgetCsv, { ...full, 'under-threshold': 'alto' });
    expect(text($(odd, '.summary .help'))).to.contain('menos del 80 %');
  });

  it('measures the amount the execution attribute names, as the site passes its site.yaml key', async () => {
    const el = await mount(budgetCsv, { ...full, execution: 'obligations', 'table-open': '' });
    const summary = spaces(text($(el, '.summary .execution')));
    expect(summary).to.match(/^Obligaciones: \d+,\d % de la apropiación vigente/);
    expect(summary).not.to.contain(`${EXPECTED_2025.totalCommittedPct} %`);
    expect(text($(el, '.summary .help'))).to.contain('La ejecución es obligaciones');
    expect(spaces(cell(el, 'Salud', 'Ejecución (Obligaciones)'))).to.match(/^\d+,\d %/);
    const odd = await mount(budgetCsv, { ...full, execution: 'amount' });
    expect(spaces(text($(odd, '.summary .execution')))).to.contain(
      `Compromisos: ${EXPECTED_2025.totalCommittedPct} %`,
    );
  });

  it('gives per-capita figures to the peso when the population is given', async () => {
    const el = await mount(budgetCsv, {
      ...full,
      population: FIXTURE_POPULATION,
      'table-open': '',
    });
    expect(spaces(text($(el, '.per-capita')))).to.equal(
      `$ ${EXPECTED_2025.totalPerCapita} por habitante (población: 7.900.000).`,
    );
    for (const [sector, expected] of Object.entries(EXPECTED_2025.sectors)) {
      expect(spaces(cell(el, sector, 'Por habitante'))).to.equal(`$ ${expected.perCapita}`);
    }
  });

  it('reads the population as written, and says when it cannot', async () => {
    const dotted = await mount(budgetCsv, { ...full, population: '7.900.000' });
    expect(spaces(text($(dotted, '.per-capita')))).to.contain(
      `$ ${EXPECTED_2025.totalPerCapita} por habitante`,
    );
    const bad = await mount(budgetCsv, { ...full, population: 'siete millones' });
    expect(root(bad).querySelector('.per-capita')).to.equal(null);
    expect(text($(bad, '.population-problem'))).to.contain('«siete millones»');
  });

  it('says how many of every 100 pesos go to each item', async () => {
    const el = await mount(budgetCsv, full);
    const sentences = [...root(el).querySelectorAll('.hundred li')].map((li) => spaces(text(li)));
    expect(sentences).to.deep.equal([
      `$ ${EXPECTED_2025.sectors.Educación.ofEveryHundred} van a Educación.`,
      `$ ${EXPECTED_2025.sectors.Movilidad.ofEveryHundred} van a Movilidad.`,
      `$ ${EXPECTED_2025.sectors.Salud.ofEveryHundred} van a Salud.`,
    ]);
  });

  it('shares out the contribution a citizen types, to the peso', async () => {
    const el = await mount(budgetCsv, full);
    const input = $(el, '#contribution') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: '1.000.000' });
    await settle(el);
    const items = [...root(el).querySelectorAll('.contribution-list li')].map((li) =>
      spaces(text(li)),
    );
    expect(items).to.deep.equal([
      `Educación: $ ${EXPECTED_2025.sectors.Educación.contributionOfMillion}`,
      `Movilidad: $ ${EXPECTED_2025.sectors.Movilidad.contributionOfMillion}`,
      `Salud: $ ${EXPECTED_2025.sectors.Salud.contributionOfMillion}`,
    ]);
    input.value = '';
    input.focus();
    await sendKeys({ type: 'mucho' });
    await settle(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#contribution-error'))).to.contain('solo dígitos');
    await expect(el).to.be.accessible();
  });

  it('compares with the previous fiscal year and switches years', async () => {
    const el = await mount(budgetCsv, { ...full, 'table-open': '' });
    expect(spaces(text($(el, '.summary .yoy')))).to.equal('13,7 % más que en 2024');
    expect(spaces(cell(el, 'Movilidad', 'Variación'))).to.equal('29,5 % más que en 2024');
    expect(spaces(cell(el, 'Total', 'Vigencia 2024'))).to.contain(`$ ${EXPECTED_2025.total2024}`);
    const select = $(el, 'select') as HTMLSelectElement;
    select.value = '2024';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(spaces(text($(el, '.summary .total')))).to.contain(`$ ${EXPECTED_2025.total2024}`);
    expect(root(el).querySelector('.summary .yoy')).to.equal(null);
  });

  it('converts to constant prices with a deflator series, exactly per line', async () => {
    const el = await mount(budgetCsv, {
      ...full,
      deflator: FIXTURE_DEFLATOR,
      'table-open': '',
    });
    const constant = [...root(el).querySelectorAll<HTMLButtonElement>('.controls button')].find(
      (b) => text(b) === 'Precios constantes de 2025',
    )!;
    constant.click();
    await settle(el);
    expect(constant.getAttribute('aria-pressed')).to.equal('true');
    // 2024 lines × 100 ÷ 94,5, each rounded to the cent, then summed exactly.
    expect(spaces(cell(el, 'Total', 'Vigencia 2024'))).to.contain('$ 366.174.081.178.405,41');
    expect(spaces(text($(el, '.summary .yoy')))).to.equal('7,5 % más que en 2024');
    expect(text(dataTable(el).querySelector('caption'))).to.contain('Precios constantes de 2025');
    await expect(el).to.be.accessible();
  });

  it('says when the price index cannot be read or lacks a year, and keeps current prices', async () => {
    const bad = await mount(budgetCsv, { ...full, deflator: '2024:noventa' });
    expect(text($(bad, '.price-problem'))).to.contain('«2024:noventa»');
    expect(root(bad).querySelector('.controls [aria-pressed]')).to.equal(null);
    const partial = await mount(budgetCsv, {
      ...full,
      deflator: '2025:100',
      'constant-prices': '',
      'table-open': '',
    });
    expect(text($(partial, '.price-problem'))).to.contain('No hay índice de precios para 2024');
    expect(spaces(cell(partial, 'Total', 'Vigencia 2024'))).to.contain(
      `$ ${EXPECTED_2025.total2024}`,
    );
    await expect(partial).to.be.accessible();
  });

  it('switches between expenses and income when the file has both', async () => {
    const el = await mount(incomeExpenseCsv, { levels: 'Sector', 'table-open': '' });
    expect(spaces(cell(el, 'Total', 'Monto'))).to.contain('$ 1.200.000.000,75');
    expect(tableRows(el).map((r) => r[0])).to.deep.equal(['Educación', 'Salud', 'Total']);
    const income = [...root(el).querySelectorAll<HTMLButtonElement>('.controls button')].find(
      (b) => text(b) === 'Ingresos',
    )!;
    expect(income.getAttribute('aria-pressed')).to.equal('false');
    income.click();
    await settle(el);
    expect(income.getAttribute('aria-pressed')).to.equal('true');
    expect(spaces(cell(el, 'Total', 'Monto'))).to.contain('$ 1.200.000.000,75');
    expect(tableRows(el).map((r) => r[0])).to.deep.equal([
      'Transferencias de la Nación',
      'Impuesto predial',
      'Total',
    ]);
    await expect(el).to.be.accessible();
  });

  it('draws 40 boxes and opens the rest as bars, by keyboard too', async () => {
    const el = await mount(flatLinesCsv(60), { view: 'treemap' });
    expect(boxes(el)).to.have.length(40);
    boxes(el)[0].focus();
    await sendKeys({ press: 'End' });
    const others = activeItem(el)!;
    expect(text(others)).to.equal('20 elementos más. Verlos como barras.');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.getAttribute('view')).to.equal('bars');
    expect(text(activeItem(el)?.querySelector('.label'))).to.equal('Contrato 0020');
    await expect(el).to.be.accessible();
  });

  it('never draws an amount cut off: a box too small for it leaves it to the accessible name', async () => {
    // One large line and many small ones: the smallest boxes are a few pixels high.
    const lines = ['Vigencia;Sector;Valor', '2025;Grande;900.000.000.000,00'];
    for (let i = 0; i < 30; i++) lines.push(`2025;Pequeño ${i};${(i + 1) * 1_000_000},00`);
    const el = await mount(lines.join('\n'), { levels: 'Sector', view: 'treemap' });
    let hidden = 0;
    for (const b of boxes(el)) {
      const amount = b.querySelector<HTMLElement>('.amount')!;
      const shown = getComputedStyle(amount).clipPath === 'none';
      if (!shown) {
        hidden++;
        continue;
      }
      const inner = amount.getBoundingClientRect();
      const outer = b.getBoundingClientRect();
      expect(inner.bottom, `${text(b.querySelector('.label'))} amount bottom`).to.be.at.most(
        outer.bottom + 0.5,
      );
      expect(inner.right, `${text(b.querySelector('.label'))} amount right`).to.be.at.most(
        outer.right + 0.5,
      );
    }
    expect(hidden).to.be.greaterThan(0);
    // The exact amount is still in every box's name.
    expect(text(box(el, 'Pequeño 0'))).to.include('1.000.000');
    await expect(el).to.be.accessible();
  });

  it('reads a single amount with level_1..n columns and English number format', async () => {
    const el = await mount(singleAmountCsv, { 'table-open': '' });
    expect(headers(el).slice(0, 2)).to.deep.equal(['Nivel 1', 'Monto']);
    expect(spaces(cell(el, 'Total', 'Monto'))).to.contain('$ 6.750.000,60');
    expect(spaces(cell(el, 'Education', 'Monto'))).to.contain('$ 4.250.000,30');
  });

  it('opens the year and sizes by the amount the attributes name', async () => {
    const el = await mount(budgetCsv, { ...full, year: '2024', measure: 'payments' });
    expect(spaces(text($(el, '.summary .total')))).to.contain(
      'Pagos 2024: $ 204.502.094.324.844,77',
    );
    expect(root(el).querySelector('.summary .yoy')).to.equal(null);
    expect(boxes(el).map((b) => text(b.querySelector('.label')))).to.deep.equal([
      'Educación',
      'Salud',
      'Movilidad',
    ]);
  });

  it('accepts budget lines as a property', async () => {
    const el = await fixture<RendirBudgetViewer>(
      html`<rendir-budget-viewer
        .lines=${[
          {
            fiscalYear: '2025',
            levels: ['Cultura'],
            flow: 'expense',
            amounts: { amount: '10.01' },
            extra: {},
            origin: { file: 'x.csv', line: 2 },
          },
          {
            fiscalYear: '2025',
            levels: ['Deporte'],
            flow: 'expense',
            amounts: { amount: '20.02' },
            extra: {},
            origin: { file: 'x.csv', line: 3 },
          },
        ]}
      ></rendir-budget-viewer>`,
    );
    await el.loaded;
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 30,03');
  });
});

describe('rendir-budget-viewer: footer', () => {
  it('downloads the open level as CSV with exact amounts', async () => {
    const el = await mount(budgetCsv, { ...full, population: FIXTURE_POPULATION });
    box(el, 'Salud').click();
    await settle(el);
    const csvButton = frame(el).shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
    expect(text(csvButton)).to.equal('Descargar datos (CSV)');
    const clicked = await downloadsOf(csvButton);
    expect(clicked).to.have.length(1);
    expect(clicked[0].download).to.equal('presupuesto-2025-salud.csv');
    const csv = await (await fetch(clicked[0].href)).text();
    const lines = csv.replace('\ufeff', '').trim().split(/\r?\n/);
    expect(lines[0]).to.contain('Entidad,Nombre ciudadano,Apropiación inicial,Apropiación vigente');
    expect(lines[1]).to.contain('Secretaría de Salud,');
    expect(lines[1]).to.contain('65828499794677.07');
    expect(lines).to.have.length(3, 'its two entities, no total row');
  });

  it('downloads plain-language names in a column of their own, formulas neutralised', async () => {
    // A name a spreadsheet would run as a formula (= + - @) is written as text.
    const csv = budgetCsv
      .replaceAll(';Comida para estudiantes en los colegios\n', ';=1+2 Comida escolar\n')
      .replaceAll(';Colegios nuevos y mejorados\n', ';@SUM(A1)\n');
    const el = await mount(csv, full);
    box(el, 'Educación').click();
    await settle(el);
    box(el, 'Secretaría de Educación').click();
    await settle(el);
    const csvButton = frame(el).shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
    const clicked = await downloadsOf(csvButton);
    const lines = (await (await fetch(clicked[0].href)).text())
      .replace('\ufeff', '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).to.match(/^Programa,Nombre ciudadano,Apropiación inicial,/);
    expect(lines[1]).to.match(/^Alimentación escolar,'=1\+2 Comida escolar,85101670094963\.27,/);
    expect(lines[2]).to.match(/^Infraestructura educativa,'@SUM\(A1\),39350667283954\.79,/);
    expect(lines).to.have.length(3);
    // Without plain-language names (a sector's entities) the column is there, empty.
    $(el, 'button.back').click();
    await settle(el);
    const entities = await downloadsOf(
      frame(el).shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!,
    );
    const entityLines = (await (await fetch(entities[0].href)).text()).split(/\r?\n/);
    expect(entityLines[1]).to.match(/^Secretaría de Educación,,\d/);
  });

  it('downloads the open level as an SVG and a PNG image with the note and the source', async () => {
    const el = await mount(budgetCsv, { ...full, source: 'Secretaría de Hacienda <ejemplo>' });
    const clicked = [
      ...(await downloadsOf($(el, 'button.download-svg'))),
      ...(await downloadsOf($(el, 'button.download-png'))),
    ];
    expect(clicked.map((a) => a.download)).to.deep.equal([
      'presupuesto-2025.svg',
      'presupuesto-2025.png',
    ]);
    const svg = await (await fetch(clicked[0].href)).text();
    expect(svg).to.contain('<svg');
    expect(svg).to.contain(FIXTURE_NOTICE.es);
    expect(svg).to.contain('Fuente: Secretaría de Hacienda &lt;ejemplo&gt;');
    expect(spaces(svg)).to.contain('$ 393.507.937.164.745,54');
    expect(svg).to.contain('>Educación</text>');
    const png = await (await fetch(clicked[1].href)).blob();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('links the source only through safe URLs and offers embed code', async () => {
    const el = await mount(budgetCsv, {
      ...full,
      source: 'Secretaría de Hacienda (ejemplo)',
      'source-url': 'javascript:alert(1)',
      'embed-script': 'https://cdn.example.org/rendir-budget-viewer.js',
    });
    const footer = frame(el).shadowRoot!.querySelector('[part="footer"]')!;
    expect(text(footer)).to.contain('Fuente: Secretaría de Hacienda (ejemplo)');
    expect(footer.querySelector('a')).to.equal(null);
    el.setAttribute('source-url', 'https://hacienda.example.gov.co/presupuesto');
    await settle(el);
    expect(footer.querySelector('a')!.getAttribute('href')).to.equal(
      'https://hacienda.example.gov.co/presupuesto',
    );
    await waitUntil(() => footer.querySelector('rendir-embed-code'), 'the embed code loads');
    const embed = footer.querySelector<HTMLElement>('rendir-embed-code')!;
    await (embed as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const code = embed.shadowRoot!.querySelector('textarea')!.value;
    expect(code).to.contain(
      '<script type="module" src="https://cdn.example.org/rendir-budget-viewer.js"></script>',
    );
    expect(code).to.contain('levels="Sector,Entidad,Programa"');
    await expect(el).to.be.accessible();
  });
});

describe('rendir-budget-viewer: languages', () => {
  it('formats in English when the page is in English', async () => {
    const el = await mount(budgetCsv, { ...full, population: FIXTURE_POPULATION }, 'en');
    const total = spaces(text($(el, '.summary .total')));
    expect(total).to.contain('393,507,937,164,745.54');
    expect(total).to.contain('Current appropriation 2025');
    expect(spaces(text($(el, '.summary .execution')))).to.contain('Commitments: 83.3%');
    expect(spaces(text($(el, '.per-capita')))).to.contain('49,811,131 per inhabitant');
    expect(current(el)).to.equal('All the budget');
    expect(text($(el, '.hundred h3'))).to.equal('Of every 100 pesos');
    await expect(el).to.be.accessible();
  });

  it('prints the English table and reads a contribution typed the English way', async () => {
    const el = await mount(budgetCsv, { ...full, 'table-open': '' }, 'en');
    expect(spaces(cell(el, 'Total', 'Current appropriation'))).to.equal(
      'COP 393,507,937,164,745.54',
    );
    expect(spaces(cell(el, 'Salud', 'Execution (Commitments)'))).to.equal('97.8% On track');
    const input = $(el, '#contribution') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: '1,000,000' });
    await settle(el);
    expect(spaces(text(root(el).querySelector('.contribution-list li')))).to.equal(
      'Educación: COP 380,456',
    );
  });
});

describe('rendir-budget-viewer: states', () => {
  it('shows an accessible error with file, line, column and value for a non-numeric amount', async () => {
    const el = await mount(badAmountCsv, { levels: BUDGET_LEVELS });
    const alert = $(el, '[role="alert"]');
    const message = text(alert);
    expect(message).to.contain('fila 3');
    expect(message).to.contain('columna E');
    expect(message).to.contain('mil millones');
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error with line and column for a missing level', async () => {
    const el = await mount(missingLevelCsv, { levels: BUDGET_LEVELS });
    const message = text($(el, '[role="alert"]'));
    expect(message).to.contain('fila 2');
    expect(message).to.contain('columna C');
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error when a level column is not in the file', async () => {
    const el = await mount(budgetCsv, { levels: 'Sector,Dependencia' });
    const message = text($(el, '[role="alert"]'));
    expect(message).to.contain('fila 1');
    expect(message).to.contain('Dependencia');
  });

  it('shows the empty state for a file without lines', async () => {
    const el = await mount(emptyCsv, { levels: BUDGET_LEVELS });
    expect(text($(el, '[role="status"]'))).to.equal('No hay datos para mostrar.');
    await expect(el).to.be.accessible();
  });

  it('shows the loading state while the file arrives', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const el = await fixture<RendirBudgetViewer>(
        html`<rendir-budget-viewer src="/presupuesto.csv"></rendir-budget-viewer>`,
      );
      await el.updateComplete;
      expect(text($(el, '[role="status"]'))).to.equal('Cargando datos…');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('loads a CSV from src', async () => {
    const url = URL.createObjectURL(new Blob([budgetCsv], { type: 'text/csv' }));
    const el = await fixture<RendirBudgetViewer>(
      html`<rendir-budget-viewer src=${url} levels=${BUDGET_LEVELS}></rendir-budget-viewer>`,
    );
    await el.loaded;
    expect(spaces(text($(el, '.summary .total')))).to.contain(
      `$ ${EXPECTED_2025.total.current_appropriation}`,
    );
    URL.revokeObjectURL(url);
  });

  it('reads budget lines as JSON from a .json src, and checks them like a file', async () => {
    const good = [
      { fiscalYear: '2025', levels: ['Cultura'], amounts: { amount: '0.1' } },
      { fiscalYear: '2025', levels: ['Cultura'], amounts: { amount: '0.2' } },
    ];
    const bad = [good[0], { fiscalYear: '2025', levels: ['Cultura'], amounts: { amount: 12.5 } }];
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      const body = url.endsWith('/malo.json') ? bad : good;
      return new Response(JSON.stringify(body), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    try {
      const el = await fixture<RendirBudgetViewer>(
        html`<rendir-budget-viewer src="/datos/presupuesto.json"></rendir-budget-viewer>`,
      );
      await el.loaded;
      expect(spaces(text($(el, '.summary .total')))).to.contain('$ 0,30');

      const broken = await fixture<RendirBudgetViewer>(
        html`<rendir-budget-viewer src="/datos/malo.json"></rendir-budget-viewer>`,
      );
      await broken.loaded;
      const message = text($(broken, '[role="alert"]'));
      expect(message).to.contain(
        'malo.json, registro 2, campo amounts.amount: 12.5 es un número JSON, que pudo redondearse al escribirlo',
      );
      await expect(broken).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('reads inline JSON lines', async () => {
    const el = document.createElement('rendir-budget-viewer');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify([
      { fiscalYear: '2025', levels: ['Cultura'], amounts: { amount: '1.5' } },
    ]);
    el.append(script);
    await fixture(el);
    await el.loaded;
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 1,50');
  });

  it('never throws into the page when given malformed lines as a property', async () => {
    const el = await fixture<RendirBudgetViewer>(
      html`<rendir-budget-viewer
        .lines=${[{ fiscalYear: 2025, levels: 'Salud' }] as unknown as RendirBudgetViewer['lines']}
      ></rendir-budget-viewer>`,
    );
    await el.loaded;
    const message = text($(el, '[role="alert"]'));
    expect(message).to.contain('fiscalYear');
    expect(message).to.contain('levels');
  });

  it('is axe clean at every level, with the table open, in dark and high contrast', async function () {
    const el = await mount(budgetCsv, {
      ...full,
      population: FIXTURE_POPULATION,
      deflator: FIXTURE_DEFLATOR,
      'table-open': '',
    });
    await expect(el).to.be.accessible();
    box(el, 'Salud').click();
    await settle(el);
    await expect(el).to.be.accessible();
    box(el, 'Hospital Central').click();
    await settle(el);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'dark');
    await settle(el);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'high-contrast');
    el.path = [];
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is axe clean with long Spanish labels and many rows', async function () {
    const long = await mount(longLabelsCsv, { ...full, 'table-open': '' });
    await expect(long).to.be.accessible();
    const many = await mount(manyLinesCsv(600), { levels: BUDGET_LEVELS, 'table-open': '' });
    expect(tableRows(many)).to.have.length(11);
    many.path = ['Educación'];
    await settle(many);
    expect(tableRows(many)).to.have.length(26);
    await expect(many).to.be.accessible();
  });
});

describe('rendir-budget-viewer: parts loaded on need', () => {
  const real = { ...partLoaders };
  afterEach(() => Object.assign(partLoaders, real));
  const offline = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

  it('shows the data table from the chart frame’s button, keeping focus on the button', async () => {
    const el = await mount(budgetCsv, full);
    expect(dataTable(el).closest('[hidden]')).to.not.equal(null, 'hidden until asked for');
    const toggle = tableToggle(el);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.tableOpen).to.equal(true);
    expect(dataTable(el).closest('[hidden]')).to.equal(null);
    expect(spaces(cell(el, 'Total', 'Apropiación vigente'))).to.contain(
      `$ ${EXPECTED_2025.total.current_appropriation}`,
    );
    expect(frame(el).shadowRoot!.activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();
  });

  it('shows no per-capita figure before the population is read; its failure is said in place', async () => {
    partLoaders.population = offline;
    const el = await mount(budgetCsv, { ...full, population: '7.900.000' });
    await el.loaded;
    expect(root(el).querySelector('.per-capita')).to.equal(null);
    expect(root(el).querySelector('.population-problem')).to.equal(null);
    expect(text($(el, '.summary [role="alert"]'))).to.contain('No se pudo cargar esta parte');
    await expect(el).to.be.accessible();
    partLoaders.population = real.population;
    $(el, '.summary [role="alert"] button').click();
    await el.loaded;
    expect(spaces(text($(el, '.per-capita')))).to.contain(
      `$ ${EXPECTED_2025.totalPerCapita} por habitante`,
    );
  });

  it('says when a part cannot be loaded, never throws, and loads it on retry', async () => {
    partLoaders.table = offline;
    const el = await mount(budgetCsv, full);
    await el.loaded;
    const alert = $(el, '.table-state [role="alert"]');
    expect(text(alert)).to.contain('No se pudo cargar esta parte');
    expect(frame(el).shadowRoot!.querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
    partLoaders.table = real.table;
    alert.querySelector('button')!.click();
    await el.loaded;
    expect(root(el).querySelector('.table-state')).to.equal(null);
    expect(tableRows(el)).to.have.length(4);
  });

  it('shows no figures before constant prices asked for by attribute have arrived', async () => {
    let arrive!: () => void;
    partLoaders.prices = () =>
      new Promise<void>((resolve) => (arrive = resolve)).then(() => real.prices());
    const el = document.createElement('rendir-budget-viewer');
    el.setAttribute('levels', BUDGET_LEVELS);
    el.setAttribute('deflator', FIXTURE_DEFLATOR);
    el.setAttribute('constant-prices', '');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = budgetCsv;
    el.append(script);
    await fixture(html`<div lang="es">${el}</div>`);
    // Asked for at once (no clock: the test waits for the ask itself), and the loading
    // state rather than figures at current prices until the part arrives.
    await waitUntil(() => arrive !== undefined, 'constant prices were never asked for');
    await el.updateComplete;
    expect(root(el).querySelector('.summary')).to.equal(null);
    expect(root(el).querySelector('[data-state="loading"]')).to.not.equal(null);
    arrive();
    await el.loaded;
    expect(text($(el, '.summary'))).to.contain('pesos constantes de 2025');
  });

  it('keeps current prices and says so when constant prices cannot be loaded', async () => {
    partLoaders.prices = offline;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    let el: RendirBudgetViewer;
    try {
      el = await mount(budgetCsv, {
        ...full,
        deflator: FIXTURE_DEFLATOR,
        'constant-prices': '',
      });
      await settle(el);
    } finally {
      console.warn = warn;
    }
    // Said once for the developer, not once per render or per caller.
    expect(warnings.filter((w) => w.includes('could not load its prices'))).to.have.length(1);
    expect(spaces(text($(el, '.summary .total')))).to.contain(
      `$ ${EXPECTED_2025.total.current_appropriation}`,
    );
    expect(text($(el, '.controls [role="alert"]'))).to.contain('No se pudo cargar esta parte');
    await expect(el).to.be.accessible();
  });

  it('shows the icicle chosen by keyboard once it arrives, and a failure in its place', async () => {
    const el = await mount(budgetCsv, full);
    const icicleButton = root(el).querySelectorAll<HTMLButtonElement>('.view-switch button')[2];
    icicleButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.loaded;
    expect(root(el).querySelectorAll('.icicle .box')).to.have.length(9);
    expect(activeItem(el)).to.equal(icicleButton);
    partLoaders.icicle = offline;
    const failed = await mount(budgetCsv, { ...full, view: 'icicle' });
    expect(text($(failed, '.chart [role="alert"]'))).to.contain('No se pudo cargar esta parte');
    await expect(failed).to.be.accessible();
  });

  it('says when the download code cannot be loaded', async () => {
    partLoaders.exports = offline;
    const el = await mount(budgetCsv, full);
    $(el, 'button.download-svg').click();
    await el.loaded;
    await settle(el);
    expect(text($(el, '[slot="actions"] [role="alert"]'))).to.contain(
      'No se pudo cargar esta parte',
    );
  });
});

describe('rendir-budget-viewer: files as entities publish them (the generator’s rules)', () => {
  // In the shape of Bogotá's FUT export (issue #14): `CODIGO, PADRE` and a TOTAL row with its
  // published figure; the figures under it are made up so that they add up to it.
  const fut = [
    'CODIGO,PADRE,AÑO,NOMBRE,PAGOS',
    'A.1.2,A.1,2017,Movilidad,3000000000000',
    'A,,2017,TOTAL INVERSIÓN,10207063183472',
    'A.1,A,2017,Programa Mejor Movilidad,7000000000000',
    'A.1.1,A.1,2017,Vías locales,4000000000000',
    'A.2,A,2017,Programa Salud,3207063183472',
  ].join('\n');

  it('shows a CODIGO/PADRE file’s own total, its levels from the codes, and no TOTAL box', async () => {
    const el = await mount(fut);
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 10.207.063.183.472');
    const labels = boxes(el).map((b) => text(b.querySelector('.label')));
    expect(labels).to.deep.equal(['Programa Mejor Movilidad', 'Programa Salud']);
    expect(text($(el, '.totals-match'))).to.contain('cuadran con la suma de sus rubros');
    await expect(el).to.be.accessible();
  });

  const futOff = fut.replace('TOTAL INVERSIÓN,10207063183472', 'TOTAL INVERSIÓN,10207063183473');

  it('shows the published total when the file’s total differs from its lines, with both figures and the row', async () => {
    const el = await mount(futOff);
    // As the page without JavaScript: the year's total is the file's own figure.
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 10.207.063.183.473');
    const note = spaces(text($(el, '.totals-differ')));
    expect(note).to.contain(
      'publica un total de $ 10.207.063.183.473, pero sus rubros suman $ 10.207.063.183.472',
    );
    expect(note).to.contain(
      '«TOTAL INVERSIÓN» (línea 3): publica $ 10.207.063.183.473, sus rubros suman $ 10.207.063.183.472',
    );
    // The boxes are still the lines, whose shares are of their own sum.
    const labels = boxes(el).map((b) => text(b.querySelector('.label')));
    expect(labels).to.deep.equal(['Programa Mejor Movilidad', 'Programa Salud']);
    await expect(el).to.be.accessible();
  });

  /** Serves `body` as JSON for every fetch while `run` runs. */
  async function withJson(body: (url: string) => unknown, run: () => Promise<void>) {
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      const url = String(input instanceof Request ? input.url : input);
      return new Response(JSON.stringify(body(url)), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    try {
      await run();
    } finally {
      window.fetch = realFetch;
    }
  }

  it('reads the generator’s budget document: its published total and note, from the core’s result', async () => {
    const read = readBudget(futOff, { file: 'budget/fut.csv' });
    const doc = budgetDocument(read.records, read.totals, read.aggregates);
    const bad = {
      ...doc,
      totals: [{ ...doc.totals[0], amounts: { payments: 10207063183473 } }],
    };
    await withJson(
      (url) => (url.endsWith('/malo.budget.json') ? bad : doc),
      async () => {
        const el = await fixture<RendirBudgetViewer>(
          html`<rendir-budget-viewer src="/datos/fut.budget.json"></rendir-budget-viewer>`,
        );
        await el.loaded;
        expect(spaces(text($(el, '.summary .total')))).to.contain('$ 10.207.063.183.473');
        expect(spaces(text($(el, '.totals-differ')))).to.contain(
          '«TOTAL INVERSIÓN» (línea 3): publica $ 10.207.063.183.473',
        );
        await expect(el).to.be.accessible();

        const broken = await fixture<RendirBudgetViewer>(
          html`<rendir-budget-viewer src="/datos/malo.budget.json"></rendir-budget-viewer>`,
        );
        await broken.loaded;
        const message = text($(broken, '[role="alert"]'));
        expect(message).to.contain(
          'malo.budget.json, campo totals[0].amounts.payments: 10207063183473 es un número JSON',
        );
      },
    );
  });

  it('says the figures reconcile from a budget document whose total rows match', async () => {
    const read = readBudget(fut, { file: 'budget/fut.csv' });
    const doc = budgetDocument(read.records, read.totals, read.aggregates);
    await withJson(
      () => doc,
      async () => {
        const el = await fixture<RendirBudgetViewer>(
          html`<rendir-budget-viewer src="/datos/fut.budget.json"></rendir-budget-viewer>`,
        );
        await el.loaded;
        expect(spaces(text($(el, '.summary .total')))).to.contain('$ 10.207.063.183.472');
        expect(text($(el, '.totals-match'))).to.contain('cuadran con la suma de sus rubros');
      },
    );
  });

  it('takes the sidecar as JSON: a column mapping and a fiscal year for a file without one', async () => {
    const el = await mount('Programa;Plata\nSalud;1.000,5\nEducación;2.000\n', {
      sidecar:
        '{"columns": {"Plata": "amount", "Programa": "level_1"}, "constants": {"fiscal_year": 2015}, "scale": 1000}',
    });
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 3.000.500');
    expect(spaces(text($(el, '.summary .total')))).to.contain('2015');
  });

  /** A real CUIPO report as published, with the site's sidecar (its execution rows, the
   * latest of its cumulative cut-offs). */
  async function mountCuipo(
    attrs: Record<string, string> = {},
    fixture = 'colombia_cuipo_923273244_2021.csv',
  ) {
    const file = new URL(`../../../core/test/fixtures/budget-real/${fixture}`, import.meta.url);
    return mount(await (await fetch(file)).text(), {
      sidecar: '{"rows": {"tipo": "eje_gasto"}, "periods": "cumulative"}',
      ...attrs,
    });
  }

  it('reads a municipality’s CUIPO with three budget sections as the site does: the sum of their own totals, by section', async () => {
    const el = await mountCuipo({}, 'colombia_cuipo_211770717_san-pedro-sucre_2021-2023.csv');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    // 2023 to September (Python's decimal, as the site's page): the central administration's,
    // the council's and the ombudsman's «2 GASTOS» commitments added.
    expect(spaces(text($(el, '.summary .total')))).to.match(
      /^Compromisos 2023: \$ 33\.069\.101\.354 /,
    );
    expect(el.budget.fileTotals?.map((t) => [t.fiscalYear, t.amounts.payments])).to.deep.equal([
      ['2023', '25204975954'],
      ['2022', '34232110834'],
      ['2021', '22190818568'],
    ]);
    expect(spaces(text($(el, '.summary')))).to.contain('cuadran con la suma de sus rubros');
    // Its first level is the section, as the page's table groups it.
    expect(root(el).textContent).to.contain('ENTIDADES TERRITORIALES - CONCEJO');
  });

  it('San Pedro’s CUIPO with its own level columns shows no «No Aplica» level: a rubro that stops at level 6 is an item of its parent, as core reads it for the site’s page', async () => {
    const before = window.location.hash;
    const path = [
      'GASTOS',
      'INVERSION',
      'ADQUISICION DE BIENES Y SERVICIOS',
      'ADQUISICIONES DIFERENTES DE ACTIVOS',
      'ADQUISICION DE SERVICIOS',
    ];
    window.location.hash = `san-pedro=2023/${path.map(encodeURIComponent).join('/')}`;
    const file = new URL(
      '../../../core/test/fixtures/budget-real/colombia_cuipo_211770717_san-pedro-sucre_2021-2023.csv',
      import.meta.url,
    );
    const columns = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `CUENTA_NIVEL_${String(i + 1).padStart(2, '0')}`,
        `level_${i + 1}`,
      ]),
    );
    const el = await mount(await (await fetch(file)).text(), {
      sidecar: JSON.stringify({ rows: { tipo: 'eje_gasto' }, periods: 'cumulative', columns }),
      id: 'san-pedro',
      'deep-link': '',
    });
    expect(current(el)).to.equal('ADQUISICION DE SERVICIOS');
    // CCPET's «servicios para la comunidad» (2.3.2.02.02.009) has nothing under it, as
    // published: before, four «No Aplica» levels hung below it.
    const services = box(el, 'SERVICIOS PARA LA COMUNIDAD, SOCIALES Y PERSONALES');
    expect(services.getAttribute('aria-disabled')).to.equal('true');
    expect(root(el).textContent).not.to.match(/no aplica/i);
    window.history.replaceState(null, '', before || window.location.pathname);
  });

  it('reads the real CUIPO report as published with the site’s sidecar: its execution rows, the latest of its cumulative cut-offs', async () => {
    const el = await mountCuipo();
    // The 21 detail rows of the execution dataset at cut-off 20211201, whose «2 GASTOS» total
    // rows reconcile. Without an appropriation it is headed by what execution measures,
    // commitments by default: 0 as published.
    const summary = spaces(text($(el, '.summary')));
    expect(spaces(text($(el, '.summary .total')))).to.match(/^Compromisos 2021: \$ 0 /);
    expect(summary).to.contain('21 líneas presupuestales');
    expect(summary).to.contain('cuadran con la suma de sus rubros');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    // The year's own figures as the file publishes them (obligations 373,009,074, payments
    // 370,453,800 by Python's decimal), the same as the site's page.
    expect(
      el.budget.fileTotals?.map((t) => [t.fiscalYear, t.amounts.obligations, t.amounts.payments]),
    ).to.deep.equal([['2021', '373009074', '370453800']]);
  });

  it('heads the real CUIPO report with the amount execution measures: payments when the page says so, never its 0 commitments', async () => {
    const el = await mountCuipo({ execution: 'payments' });
    // The file's own «2 GASTOS» payments (370,453,800 by Python's decimal), as the site's home
    // card says them with `budget.execution: payments` (site/test/budget-site.test.ts).
    expect(spaces(text($(el, '.summary .total')))).to.match(/^Pagos 2021: \$ 370\.453\.800 /);
    expect(spaces(text($(el, '.summary')))).not.to.contain('Compromisos 2021');
    // The chain's other amounts are still there, as published.
    expect(spaces(text($(el, '.summary .chain')))).to.contain('Compromisos $ 0');
    el.setAttribute('execution', 'obligations');
    await el.updateComplete;
    expect(spaces(text($(el, '.summary .total')))).to.match(
      /^Obligaciones 2021: \$ 373\.009\.074 /,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the currency the sidecar or budget document declares (Madrid’s euros), the attribute over it', async () => {
    const csv = 'AÑO;PROGRAMA;IMPORTE\n2015;Vivienda;1000,5\n2015;Cultura;2000\n';
    const side = '{"currency": "EUR", "columns": {"PROGRAMA": "level_1"}}';
    const el = await mount(csv, { sidecar: side });
    // As the site's page writes it (core's formatMoney): Intl's es-CO form of euros.
    expect(spaces(text($(el, '.summary .total')))).to.contain('EUR 3.000,50');
    expect(spaces(text($(el, '.summary .total')))).not.to.contain('$');
    const chosen = await mount(csv, { sidecar: side, currency: 'USD' });
    expect(spaces(text($(chosen, '.summary .total')))).to.contain('US$');
    const doc = budgetDocument(
      readBudget(csv, { file: 'b.csv', levels: ['PROGRAMA'] }).records,
      [],
      [],
      { currency: 'EUR' },
    );
    await withJson(
      (url) => (url.endsWith('/malo.budget.json') ? { ...doc, currency: '€' } : doc),
      async () => {
        const fromDoc = await fixture<RendirBudgetViewer>(
          html`<rendir-budget-viewer src="/datos/madrid.budget.json"></rendir-budget-viewer>`,
        );
        await fromDoc.loaded;
        expect(spaces(text($(fromDoc, '.summary .total')))).to.contain('EUR 3.000,50');
        const wrong = await fixture<RendirBudgetViewer>(
          html`<rendir-budget-viewer src="/datos/malo.budget.json"></rendir-budget-viewer>`,
        );
        await wrong.loaded;
        expect(text($(wrong, '[role="alert"]'))).to.contain('currency');
      },
    );
    await expect(el).to.be.accessible();
  });

  /** A viewer with inline CSV and an inline sidecar child, as a CMS with a strict CSP allows. */
  async function mountWithSidecarChild(
    csv: string,
    sidecar: string,
    attrs: Record<string, string> = {},
  ) {
    const el = document.createElement('rendir-budget-viewer');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    const side = document.createElement('script');
    side.type = 'application/json';
    side.dataset.name = 'sidecar';
    side.textContent = sidecar;
    const data = document.createElement('script');
    data.type = 'text/csv';
    data.textContent = csv;
    // The sidecar first: the data is the child without a name, wherever it is.
    el.append(side, data);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es">${el}</div>`);
    const viewer = wrapper.querySelector('rendir-budget-viewer')!;
    await viewer.loaded;
    return viewer;
  }

  it('takes the sidecar from an inline JSON child, and the attribute over it', async () => {
    const csv = 'Programa;Plata\nSalud;1.000,5\nEducación;2.000\n';
    const sidecar =
      '{"columns": {"Plata": "amount", "Programa": "level_1"}, "constants": {"fiscal_year": 2015}, "scale": 1000}';
    const el = await mountWithSidecarChild(csv, sidecar);
    expect(spaces(text($(el, '.summary .total')))).to.contain('$ 3.000.500');
    expect(spaces(text($(el, '.summary .total')))).to.contain('2015');
    await expect(el).to.be.accessible();

    const both = await mountWithSidecarChild(csv, sidecar, {
      sidecar: sidecar.replace('2015', '2016').replace('"scale": 1000', '"scale": 1'),
    });
    expect(spaces(text($(both, '.summary .total')))).to.contain('$ 3.000,50');
    expect(spaces(text($(both, '.summary .total')))).to.contain('2016');

    const wrong = await mountWithSidecarChild(csv, '{"constant": {"fiscal_year": 2015}}');
    expect(text($(wrong, '[role="alert"]'))).to.contain('¿Quiso decir «constants»?');
  });

  it('says what is wrong with a sidecar, with a “did you mean”', async () => {
    const el = await mount('Programa;Valor\nSalud;1\n', {
      sidecar: '{"constant": {"fiscal_year": 2015}}',
    });
    const message = text($(el, '[role="alert"]'));
    expect(message).to.contain('constant');
    expect(message).to.contain('¿Quiso decir «constants»?');
    await expect(el).to.be.accessible();
  });
});
