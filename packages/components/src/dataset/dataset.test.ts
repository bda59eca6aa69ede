import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../define/rendir-dataset.ts';
import type { RendirDataset } from './dataset.ts';
import type { RendirChartFrame } from '../platform/chart-kit/chart-frame.ts';
import {
  encodeWindows1252,
  formatCell,
  isNumberError,
  parseNumber,
  type DatasetEntry,
} from '@rendir/core';
import { fixtures, manyRowsUrl } from './fixtures/index.ts';
import { lazyParts } from './lazy.ts';
import { lastParserThread } from '../platform/parser-runner.ts';
import {
  captureDownloads,
  drawn,
  fullyRead,
  gridRows,
  headers,
  heldSocrata,
  nextView,
  settled,
  shadow,
  text,
  until,
} from './test-support/browser.ts';
import { PATIENCE_MS } from '../test-support/wait.ts';

const NBSP = '\u00a0';

async function contratos(lang = 'es'): Promise<RendirDataset> {
  const el = await fixture<RendirDataset>(
    html`<rendir-dataset
      lang=${lang}
      src=${fixtures.contratos}
      heading="Contratos 2025"
    ></rendir-dataset>`,
  );
  await fullyRead(el);
  return el;
}

async function typeInto(el: RendirDataset, selector: string, value: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  // The view the typing (debounced) asks for.
  const view = nextView(el);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await view;
  await drawn(el);
}

async function clickHeader(el: RendirDataset, label: string): Promise<void> {
  const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sort')].find((b) =>
    b.textContent!.includes(label),
  )!;
  const view = nextView(el);
  button.click();
  await view;
  await drawn(el);
}

describe('<rendir-dataset> with a CSV as entities publish it', () => {
  it('reads ; delimiters, BOM, comma decimals, %, S/D, quoted newlines and shows them in Spanish', async () => {
    const el = await contratos();
    expect(text(el, 'h2')).to.equal('Contratos 2025');
    expect(text(el, '.count')).to.equal('5 filas');
    expect(headers(el)).to.deep.equal([
      'Entidad',
      'Objeto del contrato',
      'Valor (COP)',
      'Fecha de firma',
      'Avance %',
      'Enlace',
    ]);
    const rows = gridRows(el);
    expect(rows[0]).to.deep.equal([
      'Alcaldía de Ejemplo',
      'Mantenimiento de vías rurales',
      '1.234.567,89',
      '15 de marzo de 2025',
      `69,6${NBSP}%`,
      'https://www.secop.gov.co/contrato/1',
    ]);
    expect(rows[1][1]).to.equal('Compra de vacunas; lote "A"');
    expect(rows[2][2]).to.equal('S/D');
    expect(rows[2][4]).to.equal('N/A');
    expect(rows[3][1]).to.equal('Dotación de colegios sede norte y sur');
    expect(rows[3][2]).to.equal('980.000,5');
    expect(rows[3][3]).to.equal('junio de 2025');
    expect(rows[4][3]).to.equal('2025');
    // Numbers line up on the right, text on the left.
    const cells = shadow(el).querySelectorAll<HTMLElement>('[data-row="0"] [role="gridcell"]');
    expect(getComputedStyle(cells[2]).textAlign).to.equal('end');
    expect(getComputedStyle(cells[0]).textAlign).to.equal('start');
    await expect(el).to.be.accessible();
  });

  it('lines every column up across the header and all rows, whatever their content', async () => {
    const el = await contratos();
    const rows = [...shadow(el).querySelectorAll('[role="row"]')];
    expect(rows.length).to.be.greaterThan(2);
    const lefts = (row: Element) =>
      [...row.querySelectorAll('[role="columnheader"], [role="gridcell"]')].map((cell) =>
        Math.round(cell.getBoundingClientRect().left),
      );
    const first = lefts(rows[0]);
    expect(first.length).to.equal(6);
    for (const row of rows.slice(1)) expect(lefts(row)).to.deep.equal(first);
  });

  it('formats the same file in English when the page is in English', async () => {
    const el = await contratos('en');
    expect(text(el, '.count')).to.equal('5 rows');
    const rows = gridRows(el);
    expect(rows[0][2]).to.equal('1,234,567.89');
    expect(rows[0][3]).to.equal('March 15, 2025');
    expect(rows[0][4]).to.equal('69.6%');
  });

  it('makes only http, https and mailto links clickable', async () => {
    const el = await contratos();
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.body a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(links).to.include('https://www.secop.gov.co/contrato/1');
    expect(links).to.include('mailto:contratos@ejemplo.gov.co');
    expect(links.some((href) => href!.startsWith('javascript'))).to.equal(false);
    expect(gridRows(el)[2][5]).to.equal('javascript:alert(1)');
  });

  it('sorts numbers both ways with missing values last, and says so to screen readers', async () => {
    const el = await contratos();
    await clickHeader(el, 'Valor (COP)');
    // `-` is "no data" too: the core shows both as S/D.
    expect(gridRows(el).map((r) => r[2])).to.deep.equal([
      '980.000,5',
      '1.234.567,89',
      '25.000.000',
      'S/D',
      'S/D',
    ]);
    const header = [...shadow(el).querySelectorAll('[role="columnheader"]')][2];
    expect(header.getAttribute('aria-sort')).to.equal('ascending');
    await clickHeader(el, 'Valor (COP)');
    expect(gridRows(el).map((r) => r[2])).to.deep.equal([
      '25.000.000',
      '1.234.567,89',
      '980.000,5',
      'S/D',
      'S/D',
    ]);
    expect(header.getAttribute('aria-sort')).to.equal('descending');
    await clickHeader(el, 'Fecha de firma');
    expect(gridRows(el).map((r) => r[3])).to.deep.equal([
      '2025',
      '15 de marzo de 2025',
      '1 de abril de 2025',
      '20 de mayo de 2025',
      'junio de 2025',
    ]);
  });

  it('searches ignoring accents and case, and filters a column by comparison', async () => {
    const el = await contratos();
    await typeInto(el, 'input[type="search"]', 'SECRETARIA');
    expect(text(el, '.count')).to.equal('2 de 5 filas');
    expect(gridRows(el).map((r) => r[0])).to.deep.equal([
      'Secretaría de Salud',
      'Secretaría de Educación',
    ]);
    await typeInto(el, 'input[type="search"]', '');
    await typeInto(el, 'input[data-filter="Valor (COP)"]', '> 1.000.000');
    expect(gridRows(el).map((r) => r[2])).to.deep.equal(['1.234.567,89', '25.000.000']);
    await typeInto(el, 'input[data-filter="Entidad"]', 'salud');
    expect(gridRows(el).map((r) => r[0])).to.deep.equal(['Secretaría de Salud']);
    expect(text(el, '.count')).to.equal('1 de 5 filas');
    shadow(el).querySelector<HTMLButtonElement>('.filters ~ button')!.click();
    await el.updateComplete;
    expect(text(el, '.count')).to.equal('5 filas');
  });

  it('lets the reader choose the columns', async () => {
    const el = await contratos();
    const box = shadow(el).querySelector<HTMLInputElement>(
      'input[data-column="Objeto del contrato"]',
    )!;
    box.click();
    await drawn(el);
    expect(headers(el)).to.deep.equal([
      'Entidad',
      'Valor (COP)',
      'Fecha de firma',
      'Avance %',
      'Enlace',
    ]);
    expect(gridRows(el)[0]).to.have.length(5);
    box.click();
    await drawn(el);
    expect(headers(el)).to.have.length(6);
  });

  it('starts with the columns named in `columns`', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset
        src=${fixtures.contratos}
        columns="Entidad,Valor (COP)"
      ></rendir-dataset>`,
    );
    await fullyRead(el);
    expect(headers(el)).to.deep.equal(['Entidad', 'Valor (COP)']);
  });

  it('is a grid the keyboard can walk: arrows, Home/End, Ctrl+End, Enter sorts', async () => {
    const el = await contratos();
    const first = shadow(el).querySelector<HTMLButtonElement>('.sort[tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const focused = () => shadow(el).activeElement as HTMLElement;
    expect(focused().textContent!.trim()).to.equal('Alcaldía de Ejemplo');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused().textContent!.trim()).to.equal('1.234.567,89');
    expect(focused().getAttribute('tabindex')).to.equal('0');
    expect(shadow(el).querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused().textContent!.trim()).to.equal('https://www.secop.gov.co/contrato/1');
    // Focus moves once the row is drawn: wait for it to leave the cell it was on.
    const movedFrom = async (cell: HTMLElement) =>
      until(() => focused() !== cell, 'the focus to move');
    let from = focused();
    await sendKeys({ press: 'Control+End' });
    await movedFrom(from);
    expect(focused().textContent!.trim()).to.equal('mailto:contratos@ejemplo.gov.co');
    from = focused();
    await sendKeys({ press: 'Control+Home' });
    await movedFrom(from);
    expect(focused().textContent!.trim()).to.include('Entidad');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const sorted = nextView(el);
    await sendKeys({ press: 'Enter' });
    await sorted;
    await drawn(el);
    expect(gridRows(el)[0][2]).to.equal('980.000,5');
  });

  it('downloads the current view as CSV with formulas neutralised, and as JSON', async () => {
    const el = await contratos();
    await typeInto(el, 'input[data-filter="Entidad"]', 'desarrollo');
    const capture = captureDownloads();
    try {
      const [csvButton, jsonButton] =
        shadow(el).querySelectorAll<HTMLButtonElement>('.downloads button');
      csvButton.click();
      jsonButton.click();
      // The download code arrives on first use.
      await until(() => capture.files.length === 2, 'both downloads');
    } finally {
      capture.restore();
    }
    expect(capture.files.map((f) => f.name)).to.deep.equal([
      'contratos-2025.csv',
      'contratos-2025.json',
    ]);
    const bytes = new Uint8Array(await capture.files[0].blob.arrayBuffer());
    // A BOM so that Excel reads the accents right.
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = await capture.files[0].blob.text();
    expect(csv).to.equal(
      'Entidad,Objeto del contrato,Valor (COP),Fecha de firma,Avance %,Enlace\r\n' +
        'Instituto de Desarrollo Urbano,"\'=HYPERLINK(""http://malo.example"",""clic"")",S/D,2025-05-20,N/A,javascript:alert(1)\r\n',
    );
    const json = JSON.parse(await capture.files[1].blob.text());
    expect(json).to.deep.equal([
      {
        Entidad: 'Instituto de Desarrollo Urbano',
        'Objeto del contrato': '=HYPERLINK("http://malo.example","clic")',
        'Valor (COP)': 'S/D',
        'Fecha de firma': '2025-05-20',
        'Avance %': 'N/A',
        Enlace: 'javascript:alert(1)',
      },
    ]);
  });

  it('reads a Windows-1252 file (Excel on Spanish Windows) with € and curly quotes', async () => {
    // The bytes of fixtures/windows-1252.csv, served as they are (the test server would re-encode the file).
    const bytes = encodeWindows1252(
      'Concepto;Valor\r\nPrésupuesto “inicial”;1.500,00\r\nAjuste – € y ‘otros’;-250,75\r\n',
    );
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/csv' }));
    const el = await fixture<RendirDataset>(html`<rendir-dataset src=${url}></rendir-dataset>`);
    await fullyRead(el);
    URL.revokeObjectURL(url);
    expect(gridRows(el)).to.deep.equal([
      ['Présupuesto “inicial”', '1.500,00'],
      ['Ajuste – € y ‘otros’', '-250,75'],
    ]);
  });

  it('names file, line, column and value when numbers are ambiguous', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${fixtures.ambiguo}></rendir-dataset>`,
    );
    await fullyRead(el);
    const alert = text(el, '[role="alert"]');
    expect(alert).to.include('ambiguo.csv, fila 2, columna B');
    expect(alert).to.include('(habitantes)');
    expect(text(el, '[role="alert"] q')).to.equal('1.234');
    await expect(el).to.be.accessible();
  });

  it('reads the ambiguous file once its number format is declared', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset number-format="es" src=${fixtures.ambiguo}></rendir-dataset>`,
    );
    await fullyRead(el);
    expect(gridRows(el)).to.deep.equal([
      ['Tunja', '1.234'],
      ['Paipa', '2.500'],
    ]);
  });

  it('reports a ragged row with its row and column, and no retry: the same file gives the same error', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${fixtures.ragged}></rendir-dataset>`,
    );
    await fullyRead(el);
    await until(() => text(el, '[role="alert"]') !== '', 'the error');
    expect(text(el, '[role="alert"]')).to.include('ragged.csv, fila 3, columna C');
    expect(shadow(el).querySelector('[role="alert"] button')).to.equal(null);
  });

  it('shows an empty state for a file with headers only', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${fixtures.vacio}></rendir-dataset>`,
    );
    await fullyRead(el);
    expect(text(el, '[role="status"]')).to.equal('No hay datos para mostrar.');
    await expect(el).to.be.accessible();
  });

  it('reads inline CSV, for CMSs that block fetches', async () => {
    const inline = await fixture<RendirDataset>(
      html`<rendir-dataset>
        <script type="text/csv">
          municipio;habitantes
          Tunja;"210.000"
          Paipa;"33.500,5"
        </script>
      </rendir-dataset>`,
    );
    await fullyRead(inline);
    expect(gridRows(inline)).to.deep.equal([
      ['Tunja', '210.000'],
      ['Paipa', '33.500,5'],
    ]);
  });

  it('reads inline JSON records', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset lang="en">
        <script type="application/json">
          [{ "municipio": "Tunja", "valor": "1234.5", "web": "https://tunja.gov.co" }]
        </script>
      </rendir-dataset>`,
    );
    await fullyRead(el);
    expect(headers(el)).to.deep.equal(['municipio', 'valor', 'web']);
    expect(gridRows(el)).to.deep.equal([['Tunja', '1,234.5', 'https://tunja.gov.co']]);
  });

  it('reads a JS property', async () => {
    const prop = await fixture<RendirDataset>(
      html`<rendir-dataset
        .data=${[{ municipio: 'Tunja', valor: '1234.5' }]}
        lang="es"
      ></rendir-dataset>`,
    );
    await fullyRead(prop);
    expect(gridRows(prop)).to.deep.equal([['Tunja', '1.234,5']]);
    expect(text(prop, '.count')).to.equal('1 fila');
  });

  it('shows an HTTP error for a missing file, with a retry, and never throws into the page', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset
        src=${fixtures.vacio.replace('vacio.csv', 'no-existe.csv')}
      ></rendir-dataset>`,
    );
    await settled(el);
    expect(text(el, '[role="alert"]')).to.include('HTTP 404');
    await expect(el).to.be.accessible();
  });
});

describe('<rendir-dataset> catalog card', () => {
  it('shows DCAT fields and an overdue notice', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset
        src=${fixtures.pida}
        heading="Conjuntos de datos del PIDA"
        description="Los conjuntos de datos del Programa Interamericano de Datos Abiertos."
        publisher="Secretaría de Transparencia"
        license="CC BY 4.0"
        modified="2024-01-31"
        periodicity="mensual"
        keywords="anticorrupción, datos abiertos"
      ></rendir-dataset>`,
    );
    await fullyRead(el);
    const pairs = [...shadow(el).querySelectorAll('header dl > div')].map((d) => [
      d.querySelector('dt')!.textContent!.trim(),
      d.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(pairs).to.deep.equal([
      ['Publica', 'Secretaría de Transparencia'],
      ['Licencia', 'CC BY 4.0'],
      ['Actualizado', '31 de enero de 2024'],
      ['Frecuencia de actualización', 'Mensual'],
      ['Palabras clave', 'anticorrupción, datos abiertos'],
    ]);
    expect(text(el, '.stale')).to.equal(
      '⚠ Estos datos pueden estar desactualizados: debían actualizarse a más tardar el 2 de marzo de 2024.',
    );
    expect(text(el, '.count')).to.equal('29 filas');
    await expect(el).to.be.accessible();
  });

  it('takes metadata, source and dialect from a core catalog entry', async () => {
    const entry: DatasetEntry = {
      id: 'contratos-2025',
      title: 'Contratos 2025 (catálogo)',
      publisher: 'Alcaldía de Ejemplo',
      keywords: ['contratos'],
      modified: new Date().toISOString().slice(0, 10),
      accrualPeriodicity: 'mensual',
      source: { kind: 'csv', url: fixtures.contratos },
      dialect: { decimal: ',' },
      extra: {},
    };
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset .entry=${entry}></rendir-dataset>`,
    );
    await fullyRead(el);
    expect(text(el, 'h2')).to.equal('Contratos 2025 (catálogo)');
    expect(text(el, '.count')).to.equal('5 filas');
    expect(gridRows(el)[0][2]).to.equal('1.234.567,89');
    expect(shadow(el).querySelector<HTMLAnchorElement>('header a')!.href).to.equal(
      fixtures.contratos,
    );
  });

  it('says nothing about staleness when the data is on time', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset
        src=${fixtures.pida}
        modified=${today}
        periodicity="P1Y"
      ></rendir-dataset>`,
    );
    await fullyRead(el);
    expect(shadow(el).querySelector('.stale')).to.equal(null);
  });
});

describe('<rendir-dataset> quick chart', () => {
  it('charts a number column with a summary, a table and keyboard points', async () => {
    const el = await contratos();
    const details = shadow(el).querySelector<HTMLDetailsElement>('details.chart')!;
    details.querySelector('summary')!.click();
    await until(() => shadow(el).querySelector('rendir-chart-frame') !== null, 'the chart');
    const frame = shadow(el).querySelector<RendirChartFrame>('rendir-chart-frame')!;
    await frame.updateComplete;
    expect(frame.getAttribute('chart-title')).to.equal('Valor (COP) por Entidad');
    expect(frame.getAttribute('summary')).to.include(
      'La mayor es Secretaría de Salud (25.000.000)',
    );
    const bars = shadow(el).querySelectorAll('[data-rendir-point]');
    expect(bars).to.have.length(3);
    // Each bar says its value at its end; each label begins at the chart's left edge, with
    // its first words (a long one is cut at its end, never at its start).
    const texts = (selector: string) =>
      [...shadow(el).querySelectorAll<SVGTextElement>(`.quick-chart ${selector}`)].map((t) =>
        t.textContent!.trim(),
      );
    expect(texts('.value')).to.deep.equal(['1.234.567,89', '25.000.000', '980.000,5']);
    expect(texts('.label')).to.deep.equal([
      'Alcaldía de Ejemplo',
      'Secretaría de Salud',
      'Secretaría de Educación',
    ]);
    const chart = shadow(el).querySelector('.quick-chart')!.getBoundingClientRect();
    for (const label of shadow(el).querySelectorAll('.quick-chart .label'))
      expect(label.getBoundingClientRect().left).to.be.at.least(chart.left - 1);
    shadow(el)
      .querySelectorAll('.quick-chart .value')
      .forEach((value, i) =>
        expect(value.getBoundingClientRect().left, 'after its bar').to.be.at.least(
          bars[i].getBoundingClientRect().right,
        ),
      );
    (bars[0] as SVGElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((shadow(el).activeElement as Element).getAttribute('aria-label')).to.equal(
      'Secretaría de Salud: 25.000.000',
    );
    // A real table of the same numbers, one click away.
    frame.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!.click();
    await frame.updateComplete;
    const cells = [...frame.shadowRoot!.querySelectorAll('table tbody :is(th, td)')].map((td) =>
      td.textContent!.trim(),
    );
    expect(cells).to.deep.equal([
      'Alcaldía de Ejemplo',
      '1.234.567,89',
      'Secretaría de Salud',
      '25.000.000',
      'Secretaría de Educación',
      '980.000,5',
    ]);
    await expect(el).to.be.accessible();
  });

  it('is drawn at its own width on a phone: text at its size, each label above its bar', async () => {
    const el = await contratos();
    el.style.width = '343px';
    shadow(el).querySelector<HTMLElement>('details.chart summary')!.click();
    await until(() => shadow(el).querySelector('.quick-chart') !== null, 'the chart');
    const svg = () => shadow(el).querySelector<SVGSVGElement>('.quick-chart')!;
    // Drawn at its box's width once measured, never a 640 px drawing scaled down.
    await until(
      () => Math.abs(svg().viewBox.baseVal.width - svg().getBoundingClientRect().width) < 1,
      'the chart drawn at its width',
    );
    const box = svg().getBoundingClientRect();
    expect(box.width).to.be.at.most(343);
    const labels = [...svg().querySelectorAll<SVGTextElement>('.label')];
    const bars = [...svg().querySelectorAll<SVGRectElement>('.bar')];
    const values = [...svg().querySelectorAll<SVGTextElement>('.value')];
    labels.forEach((label, i) => {
      const text = label.getBoundingClientRect();
      expect(text.height, `${label.textContent} at 13 px`).to.be.at.least(13);
      expect(text.bottom, 'above its bar').to.be.at.most(bars[i].getBoundingClientRect().top + 1);
      expect(values[i].getBoundingClientRect().right, 'its value inside').to.be.at.most(
        box.right + 1,
      );
    });
    expect(labels.map((l) => l.textContent)).to.deep.equal([
      'Alcaldía de Ejemplo',
      'Secretaría de Salud',
      'Secretaría de Educación',
    ]);
    await expect(el).to.be.accessible();
  });

  it('draws a line of a number column on request, each point a keyboard stop', async () => {
    const el = await contratos('en');
    shadow(el).querySelector<HTMLElement>('details.chart summary')!.click();
    await until(() => shadow(el).querySelector('rendir-chart-frame') !== null, 'the chart');
    const type = [...shadow(el).querySelectorAll<HTMLSelectElement>('.chart-controls select')][1];
    type.value = 'line';
    type.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const points = [...shadow(el).querySelectorAll('circle[data-rendir-point]')];
    expect(points.map((p) => p.getAttribute('aria-label'))).to.deep.equal([
      'Alcaldía de Ejemplo: 1,234,567.89',
      'Secretaría de Salud: 25,000,000',
      'Secretaría de Educación: 980,000.5',
    ]);
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    expect(shadow(el).querySelector('path.series')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
    // The first and the last point say what and how much (a long name cut at its end).
    const ends = [...shadow(el).querySelectorAll('.quick-chart .value')].map((t) => t.textContent);
    expect(ends).to.deep.equal([
      '1,234,567.89',
      'Alcaldía de Ejemplo',
      '980,000.5',
      'Secretaría de Educa…',
    ]);
    await expect(el).to.be.accessible();
  });

  it('counts the values of a text column', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${fixtures.pida} chart-column="theme"></rendir-dataset>`,
    );
    await fullyRead(el);
    shadow(el).querySelector<HTMLElement>('details.chart summary')!.click();
    await until(() => shadow(el).querySelector('rendir-chart-frame') !== null, 'the chart');
    const labels = [...shadow(el).querySelectorAll('[data-rendir-point]')].map((p) =>
      p.getAttribute('aria-label'),
    );
    expect(labels.slice(0, 3)).to.deep.equal(['integridad: 14', 'contratación: 5', 'gasto: 2']);
  });
});

describe('<rendir-dataset> sort keys worked out beside the reading', () => {
  it('sorts Colombian numbers and dates of a CSV read in the worker', async () => {
    const el = await contratos();
    expect(lastParserThread).to.equal('worker');
    await clickHeader(el, 'Valor (COP)');
    expect(gridRows(el).map((r) => r[2])).to.deep.equal([
      '980.000,5',
      '1.234.567,89',
      '25.000.000',
      'S/D',
      'S/D',
    ]);
    await clickHeader(el, 'Fecha de firma');
    // 2025 sorts as 1 January; 15/03/2025 as 15 March.
    expect(gridRows(el).map((r) => r[3])).to.deep.equal([
      '2025',
      '15 de marzo de 2025',
      '1 de abril de 2025',
      '20 de mayo de 2025',
      'junio de 2025',
    ]);
  });

  it('sorts Colombian numbers and dates of inline JSON and of a property', async () => {
    const rows = [
      ['Tunja', '1.234,56', '15/03/2025'],
      ['Pasto', 'S/D', '2024-01-02'],
      ['Paipa', '980,5', '2025-06'],
      ['Sogamoso', '12.000', '2023'],
    ];
    const inline = await fixture<RendirDataset>(
      html`<rendir-dataset
        ><script type="application/json">
          ${JSON.stringify({ columns: ['municipio', 'valor', 'fecha'], rows })}
        </script></rendir-dataset
      >`,
    );
    const property = await fixture<RendirDataset>(
      html`<rendir-dataset
        .data=${{ columns: ['municipio', 'valor', 'fecha'], rows }}
      ></rendir-dataset>`,
    );
    for (const el of [inline, property]) {
      await fullyRead(el);
      await clickHeader(el, 'valor');
      expect(gridRows(el).map((r) => r[0])).to.deep.equal(['Paipa', 'Tunja', 'Sogamoso', 'Pasto']);
      await clickHeader(el, 'valor');
      expect(gridRows(el).map((r) => r[0])).to.deep.equal(['Sogamoso', 'Tunja', 'Paipa', 'Pasto']);
      await clickHeader(el, 'fecha');
      expect(gridRows(el).map((r) => r[0])).to.deep.equal(['Sogamoso', 'Pasto', 'Tunja', 'Paipa']);
    }
  });
});

describe('<rendir-dataset> number cells read where the rows are read', () => {
  // Every way entities write a number, in one column (and percentages in another).
  const valores = [
    '530.111.333.555.778,44',
    '(1.234,50)',
    '$ 1.000',
    '-0,00',
    '007',
    ',5',
    'S/D',
    'N/A',
    '',
    'COP 12.000.000,10',
    '1.000',
  ];
  const avances = ['12,5 %', '100%', '0,0%', '-', '69,60 %', '1%', '2%', '3%', '4%', '5%', '6%'];
  const csv = ['municipio;valor;avance', ...valores.map((v, i) => `m${i};${v};${avances[i]}`)];
  const records = valores.map((v, i) => ({ municipio: `m${i}`, valor: v, avance: avances[i] }));
  // What the core shows for each cell: the grid must show exactly this, however it was read.
  const shown = (raw: string) => {
    const parsed = parseNumber(raw, 'es');
    return isNumberError(parsed) ? raw : formatCell(parsed, 'es-CO');
  };

  it('shows the same text from a worker, inline CSV, inline JSON and a property', async () => {
    const url = URL.createObjectURL(new Blob([csv.join('\n')], { type: 'text/csv' }));
    try {
      const fromWorker = await fixture<RendirDataset>(
        html`<rendir-dataset
          src=${url}
          number-format="es"
          style="--rendir-dataset-grid-height: 60rem"
        ></rendir-dataset>`,
      );
      await fullyRead(fromWorker);
      expect(lastParserThread).to.equal('worker');
      const inline = await fixture<RendirDataset>(
        html`<rendir-dataset number-format="es" style="--rendir-dataset-grid-height: 60rem"
          ><script type="text/csv">
            ${csv.join('\n')}
          </script></rendir-dataset
        >`,
      );
      await fullyRead(inline);
      expect(lastParserThread).to.equal('main');
      const json = await fixture<RendirDataset>(
        html`<rendir-dataset number-format="es" style="--rendir-dataset-grid-height: 60rem"
          ><script type="application/json">
            ${JSON.stringify(records)}
          </script></rendir-dataset
        >`,
      );
      const property = await fixture<RendirDataset>(
        html`<rendir-dataset
          number-format="es"
          style="--rendir-dataset-grid-height: 60rem"
          .data=${records}
        ></rendir-dataset>`,
      );
      const expected = valores.map((v, i) => [`m${i}`, shown(v), shown(avances[i])]);
      expect(expected[0][1]).to.equal('530.111.333.555.778,44');
      expect(expected[1][1]).to.equal('-1.234,50');
      expect(expected[6][1]).to.equal('S/D');
      expect(expected[0][2]).to.equal(`12,5${NBSP}%`);
      for (const el of [fromWorker, inline, json, property]) {
        await fullyRead(el);
        expect(gridRows(el)).to.deep.equal(expected);
      }
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('filters numbers typed as the reader writes them: 1.234,50 and >= 1.000', async () => {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset .data=${records} number-format="es"></rendir-dataset>`,
    );
    await fullyRead(el);
    await typeInto(el, 'input[data-filter="valor"]', '>= 1.000');
    expect(gridRows(el).map((r) => r[0])).to.deep.equal(['m0', 'm2', 'm9', 'm10']);
    await typeInto(el, 'input[data-filter="valor"]', '-1.234,50');
    expect(gridRows(el).map((r) => r[0])).to.deep.equal(['m1']);
    await typeInto(el, 'input[data-filter="valor"]', '<= 0,5');
    expect(gridRows(el).map((r) => r[0])).to.deep.equal(['m1', 'm3', 'm5']);
  });
});

describe('<rendir-dataset> parts loaded on first use', () => {
  const saved = { ...lazyParts };
  const offline = () =>
    Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  afterEach(() => Object.assign(lazyParts, saved));

  it('says so when the chart code cannot be loaded, and draws the chart on retry', async () => {
    const el = await contratos();
    lazyParts.chart = offline;
    const summary = shadow(el).querySelector<HTMLElement>('details.chart summary')!;
    summary.focus();
    summary.click();
    await until(() => shadow(el).querySelector('details.chart [role="alert"]') !== null, 'alert');
    expect(text(el, 'details.chart [role="alert"]')).to.include('No se pudo cargar esta parte');
    expect(shadow(el).activeElement).to.equal(summary);
    await expect(el).to.be.accessible();
    lazyParts.chart = saved.chart;
    const retry = shadow(el).querySelector<HTMLButtonElement>(
      'details.chart [role="alert"] button',
    )!;
    retry.focus();
    retry.click();
    await until(() => shadow(el).querySelector('rendir-chart-frame') !== null, 'the chart');
    await until(() => shadow(el).activeElement?.localName === 'select', 'focus on the chart');
    expect(shadow(el).querySelectorAll('[data-rendir-point]')).to.have.length(3);
    expect(shadow(el).querySelector('details.chart [role="alert"]')).to.equal(null);
  });

  it('says so when the download code cannot be loaded, keeping focus on the button', async () => {
    const el = await contratos();
    lazyParts.downloads = offline;
    const csv = shadow(el).querySelector<HTMLButtonElement>('.downloads button')!;
    csv.focus();
    csv.click();
    await until(() => shadow(el).querySelector('[role="alert"]') !== null, 'alert');
    expect(text(el, '[role="alert"]')).to.include('No se pudo cargar esta parte');
    expect(shadow(el).activeElement).to.equal(csv);
    await expect(el).to.be.accessible();
    // Pressed again once the connection is back, the download happens.
    lazyParts.downloads = saved.downloads;
    const capture = captureDownloads();
    try {
      csv.click();
      await until(() => capture.files.length === 1, 'the download');
    } finally {
      capture.restore();
    }
    expect(capture.files[0].name).to.equal('contratos-2025.csv');
    await drawn(el);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('says so when the search and sorting code cannot be loaded, and sorts on retry', async () => {
    const el = await contratos();
    lazyParts.view = offline;
    const valor = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sort')].find((b) =>
      b.textContent!.includes('Valor (COP)'),
    )!;
    valor.click();
    await until(() => shadow(el).querySelector('[role="alert"]') !== null, 'alert');
    expect(text(el, '[role="alert"]')).to.include('No se pudo cargar esta parte');
    // The rows stay in the file's order, and usable.
    expect(gridRows(el).map((r) => r[2])[0]).to.equal('1.234.567,89');
    await expect(el).to.be.accessible();
    lazyParts.view = saved.view;
    const view = nextView(el);
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await view;
    await drawn(el);
    expect(gridRows(el).map((r) => r[2])).to.deep.equal([
      '980.000,5',
      '1.234.567,89',
      '25.000.000',
      'S/D',
      'S/D',
    ]);
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the error state with a retry when a portal source cannot be loaded', async () => {
    lazyParts.socrata = offline;
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src="/fake/socrata/ok/resource/abcd-1234.json"></rendir-dataset>`,
    );
    await settled(el);
    expect(shadow(el).querySelector('[data-state="error"][role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    lazyParts.socrata = saved.socrata;
    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await settled(el);
    expect(gridRows(el).length).to.be.greaterThan(0);
  });
});

describe('<rendir-dataset> with 100,000 rows', () => {
  let url = '';
  before(() => {
    url = manyRowsUrl(100_000);
  });
  after(() => URL.revokeObjectURL(url));

  it('shows the first rows before the end of the file, renders only what is visible, and reaches the last row by keyboard', async function () {
    const el = await fixture<RendirDataset>(html`<rendir-dataset src=${url}></rendir-dataset>`);
    await settled(el);
    const firstCount = text(el, '.count');
    const firstStatus = text(el, '.count [role="status"]');
    // While reading, the live region says so once; the growing count is not announced.
    if (firstCount.startsWith('Leyendo')) {
      expect(firstStatus).to.equal('Leyendo el archivo…');
      expect(firstCount).to.match(/^Leyendo el archivo… [\d.]+ filas hasta ahora\.$/);
    }
    await fullyRead(el, 50_000);
    expect(text(el, '.count')).to.equal('100.000 filas');
    const grid = shadow(el).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal('100001');
    expect(shadow(el).querySelectorAll('.body [role="row"]').length).to.be.below(120);
    shadow(el).querySelector<HTMLButtonElement>('.sort[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Control+End' });
    await until(
      () =>
        (shadow(el).activeElement as HTMLElement | null)?.textContent?.trim() ===
        '13 de enero de 2025',
      'the last row',
    );
    const row = (shadow(el).activeElement as HTMLElement).closest('[role="row"]')!;
    expect(row.getAttribute('aria-rowindex')).to.equal('100001');
    await clickHeader(el, 'valor');
    await clickHeader(el, 'valor');
    expect(gridRows(el)[0].slice(0, 3)).to.deep.equal(['100.000', 'Municipio 0', '100.000,5']);
  });
});

describe('<rendir-dataset> sorting while a big file arrives', () => {
  it('keeps the asked order, and is exact once the whole file is read', async function () {
    const url = manyRowsUrl(60_000);
    try {
      const el = await fixture<RendirDataset>(html`<rendir-dataset src=${url}></rendir-dataset>`);
      await settled(el);
      await until(() => shadow(el).querySelector('.sort') !== null, 'the grid');
      const valor = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sort')].find((b) =>
        b.textContent!.includes('valor'),
      )!;
      valor.click();
      valor.click();
      await fullyRead(el, 50_000);
      expect(text(el, '.count')).to.equal('60.000 filas');
      expect(
        gridRows(el)
          .slice(0, 2)
          .map((r) => r[2]),
      ).to.deep.equal(['60.000,5', '59.999,5']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('<rendir-dataset> themes, reflow and events', () => {
  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`is axe-clean in the ${theme} theme`, async () => {
      const el = await fixture<RendirDataset>(
        html`<rendir-dataset
          theme=${theme}
          src=${fixtures.contratos}
          heading="Contratos"
        ></rendir-dataset>`,
      );
      await fullyRead(el);
      await expect(el).to.be.accessible();
    });
  }

  it('uses system colours in forced-colors mode (Windows High Contrast)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await contratos();
      shadow(el).querySelector<HTMLElement>('details.chart summary')!.click();
      await until(() => shadow(el).querySelector('.bar') !== null, 'the chart');
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(shadow(el).querySelector('.bar')!).fill).to.equal(canvasText);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is axe-clean while loading, and says so with role=status', async () => {
    // The data wait until axe has read the loading state.
    const portal = heldSocrata();
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${portal.src} timeout=${PATIENCE_MS}></rendir-dataset>`,
    );
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Cargando datos…');
    await expect(el).to.be.accessible();
    await portal.release();
  });

  it('reflows at 320 px: cards, or a table of which only the grid scrolls sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <rendir-dataset
          src=${fixtures.etiquetasLargas}
          heading="Contratos con nombres largos de la administración distrital"
        ></rendir-dataset>
      </div>`,
    );
    const el = wrapper.querySelector('rendir-dataset') as RendirDataset;
    await fullyRead(el);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const grid = shadow(el).querySelector<HTMLElement>('[role="grid"]')!;
    expect(grid.clientWidth).to.be.at.most(320);
    expect(grid.scrollWidth).to.be.at.most(grid.clientWidth);
    // The cards' sort select holds the long column names inside the width.
    const select = shadow(el).querySelector('.card-sort select')!;
    expect(select.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    shadow(el).querySelector<HTMLButtonElement>('.layout')!.click();
    await el.updateComplete;
    await until(() => grid.scrollWidth > grid.clientWidth, 'the table scrolling sideways');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('tells the page what is in view with rendir-dataset-view', async () => {
    const seen: { shown: number; total: number; complete: boolean }[] = [];
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset
        src=${fixtures.contratos}
        @rendir-dataset-view=${(
          e: CustomEvent<{ shown: number; total: number; complete: boolean }>,
        ) => seen.push(e.detail)}
      ></rendir-dataset>`,
    );
    await fullyRead(el);
    await typeInto(el, 'input[type="search"]', 'acueducto');
    expect(seen[seen.length - 1]).to.include({ shown: 1, total: 5, complete: true });
  });
});
