import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { sendKeys } from '@web/test-runner-commands';
import '../define/rendir-commitment-list.ts';
import type { RendirCommitmentList } from './commitment-list.ts';
import type { RendirCommitmentCard } from './commitment-card.ts';
import { fixedToday, generateCommitments, ivPlanMilestonesUrl, ivPlanUrl } from './fixtures.ts';
import { MISSING, NO_FILTERS, filterCommitments, indexCommitments } from './logic.ts';

function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function $<T extends HTMLElement = HTMLElement>(el: RendirCommitmentList, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** The cards a reader can see (not hidden by a filter). */
function visibleCards(el: RendirCommitmentList): RendirCommitmentCard[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.cards > li')]
    .filter((li) => !li.hidden)
    .map((li) => li.querySelector('rendir-commitment-card')!);
}

async function settle(el: RendirCommitmentList): Promise<void> {
  await el.updateComplete;
  await Promise.all(visibleCards(el).map((c) => c.updateComplete));
}

async function ivPlan(): Promise<RendirCommitmentList> {
  const el = await fixture<RendirCommitmentList>(
    html`<rendir-commitment-list
      src=${ivPlanUrl}
      milestones-src=${ivPlanMilestonesUrl}
      example="milestones"
      today=${fixedToday}
    ></rendir-commitment-list>`,
  );
  await el.loaded;
  await settle(el);
  return el;
}

describe('<rendir-commitment-list>', () => {
  it('shows the 15 commitments of the IV plan, «Sin información en la fuente» where the lead is missing', async () => {
    const el = await ivPlan();
    expect(text($(el, '[part=summary]'))).to.equal('15 compromisos');
    const cards = visibleCards(el);
    expect(cards.length).to.equal(15);
    const leads = cards.map((c) => text(c.shadowRoot!.querySelector('[part=lead]')));
    expect(leads.filter((l) => l === 'Sin información en la fuente').length).to.equal(4);
    expect(leads[0]).to.equal('Ministerio de Tecnologías de la Información y las Comunicaciones');
    for (const card of cards) expect(text(card.shadowRoot)).not.to.match(/undefined|null|NaN/);
    expect(text($(el, '.notice.example'))).to.include('No son el avance real de estos compromisos');
    expect(text(cards[0].shadowRoot!.querySelector('[part=progress]'))).to.include(
      'Hitos de ejemplo, inventados: no es el avance real.',
    );
    await expect(el).to.be.accessible();
  });

  it('offers each institution with its count, and «Sin información en la fuente» (the card’s word) for missing leads', async () => {
    const el = await ivPlan();
    const options = [...$<HTMLSelectElement>(el, '#filter-institution').options].map((o) => o.text);
    expect(options[0]).to.equal('Todos');
    expect(options).to.include('Gobernación del Valle del Cauca (3)');
    expect(options).to.include('Corte Constitucional (1)');
    expect(options[options.length - 1]).to.equal('Sin información en la fuente (4)');
  });

  it('searches as the reader types, reached with Tab, without accents or case', async () => {
    const el = await ivPlan();
    const before = document.createElement('button');
    before.textContent = 'antes';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    await sendKeys({ type: 'VALLE' });
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('3 de 15 compromisos');
    expect(visibleCards(el).map((c) => c.commitment!.id)).to.deep.equal([
      'IV-10',
      'IV-11',
      'IV-12',
    ]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('15 compromisos');
    expect($<HTMLInputElement>(el, '#search').value).to.equal('');
    await sendKeys({ type: 'informacion publica' });
    await settle(el);
    expect(visibleCards(el).map((c) => c.commitment!.id)).to.deep.equal(['IV-13']);
    before.remove();
  });

  it('filters by institution with the keyboard, «Sin información en la fuente» included', async () => {
    const el = await ivPlan();
    const select = $<HTMLSelectElement>(el, '#filter-institution');
    select.focus();
    const changed = oneEvent(el, 'rendir-filter-change');
    await sendKeys({ press: 'End' });
    const event = await changed;
    await settle(el);
    expect(select.value).to.equal(MISSING);
    expect(event.detail).to.include({ shown: 4, total: 15 });
    expect(text($(el, '[part=summary]'))).to.equal('4 de 15 compromisos');
    expect(visibleCards(el).map((c) => c.commitment!.id)).to.deep.equal([
      'IV-02',
      'IV-03',
      'IV-04',
      'IV-05',
    ]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('1 de 15 compromisos');
    await expect(el).to.be.accessible();
  });

  it('says when nothing matches, and the clear button brings everything back', async () => {
    const el = await ivPlan();
    el.query = 'xyzzy';
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('0 de 15 compromisos');
    expect(text($(el, '.no-matches'))).to.equal('Ningún compromiso coincide con estos filtros.');
    await expect(el).to.be.accessible();
    const clear = $<HTMLButtonElement>(el, '[part=clear]');
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('15 compromisos');
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
    expect(clear.disabled).to.equal(true);
  });

  it('a search on a Spanish page also finds the English words for OGP values', async () => {
    const data = generateCommitments(40);
    const el = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list
        example="all"
        page-size="100"
        .commitments=${data.commitments}
        .milestones=${data.milestones}
      ></rendir-commitment-list>`,
    );
    await el.loaded;
    const civic = data.commitments.filter((c) => c.ogpValues.includes('civic_participation'));
    expect(civic.length).to.be.greaterThan(0);
    el.query = 'participación ciudadana';
    await settle(el);
    const spanish = visibleCards(el).map((c) => c.commitment!.id);
    expect(spanish).to.include.members(civic.map((c) => c.id));
    // The English words load on demand; the same commitments are then found in English.
    el.query = 'civic participation';
    await waitUntil(() => visibleCards(el).length >= civic.length, 'English words found');
    await settle(el);
    expect(visibleCards(el).map((c) => c.commitment!.id)).to.include.members(
      civic.map((c) => c.id),
    );
  });

  it('combines plan, institution, OGP value and completion filters on 1,000 commitments', async function () {
    const data = generateCommitments(1000);
    const el = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list
        example="all"
        .commitments=${data.commitments}
        .milestones=${data.milestones}
      ></rendir-commitment-list>`,
    );
    await el.loaded;
    expect(text($(el, '[part=summary]'))).to.equal('1000 compromisos; se muestran los primeros 24');
    const plan = $<HTMLSelectElement>(el, '#filter-plan').options[2].value;
    const pick = async (id: string, value: string) => {
      const select = $<HTMLSelectElement>(el, id);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await pick('#filter-plan', plan);
    await pick('#filter-ogpValue', 'civic_participation');
    await pick('#filter-completion', 'complete');
    const expected = filterCommitments(indexCommitments(data.commitments), {
      ...NO_FILTERS,
      plan,
      value: 'civic_participation',
      completion: 'complete',
    });
    expect(expected.length).to.be.greaterThan(0);
    const summary = `${expected.length} de 1000 compromisos`;
    const ids = expected.map((i) => data.commitments[i].id);
    if (expected.length > 24) {
      expect(text($(el, '[part=summary]'))).to.equal(`${summary}; se muestran los primeros 24`);
    } else {
      expect(text($(el, '[part=summary]'))).to.equal(summary);
    }
    expect(visibleCards(el).map((c) => c.commitment!.id)).to.deep.equal(ids.slice(0, 24));
    await pick('#filter-institution', MISSING);
    for (const card of visibleCards(el))
      expect(card.commitment!.leadInstitution).to.equal(undefined);
  });

  it('shows 1,000 commitments a page at a time, moving focus to the first new card', async function () {
    const data = generateCommitments(1000);
    const el = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list
        example="all"
        .commitments=${data.commitments}
        .milestones=${data.milestones}
      ></rendir-commitment-list>`,
    );
    await el.loaded;
    expect(text($(el, '[part=summary]'))).to.equal('1000 compromisos; se muestran los primeros 24');
    expect(visibleCards(el).length).to.equal(24);
    await expect(el).to.be.accessible();
    const more = $<HTMLButtonElement>(el, '[part=more]');
    expect(text(more)).to.equal('Mostrar 24 más (quedan 976)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(visibleCards(el).length).to.equal(48);
    expect(visibleCards(el)[24].commitment!.id).to.equal('EJ-0025');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.localName).to.equal('li');
    expect(focused.querySelector('rendir-commitment-card')!.commitment!.id).to.equal('EJ-0025');
    expect(text($(el, '[part=summary]'))).to.equal('1000 compromisos; se muestran los primeros 48');
    // A new filter starts again from one page; page-size 0 shows every match.
    el.query = 'medellin';
    await settle(el);
    expect(visibleCards(el).length).to.equal(24);
    const matches = filterCommitments(indexCommitments(data.commitments), {
      ...NO_FILTERS,
      query: 'medellin',
    }).length;
    el.pageSize = 0;
    await settle(el);
    expect(visibleCards(el).length).to.equal(matches);
    expect(el.shadowRoot!.querySelector('[part=more]')).to.equal(null);
  });

  it('a card reused by a filter shows its new commitment closed', async () => {
    const el = await ivPlan();
    const first = visibleCards(el)[0];
    const toggle = first.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
    toggle.click();
    await first.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    el.query = 'bogota';
    await settle(el);
    const now = visibleCards(el)[0];
    expect(now.commitment!.id).to.equal('IV-08');
    expect(now.shadowRoot!.querySelector('[part=toggle]')!.getAttribute('aria-expanded')).to.equal(
      'false',
    );
    expect(now.shadowRoot!.querySelector('[part=milestones]')).to.equal(null);
  });

  it('starts from the filters given as attributes', async () => {
    const el = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list
        src=${ivPlanUrl}
        query="transparencia"
        institution="Gobernación del Valle del Cauca"
      ></rendir-commitment-list>`,
    );
    await el.loaded;
    expect(text($(el, '[part=summary]'))).to.equal('1 de 15 compromisos');
    expect($<HTMLInputElement>(el, '#search').value).to.equal('transparencia');
    expect($<HTMLSelectElement>(el, '#filter-institution').value).to.equal(
      'Gobernación del Valle del Cauca',
    );
  });

  it('speaks English, cards included', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <rendir-commitment-list src=${ivPlanUrl}></rendir-commitment-list>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-commitment-list')!;
    await el.loaded;
    await settle(el);
    expect(text($(el, '[part=summary]'))).to.equal('15 commitments');
    expect(text($(el, 'label[for=search]'))).to.equal('Search');
    expect(text(visibleCards(el)[1].shadowRoot!.querySelector('[part=lead]'))).to.equal(
      'Not stated in the source',
    );
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error naming file, line and column for a broken file', async () => {
    const el = document.createElement('rendir-commitment-list');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.dataset.file = 'compromisos.csv';
    script.textContent = 'commitment_id,title,completion\nA-1,Uno,casi\n,Sin código,complete';
    el.append(script);
    await fixture(html`${el}`);
    await el.loaded;
    const alert = $(el, '[role=alert]');
    expect(text(alert)).to.include('compromisos.csv, fila 2, columna C');
    expect(text(alert)).to.include('casi');
    expect(text(alert)).to.include('compromisos.csv, fila 3, columna A');
    await expect(el).to.be.accessible();
  });

  it('folds the filters behind a button on a narrow screen, and shows them all when wide', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <rendir-commitment-list src=${ivPlanUrl}></rendir-commitment-list>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-commitment-list')!;
    await el.loaded;
    const toggle = $<HTMLButtonElement>(el, '[part=filters-toggle]');
    const panel = $(el, '#filter-panel');
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(text(toggle)).to.equal('Filtros');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(panel).display).to.equal('none');
    expect($(el, '#search').getBoundingClientRect().width).to.be.greaterThan(0);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel).display).not.to.equal('none');
    const select = $<HTMLSelectElement>(el, '#filter-completion');
    // The IV plan's file gives no completion: «Sin evaluar», as each card and the page say.
    expect(text(select.options[select.options.length - 1])).to.equal('Sin evaluar (15)');
    select.value = '';
    el.institution = 'Corte Constitucional';
    await el.updateComplete;
    expect(text(toggle)).to.equal('Filtros (1 activo)');
    await expect(el).to.be.accessible();
    wrapper.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(toggle).display).to.equal('none');
    toggle.click();
    await el.updateComplete;
    expect(getComputedStyle(panel).display).to.equal('contents');
    expect(getComputedStyle(select).display).not.to.equal('none');
  });

  it('shows the first three and "Ver todos (15)" in a 720 px column, expanding in place', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 720px">
        <rendir-commitment-list
          src=${ivPlanUrl}
          milestones-src=${ivPlanMilestonesUrl}
          today=${fixedToday}
        ></rendir-commitment-list>
      </div>`,
    );
    const el = column.querySelector('rendir-commitment-list')!;
    await el.loaded;
    await settle(el);
    expect(visibleCards(el).length).to.equal(3);
    expect(text($(el, '[part=summary]'))).to.equal('15 compromisos; se muestran los primeros 3');
    // Each card as tall as its content (or its row): none keeps a loading card's 35rem.
    for (const card of visibleCards(el)) {
      const article = card.shadowRoot!.querySelector('article')!.getBoundingClientRect();
      expect(card.getBoundingClientRect().height).to.be.closeTo(article.height, 4);
    }
    expect(el.shadowRoot!.querySelector('[part=more]')).to.equal(null);
    const button = $<HTMLButtonElement>(el, '[part=show-all]');
    expect(text(button)).to.equal('Ver todos (15)');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal($(el, '[part=list]').id);
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(visibleCards(el).length).to.equal(15);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Ver menos');
    expect(text($(el, '[part=summary]'))).to.equal('15 compromisos');
    // A filter keeps what the reader chose; limit="all" is never compact.
    el.query = 'valle';
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    el.remove();
    const all = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list limit="all" src=${ivPlanUrl}></rendir-commitment-list>`,
      { parentNode: column },
    );
    await all.loaded;
    expect(visibleCards(all).length).to.equal(15);
    expect(all.shadowRoot!.querySelector('[part=show-all]')).to.equal(null);
  });

  it('is accessible in dark and high-contrast themes and fits 320 px', async () => {
    for (const theme of ['dark', 'high-contrast'] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <rendir-commitment-list
            theme=${theme}
            src=${ivPlanUrl}
            today=${fixedToday}
          ></rendir-commitment-list>
        </div>`,
      );
      const el = wrapper.querySelector('rendir-commitment-list')!;
      await el.loaded;
      await settle(el);
      await expect(el).to.be.accessible();
      const layout = $(el, '.layout');
      expect(layout.scrollWidth).to.be.at.most(layout.clientWidth + 1);
    }
  });
});
