import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.ts';
import { failedModuleUrl, importAgain } from './import-again.ts';
import { LazyParts } from './lazy-parts.ts';

// `/__rendir-flaky/<key>.js` fails on its first request and answers afterwards
// (fixtures/flaky-modules.mjs): a chunk asked for while offline, then online again.
const flaky = (key: string) => () =>
  import(/* @vite-ignore */ `/__rendir-flaky/${key}.js`) as Promise<{ label: string }>;
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe('importAgain (a chunk that failed can be loaded again)', () => {
  it('the browser keeps a failed import: the same URL fails again once the network is back', async () => {
    const loader = flaky(unique('plain'));
    await loader().then(
      () => expect.fail('the first request fails'),
      () => undefined,
    );
    // The server would answer now; Chromium does not ask it.
    const again = await loader().then(
      () => 'loaded',
      () => 'failed',
    );
    expect(again).to.equal('failed');
  });

  it('after a failure, the next attempt imports the module under a fresh URL, and keeps it', async () => {
    const key = unique('again');
    const loader = flaky(key);
    let failure: unknown;
    await importAgain(loader).catch((error: unknown) => (failure = error));
    expect(failure, 'offline').to.be.instanceOf(Error);
    expect(failedModuleUrl(failure)).to.equal(
      new URL(`/__rendir-flaky/${key}.js`, location.href).href,
    );
    const module = await importAgain(loader);
    expect(module.label).to.equal(key);
    expect(await importAgain(loader)).to.equal(module, 'one module, not one per call');
  });

  it('a part that failed while offline shows once the reader retries', async () => {
    const key = unique('part');
    class FlakyHost extends LitElement {
      parts = new LazyParts(this, { table: flaky(key) });
      override render() {
        const part = this.parts.get('table');
        if (part) return html`<p>${part.label}</p>`;
        return this.parts.failed('table')
          ? html`<p role="alert">failed</p>`
          : html`<p role="status">loading</p>`;
      }
    }
    const tag = `rendir-test-${key}`;
    defineElement(tag, FlakyHost);
    const el = document.createElement(tag) as FlakyHost;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      (await fixture(html`<div></div>`)).append(el);
      await el.updateComplete;
      await el.parts.settled;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim()).to.equal('failed');
      el.parts.retry('table');
      await el.parts.settled;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent!.trim()).to.equal(key);
    } finally {
      console.warn = warn;
    }
  });
});
