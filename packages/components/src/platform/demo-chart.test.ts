import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from './define.ts';
import { RendirDemoChart, demoBrokenCsv, demoCsv, readBars } from './fixtures/demo-chart.ts';
import type { RendirChartFrame } from './chart-kit/chart-frame.ts';

defineElement('rendir-demo-chart', RendirDemoChart);

async function ready(el: RendirDemoChart) {
  await el.updateComplete;
  await el.data.complete;
  await el.updateComplete;
  const frame = el.shadowRoot!.querySelector<RendirChartFrame>('rendir-chart-frame');
  await frame?.updateComplete;
  return frame;
}

describe('platform end to end (demo chart)', () => {
  it('reads inline CSV through the core and draws an accessible chart', async () => {
    const el = await fixture<RendirDemoChart>(
      html`<rendir-demo-chart lang="es">
        <script type="text/csv">
          ${demoCsv}
        </script>
      </rendir-demo-chart>`,
    );
    const frame = (await ready(el))!;
    const points = el.shadowRoot!.querySelectorAll('[data-rendir-point]');
    expect(points).to.have.length(4);
    expect(points[0].getAttribute('aria-label')).to.match(/^Salud: \$\s1\.200\.000\.000,50$/);
    expect(frame.summary).to.contain('La mayor es Educación');
    expect(await frame.csv()).to.contain('Salud,1200000000.5');
    await expect(el).to.be.accessible();
  });

  it('speaks English with English number formats', async () => {
    const el = await fixture<RendirDemoChart>(
      html`<rendir-demo-chart lang="en" .bars=${readBars(demoCsv, 'x.csv')}></rendir-demo-chart>`,
    );
    await ready(el);
    const label = el.shadowRoot!.querySelector('[data-rendir-point]')!.getAttribute('aria-label')!;
    expect(label).to.match(/^Salud: COP\s?1,200,000,000\.50$/);
  });

  it('lists every bad cell with its line and column', async () => {
    const el = await fixture<RendirDemoChart>(
      html`<rendir-demo-chart lang="es">
        <script type="text/csv">
          ${demoBrokenCsv}
        </script>
      </rendir-demo-chart>`,
    );
    await ready(el);
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    const text = alert.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('fila 3, columna B');
    expect(text).to.contain('tres mil');
    expect(alert.querySelectorAll('li').length).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark', 'high-contrast']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await fixture<RendirDemoChart>(
        html`<rendir-demo-chart
          lang="es"
          theme=${theme}
          .bars=${readBars(demoCsv, 'x.csv')}
        ></rendir-demo-chart>`,
      );
      const frame = (await ready(el))!;
      frame.toggleTable(true);
      await frame.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('reflows at 320 px without horizontal scrolling of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <rendir-demo-chart lang="es" .bars=${readBars(demoCsv, 'x.csv')}></rendir-demo-chart>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-demo-chart') as RendirDemoChart;
    const frame = (await ready(el))!;
    frame.toggleTable(true);
    await frame.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
