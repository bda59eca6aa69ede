import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.ts';
import { startAutoloader, type Autoloader } from './autoloader.ts';

let counter = 0;

describe('autoloader', () => {
  let loader: Autoloader | undefined;
  afterEach(() => loader?.stop());

  it('loads only the tags present on the page, once each, and later ones when they appear', async () => {
    const n = ++counter;
    const a = `rendir-auto-a${n}`;
    const b = `rendir-auto-b${n}`;
    const calls: string[] = [];
    const loaders = {
      [a]: async () => {
        calls.push(a);
        customElements.define(a, class extends HTMLElement {});
      },
      [b]: async () => {
        calls.push(b);
        customElements.define(b, class extends HTMLElement {});
      },
    };
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.innerHTML = `<${a}></${a}><section><${a}></${a}></section>`;
    loader = startAutoloader(loaders, root);
    await waitUntil(() => customElements.get(a));
    expect(calls).to.deep.equal([a]);
    const late = document.createElement('div');
    late.innerHTML = `<${b}></${b}>`;
    root.append(late);
    await waitUntil(() => customElements.get(b));
    expect(calls).to.deep.equal([a, b]);
  });

  it('reports a failed load on the console and tries again for the next element', async () => {
    const n = ++counter;
    const tag = `rendir-auto-fail${n}`;
    let attempts = 0;
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.innerHTML = `<${tag}></${tag}>`;
      loader = startAutoloader(
        {
          [tag]: async () => {
            attempts++;
            if (attempts === 1) throw new Error('offline');
            customElements.define(tag, class extends HTMLElement {});
          },
        },
        root,
      );
      await waitUntil(() => logged.length === 1);
      expect(String(logged[0])).to.contain(`<${tag}>`);
      root.append(document.createElement(tag));
      await waitUntil(() => customElements.get(tag));
      expect(attempts).to.equal(2);
    } finally {
      console.error = originalError;
    }
  });
});
