// Against the fake Socrata and CKAN portals of test-support/fake-open-data.mjs, served by
// the test server itself (see test-support/wtr.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../define/rendir-dataset.ts';
import type { RendirDataset } from './dataset.ts';
import {
  drawn,
  gridRows,
  headers,
  heldSocrata,
  settled,
  nextView,
  shadow,
  text,
  until,
} from './test-support/browser.ts';
import { PATIENCE_MS } from '../test-support/wait.ts';

let unique = 0;
/** A scenario name of its own, so that the server log and 429 tokens are per test. */
const token = (kind: string) => `${kind}-${Date.now().toString(36)}${++unique}`;

const socrata = (scenario: string) => `/fake/socrata/${scenario}/resource/abcd-1234.json`;
const ckan = (scenario: string) => `/fake/ckan/${scenario}`;

/** The requests the widget made to one scenario, decoded. */
async function requests(scenario: string): Promise<string[]> {
  const response = await fetch(`/fake/log?scenario=${scenario}`);
  return ((await response.json()) as string[]).map((u) =>
    decodeURIComponent(u.replace(/\+/g, ' ')),
  );
}

async function ready(el: RendirDataset): Promise<RendirDataset> {
  await settled(el);
  await until(
    () => shadow(el).querySelector('.rendir-state, .body [role="row"]') !== null,
    'rows or a state',
  );
  await drawn(el);
  return el;
}

async function type(el: RendirDataset, selector: string, value: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  // The page the typing (debounced) asks the portal for.
  const view = nextView(el);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await view;
  await until(
    () => shadow(el).querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'false',
    'the page',
  );
  await drawn(el);
}

async function clickButton(el: RendirDataset, label: string): Promise<void> {
  const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    b.textContent!.includes(label),
  )!;
  button.click();
  await el.updateComplete;
  await until(
    () => shadow(el).querySelector('[role="grid"]')?.getAttribute('aria-busy') === 'false',
    'the page',
  );
  await drawn(el);
}

describe('<rendir-dataset> on Socrata (SODA 2.x)', () => {
  it('shows the first page in :id order with types from X-SODA2-Types and labels and metadata from the portal', async () => {
    const scenario = token('ok');
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata(scenario)} page-size="20"></rendir-dataset>`,
      ),
    );
    expect(text(el, 'h2')).to.equal('Contratos de prueba 2025');
    expect(text(el, '.description')).to.equal(
      'Contratos firmados por las entidades del distrito (datos de prueba).',
    );
    expect(text(el, '.count')).to.equal('Filas 1 a 20 de 250');
    expect(headers(el)).to.deep.equal([
      'Entidad',
      'Objeto del contrato',
      'Valor del contrato',
      'Fecha de firma',
      'Activo',
      'Enlace',
    ]);
    const rows = gridRows(el);
    expect(rows[0]).to.deep.equal([
      'Alcaldía de Ejemplo',
      'Contrato número 1',
      '1.500.000,25',
      '15 de enero de 2025',
      'No',
      'https://www.secop.gov.co/contrato/1',
    ]);
    expect(rows[1][4]).to.equal('Sí');
    // Row 3 links to javascript: — shown, never clickable.
    expect(rows[2][5]).to.equal('javascript:alert(1)');
    expect(shadow(el).querySelector('[data-row="2"] a')).to.equal(null);
    // Row 10 has no value: Socrata leaves the field out.
    expect(rows[9][2]).to.equal('—');
    const sent = await requests(scenario);
    expect(
      sent.some(
        (u) => u.includes('$order=:id') && u.includes('$limit=20') && u.includes('$offset=0'),
      ),
    ).to.equal(true);
    expect(sent.some((u) => u.includes('$select=count(*)'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('pages with $offset', async () => {
    const scenario = token('ok');
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata(scenario)} page-size="20"></rendir-dataset>`,
      ),
    );
    await clickButton(el, 'Página siguiente');
    expect(text(el, '.count')).to.equal('Filas 21 a 40 de 250');
    expect(gridRows(el)[0][1]).to.equal('Contrato número 21');
    expect((await requests(scenario)).some((u) => u.includes('$offset=20'))).to.equal(true);
    await clickButton(el, 'Página anterior');
    expect(gridRows(el)[0][1]).to.equal('Contrato número 1');
  });

  it('filters with $where, searches with $q and sorts with $order on the server', async () => {
    const scenario = token('ok');
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata(scenario)} page-size="20"></rendir-dataset>`,
      ),
    );
    await type(el, 'input[data-filter="valor"]', '> 300.000.000');
    // 201..250 are above 300 million, and 210, 220, ... 250 have no value.
    expect(text(el, '.count')).to.equal('Filas 1 a 20 de 45');
    expect(gridRows(el)[0][1]).to.equal('Contrato número 201');
    await type(el, 'input[data-filter="entidad"]', 'Secretaría de Salud');
    expect(text(el, '.count')).to.equal('Filas 1 a 10 de 10');
    let sent = await requests(scenario);
    expect(
      sent.some((u) =>
        u.includes("$where=upper(entidad) like '%SECRETARÍA DE SALUD%' AND valor > 300000000"),
      ),
    ).to.equal(true);
    await type(el, 'input[data-filter="valor"]', '');
    await type(el, 'input[data-filter="entidad"]', '');
    await type(el, 'input[type="search"]', 'acueducto');
    expect(text(el, '.count')).to.equal('Filas 1 a 20 de 50');
    sent = await requests(scenario);
    expect(sent.some((u) => u.includes('$q=acueducto'))).to.equal(true);
    await type(el, 'input[type="search"]', '');
    const sort = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sort')].find((b) =>
      b.textContent!.includes('Valor'),
    )!;
    sort.click();
    await until(() => gridRows(el)[0]?.[1] === 'Contrato número 1', 'the sorted page');
    sort.click();
    // PostgreSQL underneath: empty values first when descending.
    await until(() => gridRows(el)[0]?.[1] === 'Contrato número 10', 'the reversed page');
    sent = await requests(scenario);
    expect(sent.some((u) => u.includes('$order=valor DESC,:id'))).to.equal(true);
    // The full result stays on the portal, as CSV with the same query.
    const link = shadow(el).querySelector<HTMLAnchorElement>('.downloads a')!;
    expect(link.textContent!.trim()).to.equal('Resultado completo en el portal (CSV)');
    expect(decodeURIComponent(link.href)).to.include('/resource/abcd-1234.csv?$order=valor+DESC');
  });

  it('waits out a 429 as Retry-After says, telling the reader, then shows the data', async () => {
    const scenario = token('rate');
    const el = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata(scenario)} page-size="20"></rendir-dataset>`,
      ),
    );
    await until(() => text(el, '[role="alert"]') !== '', 'the 429 message');
    expect(text(el, '[role="alert"]')).to.include(
      'El servidor está recibiendo demasiadas solicitudes. Intente de nuevo en 1 s.',
    );
    expect(text(el, '.note[role="status"]')).to.equal(
      'Se intentará de nuevo automáticamente en 1 s.',
    );
    await expect(el).to.be.accessible();
    await until(() => text(el, '.count') === 'Filas 1 a 20 de 250', 'the data after the retry');
  });

  it('does not retry by itself when Retry-After is long; the reader can', async () => {
    const el = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata('rate-long')}></rendir-dataset>`,
      ),
    );
    await until(() => text(el, '[role="alert"]') !== '', 'the 429 message');
    expect(text(el, '[role="alert"]')).to.include('Intente de nuevo en 120 s.');
    expect(shadow(el).querySelector('.note[role="status"]')).to.equal(null);
    expect(shadow(el).querySelector('[role="alert"] button')!.textContent!.trim()).to.equal(
      'Intentar de nuevo',
    );
  });

  it('shows HTTP 500 with a retry', async () => {
    const el = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata('error500')}></rendir-dataset>`,
      ),
    );
    await until(() => text(el, '[role="alert"]') !== '', 'the error');
    expect(text(el, '[role="alert"]')).to.include('El servidor respondió con un error (HTTP 500).');
    await expect(el).to.be.accessible();
  });

  it('gives up on a slow portal after `timeout`', async () => {
    // The answer comes only after the widget has given up.
    const portal = heldSocrata();
    const el = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${portal.src} timeout="300"></rendir-dataset>`,
      ),
    );
    await until(() => text(el, '[role="alert"]') !== '', 'the time-out');
    expect(text(el, '[role="alert"]')).to.include('Los datos tardaron demasiado en llegar.');
    await portal.release();
  });

  it('waits for a slow portal within `timeout`, saying it is loading', async () => {
    // Held until the loading state has been read, well within the widget's patience.
    const portal = heldSocrata();
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset src=${portal.src} timeout=${PATIENCE_MS}></rendir-dataset>`,
    );
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Cargando datos…');
    await portal.release();
    await ready(el);
    expect(text(el, '.count')).to.equal('Filas 1 a 100 de 250');
  });

  it('explains malformed JSON and a dropped connection', async () => {
    const bad = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata('malformed')}></rendir-dataset>`,
      ),
    );
    await until(() => text(bad, '[role="alert"]') !== '', 'the parse error');
    expect(text(bad, '[role="alert"]')).to.include(
      'No se pudo leer el archivo: no es un CSV ni un JSON válido.',
    );
    const dropped = await settled(
      await fixture<RendirDataset>(html`<rendir-dataset src=${socrata('drop')}></rendir-dataset>`),
    );
    await until(() => text(dropped, '[role="alert"]') !== '', 'the network error');
    expect(text(dropped, '[role="alert"]')).to.include('No se pudieron descargar los datos.');
  });

  it('says the reader is offline when the browser says so', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const el = await settled(
        await fixture<RendirDataset>(
          html`<rendir-dataset src=${socrata('drop')}></rendir-dataset>`,
        ),
      );
      await until(() => text(el, '[role="alert"]') !== '', 'the offline message');
      expect(text(el, '[role="alert"]')).to.include('Parece que no hay conexión.');
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('reports a failed page without losing the grid, and retries it', async () => {
    const scenario = token('page2fail');
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset src=${socrata(scenario)} page-size="20"></rendir-dataset>`,
      ),
    );
    await clickButton(el, 'Página siguiente');
    expect(text(el, '[role="alert"]')).to.include('HTTP 500');
    expect(gridRows(el)[0][1]).to.equal('Contrato número 1');
    shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => gridRows(el)[0]?.[1] === 'Contrato número 21', 'the retried page');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('<rendir-dataset> on CKAN (datastore_search)', () => {
  it('shows records with types from the fields and the total', async () => {
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset
          api="ckan"
          src=${ckan(token('ok'))}
          resource-id="res-contratos"
          page-size="25"
          heading="Contratos (CKAN)"
        ></rendir-dataset>`,
      ),
    );
    expect(text(el, '.count')).to.equal('Filas 1 a 25 de 250');
    expect(gridRows(el)[0]).to.deep.equal([
      'Alcaldía de Ejemplo',
      'Contrato número 1',
      '1.500.000,25',
      '15 de enero de 2025',
      'No',
      'https://www.secop.gov.co/contrato/1',
    ]);
    expect(gridRows(el)[9][2]).to.equal('—');
    await expect(el).to.be.accessible();
  });

  it('filters text with q, exact numbers with filters, sorts, and says which range filters it cannot apply', async () => {
    const scenario = token('ok');
    const el = await ready(
      await fixture<RendirDataset>(
        html`<rendir-dataset
          api="ckan"
          src=${ckan(scenario)}
          resource-id="res-contratos"
          page-size="25"
        ></rendir-dataset>`,
      ),
    );
    await type(el, 'input[data-filter="entidad"]', 'acueducto');
    expect(text(el, '.count')).to.equal('Filas 1 a 25 de 50');
    await type(el, 'input[data-filter="valor"]', '= 7.500.000,25');
    expect(text(el, '.count')).to.equal('Filas 1 a 1 de 1');
    expect(gridRows(el)[0][1]).to.equal('Contrato número 5');
    await type(el, 'input[data-filter="valor"]', '> 5');
    expect(text(el, '.note[role="status"]')).to.equal(
      'Este portal no filtra por rangos; filtro no aplicado a: valor.',
    );
    const sent = await requests(scenario);
    expect(sent.some((u) => u.includes('q={"entidad":"acueducto"}'))).to.equal(true);
    expect(sent.some((u) => u.includes('filters={"valor":"7500000.25"}'))).to.equal(true);
    await type(el, 'input[data-filter="valor"]', '');
    await type(el, 'input[data-filter="entidad"]', '');
    const sort = [...shadow(el).querySelectorAll<HTMLButtonElement>('.sort')].find((b) =>
      b.textContent!.includes('valor'),
    )!;
    sort.click();
    await until(() => gridRows(el)[0]?.[1] === 'Contrato número 1', 'the sorted page');
    sort.click();
    // PostgreSQL underneath: empty values first when descending.
    await until(() => gridRows(el)[0]?.[1] === 'Contrato número 10', 'the reversed page');
    expect((await requests(scenario)).some((u) => u.includes('sort="valor" desc'))).to.equal(true);
  });

  it('shows a missing resource and server errors accessibly', async () => {
    const missing = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset api="ckan" src=${ckan('ok')} resource-id="nope"></rendir-dataset>`,
      ),
    );
    await until(() => text(missing, '[role="alert"]') !== '', 'the 404');
    expect(text(missing, '[role="alert"]')).to.include('HTTP 404');
    const broken = await settled(
      await fixture<RendirDataset>(
        html`<rendir-dataset
          api="ckan"
          src=${ckan('malformed')}
          resource-id="res-contratos"
        ></rendir-dataset>`,
      ),
    );
    await until(() => text(broken, '[role="alert"]') !== '', 'the parse error');
    expect(text(broken, '[role="alert"]')).to.include('no es un CSV ni un JSON válido');
    await expect(broken).to.be.accessible();
  });
});
