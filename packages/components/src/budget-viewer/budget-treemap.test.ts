import { expect, fixture, html } from '@open-wc/testing';
import '../define/rendir-budget-viewer.ts';
import type { RendirBudgetViewer } from './budget-viewer.ts';

/** Words of the visible tile names drawn on more than one line (a word broken inside). */
function brokenWords(root: ShadowRoot): string[] {
  const broken: string[] = [];
  for (const label of root.querySelectorAll<HTMLElement>(
    '.treemap .box .label:not(.visually-hidden)',
  )) {
    const node = label.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

async function viewer(width: number): Promise<RendirBudgetViewer> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <rendir-budget-viewer
        lang="es"
        view="treemap"
        src="/content/budget/presupuesto-2025.csv"
        levels="Sector,Entidad,Programa"
      ></rendir-budget-viewer>
    </div>`,
  );
  const el = wrapper.querySelector('rendir-budget-viewer') as RendirBudgetViewer;
  await el.loaded;
  await el.updateComplete;
  await new Promise((done) => requestAnimationFrame(done));
  await el.updateComplete;
  return el;
}

describe('<rendir-budget-viewer> treemap labels (the example budget)', () => {
  for (const width of [600, 720, 1200]) {
    it(`${width} px: no name broken inside a word; small tiles are named by the legend`, async () => {
      const el = await viewer(width);
      const root = el.shadowRoot!;
      expect(brokenWords(root)).to.deep.equal([]);
      // Nor is an amount drawn on two lines («16,2 mil millo/nes»): a tile too narrow drops it.
      const twoLines = [...root.querySelectorAll('.treemap .box .amount')].filter((amount) => {
        if (amount.getBoundingClientRect().width <= 1) return false;
        const range = document.createRange();
        range.selectNodeContents(amount);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      });
      expect(twoLines.map((a) => a.textContent!.trim())).to.deep.equal([]);
      const keyed = [...root.querySelectorAll('.treemap .box:has(.key)')].map((box) =>
        box.querySelector('.label')!.textContent!.trim(),
      );
      const legend = [...root.querySelectorAll('.treemap-legend li')].map((li) =>
        li.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(legend.length).to.equal(keyed.length);
      keyed.forEach((name, i) => expect(legend[i]).to.match(new RegExp(`^${i + 1} ${name} `)));
      // The tile keeps the whole name for screen readers.
      for (const box of root.querySelectorAll('.treemap .box:has(.key)'))
        expect(box.textContent).to.match(/\p{L}{3}/u);
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [720, 1200])
    it(`${width} px: a short, wide tile says its amount beside its name (Gobierno)`, async () => {
      const el = await viewer(width);
      const box = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.treemap .box')].find(
        (b) => b.querySelector('.label')?.textContent?.trim() === 'Gobierno',
      )!;
      const [label, amount] = ['.label', '.amount'].map((s) => box.querySelector(s)!);
      expect(amount.textContent!.replace(/\s+/g, ' ').trim()).to.equal('4,8 mil millones');
      const [l, a, b] = [label, amount, box].map((e) => e.getBoundingClientRect());
      // Shown, not dropped to a screen reader's 1 px; on the name's line, whole, in its box.
      expect(a.width, 'the amount drawn').to.be.above(40);
      expect(Math.abs(a.bottom - l.bottom), 'on the name’s line').to.be.below(3);
      expect(a.right, 'inside the box').to.be.at.most(b.right);
      expect(a.bottom, 'inside the box').to.be.at.most(b.bottom);
    });

  it('720 px: the smallest sector (Hacienda, 1 % of the budget) is in the legend', async () => {
    const el = await viewer(720);
    const legend = el.shadowRoot!.querySelector('.treemap-legend')!.textContent!;
    expect(legend).to.include('Hacienda');
  });
});
