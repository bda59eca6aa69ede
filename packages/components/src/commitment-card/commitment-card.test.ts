import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/rendir-commitment-card.ts';
import type { RendirCommitmentCard } from './commitment-card.ts';
import {
  bareCommitment,
  brokenMilestonesCsv,
  exampleCommitment,
  exampleCommitmentsCsv,
  exampleMilestones,
  exampleMilestonesCsv,
  fixedToday,
  hostileCommitment,
  hostileMilestones,
  ivPlanMilestonesUrl,
  ivPlanUrl,
  longLabelsCommitment,
} from './fixtures.ts';

declare global {
  interface Window {
    __rendirPwned?: boolean;
  }
}

/** The card's text as a reader sees it, spaces collapsed. */
function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function $(el: RendirCommitmentCard, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function $$(el: RendirCommitmentCard, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

async function card(template: ReturnType<typeof html>): Promise<RendirCommitmentCard> {
  const el = await fixture<RendirCommitmentCard>(template);
  await el.loaded;
  return el;
}

/** A card with inline `<script type="text/csv">` children, built as a CMS page would hold it. */
function inline(
  attributes: Record<string, string>,
  commitments: string,
  milestones?: { text: string; file?: string },
): Promise<RendirCommitmentCard> {
  const el = document.createElement('rendir-commitment-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = commitments;
  el.append(script);
  if (milestones) {
    const second = document.createElement('script');
    second.type = 'text/csv';
    second.dataset.name = 'milestones';
    if (milestones.file) second.dataset.file = milestones.file;
    second.textContent = milestones.text;
    el.append(second);
  }
  return card(html`${el}`);
}

function full(): Promise<RendirCommitmentCard> {
  return card(
    html`<rendir-commitment-card
      example="all"
      today=${fixedToday}
      .commitment=${exampleCommitment}
      .milestones=${exampleMilestones}
    ></rendir-commitment-card>`,
  );
}

describe('<rendir-commitment-card>', () => {
  it('renders every field of the commitment, in Spanish by default', async () => {
    const el = await full();
    const all = text(el.shadowRoot);
    expect(text($(el, '[part=id]'))).to.equal('EJ-07');
    expect(text($(el, 'h3[part=title]'))).to.equal(
      'Presupuestos participativos en línea (ejemplo)',
    );
    expect(all).to.include('Plan de acción de ejemplo 2024-2026');
    expect(text($(el, '[part=lead]'))).to.equal('Alcaldía de Ejemplo');
    expect(all).to.include('Actores de apoyo');
    expect(all).to.include('Veeduría Ciudadana de Ejemplo');
    expect(all).to.include('Universidad de Ejemplo');
    expect($$(el, '[part=chip]').map(text)).to.deep.equal([
      'Participación ciudadana',
      'Rendición de cuentas',
    ]);
    expect(all).to.include('Inicio: 1 de marzo de 2024');
    expect(all).to.include('Fin: 30 de junio de 2026');
    // However the line falls, from a narrow phone's column to a wide one, its start and end
    // dates each stay on one line (core's keepTogether).
    const dates = $$(el, '.facts .date');
    expect(dates.map(text)).to.deep.equal(['1 de marzo de 2024', '30 de junio de 2026']);
    for (let width = 200; width <= 440; width += 10) {
      el.style.width = `${width}px`;
      for (const d of dates)
        expect(d.getClientRects().length, `${text(d)} at ${width}`).to.equal(1);
    }
    el.style.width = '';
    expect(all).to.include('Problema que atiende: La ciudadanía no sabe');
    expect(all).to.include('Descripción: Abrir una plataforma');
    expect(all).to.include('Última actualización: 30 de septiembre de 2026');
    const link = $(el, 'footer a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Más sobre este compromiso');
    expect(link.href).to.equal('https://www.example.org/compromisos/ej-07');
    expect(all).not.to.include('undefined');
  });

  it('says the data are made up when the fixture is an example', async () => {
    const el = await full();
    expect(text($(el, '.notice.example'))).to.include('Ejemplo: datos inventados');
  });

  it('shows the IRM assessment with words, starred included', async () => {
    const el = await full();
    const irm = $(el, '[part=irm]');
    const field = (name: string) => text(irm.querySelector(`[data-field=${name}] dd .level`));
    expect(field('completion')).to.equal('Sustancial');
    expect(field('impact')).to.equal('Transformador');
    expect(field('starred')).to.equal('Compromiso estelar');
    expect(field('influence')).to.equal('Colaborar (nivel 4 de 5)');
    expect(irm.querySelector('[data-field=results]')).to.equal(null);
    expect(text($(el, '.badge.starred'))).to.equal('Compromiso estelar');
  });

  it('shows potential results (the IRM scale since 2020) and a commitment that is not starred', async () => {
    const el = await card(
      html`<rendir-commitment-card
        .commitment=${{
          ...exampleCommitment,
          potentialImpact: undefined,
          potentialResults: 'modest',
          starred: false,
          publicInfluence: 'inform',
        }}
      ></rendir-commitment-card>`,
    );
    const irm = $(el, '[part=irm]');
    expect(irm.querySelector('[data-field=impact]')).to.equal(null);
    expect(text(irm.querySelector('[data-field=results] .level'))).to.equal('Modestos');
    expect(text(irm.querySelector('[data-field=starred] .level'))).to.equal('No es estelar');
    expect(text(irm.querySelector('[data-field=influence] .level'))).to.equal(
      'Informar (nivel 1 de 5)',
    );
    expect(el.shadowRoot!.querySelector('.badge.starred')).to.equal(null);
    ($(el, '[data-field=results] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text($(el, '#explain-results li[aria-current=true]'))).to.equal(
      'Modestos: Un cambio positivo pero limitado. (nivel alcanzado)',
    );
  });

  it('computes milestone progress: 1 of 5 complete, mean of the 4 known = 42.5 %', async () => {
    const el = await full();
    expect(text($(el, '[part=progress]'))).to.include(
      'Avance: 1 de 5 hitos completados · promedio 42,5 %',
    );
    expect(text($(el, '[part=progress]'))).to.include(
      'promedio de los 4 hitos con avance publicado, de 5',
    );
    const items = $$(el, '[part=milestone]');
    expect(items.length).to.equal(5);
    expect(items.map((li) => li.dataset.status)).to.deep.equal([
      'complete',
      'in_progress',
      'delayed',
      'not_started',
      'in_progress',
    ]);
    expect(text(items[0])).to.include('Completado');
    expect(text(items[0])).to.include('Avance: 100 %');
    expect(text(items[0])).to.include('Responsable: Secretaría de Ejemplo');
    expect(text(items[1])).to.include('En curso');
    expect(text(items[1])).to.include('Avance: 50 %');
    expect(text(items[2])).to.include('Retrasado');
    expect(text(items[2])).to.include('Avance: 20 %');
    expect(text(items[3])).to.include('Sin iniciar');
    expect(text(items[4])).not.to.include('Avance');
    expect(text(el.shadowRoot)).not.to.include('otro compromiso');
    const evidence = items[0].querySelector('a')!;
    expect(evidence.href).to.equal('https://www.example.org/evidencia/diseno');
    expect(text(evidence)).to.include('Evidencia · www.example.org');
  });

  it('shows a status with an icon and a word, never colour alone', async () => {
    const el = await full();
    for (const li of $$(el, '[part=milestone]')) {
      expect(li.querySelector('svg[aria-hidden=true]')).to.exist;
      expect(text(li.querySelector('.status'))).to.match(/\w+/);
    }
  });

  it('shows a <script> title as text and drops a javascript: evidence URL, never running them', async () => {
    window.__rendirPwned = undefined;
    const el = await card(
      html`<rendir-commitment-card
        .commitment=${hostileCommitment}
        .milestones=${hostileMilestones}
      ></rendir-commitment-card>`,
    );
    // No element was made of the text: no <img> whose onerror could run later, no <script>.
    expect(el.shadowRoot!.querySelector('script, img, b')).to.equal(null);
    expect(text($(el, '[part=title]'))).to.equal(hostileCommitment.title);
    expect(text($(el, '[part=lead]'))).to.equal('<b>Entidad</b>');
    // Read like a file: the link is dropped with a warning, the milestone stays.
    expect(text($(el, '[part=milestone]'))).to.include('Hito con evidencia peligrosa');
    expect(text(el.shadowRoot)).not.to.include('javascript:');
    for (const a of $$(el, 'a')) expect((a as HTMLAnchorElement).protocol).to.match(/^https?:$/);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    for (const a of $$(el, '[part=milestone] a')) a.click();
    expect(window.__rendirPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says «Sin información en la fuente» (core’s word, as the page) for a missing field and never "undefined"', async () => {
    const el = await card(
      html`<rendir-commitment-card .commitment=${bareCommitment}></rendir-commitment-card>`,
    );
    expect(text($(el, '[part=lead]'))).to.equal('Sin información en la fuente');
    const all = text(el.shadowRoot);
    expect(all).to.include('Plan de acción Sin información en la fuente');
    expect(all).to.include('Última actualización: Sin información en la fuente');
    expect(all).to.include('No se han publicado hitos para este compromiso.');
    expect(all).to.include(
      'El Mecanismo de Revisión Independiente no ha publicado una evaluación.',
    );
    // Under every section's heading the same space, whatever follows it (a paragraph had 32 px).
    const under = $$(el, 'section > .section-title').map(
      (h) =>
        `${text(h)}: ${Math.round(h.nextElementSibling!.getBoundingClientRect().top - h.getBoundingClientRect().bottom)} px`,
    );
    expect(under).to.deep.equal(['Hitos: 16 px', 'Evaluación independiente (MRI): 16 px']);
    expect(all).not.to.match(/undefined|null|NaN/);
    await expect(el).to.be.accessible();
  });

  it('reads a real commitment of the IV plan from its CSV, with made-up milestones said to be so', async () => {
    const el = await card(
      html`<rendir-commitment-card
        src=${ivPlanUrl}
        milestones-src=${ivPlanMilestonesUrl}
        commitment-id="IV-02"
        example="milestones"
        today=${fixedToday}
      ></rendir-commitment-card>`,
    );
    expect(text($(el, '[part=title]'))).to.equal(
      'Colaboración abierta para trámites fáciles y libres de corrupción',
    );
    expect(text($(el, '[part=lead]'))).to.equal('Sin información en la fuente');
    expect(text(el.shadowRoot)).to.include('IV Plan de Acción de Estado Abierto 2020-2022');
    // However narrow the column, the plan name wraps but never inside its period.
    el.style.width = '3em';
    const period = $(el, '.eyebrow .period');
    expect(text(period)).to.equal('2020-2022');
    expect(period.getClientRects().length, 'lines of «2020-2022»').to.equal(1);
    // Nor does a milestone's date break inside itself, on the narrowest phone.
    el.style.width = '280px';
    const dates = $$(el, '.milestone .date');
    expect(dates.length).to.be.above(1);
    for (const d of dates) expect(d.getClientRects().length, text(d)).to.equal(1);
    el.style.width = '';
    expect(text($(el, '[part=progress] .notice'))).to.include('Hitos de ejemplo');
    // complete (100) and delayed at 25 %: (100 + 25) / 2 = 62.5 %.
    expect(text($(el, '[part=progress]'))).to.include('1 de 2 hitos completados · promedio 62,5 %');
    expect(text(el.shadowRoot)).not.to.include('undefined');
    await expect(el).to.be.accessible();
  });

  it('reads inline CSV with Spanish headers and values through the core', async () => {
    const el = await inline(
      { 'commitment-id': 'EJ-07', today: fixedToday },
      exampleCommitmentsCsv,
      {
        text: exampleMilestonesCsv,
      },
    );
    const all = text(el.shadowRoot);
    expect(text($(el, '[part=title]'))).to.equal('Presupuestos participativos en línea (ejemplo)');
    expect(all).to.include('Veeduría Ciudadana de Ejemplo');
    expect(all).to.include('Inicio: 1 de marzo de 2024');
    expect(text($(el, '[data-field=completion] .level'))).to.equal('Sustancial');
    expect(text($(el, '[data-field=starred] .level'))).to.equal('Compromiso estelar');
    // 100 (complete) + 50 + 20.5 = 170.5 / 3 = 56.8 %.
    expect(text($(el, '[part=progress]'))).to.include('promedio 56,8 %');
    expect(all).to.include('Avance: 20,5 %');
  });

  it('tells the page (console and rendir-data-warnings) about a link it dropped as unsafe', async () => {
    const milestones = 'commitment_id,title,evidence_url\nEJ-07,Hito,javascript:alert(1)\n';
    const el = document.createElement('rendir-commitment-card');
    el.setAttribute('commitment-id', 'EJ-07');
    const warned: string[] = [];
    const events: { code: string; line: number; column: number }[] = [];
    el.addEventListener('rendir-data-warnings', (e) => events.push(...e.detail.warnings));
    const original = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      for (const [name, text] of [
        ['', exampleCommitmentsCsv],
        ['milestones', milestones],
      ]) {
        const script = document.createElement('script');
        script.type = 'text/csv';
        if (name) script.dataset.name = name;
        script.dataset.file = name ? 'hitos.csv' : 'compromisos.csv';
        script.textContent = text;
        el.append(script);
      }
      await card(html`${el}`);
      // Logged once core's catalogue (the words for problems) has arrived.
      await waitUntil(() => warned.length > 0, 'the warning is logged');
    } finally {
      console.warn = original;
    }
    expect(events.map((w) => [w.code, w.line, w.column])).to.deep.equal([['url.unsafe', 2, 3]]);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.include('<rendir-commitment-card> hitos.csv:2:3');
    expect(warned[0]).to.include('javascript:alert(1)');
    expect(warned[0]).to.include('solo se enlazan direcciones http, https y mailto');
    // The milestone is still shown, without a link.
    expect(text($(el, '[part=milestone]'))).to.include('Hito');
    expect($$(el, '[part=milestone] a')).to.deep.equal([]);
  });

  it('warns when the last update is older than stale-after', async () => {
    const el = await inline({ 'commitment-id': 'EJ-08', today: fixedToday }, exampleCommitmentsCsv);
    const notice = $(el, '.notice.stale');
    expect(text(notice)).to.include('hace más de 46 meses');
    expect(notice.querySelector('svg')).to.exist;
    expect(text(el.shadowRoot)).to.include('Última actualización: 10 de enero de 2023');
    el.staleAfter = 2000;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice.stale')).to.equal(null);
  });

  it('explains each IRM field on demand, by keyboard (Enter and Space) and by touch', async () => {
    const el = await full();
    const button = $(el, '[data-field=completion] button') as HTMLButtonElement;
    const panel = $(el, '#explain-completion');
    expect(text(button)).to.equal('¿Qué significa? Cumplimiento');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('explain-completion');
    expect(panel.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(text(panel)).to.include('Mecanismo de Revisión Independiente');
    expect(text(panel.querySelector('li[aria-current=true]'))).to.equal(
      'Sustancial: Se hizo la mayor parte de lo prometido. (nivel alcanzado)',
    );
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const influence = $(el, '[data-field=influence] button');
    influence.click();
    await el.updateComplete;
    expect(text($(el, '#explain-influence'))).to.include('Colaborar: Diálogo continuo');
    await expect(el).to.be.accessible();
  });

  it('compact variant: a summary, and a button that shows milestones and assessment', async () => {
    const el = await card(
      html`<rendir-commitment-card
        variant="compact"
        example="all"
        today=${fixedToday}
        .commitment=${exampleCommitment}
        .milestones=${exampleMilestones}
      ></rendir-commitment-card>`,
    );
    expect(text($(el, '.badge.example'))).to.include('Ejemplo');
    expect(text($(el, '.badge.completion'))).to.equal('Cumplimiento: Sustancial');
    expect(text($(el, '[part=progress]'))).to.include('1 de 5 hitos completados');
    expect(el.shadowRoot!.querySelector('[part=milestones]')).to.equal(null);
    await expect(el).to.be.accessible();
    const toggle = $(el, '[part=toggle]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Ocultar hitos y evaluación');
    expect($$(el, '[part=milestone]').length).to.equal(5);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <rendir-commitment-card
          today=${fixedToday}
          .commitment=${exampleCommitment}
          .milestones=${exampleMilestones}
        ></rendir-commitment-card>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-commitment-card')!;
    await el.loaded;
    const all = text(el.shadowRoot);
    expect(all).to.include('Lead institution');
    expect(all).to.include('Progress: 1 of 5 milestones complete · average 42.5%');
    expect(all).to.include('Start: March 1, 2024');
    expect(text($(el, '[data-field=completion] .level'))).to.equal('Substantial');
    expect(text($(el, '[data-field=starred] .level'))).to.equal('Starred commitment');
  });

  it('names file, line, column and value when the milestones file is wrong', async () => {
    const el = await inline({ 'commitment-id': 'EJ-07' }, exampleCommitmentsCsv, {
      text: brokenMilestonesCsv,
      file: 'hitos.csv',
    });
    const alert = $(el, '[role=alert]');
    const all = text(alert);
    expect(all).to.include('hitos.csv, fila 2, columna D');
    expect(all).to.include('(progress_pct): 150');
    expect(all).to.include('hitos.csv, fila 3, columna C');
    expect(all).to.include('hecho');
    await expect(el).to.be.accessible();
  });

  it('names data given in a data: URL by its type and size, not by its whole text', async () => {
    const dataUrl = (csv: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
    const el = await card(
      html`<rendir-commitment-card
        commitment-id="EJ-07"
        src=${dataUrl(exampleCommitmentsCsv)}
        milestones-src=${dataUrl(brokenMilestonesCsv)}
      ></rendir-commitment-card>`,
    );
    // The milestones are 130 bytes: 0,1 KB.
    expect(new TextEncoder().encode(brokenMilestonesCsv).length).to.equal(130);
    const items = [...$(el, '[role=alert]').querySelectorAll('li')].map(text);
    expect(items).to.deep.equal([
      'datos en línea (data:text/csv, 0,1 KB), fila 2, columna D (progress_pct): 150 está fuera de 0-100',
      'datos en línea (data:text/csv, 0,1 KB), fila 3, columna C (status): hecho no es un valor permitido',
    ]);
    expect(text($(el, '[role=alert]'))).not.to.include('commitment_id,title');
    await expect(el).to.be.accessible();
  });

  it('says so when the commitment id is not in the file', async () => {
    const el = await card(
      html`<rendir-commitment-card src=${ivPlanUrl} commitment-id="IV-99">
      </rendir-commitment-card>`,
    );
    const alert = $(el, '[role=alert]');
    expect(text(alert)).to.include('No hay un compromiso «IV-99» en los datos.');
    expect(text(alert)).to.include('colombia-plan-accion-iv-compromisos.csv');
  });

  it('shows an accessible error when the file cannot be downloaded', async () => {
    const el = await card(
      html`<rendir-commitment-card
        src="/no-such-file/compromisos.csv"
        commitment-id="IV-01"
      ></rendir-commitment-card>`,
    );
    expect(text($(el, '[role=alert]'))).to.include('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('reads the JSON downloads the site generator writes (arrays of records) from src', async () => {
    const json = (value: unknown) =>
      `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
    const el = await card(
      html`<rendir-commitment-card
        commitment-id="EJ-07"
        today=${fixedToday}
        src=${json([bareCommitment, exampleCommitment])}
        milestones-src=${json(exampleMilestones)}
      ></rendir-commitment-card>`,
    );
    expect(text($(el, '[part=title]'))).to.equal(exampleCommitment.title);
    expect(text($(el, '[part=progress]'))).to.include('1 de 5 hitos completados · promedio 42,5 %');
  });

  it('picks commitment-id from a commitments property', async () => {
    const el = await card(
      html`<rendir-commitment-card
        commitment-id="EJ-07"
        .commitments=${[bareCommitment, exampleCommitment]}
        .milestones=${exampleMilestones}
      ></rendir-commitment-card>`,
    );
    expect(text($(el, '[part=title]'))).to.equal(exampleCommitment.title);
    expect($$(el, '[part=milestone]').length).to.equal(5);
  });

  it('says it is loading while the file is on its way', async () => {
    const original = window.fetch;
    let release: (r: Response) => void = () => {};
    window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
    try {
      const el = await fixture<RendirCommitmentCard>(
        html`<rendir-commitment-card
          src="/pendiente/compromisos.csv"
          commitment-id="A-1"
        ></rendir-commitment-card>`,
      );
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal('Cargando datos…');
      await expect(el).to.be.accessible();
      release(
        new Response('commitment_id,title\nA-1,Uno', { headers: { 'Content-Type': 'text/csv' } }),
      );
      await el.loaded;
      expect(text($(el, '[part=title]'))).to.equal('Uno');
    } finally {
      window.fetch = original;
    }
  });

  it('shows the empty state when there is no data', async () => {
    const el = await card(
      html`<rendir-commitment-card commitment-id="X"></rendir-commitment-card>`,
    );
    expect(text($(el, '[role=status]'))).to.equal('No hay datos para mostrar.');
  });

  it('takes the heading level from heading-level', async () => {
    const el = await card(
      html`<rendir-commitment-card
        heading-level="2"
        .commitment=${exampleCommitment}
      ></rendir-commitment-card>`,
    );
    expect(el.shadowRoot!.querySelector('h2[part=title]')).to.exist;
    expect($$(el, 'h3.section-title').map(text)).to.deep.equal([
      'Hitos',
      'Evaluación independiente (MRI)',
    ]);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h3[part=title]')).to.exist;
    expect($$(el, 'h4.section-title').length).to.equal(2);
  });

  it('is accessible in full, compact, dark, high-contrast and long-label versions', async () => {
    for (const variant of ['full', 'compact'] as const) {
      for (const theme of ['light', 'dark', 'high-contrast'] as const) {
        const el = await card(
          html`<rendir-commitment-card
            variant=${variant}
            theme=${theme}
            example="all"
            today=${fixedToday}
            .commitment=${longLabelsCommitment}
            .milestones=${exampleMilestones.map((m) => ({ ...m, commitmentId: 'EJ-LARGO-0001' }))}
          ></rendir-commitment-card>`,
        );
        await expect(el).to.be.accessible();
      }
    }
  });

  it('prints every explanation and no buttons', async () => {
    const el = await full();
    const panel = $(el, '#explain-completion');
    const button = $(el, '[data-field=completion] button');
    expect(getComputedStyle(panel).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle(button).display).to.equal('none');
      const link = $(el, 'footer a');
      expect(getComputedStyle(link, '::after').content).to.include('https://www.example.org');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps icons, words and bars in forced colours, and stays accessible', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await full();
      const bar = $(el, '[part=progress] .bar > span');
      expect(getComputedStyle(bar).forcedColorAdjust).to.equal('none');
      expect(text($(el, '[part=milestone] .status'))).to.equal('Completado');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('shows JSON records with unknown values as errors naming record and field, not dropped', async () => {
    const el = document.createElement('rendir-commitment-card');
    el.setAttribute('commitment-id', 'J-1');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.file = 'compromisos.json';
    script.textContent = JSON.stringify({
      commitments: [
        {
          id: 'J-1',
          title: 'Compromiso en JSON',
          ogpValues: ['civic_participation'],
          potentialImpact: 'enorme',
        },
        { title: 'Sin id' },
      ],
      milestones: [{ commitmentId: 'J-1', title: 'Hito raro', status: 'casi' }],
    });
    el.append(script);
    await card(html`${el}`);
    const alert = $(el, '[role=alert]');
    const items = [...alert.querySelectorAll('li')].map(text);
    expect(text(alert)).to.include('Los datos tienen 3 problemas');
    expect(items).to.deep.include(
      'compromisos.json, registro 1 (J-1), campo potentialImpact: enorme no es un valor permitido',
    );
    expect(items).to.deep.include(
      'compromisos.json, registro 2, campo id: Falta este campo o está vacío, y es obligatorio',
    );
    expect(items).to.deep.include(
      'compromisos.json, registro 1 (J-1), campo status: casi no es un valor permitido',
    );
    await expect(el).to.be.accessible();
  });

  it('reads good JSON records (as the site generator hands them over) as its CSV', async () => {
    const el = document.createElement('rendir-commitment-card');
    el.setAttribute('commitment-id', 'J-1');
    el.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      commitments: [
        {
          id: 'J-1',
          title: 'Compromiso en JSON',
          ogpValues: ['civic_participation'],
          completion: 'Sustancial',
        },
      ],
      milestones: [
        { commitmentId: 'J-1', title: 'Hito en JSON', status: 'complete' },
        { commitmentId: 'J-1', title: 'Hito a medias', status: 'in_progress', progressPct: '30' },
      ],
    });
    el.append(script);
    await card(html`${el}`);
    expect(text($(el, '[part=title]'))).to.equal('Compromiso en JSON');
    expect($$(el, '[part=chip]').map(text)).to.deep.equal(['Civic participation']);
    expect(text($(el, '[data-field=completion] .level'))).to.equal('Substantial');
    // 100 + 30 = 65 %.
    expect(text($(el, '[part=progress]'))).to.include('1 of 2 milestones complete · average 65%');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <rendir-commitment-card
          today=${fixedToday}
          .commitment=${longLabelsCommitment}
          .milestones=${exampleMilestones.map((m) => ({ ...m, commitmentId: 'EJ-LARGO-0001' }))}
        ></rendir-commitment-card>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-commitment-card')!;
    await el.loaded;
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('draws progress bars to scale', async () => {
    const el = await full();
    const bar = $(el, '[part=progress] .bar');
    const fill = bar.querySelector('span')!;
    const ratio = fill.getBoundingClientRect().width / bar.clientWidth;
    expect(ratio).to.be.closeTo(0.425, 0.01);
  });

  // Last: the policy stays on this page once set.
  it('works under a Content-Security-Policy without unsafe-inline styles', async () => {
    const violations: string[] = [];
    // A style attribute the policy refuses, set after the card: its report comes after any
    // of the card's (reports are queued in order), and ends the wait.
    const probe = document.createElement('i');
    let probed!: () => void;
    const probeReported = new Promise<void>((resolve) => (probed = resolve));
    document.addEventListener('securitypolicyviolation', (e) => {
      if (e.target === probe) probed();
      else violations.push(e.violatedDirective);
    });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    const el = await full();
    const bar = $(el, '[part=progress] .bar');
    const ratio = bar.querySelector('span')!.getBoundingClientRect().width / bar.clientWidth;
    expect(ratio).to.be.closeTo(0.425, 0.01);
    document.body.append(probe);
    probe.setAttribute('style', 'color: red');
    await probeReported;
    probe.remove();
    expect(violations).to.deep.equal([]);
  });
});
