// Indicators a page gives as the `indicators` property are read as a file is: core's JSON
// reader, the same errors at record and field, the accessible error state, nothing thrown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { readIndicators, type ContentError, type Indicator } from '@rendir/core';
import '../define/rendir-indicator-tracker.ts';
import type { RendirIndicatorTracker } from './indicator-tracker.ts';
import { bogotaCsv, decreasingCsv } from './fixtures.ts';
import { listedProblems, thrownAtPage } from '../test-support/thrown.ts';

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

async function tracker(indicators: unknown, lang = 'es'): Promise<RendirIndicatorTracker> {
  const el = await fixture<RendirIndicatorTracker>(
    html`<rendir-indicator-tracker
      lang=${lang}
      .indicators=${indicators as Indicator[]}
    ></rendir-indicator-tracker>`,
  );
  await el.ready;
  return el;
}

const bogota = () => readIndicators(bogotaCsv, { file: 'bogota.csv' }).records;

describe('indicators given as a property', () => {
  it("shows Bogotá's real indicators, read by core, typed or as plain JSON, alike", async () => {
    const typed = await tracker(bogota());
    const cards = [...typed.shadowRoot!.querySelectorAll('.card')].map(text);
    expect(cards).to.have.length(12);
    const json = await tracker(JSON.parse(JSON.stringify(bogota())));
    expect([...json.shadowRoot!.querySelectorAll('.card')].map(text)).to.deep.equal(cards);
    expect(listedProblems(typed)).to.deep.equal([]);
  });

  it('shows each kind of bad record as a problem at its property, record and field', async () => {
    const [first, second] = readIndicators(decreasingCsv, { file: 'd.csv' }).records;
    const thrown = await thrownAtPage(async () => {
      const el = await tracker([
        // A float where an exact decimal goes: it may have been rounded.
        {
          ...first,
          id: 'x-1',
          baseline: { ...first.baseline, value: { value: 1.1, isPercent: false } },
        },
        // A missing id and an unknown direction.
        { ...second, id: '', direction: 'sideways' },
        // A number where text goes, and a target without its period.
        { ...first, id: 'x-3', name: 7, target: { value: first.target.value } },
        null,
      ]);
      expect(listedProblems(el)).to.have.members([
        '<rendir-indicator-tracker> indicators, registro 1 (x-1), campo baseline.value.value: 1.1 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
        '<rendir-indicator-tracker> indicators, registro 2, campo id: Falta este campo o está vacío, y es obligatorio',
        '<rendir-indicator-tracker> indicators, registro 2, campo direction: sideways no es un valor permitido',
        '<rendir-indicator-tracker> indicators, registro 3 (x-3), campo name: 7 no es un texto',
        '<rendir-indicator-tracker> indicators, registro 3 (x-3), campo target.period: Falta este campo o está vacío, y es obligatorio',
        '<rendir-indicator-tracker> indicators, registro 4: null no es un registro',
      ]);
      expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
      await expect(el).to.be.accessible();
      const english = await tracker({ not: 'a list' }, 'en');
      expect(listedProblems(english)).to.deep.equal([
        '<rendir-indicator-tracker> indicators: {…} The file is not a list of records',
      ]);
    });
    expect(thrown).to.deep.equal([]);
  });

  it('drops a javascript: source link with a warning, as from a file, and shows the rest', async () => {
    const [first] = readIndicators(decreasingCsv, { file: 'd.csv' }).records;
    const el = document.createElement('rendir-indicator-tracker');
    el.indicators = [
      { ...first, values: [{ ...first.values[0], sourceUrl: 'javascript:alert(1)' }] },
    ];
    const warned = oneEvent(el, 'rendir-data-warnings');
    await fixture(html`${el}`);
    const { detail } = await warned;
    await el.ready;
    expect(detail.warnings.map((w: ContentError) => [w.code, w.file, w.field])).to.deep.equal([
      ['url.unsafe', '<rendir-indicator-tracker> indicators', 'values[0].sourceUrl'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
