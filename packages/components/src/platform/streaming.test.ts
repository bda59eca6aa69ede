import { expect, fixture, html } from '@open-wc/testing';
import { streamCsv } from '@rendir/core';
import { DataController } from './data-controller.ts';
import { defineElement } from './define.ts';
import { RendirElement } from './rendir-element.ts';

/** Counts rows of a big CSV read progressively, as the dataset widget does. */
class StreamTestElement extends RendirElement {
  static override properties = { src: {} };
  src: string | null = null;
  firstBatchAt = 0;
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
          if (count === 0) this.firstBatchAt = performance.now();
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
  it('parse progressively from a URL without long main-thread tasks', async () => {
    const lines = ['sector;valor;nota'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`Sector ${i % 50};${i}.${i % 100},5;"nota, con coma ${i}"`);
    const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv' }));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    try {
      const start = performance.now();
      const el = await fixture<StreamTestElement>(
        html`<rendir-stream-test .src=${url}></rendir-stream-test>`,
      );
      await el.rows.complete;
      await el.updateComplete;
      const total = performance.now() - start;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.textContent).to.contain('60000');
      expect(el.firstBatchAt - start).to.be.below(total);
      // Chromium reports tasks over 50 ms; a little slack for a loaded CI machine.
      expect(
        Math.max(0, ...longTasks),
        `long tasks: ${longTasks.map(Math.round).join(', ')}`,
      ).to.be.below(100);
    } finally {
      observer.disconnect();
      URL.revokeObjectURL(url);
    }
  });
});
