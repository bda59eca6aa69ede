// A data set given as JSON (a file, inline, or the `data` property) is read as its CSV form
// is: core's readTableJson, the CSV's column types, errors at record and field, the
// accessible error state, nothing thrown into the page.
import { expect, fixture, html } from '@open-wc/testing';
import { readCsv, type ContentError, type DatasetEntry } from '@rendir/core';
import '../define/rendir-dataset.ts';
import type { RendirDataset } from './dataset.ts';
import type { DatasetInput } from './types.ts';
import { fixtures } from './fixtures/index.ts';
import { fullyRead, gridRows, headers, settled, shadow, text } from './test-support/browser.ts';
import { listedProblems, thrownAtPage } from '../test-support/thrown.ts';

async function given(data: unknown): Promise<RendirDataset> {
  const el = await fixture<RendirDataset>(
    html`<rendir-dataset .data=${data as DatasetInput}></rendir-dataset>`,
  );
  await settled(el);
  return el;
}

describe('a data set given as JSON or as the data property', () => {
  it('shows the real SECOP II file given as records or columns and rows as its CSV', async () => {
    const csv = await fixture<RendirDataset>(
      html`<rendir-dataset src=${fixtures.secop}></rendir-dataset>`,
    );
    await fullyRead(csv, 20_000);
    const table = readCsv(new Uint8Array(await (await fetch(fixtures.secop)).arrayBuffer()), {
      file: 'secop.csv',
    });
    const records = table.rows.map((r) =>
      Object.fromEntries(table.headers.map((h, i) => [h, r.cells[i]])),
    );
    for (const data of [
      records,
      { columns: table.headers, rows: table.rows.map((r) => r.cells) },
    ]) {
      const el = await given(data);
      await fullyRead(el);
      expect(text(el, '.count')).to.equal(text(csv, '.count'));
      expect(headers(el)).to.deep.equal(headers(csv));
      expect(gridRows(el)).to.deep.equal(gridRows(csv));
    }
  });

  it('shows each kind of bad value at its property, record and field, never a guess', async () => {
    const thrown = await thrownAtPage(async () => {
      const el = await given([
        { municipio: 'Tunja', valor: 1.1 },
        'Pasto',
        { municipio: 'Paipa', valor: 2 ** 53 + 2 },
      ]);
      expect(listedProblems(el)).to.deep.equal([
        '<rendir-dataset> data, registro 1, campo valor: 1.1 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
        '<rendir-dataset> data, registro 2: Pasto no es un registro',
        '<rendir-dataset> data, registro 3, campo valor: 9007199254740994 es un número JSON, que pudo redondearse al escribirlo: las cifras se escriben como texto',
      ]);
      expect(shadow(el).querySelector('.body [role="row"]')).to.equal(null);
      await expect(el).to.be.accessible();
      const grid = await given({ columns: ['a', 'b'], rows: [['1', '2', 'tres']] });
      expect(listedProblems(grid)).to.deep.equal([
        '<rendir-dataset> data, registro 1: tres La fila tiene 3 campos y el encabezado 2: sobra el de la columna 3 (¿un separador sin comillas?)',
      ]);
      const nothing = await given({ filas: [] });
      expect(listedProblems(nothing)[0]).to.match(
        /^<rendir-dataset> data: \{…\} El archivo no es una lista de registros/,
      );
    });
    expect(thrown).to.deep.equal([]);
  });

  it('a JSON file follows the same rule, its problems named by the file', async () => {
    const body = JSON.stringify([{ municipio: 'Tunja', valor: 1234.5 }]);
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    try {
      const el = await fixture<RendirDataset>(
        html`<rendir-dataset lang="en" src=${`${url}#datos.json`}></rendir-dataset>`,
      );
      await settled(el);
      expect(listedProblems(el)).to.have.length(1);
      expect(listedProblems(el)[0]).to.match(/record 1, field valor: 1234\.5 is a JSON number/);
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('a catalog entry given as the entry property', () => {
  const entry: DatasetEntry = {
    id: 'contratos-2025',
    title: 'Contratos 2025 (catálogo)',
    publisher: 'Alcaldía de Ejemplo',
    keywords: ['contratos'],
    source: { kind: 'csv', url: fixtures.contratos },
    dialect: { decimal: ',' },
    extra: {},
  };

  async function withEntry(value: unknown): Promise<RendirDataset> {
    const el = await fixture<RendirDataset>(
      html`<rendir-dataset .entry=${value as DatasetEntry}></rendir-dataset>`,
    );
    await settled(el);
    return el;
  }

  it('reads a typed entry and the same entry as plain JSON alike: title, rows, link', async () => {
    for (const value of [entry, JSON.parse(JSON.stringify(entry)) as unknown]) {
      const el = await withEntry(value);
      await fullyRead(el);
      expect(text(el, 'h2')).to.equal('Contratos 2025 (catálogo)');
      expect(text(el, '.count')).to.equal('5 filas');
      expect(gridRows(el)[0][2]).to.equal('1.234.567,89');
    }
  });

  it('shows an empty entry as the error state at its property, record and field', async () => {
    const thrown = await thrownAtPage(async () => {
      const empty = await withEntry({});
      expect(listedProblems(empty)).to.deep.equal([
        '<rendir-dataset> entry, registro 1, campo id: Falta este campo o está vacío, y es obligatorio',
        '<rendir-dataset> entry, registro 1, campo title: Falta este campo o está vacío, y es obligatorio',
      ]);
      await expect(empty).to.be.accessible();
    });
    expect(thrown).to.deep.equal([]);
  });

  it('refuses a source and a dialect the catalog refuses, and a list where a record goes', async () => {
    const bad = await withEntry({
      ...entry,
      source: { kind: 'ftp', url: 'ftp://example.org/x.csv' },
      dialect: { decimal: 1.5 },
    });
    expect(listedProblems(bad)).to.deep.equal([
      '<rendir-dataset> entry, registro 1 (contratos-2025), campo source.kind: ftp no es un valor permitido',
      '<rendir-dataset> entry, registro 1 (contratos-2025), campo dialect.decimal: 1.5 no es un texto',
    ]);
  });

  it('a list where the record goes is one problem', async () => {
    const list = await withEntry([entry]);
    expect(listedProblems(list)).to.deep.equal([
      '<rendir-dataset> entry, registro 1: […] no es un registro',
    ]);
  });

  it('drops a javascript: link with a warning naming the property, as a catalog row', async () => {
    const el = document.createElement('rendir-dataset');
    el.entry = { ...entry, source: { kind: 'csv', url: 'javascript:alert(1)' } };
    const warned: ContentError[] = [];
    el.addEventListener('rendir-data-warnings', (e) => warned.push(...e.detail.warnings));
    await fixture(html`${el}`);
    await settled(el);
    expect(warned.map((w) => [w.code, w.file, w.field])).to.deep.equal([
      ['url.unsafe', '<rendir-dataset> entry', 'source.url'],
    ]);
    expect(shadow(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
