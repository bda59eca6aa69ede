import { expect, fixture, html } from '@open-wc/testing';
import { streamCsv } from '@rendir/core';
import { DataController } from './data-controller.ts';
import { defineElement } from './define.ts';
import { RendirElement } from './rendir-element.ts';

/** Bytes the fake network has handed out so far. */
const network = { delivered: 0 };

/** Counts rows of a big CSV read progressively, as the dataset widget does. */
class StreamTestElement extends RendirElement {
  static override properties = { src: {} };
  src: string | null = null;
  batches = 0;
  deliveredAtFirstBatch = -1;
  readonly rows: DataController<number> = new DataController<number>(this, {
    args: () => [this.src],
    load: async (ctx) => {
      const stream = await ctx.stream(this.src);
      if (!stream) return null;
      let count = 0;
      const table = await streamCsv(stream.source, {
        file: stream.file,
        signal: ctx.signal,
        chunkRows: 500,
        onRows: (rows) => {
          if (this.batches === 0) this.deliveredAtFirstBatch = network.delivered;
          this.batches++;
          count += rows.length;
        },
      });
      return table.errors.length ? -1 : count;
    },
    isEmpty: (n) => n === 0,
  });

  override render() {
    return this.rows.render((n) => html`<p>${n}</p>`);
  }
}
defineElement('rendir-stream-test', StreamTestElement);

describe('big files', () => {
  it('stream from a URL: rows arrive before the file has finished downloading', async () => {
    const lines = ['sector;valor;nota'];
    for (let i = 0; i < 60_000; i++) {
      lines.push(`Sector ${i % 50};${i}.${i % 100},5;"nota, con coma ${i}"`);
    }
    const bytes = new TextEncoder().encode(lines.join('\n'));
    // Served as the network does it: 64 KB chunks, each a moment after the previous one.
    network.delivered = 0;
    const originalFetch = window.fetch;
    window.fetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          async pull(controller) {
            await new Promise((r) => setTimeout(r, 1));
            controller.enqueue(bytes.slice(network.delivered, network.delivered + 65_536));
            network.delivered += 65_536;
            if (network.delivered >= bytes.length) controller.close();
          },
        }),
        { headers: { 'Content-Type': 'text/csv' } },
      );
    try {
      const el = await fixture<StreamTestElement>(
        html`<rendir-stream-test src="/__rendir-stream-test__/big.csv"></rendir-stream-test>`,
      );
      await el.rows.complete;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('60000');
      expect(el.batches).to.be.at.least(100);
      expect(el.deliveredAtFirstBatch).to.be.below(bytes.length / 2);
    } finally {
      window.fetch = originalFetch;
    }
  });
});
