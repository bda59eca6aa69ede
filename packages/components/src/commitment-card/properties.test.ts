// Records a page gives as properties are read as a file is: core's JSON readers, the same
// errors at record and field, the accessible error state, nothing thrown into the page.
import { expect, fixture, html } from '@open-wc/testing';
import {
  readCommitments,
  readMilestones,
  type Commitment,
  type ContentError,
  type Milestone,
} from '@rendir/core';
import '../define/rendir-commitment-card.ts';
import '../define/rendir-commitment-list.ts';
import type { RendirCommitmentCard } from './commitment-card.ts';
import type { RendirCommitmentList } from './commitment-list.ts';
import {
  exampleCommitment,
  exampleMilestones,
  fixedToday,
  ivPlanMilestonesUrl,
  ivPlanUrl,
} from './fixtures.ts';
import { listedProblems, thrownAtPage } from '../test-support/thrown.ts';

function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function bytes(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

async function card(commitment: unknown, milestones?: unknown): Promise<RendirCommitmentCard> {
  const el = await fixture<RendirCommitmentCard>(
    html`<rendir-commitment-card
      today=${fixedToday}
      .commitment=${commitment as Commitment}
      .milestones=${milestones as Milestone[] | undefined}
    ></rendir-commitment-card>`,
  );
  await el.loaded;
  return el;
}

async function list(commitments: unknown, milestones?: unknown): Promise<RendirCommitmentList> {
  const el = await fixture<RendirCommitmentList>(
    html`<rendir-commitment-list
      today=${fixedToday}
      .commitments=${commitments as Commitment[]}
      .milestones=${milestones as Milestone[] | undefined}
    ></rendir-commitment-list>`,
  );
  await el.loaded;
  return el;
}

/** Every card's text: what a reader reads of the list. */
async function cardTexts(el: RendirCommitmentList): Promise<string[]> {
  const cards = [
    ...el.shadowRoot!.querySelectorAll<RendirCommitmentCard>('rendir-commitment-card'),
  ];
  await Promise.all(cards.map((c) => c.loaded));
  return cards.map((c) => text(c.shadowRoot));
}

describe('commitments given as properties', () => {
  it("shows the IV plan's real records, read by core, as it shows its CSV", async () => {
    const commitments = readCommitments(await bytes(ivPlanUrl), { file: 'iv.csv' }).records;
    const milestones = readMilestones(await bytes(ivPlanMilestonesUrl), {
      file: 'hitos.csv',
    }).records;
    expect(commitments).to.have.length(15);
    const fromFile = await fixture<RendirCommitmentList>(
      html`<rendir-commitment-list
        today=${fixedToday}
        src=${ivPlanUrl}
        milestones-src=${ivPlanMilestonesUrl}
      ></rendir-commitment-list>`,
    );
    await fromFile.loaded;
    const given = await list(commitments, milestones);
    const shown = await cardTexts(given);
    expect(shown).to.have.length(15);
    expect(shown).to.deep.equal(await cardTexts(fromFile));
    // The same records as plain JSON (a page that fetched them) read alike.
    const asJson = await list(JSON.parse(JSON.stringify(commitments)), milestones);
    expect(await cardTexts(asJson)).to.deep.equal(shown);
    await expect(given).to.be.accessible();
  });

  it('shows a typed commitment with its milestones as before: every figure and word', async () => {
    const el = await card(exampleCommitment, exampleMilestones);
    expect(text(el.shadowRoot!.querySelector('[part=title]'))).to.equal(exampleCommitment.title);
    expect(text(el.shadowRoot!.querySelector('[part=progress]'))).to.include(
      'Avance: 1 de 5 hitos completados · promedio 42,5 %',
    );
    expect(listedProblems(el)).to.deep.equal([]);
  });

  it('shows each kind of bad record as a problem at its property, record and field', async () => {
    const thrown = await thrownAtPage(async () => {
      const el = await list(
        [
          { ...exampleCommitment, completion: 'enorme' },
          { ...exampleCommitment, id: '', title: 42 },
          { ...exampleCommitment, id: 'EJ-08', ogpValues: 'transparency' },
          'no es un registro',
        ],
        [
          { ...exampleMilestones[0], progressPct: 20.5 },
          { ...exampleMilestones[1], status: 'casi' },
        ],
      );
      expect(text(el.shadowRoot!.querySelector('[role=alert]'))).to.include(
        'Los datos tienen 7 problemas',
      );
      expect(listedProblems(el)).to.have.members([
        '<rendir-commitment-list> commitments, registro 1 (EJ-07), campo completion: enorme no es un valor permitido',
        '<rendir-commitment-list> commitments, registro 2, campo id: Falta este campo o está vacío, y es obligatorio',
        '<rendir-commitment-list> commitments, registro 2, campo title: 42 no es un texto',
        '<rendir-commitment-list> commitments, registro 3 (EJ-08), campo ogpValues: transparency no es una lista',
        '<rendir-commitment-list> commitments, registro 4: no es un registro no es un registro',
        '<rendir-commitment-list> milestones, registro 1 (EJ-07), campo progressPct: 20.5 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
        '<rendir-commitment-list> milestones, registro 2 (EJ-07), campo status: casi no es un valor permitido',
      ]);
      expect(el.shadowRoot!.querySelector('rendir-commitment-card')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(thrown).to.deep.equal([]);
  });

  it("a card's own commitment: a float, a missing title and a list where a record goes are errors", async () => {
    const thrown = await thrownAtPage(async () => {
      const bad = await card({ id: 'X-1', title: '', supportingActors: [], ogpValues: [] }, [
        { commitmentId: 'X-1', title: 'Hito', progressPct: 1.1 },
      ]);
      expect(listedProblems(bad)).to.have.members([
        '<rendir-commitment-card> commitment, registro 1 (X-1), campo title: Falta este campo o está vacío, y es obligatorio',
        '<rendir-commitment-card> milestones, registro 1 (X-1), campo progressPct: 1.1 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
      ]);
      await expect(bad).to.be.accessible();
      // In English, the same places in the reader's language.
      bad.setAttribute('lang', 'en');
      await bad.loaded;
      expect(listedProblems(bad)[0]).to.match(
        /^<rendir-commitment-card> commitment, record 1 \(X-1\), field title/,
      );
      const notOne = await card([exampleCommitment]);
      expect(listedProblems(notOne).join('\n')).to.include('<rendir-commitment-card> commitment');
    });
    expect(thrown).to.deep.equal([]);
  });

  it('drops a javascript: link with a warning, as from a file, and shows the rest', async () => {
    const el = document.createElement('rendir-commitment-card');
    el.setAttribute('today', fixedToday);
    el.commitment = { ...exampleCommitment, url: 'javascript:alert(1)' };
    el.milestones = [{ ...exampleMilestones[1], evidenceUrl: 'javascript:alert(2)' }];
    // One event per property, as one per file.
    const warned: ContentError[] = [];
    el.addEventListener('rendir-data-warnings', (e) => warned.push(...e.detail.warnings));
    await fixture(html`${el}`);
    await el.loaded;
    expect(warned.map((w) => [w.code, w.file, w.field, w.value])).to.have.deep.members([
      ['url.unsafe', '<rendir-commitment-card> commitment', 'url', 'javascript:alert(1)'],
      ['url.unsafe', '<rendir-commitment-card> milestones', 'evidenceUrl', 'javascript:alert(2)'],
    ]);
    expect(text(el.shadowRoot!.querySelector('[part=title]'))).to.equal(exampleCommitment.title);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(text(el.shadowRoot)).not.to.include('javascript:');
  });
});
