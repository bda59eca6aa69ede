import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.ts';
import { html as litHtml } from 'lit';
import { msg } from '@rendir/core';
import {
  DataController,
  dedent,
  detectFormat,
  parseRetryAfter,
  type RawData,
} from './data-controller.ts';
import { defineElement } from './define.ts';
import { LoadError, recordsOrThrow } from './errors.ts';
import { RendirElement } from './rendir-element.ts';

const fixtures = new URL('./fixtures/', import.meta.url).href;

/** A minimal widget: rows of a CSV (naive split: the test is about loading, not CSV). */
class DataTestElement extends RendirElement {
  static override properties = { src: {}, data: { attribute: false }, timeout: { type: Number } };
  src: string | null = null;
  data: string[][] | null = null;
  timeout = 10_000;
  raw: RawData | null = null;

  readonly rows = new DataController<string[][]>(this, {
    args: () => [this.src, this.data],
    timeout: () => this.timeout,
    load: async (ctx) => {
      if (this.data) return this.data;
      const raw = await ctx.read(this.src);
      this.raw = raw;
      if (!raw) return null;
      if (raw.format === 'json')
        return (raw.value as Record<string, string>[]).map((r) => Object.values(r));
      const text = typeof raw.input === 'string' ? raw.input : new TextDecoder().decode(raw.input);
      if (text.includes('BAD')) {
        recordsOrThrow({
          records: [],
          errors: [
            {
              file: raw.file,
              line: 2,
              column: 2,
              value: 'BAD',
              code: 'number.invalid',
              expected: msg('budget.accounting_zero.expected'),
              message: msg('number.invalid'),
              severity: 'error',
            },
          ],
        });
      }
      return text
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => l.split(';'));
    },
  });

  override render() {
    return this.rows.render(
      (rows) => litHtml`<ul>
        ${rows.map((r) => litHtml`<li>${r.join(' | ')}</li>`)}
      </ul>`,
    );
  }
}
defineElement('rendir-data-test', DataTestElement);

async function settled(el: DataTestElement) {
  await el.updateComplete;
  await el.rows.complete;
  await el.updateComplete;
}

const originalFetch = window.fetch;
afterEach(() => {
  window.fetch = originalFetch;
});

describe('DataController', () => {
  it('loads a CSV from src, showing loading then the data', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="en" src=${fixtures + 'sample.csv'}></rendir-data-test>`,
    );
    expect(el.rows.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading');
    await settled(el);
    expect(el.rows.status).to.equal('ready');
    expect(el.raw).to.include({ format: 'csv', file: 'sample.csv' });
    expect(el.shadowRoot!.textContent).to.contain('Educación | 3.400');
    await expect(el).to.be.accessible();
  });

  it('reads JSON by extension and content type', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test src=${fixtures + 'sample.json'}></rendir-data-test>`,
    );
    await settled(el);
    expect(el.raw!.format).to.equal('json');
    expect(el.shadowRoot!.textContent).to.contain('Salud | 1200.50');
  });

  it('reads an inline CSV child, indentation removed', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test>
        <script type="text/csv">
          sector;valor
          Cultura;10
        </script>
      </rendir-data-test>`,
    );
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('Cultura | 10');
  });

  it('reads an inline JSON child', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test>
        <script type="application/json">
          [{ "a": "x", "b": "y" }]
        </script>
      </rendir-data-test>`,
    );
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('x | y');
  });

  it('takes data from a JS property and reloads when it changes', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test .data=${[['a', 'b']]}></rendir-data-test>`,
    );
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('a | b');
    el.data = [['c', 'd']];
    await settled(el);
    expect(el.shadowRoot!.textContent).to.contain('c | d');
  });

  it('shows the empty state without a source', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="es"></rendir-data-test>`,
    );
    await settled(el);
    expect(el.rows.status).to.equal('empty');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('No hay datos');
  });

  it('turns HTTP errors into an alert with a retry that loads again', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="en" src=${fixtures + 'missing.csv'}></rendir-data-test>`,
    );
    await settled(el);
    expect(el.rows.status).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
    window.fetch = () =>
      Promise.resolve(
        new Response('h\nrecovered;1\n', { headers: { 'Content-Type': 'text/csv' } }),
      );
    alert.querySelector('button')!.click();
    await settled(el);
    expect(el.rows.status).to.equal('ready');
    expect(el.shadowRoot!.textContent).to.contain('recovered | 1');
  });

  it('reports rate limiting with the Retry-After delay', async () => {
    window.fetch = () =>
      Promise.resolve(new Response('', { status: 429, headers: { 'Retry-After': '30' } }));
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="es" src="/x.csv"></rendir-data-test>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('en 30 s');
  });

  it('times out a request that never answers', async () => {
    window.fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="en" timeout="100" src="/slow.csv"></rendir-data-test>`,
    );
    await settled(el);
    expect(el.rows.error!.kind).to.equal('timeout');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('took too long');
  });

  it('aborts the request when the element is removed', async () => {
    let signal: AbortSignal | undefined;
    window.fetch = (_url, init) => {
      signal = init!.signal!;
      return new Promise(() => {});
    };
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test src="/slow.csv"></rendir-data-test>`,
    );
    await waitUntil(() => signal);
    el.remove();
    expect(signal!.aborted).to.equal(true);
  });

  it('loads again when moved in the page mid-load, and `complete` waits for that load', async () => {
    let answer: ((r: Response) => void) | undefined;
    let calls = 0;
    window.fetch = () => {
      calls++;
      return new Promise((resolve) => (answer = resolve));
    };
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test src="/moved.csv"></rendir-data-test>`,
    );
    await waitUntil(() => calls === 1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const complete = el.rows.complete;
    await waitUntil(() => calls === 2, 'a second request');
    answer!(new Response('a;b\n1;2\n', { headers: { 'Content-Type': 'text/csv' } }));
    await complete;
    expect(el.rows.status).to.equal('ready');
    expect(el.rows.value).to.deep.equal([['1', '2']]);
  });

  it('says offline when the network fails without a connection', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = await fixture<DataTestElement>(
        html`<rendir-data-test lang="en" src="/x.csv"></rendir-data-test>`,
      );
      await settled(el);
      expect(el.rows.error!.kind).to.equal('offline');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('offline');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('reports malformed JSON as unreadable, without throwing into the page', async () => {
    const errors: unknown[] = [];
    const onError = (e: Event) => errors.push(e);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    window.fetch = () =>
      Promise.resolve(
        new Response('{"oops": ', { headers: { 'Content-Type': 'application/json' } }),
      );
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="en" src="/broken"></rendir-data-test>`,
    );
    await settled(el);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(el.rows.error!.kind).to.equal('parse');
    expect(errors).to.deep.equal([]);
  });

  it('shows content errors from the reader with their location', async () => {
    window.fetch = () => Promise.resolve(new Response('h;v\nSalud;BAD\n'));
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test lang="en" src="/budget/b.csv"></rendir-data-test>`,
    );
    await settled(el);
    const text = el.shadowRoot!.querySelector('[role=alert]')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('b.csv, row 2, column B');
    expect(text).to.contain('BAD');
  });

  it('streams a CSV from a URL or inline for progressive parsing', async () => {
    const el = await fixture<DataTestElement>(
      html`<rendir-data-test .data=${[['x']]}>
        <script type="text/csv">
          a;b
        </script>
      </rendir-data-test>`,
    );
    await settled(el);
    const ctxStream = await new Promise<ReadableStream<Uint8Array> | string>((resolve) => {
      new DataController<string>(el, {
        args: () => [1],
        load: async (ctx) => {
          const remote = await ctx.stream(fixtures + 'sample.csv');
          const inline = await ctx.stream(null);
          expect(inline!.source).to.equal('a;b');
          expect(remote!.file).to.equal('sample.csv');
          resolve(remote!.source);
          return 'ok';
        },
      });
      el.requestUpdate();
    });
    const text = await new Response(ctxStream as ReadableStream<Uint8Array>).text();
    expect(text).to.contain('Educación');
  });

  it('shows a bug in a reader as an error state and logs it for its developer', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[1]);
    try {
      // The test reader maps over a JSON array; an object makes it throw a TypeError.
      window.fetch = () =>
        Promise.resolve(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
      const el = await fixture<DataTestElement>(
        html`<rendir-data-test lang="en" src="/object.json"></rendir-data-test>`,
      );
      await el.updateComplete;
      await el.rows.complete;
      await el.updateComplete;
      expect(el.rows.status).to.equal('error');
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
        'Something went wrong',
      );
      expect(logged[0]).to.be.instanceOf(TypeError);
    } finally {
      console.error = original;
    }
  });

  it('shows the error state when drawing the data fails, without throwing into the page', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[1]);
    try {
      // Rows that are not arrays make the test element's drawing code throw.
      const el = await fixture<DataTestElement>(
        html`<rendir-data-test
          lang="en"
          .data=${[{}] as unknown as string[][]}
        ></rendir-data-test>`,
      );
      await el.updateComplete;
      await el.rows.complete;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain(
        'Something went wrong',
      );
      expect(logged[0]).to.be.instanceOf(TypeError);
    } finally {
      console.error = original;
    }
  });

  it('announces state changes with rendir-data-state', async () => {
    const el = document.createElement('rendir-data-test') as DataTestElement;
    el.src = fixtures + 'sample.csv';
    const ready = new Promise<string[]>((resolve) => {
      const seen: string[] = [];
      el.addEventListener('rendir-data-state', (e) => {
        seen.push(e.detail.status);
        if (e.detail.status === 'ready') resolve(seen);
      });
    });
    document.body.append(el);
    expect(await ready).to.deep.equal(['loading', 'ready']);
    el.remove();
  });
});

describe('yielding while a load works', () => {
  it('goes on where timers do not run (a background tab, a browser without scheduler.yield)', async () => {
    const realTimeout = window.setTimeout.bind(window);
    const saved = {
      setTimeout: window.setTimeout,
      scheduler: Object.getOwnPropertyDescriptor(window, 'scheduler'),
    };
    const yields: string[] = [];
    class YieldingElement extends RendirElement {
      readonly rows = new DataController<string[]>(this, {
        args: () => [],
        load: async (ctx) => {
          // As a background tab throttles timers: a zero-delay timer never fires here.
          window.setTimeout = ((handler: TimerHandler, delay?: number) =>
            delay ? realTimeout(handler, delay) : 0) as typeof window.setTimeout;
          Object.defineProperty(window, 'scheduler', { value: undefined, configurable: true });
          const restore = () => {
            window.setTimeout = saved.setTimeout;
            if (saved.scheduler) Object.defineProperty(window, 'scheduler', saved.scheduler);
            else delete (window as { scheduler?: unknown }).scheduler;
          };
          // A yield that waits for a timer never comes back: the page's timers return anyway,
          // so the test fails at its time-out instead of stopping the test runner.
          realTimeout(restore, 3000);
          try {
            for (let i = 0; i < 3; i++) {
              await ctx.yield();
              yields.push(`slice ${i}`);
            }
          } finally {
            restore();
          }
          return ['ready'];
        },
      });
      override render() {
        return this.rows.render((rows) => litHtml`<p>${rows[0]}</p>`);
      }
    }
    defineElement('rendir-yield-test', YieldingElement);
    const el = await fixture<YieldingElement>(html`<rendir-yield-test></rendir-yield-test>`);
    await el.rows.complete;
    expect(yields).to.deep.equal(['slice 0', 'slice 1', 'slice 2']);
    expect(el.rows.value).to.deep.equal(['ready']);
    // The page's own scheduler is back.
    const scheduler = (window as { scheduler?: { yield?: unknown } }).scheduler;
    expect(typeof scheduler?.yield).to.equal('function');
  });
});

describe('data helpers', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('120')).to.equal(120);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).to.equal(10);
    expect(parseRetryAfter(null)).to.equal(null);
    expect(parseRetryAfter('soon')).to.equal(null);
  });

  it('detects the format from content type, then extension', () => {
    expect(detectFormat('/a.csv', 'application/json; charset=utf-8')).to.equal('json');
    expect(detectFormat('/a.json', null)).to.equal('json');
    expect(detectFormat('/resource/abcd-1234.json?$limit=5', null)).to.equal('json');
    expect(detectFormat('/a', 'text/csv')).to.equal('csv');
    expect(detectFormat('/a.txt', null)).to.equal('csv');
  });

  it('dedents inline data', () => {
    expect(dedent('\n    a;b\n      1;2\n  ')).to.equal('a;b\n  1;2');
  });

  it('LoadError carries what the error state needs', () => {
    const e = new LoadError('http', { status: 500, url: '/x' });
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(500);
  });
});
