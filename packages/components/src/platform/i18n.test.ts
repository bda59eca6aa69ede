import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from './define.ts';
import {
  defineCatalogue,
  intlLocale,
  loadCatalogue,
  missingKeys,
  platformMessages,
  toLocale,
  type EnglishLoader,
} from './i18n.ts';
import { RendirElement } from './rendir-element.ts';

/** A catalogue whose English arrives when the test says so. */
function deferredCatalogue() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  let loads = 0;
  const english = { greeting: 'Hello', count: (n: number) => `${n} rows` };
  const loader: EnglishLoader<typeof english> = () => {
    loads++;
    return new Promise((resolve, reject) => {
      arrive = () => resolve({ default: english });
      fail = reject;
    });
  };
  const catalogue = defineCatalogue<typeof english>({
    es: { greeting: 'Hola', count: (n: number) => `${n} filas` },
    en: loader,
  });
  return { catalogue, arrive: () => arrive(), fail: (e: Error) => fail(e), loads: () => loads };
}

describe('i18n', () => {
  it('the platform catalogue has every key in Spanish and English', async () => {
    await loadCatalogue(platformMessages, 'en');
    expect(missingKeys(platformMessages)).to.deep.equal([]);
  });

  it('missingKeys refuses a catalogue whose English has not loaded (it would compare Spanish with itself)', () => {
    const { catalogue } = deferredCatalogue();
    expect(() => missingKeys(catalogue)).to.throw(/load the English messages first/);
  });

  it('loads English once, on demand; Spanish needs no load', async () => {
    const { catalogue, arrive, loads } = deferredCatalogue();
    expect(loadCatalogue(catalogue, 'es')).to.equal(undefined);
    expect(loads()).to.equal(0);
    const first = loadCatalogue(catalogue, 'en');
    const second = loadCatalogue(catalogue, 'en');
    expect(loads()).to.equal(1);
    expect(catalogue.en.greeting).to.equal('Hola');
    arrive();
    await Promise.all([first, second]);
    expect(catalogue.en.count(3)).to.equal('3 rows');
    expect(loadCatalogue(catalogue, 'en')).to.equal(undefined);
  });

  it('an element in English renders first in English, never Spanish, once its messages arrive', async () => {
    const { catalogue, arrive } = deferredCatalogue();
    class GreetingElement extends RendirElement {
      static override catalogues = [catalogue];
      override render() {
        return litHtml`<p>${this.msg(catalogue).greeting}. ${this.t.retry}</p>`;
      }
    }
    defineElement('rendir-test-greeting', GreetingElement);
    const seen: string[] = [];
    // fixtureSync: fixture() would wait for the render, which waits for the messages.
    const el = fixtureSync<GreetingElement>(
      html`<rendir-test-greeting lang="en"></rendir-test-greeting>`,
    );
    seen.push(el.shadowRoot!.textContent!.trim());
    await new Promise((r) => setTimeout(r, 20));
    seen.push(el.shadowRoot!.textContent!.trim());
    arrive();
    await el.updateComplete;
    await el.updateComplete;
    seen.push(el.shadowRoot!.querySelector('p')!.textContent!.trim());
    expect(seen).to.deep.equal(['', '', 'Hello. Try again']);
    // A second element in English renders at once: the messages are there.
    const other = await fixture<GreetingElement>(
      html`<rendir-test-greeting lang="en-GB"></rendir-test-greeting>`,
    );
    expect(other.shadowRoot!.querySelector('p')!.textContent!.trim()).to.equal('Hello. Try again');
  });

  it('falls back to Spanish, and says so in the console, when English cannot load', async () => {
    const { catalogue, fail } = deferredCatalogue();
    class FallbackElement extends RendirElement {
      static override catalogues = [catalogue];
      override render() {
        return litHtml`<p>${this.msg(catalogue).greeting}</p>`;
      }
    }
    defineElement('rendir-test-fallback', FallbackElement);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = fixtureSync<FallbackElement>(
        html`<rendir-test-fallback lang="en"></rendir-test-fallback>`,
      );
      await new Promise((r) => setTimeout(r, 0));
      fail(new TypeError('Failed to fetch'));
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hola');
      expect(String(warnings[0])).to.contain('English messages could not load');
    } finally {
      console.warn = warn;
    }
  });

  it('missingKeys reports keys missing or empty in one language', () => {
    const broken = { es: { a: 'x', b: '' }, en: { a: 'x', b: 'y', c: 'z' } };
    expect(missingKeys(broken as never)).to.deep.equal(['es:b', 'es:c']);
  });

  it('maps lang tags to a supported language, Spanish by default', () => {
    expect(toLocale('es-CO')).to.equal('es');
    expect(toLocale('EN-gb')).to.equal('en');
    expect(toLocale('fr')).to.equal('es');
    expect(toLocale('')).to.equal('es');
    expect(toLocale(null)).to.equal('es');
  });

  it('gives Intl a regional tag', () => {
    expect(intlLocale('es')).to.equal('es-CO');
    expect(intlLocale('es-MX')).to.equal('es-MX');
    expect(intlLocale('en-GB')).to.equal('en-GB');
    expect(intlLocale('fr-FR')).to.equal('es-CO');
    expect(intlLocale(undefined)).to.equal('es-CO');
  });

  it('messages with parameters read right in both languages', async () => {
    await loadCatalogue(platformMessages, 'en');
    expect(platformMessages.es.errorLocation('a.csv', 14, 3)).to.equal('a.csv, fila 14, columna C');
    expect(platformMessages.en.errorLocation('a.csv', 0, 0)).to.equal('a.csv');
    expect(platformMessages.en.errorContent(1)).to.equal('The data has 1 problem:');
    const catalogue = defineCatalogue({
      en: { hi: (n: string) => `Hi ${n}` },
      es: { hi: (n: string) => `Hola ${n}` },
    });
    expect(catalogue.es.hi('Ana')).to.equal('Hola Ana');
  });
});
