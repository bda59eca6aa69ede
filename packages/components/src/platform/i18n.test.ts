import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { addLanguage, languageOf, msg, type CoreCatalogue } from '@rendir/core';
import { CORE_CATALOGUES } from '../../../core/src/messages/index.ts';
import coreSpanish from '../../../core/src/messages/es.ts';
import { defineElement } from './define.ts';
import {
  addTranslation,
  defineCatalogue,
  intlLocale,
  loadLanguage,
  missingKeys,
  platformMessages,
  toLocale,
  type Locale,
  type Translation,
} from './i18n.ts';
import { RendirElement } from './rendir-element.ts';
import { DataController } from './data-controller.ts';
import { TRANSLATIONS } from '../messages/index.ts';
import { waitUntil } from '../test-support/wait.ts';

const greetings = defineCatalogue('testGreetings', {
  greeting: 'Hola',
  count: (n: number) => `${n} filas`,
});

/** A language added for the test, whose module arrives (or fails) when the test says so. */
function deferredLanguage(code: string) {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  let loads = 0;
  const locale = addLanguage({ ...languageOf('en'), code, name: code }) as Locale;
  const translation: Translation = {
    platform: { ...platformMessages.es, retry: 'Try again' },
    testGreetings: { greeting: 'Hello', count: (n: number) => `${n} rows` },
  };
  (TRANSLATIONS as Record<string, () => Promise<{ default: Translation }>>)[code] = () => {
    loads++;
    return new Promise((resolve, reject) => {
      arrive = () => resolve({ default: translation });
      fail = reject;
    });
  };
  return { locale, arrive: () => arrive(), fail: (e: Error) => fail(e), loads: () => loads };
}

/** An element that counts the updates that have come to render (each may wait, see RendirElement). */
class SchedulingCounted extends RendirElement {
  scheduled = 0;
  protected override scheduleUpdate(): void | Promise<unknown> {
    const update = super.scheduleUpdate();
    this.scheduled++;
    return update;
  }
}

describe('i18n', () => {
  it('missingKeys refuses a language whose messages have not loaded (it would compare nothing)', () => {
    expect(() => missingKeys('zq' as Locale)).to.throw(/load the messages in «zq» first/);
  });

  it('loads a language once, on demand; Spanish needs no load', async () => {
    const { locale, arrive, loads } = deferredLanguage('zz');
    expect(loadLanguage('es')).to.equal(undefined);
    const first = loadLanguage(locale);
    const second = loadLanguage(locale);
    expect(loads()).to.equal(1);
    expect(greetings[locale].greeting).to.equal('Hola');
    arrive();
    await Promise.all([first, second]);
    expect(greetings[locale].count(3)).to.equal('3 rows');
    expect(loadLanguage(locale)).to.equal(undefined);
  });

  it('an element renders first in its language, never Spanish, once its messages arrive', async () => {
    const { locale, arrive } = deferredLanguage('zy');
    class GreetingElement extends SchedulingCounted {
      override render() {
        return litHtml`<p>${this.msg(greetings).greeting}. ${this.t.retry}</p>`;
      }
    }
    defineElement('rendir-test-greeting', GreetingElement);
    const seen: string[] = [];
    // fixtureSync: fixture() would wait for the render, which waits for the messages.
    const el = fixtureSync<GreetingElement>(
      html`<rendir-test-greeting lang=${locale}></rendir-test-greeting>`,
    );
    seen.push(el.shadowRoot!.textContent!.trim());
    // Its first update has come to render, and waits.
    await waitUntil(() => el.scheduled === 1, 'the first update');
    seen.push(el.shadowRoot!.textContent!.trim());
    arrive();
    await el.updateComplete;
    await el.updateComplete;
    seen.push(el.shadowRoot!.querySelector('p')!.textContent!.trim());
    expect(seen).to.deep.equal(['', '', 'Hello. Try again']);
    // A second element in that language renders at once: the messages are there.
    const other = await fixture<GreetingElement>(
      html`<rendir-test-greeting lang=${`${locale}-XX`}></rendir-test-greeting>`,
    );
    expect(other.shadowRoot!.querySelector('p')!.textContent!.trim()).to.equal('Hello. Try again');
  });

  it('an element with core’s words asks for its data beside their catalogue, and shows the data only with them', async () => {
    // A language whose core catalogue arrives when the test says so, and data likewise.
    const code = addLanguage({ ...languageOf('es'), code: 'zc', name: 'zc' });
    let arrive!: () => void;
    let loads = 0;
    (CORE_CATALOGUES as Record<string, () => Promise<{ default: CoreCatalogue }>>)[code] = () => {
      loads++;
      return new Promise((resolve) => (arrive = () => resolve({ default: coreSpanish })));
    };
    let deliver!: (value: string[]) => void;
    let asked = 0;
    class CoreWordsElement extends SchedulingCounted {
      static override coreWords = true;
      data = new DataController<string[]>(this, {
        args: () => [],
        load: () => {
          asked++;
          return new Promise<string[]>((resolve) => (deliver = resolve));
        },
      });
      override render() {
        return this.data.render(() => litHtml`<p>${this.coreText(msg('completion.complete'))}</p>`);
      }
    }
    defineElement('rendir-test-core-words', CoreWordsElement);
    const el = fixtureSync<CoreWordsElement>(
      html`<rendir-test-core-words lang=${code}></rendir-test-core-words>`,
    );
    await el.updateComplete;
    // The loading state rendered, and the data was asked for, while the catalogue is on its way.
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Cargando datos…');
    expect([asked, loads]).to.deep.equal([1, 1]);
    // The data arrives first: the render that shows core's words waits for their catalogue.
    const before = el.scheduled;
    deliver(['x']);
    await el.data.complete;
    // The update the data asks for has come to render, and waits.
    await waitUntil(() => el.scheduled > before, 'the update with the data');
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Cargando datos…');
    arrive();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.trim()).to.equal('Completo');
    expect(loads).to.equal(1);
  });

  it('shows the data with core’s words even when it arrives while the widgets’ words are awaited', async () => {
    // The page's language changes while the data is on its way; the widgets' catalogue,
    // core's and the data each arrive when the test says so: data, widgets, then core.
    const { locale, arrive: arriveWidgets } = deferredLanguage('zk');
    let arriveCore!: () => void;
    (CORE_CATALOGUES as Record<string, () => Promise<{ default: CoreCatalogue }>>)[locale] = () =>
      new Promise((resolve) => (arriveCore = () => resolve({ default: coreSpanish })));
    let deliver!: (value: string[]) => void;
    class LateWordsElement extends RendirElement {
      static override coreWords = true;
      data = new DataController<string[]>(this, {
        args: () => [],
        load: () => new Promise<string[]>((resolve) => (deliver = resolve)),
      });
      override render() {
        return this.data.render(() => litHtml`<p>${this.coreText(msg('completion.complete'))}</p>`);
      }
    }
    defineElement('rendir-test-late-words', LateWordsElement);
    const el = await fixture<LateWordsElement>(
      html`<rendir-test-late-words lang="es"></rendir-test-late-words>`,
    );
    const shown = () => el.shadowRoot!.textContent!.trim();
    expect(shown()).to.equal('Cargando datos…');
    el.setAttribute('lang', locale);
    await waitUntil(() => el.locale === locale, 'the new language');
    deliver(['x']);
    await el.data.complete;
    arriveWidgets();
    // Never the data without its word: the render waits for core's catalogue too (the
    // widgets' catalogue has come, and every promise after it, by the next task).
    await new Promise((resolve) => setTimeout(resolve));
    expect(shown()).to.equal('Cargando datos…');
    arriveCore();
    await waitUntil(() => shown() === 'Completo', 'the data with its word');
  });

  it('falls back to Spanish, and says so in the console, when a language cannot load', async () => {
    const { locale, fail, loads } = deferredLanguage('zx');
    class FallbackElement extends RendirElement {
      override render() {
        return litHtml`<p>${this.msg(greetings).greeting}</p>`;
      }
    }
    defineElement('rendir-test-fallback', FallbackElement);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = fixtureSync<FallbackElement>(
        html`<rendir-test-fallback lang=${locale}></rendir-test-fallback>`,
      );
      await waitUntil(() => loads() === 1, 'the language asked for');
      fail(new TypeError('Failed to fetch'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Hola');
      expect(String(warnings[0])).to.contain('«zx» could not load');
    } finally {
      console.warn = warn;
    }
  });

  it('missingKeys reports a catalogue or key missing, empty or of another kind', () => {
    const locale = addLanguage({ ...languageOf('en'), code: 'zw', name: 'zw' }) as Locale;
    addTranslation(locale, {
      testGreetings: { greeting: '', count: 'rows', extra: 'x' },
      unknownCatalogue: {},
    });
    expect(missingKeys(locale).filter((p) => !p.startsWith('zw:platform'))).to.deep.equal([
      'zw:unknownCatalogue',
      'zw:testGreetings.greeting',
      'zw:testGreetings.count',
      'zw:testGreetings.extra',
    ]);
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
    await loadLanguage('en');
    expect(platformMessages.es.errorHttp(503)).to.equal(
      'El servidor respondió con un error (HTTP 503).',
    );
    expect(platformMessages.en.errorMore(3)).to.equal('…and 3 more.');
    expect(platformMessages.en.errorContent(1)).to.equal('The data has 1 problem:');
    expect(greetings.es.count(2)).to.equal('2 filas');
  });
});
