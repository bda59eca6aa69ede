import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.ts';
import { html as litHtml, svg } from 'lit';
import { defineElement } from '../define.ts';
import { RendirElement } from '../rendir-element.ts';
import { RendirChartFrame, chartFrameParts, type ChartTable } from './chart-frame.ts';
import { embedSnippets } from './embed.ts';
import { ChartNavigation } from './navigation.ts';
import { summariseSeries } from './summary.ts';
import { summariseCategories } from './category-summary.ts';
import { loadLanguage } from '../i18n.ts';

// The summaries are said in English below, outside an element (which would wait for it).
await loadLanguage('en');

const points = [
  { label: 'Salud', value: 1200.5, display: '$ 1.200,50' },
  { label: 'Educación', value: 3400, display: '$ 3.400' },
  { label: 'Cultura', value: 10, display: '$ 10' },
];

const table: ChartTable = {
  columns: [{ label: 'Sector' }, { label: 'Valor', align: 'end' }],
  rows: points.map((p) => [p.label, p.display]),
  raw: [
    ['Salud', '1200.50'],
    ['Educación', '3400'],
    ['=HYPERLINK("http://x")', '-1'],
  ],
};

/** A bar chart made with the kit, as a widget would. */
class KitTestChart extends RendirElement {
  static override dependencies = { 'rendir-chart-frame': RendirChartFrame };
  activated = -1;
  readonly nav = new ChartNavigation(this, {
    count: () => points.length,
    label: (i) => `${points[i].label}: ${points[i].display}`,
    onActivate: (i) => (this.activated = i),
  });

  override render() {
    return litHtml`<rendir-chart-frame
        chart-title="Presupuesto por sector"
        navigable
        .summary=${summariseCategories(points, this.locale)}
        .table=${table}
        .source=${{ label: 'Secretaría de Hacienda', url: 'https://example.gov.co/datos' }}
        notes="Cifras en pesos corrientes."
        .embed=${{
          tag: 'rendir-budget-viewer',
          attributes: { src: 'https://example.gov.co/b.csv' },
          scriptUrl: 'https://cdn.example/rendir-all.js',
          iframeUrl: 'https://example.gov.co/embed/budget',
          title: 'Presupuesto',
        }}
      >
        <svg slot="chart" width="300" height="90" viewBox="0 0 300 90" @keydown=${this.nav.onKeydown}>
          ${points.map(
            (p, i) =>
              svg`<rect data-rendir-point=${i} role="img" aria-label=${`${p.label}: ${p.display}`}
                tabindex=${this.nav.tabindex(i)} @focus=${() => this.nav.focused(i)}
                x="0" y=${i * 30} height="25" width=${(p.value / 3400) * 300}
                style="fill: var(--_rendir-color-cat-1)"></rect>`,
          )}
        </svg>
      </rendir-chart-frame>
      ${this.nav.liveRegion()}`;
  }
}
defineElement('rendir-kit-test-chart', KitTestChart);

async function chart(lang = 'es') {
  const el = await fixture<KitTestChart>(
    html`<rendir-kit-test-chart lang=${lang}></rendir-kit-test-chart>`,
  );
  const frame = el.shadowRoot!.querySelector('rendir-chart-frame') as RendirChartFrame;
  await frame.updateComplete;
  return { el, frame, root: frame.shadowRoot! };
}

/** The frame's embed code element, once its part has arrived and rendered. */
async function embedCode(root: ShadowRoot): Promise<ShadowRoot> {
  await waitUntil(
    () => root.querySelector('rendir-embed-code')?.shadowRoot?.querySelector('details'),
    'embed code',
  );
  return root.querySelector('rendir-embed-code')!.shadowRoot!;
}

describe('chart kit: summaries', () => {
  it('summarises categories in both languages', () => {
    expect(summariseCategories(points, 'es')).to.equal(
      '3 categorías. La mayor es Educación ($ 3.400); la menor, Cultura ($ 10).',
    );
    expect(summariseCategories(points, 'en')).to.equal(
      '3 categories. The largest is Educación ($ 3.400); the smallest, Cultura ($ 10).',
    );
    expect(summariseCategories([], 'es')).to.equal('No hay datos.');
  });

  it('summarises a series from first to last with its peak', () => {
    const series = [
      { label: '2016', value: 60, display: '60 %' },
      { label: '2020', value: 75, display: '75 %' },
      { label: '2023', value: 69.6, display: '69,6 %' },
    ];
    expect(summariseSeries(series, 'es')).to.equal(
      'De 2016 a 2023 pasó de 60 % a 69,6 % (subió). El máximo fue 75 % en 2020.',
    );
    expect(summariseSeries(series.slice(0, 1), 'en')).to.equal('2016: 60 %.');
  });
});

describe('chart kit: frame', () => {
  it('shows title and summary and names the graphic with them', async () => {
    const { root } = await chart();
    expect(root.querySelector('[part=title]')!.textContent).to.equal('Presupuesto por sector');
    const group = root.querySelector('[part=chart]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.contain('La mayor es Educación');
  });

  it('tells how to move through a navigable chart once: its own hint, or the frame’s hidden one', async () => {
    defineElement('rendir-chart-frame', RendirChartFrame);
    const hidden = (frame: RendirChartFrame) =>
      [...frame.shadowRoot!.querySelectorAll('[part=chart] .visually-hidden')].map(
        (p) => p.textContent,
      );
    const plain = await fixture<RendirChartFrame>(
      html`<rendir-chart-frame chart-title="T" navigable
        ><svg slot="chart"></svg
      ></rendir-chart-frame>`,
    );
    expect(hidden(plain)).to.deep.equal(['Use las flechas para moverse entre los datos.']);
    const own = await fixture<RendirChartFrame>(
      html`<rendir-chart-frame chart-title="T" navigable own-keys
        ><svg slot="chart"></svg
      ></rendir-chart-frame>`,
    );
    expect(hidden(own)).to.deep.equal([]);
  });

  it('is an image when not navigable', async () => {
    defineElement('rendir-chart-frame', RendirChartFrame);
    const frame = await fixture<RendirChartFrame>(
      html`<rendir-chart-frame chart-title="T" summary="S"
        ><svg slot="chart" aria-hidden="true"></svg
      ></rendir-chart-frame>`,
    );
    const box = frame.shadowRoot!.querySelector('[part=chart]')!;
    expect(box.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.equal('T. S');
    await expect(frame).to.be.accessible();
  });

  it('opens a real table of the same data with aria-expanded', async () => {
    const { frame, root } = await chart();
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('.table-wrap')!.hasAttribute('hidden')).to.equal(true);
    setTimeout(() => toggle.click());
    const event = await oneEvent(frame, 'rendir-table-toggle');
    expect(event.detail.open).to.equal(true);
    await frame.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Ocultar tabla');
    const cells = Array.from(root.querySelectorAll('tbody tr')).map((r) =>
      Array.from(r.children).map((c) => c.textContent),
    );
    expect(cells).to.deep.equal([
      ['Salud', '$ 1.200,50'],
      ['Educación', '$ 3.400'],
      ['Cultura', '$ 10'],
    ]);
    expect(root.querySelector('caption')!.textContent!.trim()).to.equal(
      'Datos de: Presupuesto por sector',
    );
    await expect(frame).to.be.accessible();
  });

  it('downloads CSV with exact values and formulas neutralised', async () => {
    const { frame } = await chart();
    const csv = await frame.csv();
    expect(csv.startsWith('\ufeffSector,Valor\r\n')).to.equal(true);
    expect(csv).to.contain('Salud,1200.50');
    expect(csv).to.contain(`"'=HYPERLINK(""http://x"")",-1`);
  });

  it('serialises the chart as a standalone SVG with resolved colours', async () => {
    const { frame } = await chart();
    const text = (await frame.svgDocument())!;
    expect(text).to.contain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).to.contain('fill: rgb(0, 114, 178)');
    expect(text).not.to.contain('var(--');
    expect(text).not.to.contain('tabindex');
  });

  it('offers CSV, SVG and PNG downloads', async () => {
    const { frame, root } = await chart('en');
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.actions button'));
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
      'Download data (CSV)',
      'Download image (SVG)',
      'Download image (PNG)',
    ]);
    for (const [index, format] of [
      [0, 'csv'],
      [1, 'svg'],
      [2, 'png'],
    ] as const) {
      setTimeout(() => buttons[index].click());
      const event = await oneEvent(frame, 'rendir-download');
      expect(event.detail).to.deep.equal({ format, filename: `rendir-datos.${format}` });
    }
  });

  it('says so, and throws nothing, when the download code cannot load', async () => {
    const { frame, root } = await chart('en');
    const load = RendirChartFrame.loadDownloads;
    RendirChartFrame.loadDownloads = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const downloads: string[] = [];
      frame.addEventListener('rendir-download', (e) => downloads.push(e.detail.format));
      root.querySelector<HTMLButtonElement>('.actions button')!.click();
      await waitUntil(() => root.querySelector('[role="alert"]')!.textContent!.trim() !== '');
      expect(root.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
        'The download could not be prepared. Check the connection and try again.',
      );
      expect(downloads).to.deep.equal([]);
      await expect(frame).to.be.accessible();
    } finally {
      RendirChartFrame.loadDownloads = load;
    }
    // Once the code loads, the message goes and the download happens.
    setTimeout(() => root.querySelector<HTMLButtonElement>('.actions button')!.click());
    await oneEvent(frame, 'rendir-download');
    await frame.updateComplete;
    expect(root.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
  });

  it('shows the source as a safe link and the notes', async () => {
    const { root } = await chart();
    const link = root.querySelector('.footer a')!;
    expect(link.getAttribute('href')).to.equal('https://example.gov.co/datos');
    expect(root.querySelector('.footer')!.textContent).to.contain(
      'Notas: Cifras en pesos corrientes.',
    );
  });

  it('never links a javascript: source', async () => {
    defineElement('rendir-chart-frame', RendirChartFrame);
    const frame = await fixture<RendirChartFrame>(
      html`<rendir-chart-frame
        chart-title="T"
        .source=${{ label: 'x', url: 'javascript:alert(1)' }}
      ></rendir-chart-frame>`,
    );
    expect(frame.shadowRoot!.querySelector('.footer a')).to.equal(null);
    expect(frame.shadowRoot!.querySelector('.footer')!.textContent).to.contain('x');
  });

  it('gives embed code for scripts and iframes, escaped', async () => {
    const snippets = embedSnippets({
      tag: 'rendir-dataset',
      attributes: { src: 'https://x.gov.co/a.csv?x=1&y="2"', lang: 'es', empty: '' },
      scriptUrl: 'https://cdn.example/rendir-dataset.js',
      iframeUrl: 'https://x.gov.co/embed/dataset/a',
      title: 'Contratos "2025"',
      height: 500,
      hostScriptUrl: 'https://x.gov.co/embed-host.js',
    });
    expect(snippets.script).to.equal(
      '<script type="module" src="https://cdn.example/rendir-dataset.js"></script>\n' +
        '<rendir-dataset src="https://x.gov.co/a.csv?x=1&amp;y=&quot;2&quot;" lang="es"></rendir-dataset>',
    );
    expect(snippets.iframe).to.contain('title="Contratos &quot;2025&quot;"');
    expect(snippets.iframe).to.contain('height:500px');
    expect(snippets.iframe).to.contain(
      '<script src="https://x.gov.co/embed-host.js" defer></script>',
    );
    const { root } = await chart();
    const code = await embedCode(root);
    code.querySelector('details')!.open = true;
    expect(code.querySelectorAll('textarea')).to.have.length(2);
    expect(code.querySelector('textarea')!.value).to.contain('<rendir-budget-viewer');
  });

  it('copies each snippet and says so; without the clipboard, selects it for the reader', async () => {
    const { root } = await chart('en');
    const code = await embedCode(root);
    code.querySelector('details')!.open = true;
    const [script, iframe] = code.querySelectorAll<HTMLButtonElement>('button');
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      script.click();
      await waitUntil(() => script.textContent!.trim() === 'Copied', 'copied');
      expect(written[0]).to.contain('<rendir-budget-viewer');
      expect(code.querySelector('[role="status"]')!.textContent).to.equal('Copied');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      iframe.click();
      const area = code.querySelectorAll('textarea')[1];
      await waitUntil(() => area.selectionEnd > 0, 'selected');
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('says so, with a retry, when the embed code cannot load', async () => {
    const load = chartFrameParts.embedCode;
    const warn = console.warn;
    console.warn = () => undefined;
    chartFrameParts.embedCode = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const { frame, root } = await chart('en');
      await waitUntil(() => root.querySelector('.footer .rendir-part-failed') !== null, 'alert');
      expect(root.querySelector('.footer .rendir-part-failed')!.textContent).to.contain(
        'This part could not be loaded',
      );
      await expect(frame).to.be.accessible();
      chartFrameParts.embedCode = load;
      root.querySelector<HTMLButtonElement>('.footer .rendir-part-failed button')!.click();
      await embedCode(root);
      expect(root.querySelector('.footer .rendir-part-failed')).to.equal(null);
    } finally {
      chartFrameParts.embedCode = load;
      console.warn = warn;
    }
  });
});

describe('chart kit: keyboard', () => {
  it('has one tab stop and moves between points with arrows, Home and End, announcing values', async () => {
    const { el } = await chart();
    const rects = () => Array.from(el.shadowRoot!.querySelectorAll('rect'));
    expect(rects().map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    rects()[0].focus();
    const key = async (k: string) => {
      (el.shadowRoot!.activeElement as SVGElement).dispatchEvent(
        new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }),
      );
      await el.updateComplete;
      await el.updateComplete;
    };
    await key('ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(rects()[1]);
    expect(rects().map((r) => r.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(live.textContent!.trim()).to.equal('Educación: $ 3.400');
    await key('End');
    expect(el.shadowRoot!.activeElement).to.equal(rects()[2]);
    await key('ArrowRight');
    expect(el.shadowRoot!.activeElement).to.equal(rects()[2]);
    await key('Home');
    expect(live.textContent!.trim()).to.equal('Salud: $ 1.200,50');
    await key('ArrowDown');
    expect(el.nav.active).to.equal(1);
    await key('Enter');
    expect(el.activated).to.equal(1);
  });

  it('is accessible in Spanish and English', async () => {
    for (const lang of ['es', 'en']) {
      const { el } = await chart(lang);
      await expect(el).to.be.accessible();
    }
  });
});

describe('chart kit: tab order', () => {
  it('reaches the chart, the table toggle, the source, every download and the embed code by Tab', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { el, root } = await chart('en');
    await embedCode(root);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const visited: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const inChart = el.shadowRoot!.activeElement;
      const inFrame = root.activeElement?.shadowRoot?.activeElement ?? root.activeElement;
      visited.push(
        inFrame
          ? (inFrame.textContent ?? '').trim() || inFrame.localName
          : (inChart?.getAttribute('aria-label') ?? inChart?.localName ?? 'outside'),
      );
    }
    expect(visited).to.deep.equal([
      'Salud: $ 1.200,50',
      'Show table',
      'Secretaría de Hacienda',
      'Download data (CSV)',
      'Download image (SVG)',
      'Download image (PNG)',
      'Embed this',
    ]);
    before.remove();
  });

  it('opens the table and the embed code from the keyboard', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const { frame, root } = await chart('en');
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await frame.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await frame.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const code = await embedCode(root);
    const summary = code.querySelector('details summary') as HTMLElement;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(code.querySelector('details')!.open).to.equal(true);
  });
});
