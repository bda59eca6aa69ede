import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml, LitElement } from 'lit';
import { defineElement } from './define.ts';
import { LoadError } from './errors.ts';
import { LazyParts, loadPart } from './lazy-parts.ts';

/** A part whose arrival the test controls, counting how often it is asked for. */
function controlledPart() {
  let arrive!: () => void;
  let fail!: () => void;
  let calls = 0;
  const module = {
    label: 'Tabla de datos',
    styles: css`
      .part {
        outline: 3px solid rgb(0, 114, 178);
      }
    `,
  };
  const loaders = {
    table: () => {
      calls++;
      return new Promise<typeof module>((resolve, reject) => {
        arrive = () => resolve(module);
        fail = () => reject(new TypeError('Failed to fetch'));
      });
    },
  };
  return { loaders, arrive: () => arrive(), fail: () => fail(), calls: () => calls };
}

let tagCount = 0;
/** An element that draws the part when it is there, its state otherwise. */
async function host(loaders: ReturnType<typeof controlledPart>['loaders']) {
  class PartHost extends LitElement {
    parts = new LazyParts(this, loaders);
    override render() {
      const part = this.parts.get('table');
      if (part) return litHtml`<p class="part">${part.label}</p>`;
      return this.parts.failed('table')
        ? litHtml`<p role="alert">failed</p>`
        : litHtml`<p role="status">loading</p>`;
    }
  }
  const tag = `rendir-test-part-host-${++tagCount}`;
  defineElement(tag, PartHost);
  const el = document.createElement(tag) as PartHost;
  await fixture(html`<div></div>`).then((div) => div.append(el));
  await el.updateComplete;
  return el;
}

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('LazyParts', () => {
  it('renders the loading state, then the part when it arrives, with its styles', async () => {
    const { loaders, arrive } = controlledPart();
    const el = await host(loaders);
    expect(text(el)).to.equal('loading');
    arrive();
    await el.parts.settled;
    await el.updateComplete;
    expect(text(el)).to.equal('Tabla de datos');
    const part = el.shadowRoot!.querySelector('.part')!;
    expect(getComputedStyle(part).outlineColor).to.equal('rgb(0, 114, 178)');
  });

  it('gives a second element the part at once: it is loaded once per page', async () => {
    const { loaders, arrive, calls } = controlledPart();
    const first = await host(loaders);
    arrive();
    await first.parts.settled;
    const second = await host(loaders);
    expect(text(second)).to.equal('Tabla de datos');
    expect(calls()).to.equal(1);
  });

  it('a failed part stays failed through renders (no request loop) until retry', async () => {
    const { loaders, fail, arrive, calls } = controlledPart();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await host(loaders);
      fail();
      await el.parts.settled;
      await el.updateComplete;
      expect(text(el)).to.equal('failed');
      expect(el.parts.failed('table')).to.be.instanceOf(LoadError);
      expect(el.parts.failed('table')!.kind).to.equal('network');
      el.requestUpdate();
      await el.updateComplete;
      expect(calls()).to.equal(1);
      el.parts.retry('table');
      await el.updateComplete;
      expect(text(el)).to.equal('loading');
      arrive();
      await el.parts.settled;
      await el.updateComplete;
      expect(text(el)).to.equal('Tabla de datos');
      expect(el.parts.failed('table')).to.equal(undefined);
    } finally {
      console.warn = warn;
    }
  });

  it('a part another element has loaded since ends this element’s failure at its next load', async () => {
    const { loaders, fail, arrive } = controlledPart();
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const first = await host(loaders);
      fail();
      await first.parts.settled;
      await first.updateComplete;
      expect(text(first)).to.equal('failed');
      const second = await host(loaders);
      second.parts.retry('table');
      arrive();
      await second.parts.settled;
      await second.updateComplete;
      expect(text(second)).to.equal('Tabla de datos');
      await first.parts.load('table');
      await first.updateComplete;
      expect(text(first)).to.equal('Tabla de datos');
    } finally {
      console.warn = warn;
    }
  });

  it('whenLoaded waits for a part, and after a failure makes no new attempt; load does', async () => {
    const { loaders, fail, arrive, calls } = controlledPart();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await host(loaders);
      const waiting = el.parts.whenLoaded('table');
      fail();
      expect(await waiting).to.equal(undefined);
      expect(await el.parts.whenLoaded('table')).to.equal(undefined);
      expect(calls()).to.equal(1);
      expect(warnings).to.have.length(1, 'the failure is logged once');
      // A reader's own action (a click) asks again.
      const again = el.parts.load('table');
      arrive();
      expect((await again).label).to.equal('Tabla de datos');
      expect(calls()).to.equal(2);
      expect((await el.parts.whenLoaded('table'))!.label).to.equal('Tabla de datos');
    } finally {
      console.warn = warn;
    }
  });

  it('loadPart rejects with a network LoadError when the chunk cannot load', async () => {
    const loaders = { chart: () => Promise.reject(new TypeError('Failed to fetch')) };
    const error = await loadPart(loaders, 'chart').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('network');
  });
});
