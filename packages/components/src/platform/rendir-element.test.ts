import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { LANGS, loadAllMessages, msg } from '@rendir/core';
import { defineElement } from './define.ts';
import { LoadError } from './errors.ts';
import { RendirElement } from './rendir-element.ts';
import { renderEmpty, renderError, renderLoading } from './states.ts';
import { waitUntil } from '../test-support/wait.ts';

// Rendered at once, with no data controller to fetch core's messages first.
await loadAllMessages(LANGS);

declare global {
  interface GlobalEventHandlersEventMap {
    'rendir-test-ping': CustomEvent<{ n: number }>;
  }
}

type Mode = 'loading' | 'empty' | 'error' | 'content-error' | 'text';

class PlatformTestElement extends RendirElement {
  static override properties = { mode: {} };
  mode: Mode = 'text';
  retried = 0;

  override render() {
    switch (this.mode) {
      case 'loading':
        return renderLoading(this.t);
      case 'empty':
        return renderEmpty(this.t);
      case 'error':
        return renderError(new LoadError('http', { status: 404 }), this.t, this.locale, {
          onRetry: () => this.retried++,
        });
      case 'content-error':
        return renderError(
          new LoadError('content', {
            contentErrors: [
              {
                file: 'budget/2025.csv',
                line: 14,
                column: 3,
                header: 'apropiacion_vigente',
                value: '12,3,4',
                code: 'number.invalid',
                expected: msg('budget.accounting_zero.expected'),
                message: msg('number.invalid'),
                severity: 'error',
              },
            ],
          }),
          this.t,
          this.locale,
        );
      default:
        return litHtml`<p>${this.locale} ${this.intlLocale}</p>`;
    }
  }
}
defineElement('rendir-platform-test', PlatformTestElement);

describe('defineElement', () => {
  it('skips a tag that is already defined (two copies of a script)', () => {
    class Other extends RendirElement {}
    expect(defineElement('rendir-platform-test', Other)).to.equal(false);
    expect(customElements.get('rendir-platform-test')).to.equal(PlatformTestElement);
    class Fresh extends RendirElement {}
    expect(defineElement('rendir-platform-fresh', Fresh)).to.equal(true);
  });
});

describe('RendirElement', () => {
  it('takes lang from the nearest ancestor and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <section><rendir-platform-test></rendir-platform-test></section>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-platform-test') as PlatformTestElement;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('en en-GB');
    // A change of lang is observed (a mutation observer), then rendered.
    wrapper.setAttribute('lang', 'es');
    await waitUntil(() => el.locale === 'es', 'the ancestor’s new lang');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('es es-CO');
    el.setAttribute('lang', 'en');
    await waitUntil(() => el.locale === 'en', 'its own lang');
  });

  it('defaults to Spanish without any lang', async () => {
    const el = await fixture<PlatformTestElement>(
      html`<rendir-platform-test></rendir-platform-test>`,
    );
    expect(el.locale).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'es');
  });

  it('emits typed rendir-* events that bubble out of shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('rendir-platform-test') as PlatformTestElement;
    root.append(el);
    setTimeout(() => el.emit('rendir-test-ping', { n: 3 }));
    const event = await oneEvent(document, 'rendir-test-ping');
    expect(event.detail.n).to.equal(3);
    expect(event.composed).to.equal(true);
    expect(event.bubbles).to.equal(true);
  });

  it('applies an ancestor theme through custom states and an own theme attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div data-rendir-theme="dark"><rendir-platform-test></rendir-platform-test></div>`,
    );
    const el = wrapper.querySelector('rendir-platform-test') as PlatformTestElement;
    await el.updateComplete;
    const surface = () => getComputedStyle(el).backgroundColor;
    expect(surface()).to.equal('rgb(22, 24, 29)');
    el.setAttribute('theme', 'high-contrast');
    await el.updateComplete;
    expect(surface()).to.equal('rgb(0, 0, 0)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(surface()).to.equal('rgb(255, 255, 255)');
  });

  it('lets the host override public custom properties from an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--rendir-color-text: #003300">
        <rendir-platform-test></rendir-platform-test>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-platform-test')!;
    expect(getComputedStyle(el).color).to.equal('rgb(0, 51, 0)');
  });

  it('keeps its own type with tabular figures in a serif, italic, bold page; --rendir-font-family sets another', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font: italic bold 17px Georgia, serif; font-variant-numeric: oldstyle-nums">
        <rendir-platform-test></rendir-platform-test>
        <rendir-platform-test style="--rendir-font-family: Georgia, serif"></rendir-platform-test>
      </div>`,
    );
    const [own, chosen] = [...wrapper.querySelectorAll('rendir-platform-test')].map((el) =>
      getComputedStyle(el),
    );
    expect(own.fontFamily).to.match(/^system-ui/);
    expect([own.fontStyle, own.fontWeight, own.fontVariantNumeric]).to.deep.equal([
      'normal',
      '400',
      'tabular-nums',
    ]);
    expect(chosen.fontFamily).to.equal('Georgia, serif');
    expect(chosen.fontVariantNumeric).to.equal('tabular-nums');
  });
});

describe('states', () => {
  it('loading is a status region', async () => {
    const el = await fixture<PlatformTestElement>(
      html`<rendir-platform-test lang="es" .mode=${'loading'}></rendir-platform-test>`,
    );
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    expect(region.textContent).to.contain('Cargando datos');
    await expect(el).to.be.accessible();
  });

  it('empty is a status region', async () => {
    const el = await fixture<PlatformTestElement>(
      html`<rendir-platform-test lang="en" .mode=${'empty'}></rendir-platform-test>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(
      'There is no data',
    );
    await expect(el).to.be.accessible();
  });

  it('error is an alert with a retry button that works by keyboard', async () => {
    const el = await fixture<PlatformTestElement>(
      html`<rendir-platform-test lang="en" .mode=${'error'}></rendir-platform-test>`,
    );
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('HTTP 404');
    const button = alert.querySelector('button')!;
    expect(button.textContent).to.equal('Try again');
    button.focus();
    button.click();
    expect(el.retried).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('content errors list file, line, column, header and value in the widget language', async () => {
    const el = await fixture<PlatformTestElement>(
      html`<rendir-platform-test lang="es" .mode=${'content-error'}></rendir-platform-test>`,
    );
    const alertText = () =>
      el.shadowRoot!.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ');
    // This element draws the error itself (a widget's data controller waits for the
    // problem words first): the place shows once core's lazy wording chunk has arrived.
    await waitUntil(() => alertText().includes('fila 14'), 'the problem words to arrive');
    const text = alertText();
    expect(text).to.contain('Los datos tienen 1 problema');
    expect(text).to.contain('budget/2025.csv, fila 14, columna C');
    expect(text).to.contain('apropiacion_vigente');
    expect(text).to.contain('12,3,4');
    expect(text).to.contain('no es un número');
    await expect(el).to.be.accessible();
  });
});
