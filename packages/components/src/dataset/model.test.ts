// The widget's logic without the DOM: column types, views, sorting, filters, staleness,
// portal queries and the row window.
import { expect } from '@open-wc/testing';
import type { LocalTable } from './model.ts';
import { computeView, sortByKeys } from './view.ts';
import { tableFromJson, tableFromRows } from './json-table.ts';
import { packRows, packedCell, packedCells, packedLength } from './packed-rows.ts';
import { searchTexts } from './search-texts.ts';
import { foldText as fold, type CsvRow } from '@rendir/core';
import { parseFilter } from './filters.ts';
import { overdueSince, parsePeriodicity, mergeMetadata } from './metadata.ts';
import { RowHeights, rowWindow, scrollToRow, MAX_HEIGHT } from './windowing.ts';
import { SocrataSource, soqlWhere } from './sources/socrata.ts';
import { CkanSource } from './sources/ckan.ts';

function table(lines: string[], numberFormat?: 'es' | 'en'): LocalTable {
  const [head, ...rows] = lines.map((l) => l.split(';'));
  return tableFromRows(
    'prueba.csv',
    head,
    rows.map((cells, i) => ({ line: i + 2, cells })),
    { numberFormat },
  );
}

const q = (over: object = {}) => ({ search: '', filters: {}, sort: null, ...over });

describe('dataset model', () => {
  it('decides column types from the values, numbers in the format they prove', () => {
    const t = table([
      'municipio;habitantes;fecha;sitio;activo',
      'Tunja;210.000,5;15/03/2025;https://tunja.gov.co;true',
      'Pasto;S/D;2025-04;mailto:a@b.co;false',
    ]);
    expect(t.columns.map((c) => c.type)).to.deep.equal([
      'text',
      'number',
      'date',
      'url',
      'boolean',
    ]);
    expect(t.numberFormat).to.equal('es');
    expect(t.key(0, 1)).to.equal(210000.5);
    expect(Number.isNaN(t.key(1, 1))).to.equal(true);
    expect(t.errors).to.deep.equal([]);
  });

  it('reads dates in the day/month order the file proves, and never guesses one', () => {
    const dayFirst = table(['municipio;fecha', 'Tunja;15/03/2025', 'Pasto;03/04/2025']);
    expect(dayFirst.columns[1].type).to.equal('date');
    expect(dayFirst.columns[1].dateOrder).to.equal('DMY');
    expect(dayFirst.key(1, 1)).to.equal(Date.UTC(2025, 3, 3), '3 April, as 15/03 proves');
    const monthFirst = table([
      'municipio;fecha',
      'Tunja;03/15/2025 12:00:00 AM',
      'Pasto;03/04/2025',
    ]);
    expect(monthFirst.columns[1].dateOrder).to.equal('MDY');
    expect(monthFirst.key(1, 1)).to.equal(Date.UTC(2025, 2, 4), 'March 4, as 03/15 proves');
    // Nothing proves an order: the dates are shown as written, not read one way or the other.
    const undecided = table(['municipio;fecha', 'Tunja;03/04/2025', 'Pasto;05/06/2025']);
    expect(undecided.columns[1].type).to.equal('text');
  });

  it('reports ambiguous numbers with file, line, column and value', () => {
    const t = table(['municipio;habitantes', 'Tunja;1.234', 'Paipa;2.500']);
    expect(t.errors).to.have.length(1);
    expect(t.errors[0]).to.include({
      file: 'prueba.csv',
      line: 2,
      column: 2,
      value: '1.234',
      code: 'number.ambiguous',
    });
    expect(table(['municipio;habitantes', 'Tunja;1.234'], 'en').key(0, 1)).to.equal(1.234);
  });

  it('keeps a year column as dates only when its header says so', () => {
    expect(table(['año;valor', '2024;1', '2025;2']).columns[0].type).to.equal('date');
    expect(table(['cantidad;valor', '2024;1', '2025;2']).columns[0].type).to.equal('number');
  });

  it('sorts numbers, dates and text with missing values last, stable', () => {
    const t = table(['nombre;valor', 'Ñandú;3', 'árbol;S/D', 'Zorro;1', 'abeja;3']);
    const names = (v: Uint32Array) => [...v].map((i) => t.cells(i)[0]);
    expect(
      names(computeView(t, q({ sort: { key: 'valor', direction: 'ascending' } }), 'es')),
    ).to.deep.equal(['Zorro', 'Ñandú', 'abeja', 'árbol']);
    expect(
      names(computeView(t, q({ sort: { key: 'valor', direction: 'descending' } }), 'es')),
    ).to.deep.equal(['Ñandú', 'abeja', 'Zorro', 'árbol']);
    expect(
      names(computeView(t, q({ sort: { key: 'nombre', direction: 'ascending' } }), 'es')),
    ).to.deep.equal(['abeja', 'árbol', 'Ñandú', 'Zorro']);
  });

  it('sorts by keys like a stable comparator sort, missing last, on random data', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(random() * 300);
      const view = Uint32Array.from({ length: n }, (_, k) => k * 3);
      const keys = Float64Array.from({ length: n }, () =>
        random() < 0.1 ? NaN : random() < 0.1 ? -0 : Math.floor(random() * 20) - 10,
      );
      for (const descending of [false, true]) {
        const expected = [...view.keys()]
          .sort((a, b) => {
            const x = keys[a];
            const y = keys[b];
            if (Number.isNaN(x) || Number.isNaN(y))
              return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
            return x === y ? a - b : (x < y ? -1 : 1) * (descending ? -1 : 1);
          })
          .map((k) => view[k]);
        expect([...sortByKeys(view, keys, descending)]).to.deep.equal(expected);
      }
    }
  });

  it('searches and filters without regard to accents or case; compares numbers read in the reader’s language', () => {
    const t = table(['municipio;valor', 'Bogotá;1.500.000,5', 'BOYACÁ;20,5', 'Medellín;S/D']);
    const names = (v: Uint32Array) => [...v].map((i) => t.cells(i)[0]);
    expect(names(computeView(t, q({ search: 'bogota' }), 'es'))).to.deep.equal(['Bogotá']);
    expect(names(computeView(t, q({ search: 'MEDELLIN' }), 'es'))).to.deep.equal(['Medellín']);
    expect(names(computeView(t, q({ filters: { valor: '> 1.000' } }), 'es'))).to.deep.equal([
      'Bogotá',
    ]);
    expect(names(computeView(t, q({ filters: { valor: '> 1,000' } }), 'en'))).to.deep.equal([
      'Bogotá',
    ]);
    expect(names(computeView(t, q({ filters: { valor: '<= 20,5' } }), 'es'))).to.deep.equal([
      'BOYACÁ',
    ]);
    expect(names(computeView(t, q({ filters: { municipio: 'boya' } }), 'es'))).to.deep.equal([
      'BOYACÁ',
    ]);
  });

  it('reads filters: comparisons for numbers, text otherwise', () => {
    expect(parseFilter('v', 'number', '>= 1.234,5', 'es')).to.deep.equal({
      key: 'v',
      kind: 'compare',
      op: '>=',
      value: '1234.5',
    });
    expect(parseFilter('v', 'number', '<> 0', 'es')).to.deep.equal({
      key: 'v',
      kind: 'compare',
      op: '!=',
      value: '0',
    });
    expect(parseFilter('v', 'number', 'mil', 'es')).to.deep.equal({
      key: 'v',
      kind: 'contains',
      text: 'mil',
    });
    expect(parseFilter('v', 'text', '> 5', 'es')).to.deep.equal({
      key: 'v',
      kind: 'contains',
      text: '> 5',
    });
    expect(parseFilter('v', 'text', '  ', 'es')).to.equal(null);
    expect(fold('Ñuñoa BOGOTÁ Ærø')).to.equal('nunoa bogota ærø');
  });

  it('builds tables from JSON records and from columns and rows', () => {
    const records = tableFromJson(
      [
        { a: 'x', b: 1 },
        { a: 'y', c: { url: 'https://e.co' } },
      ],
      'datos.json',
    );
    expect(records.columns.map((c) => c.key)).to.deep.equal(['a', 'b', 'c']);
    expect(Array.from({ length: records.length }, (_, i) => records.cells(i))).to.deep.equal([
      ['x', '1', ''],
      ['y', '', 'https://e.co'],
    ]);
    const grid = tableFromJson({ columns: ['a', { key: 'b' }], rows: [['1', '2']] }, 'datos.json');
    expect(grid.columns.map((c) => c.key)).to.deep.equal(['a', 'b']);
    expect(() => tableFromJson('nada', 'x.json')).to.throw('content');
  });
});

describe('dataset metadata', () => {
  it('reads periodicity as ISO 8601, DCAT and EU frequency URIs, and words', () => {
    expect(parsePeriodicity('P1M')).to.deep.equal({ years: 0, months: 1, days: 0 });
    expect(parsePeriodicity('R/P1Y')).to.deep.equal({ years: 1, months: 0, days: 0 });
    expect(parsePeriodicity('P2W')).to.deep.equal({ years: 0, months: 0, days: 14 });
    expect(parsePeriodicity('http://purl.org/cld/freq/quarterly')).to.deep.equal({
      years: 0,
      months: 3,
      days: 0,
    });
    expect(
      parsePeriodicity('http://publications.europa.eu/resource/authority/frequency/ANNUAL'),
    ).to.deep.equal({
      years: 1,
      months: 0,
      days: 0,
    });
    expect(parsePeriodicity('Mensual')).to.deep.equal({ years: 0, months: 1, days: 0 });
    expect(parsePeriodicity('Semestral')).to.deep.equal({ years: 0, months: 6, days: 0 });
    expect(parsePeriodicity('irregular')).to.equal(undefined);
  });

  it('says a data set is overdue only after its period has passed', () => {
    const now = new Date('2025-06-15T12:00:00Z');
    expect(overdueSince('2025-05-01', 'mensual', now)?.toISOString().slice(0, 10)).to.equal(
      '2025-06-01',
    );
    expect(overdueSince('2025-06-01', 'mensual', now)).to.equal(undefined);
    expect(overdueSince('2024-06-15', 'anual', now)).to.equal(undefined);
    expect(overdueSince('2024-06-14', 'anual', now)?.toISOString().slice(0, 10)).to.equal(
      '2025-06-14',
    );
    expect(overdueSince('no es fecha', 'anual', now)).to.equal(undefined);
    expect(overdueSince('2020-01-01', 'irregular', now)).to.equal(undefined);
  });

  it('merges layers: the first that has a field wins', () => {
    expect(
      mergeMetadata(
        { title: '', publisher: 'A' },
        { title: 'T', publisher: 'B', keywords: [] },
        { keywords: ['k'] },
      ),
    ).to.deep.equal({ publisher: 'A', title: 'T', keywords: ['k'] });
  });
});

describe('dataset portal queries', () => {
  it('writes SoQL for Socrata: $where, $q, $order with :id, $limit/$offset, count(*)', () => {
    const s = new SocrataSource('https://www.datos.gov.co/resource/jbjy-vk9h.json');
    const query = {
      offset: 40,
      limit: 20,
      search: 'salud',
      filters: [
        { key: 'valor', kind: 'compare' as const, op: '>' as const, value: '1000.5' },
        { key: 'nombre_entidad', kind: 'contains' as const, text: "O'Higgins" },
        { key: 'Año firma', kind: 'contains' as const, text: '2025' },
      ],
      sort: { key: 'valor', direction: 'descending' as const },
    };
    const url = new URL(s.dataUrl(query));
    expect(url.origin + url.pathname).to.equal('https://www.datos.gov.co/resource/jbjy-vk9h.json');
    expect(url.searchParams.get('$where')).to.equal(
      "valor > 1000.5 AND upper(nombre_entidad) like '%O''HIGGINS%' AND upper(`Año firma`) like '%2025%'",
    );
    expect(url.searchParams.get('$q')).to.equal('salud');
    expect(url.searchParams.get('$order')).to.equal('valor DESC,:id');
    expect(url.searchParams.get('$limit')).to.equal('20');
    expect(url.searchParams.get('$offset')).to.equal('40');
    expect(new URL(s.countUrl(query)).searchParams.get('$select')).to.equal('count(*)');
    expect(soqlWhere([])).to.equal('');
  });

  it('writes datastore_search for CKAN: q per field, exact numbers, sort; ranges reported as not applied', () => {
    const c = new CkanSource('https://datos.example.org/', 'res-1');
    const { url, ignored } = c.searchUrl({
      offset: 0,
      limit: 50,
      search: 'agua',
      filters: [
        { key: 'municipio', kind: 'contains', text: 'Tunja' },
        { key: 'valor', kind: 'compare', op: '=', value: '7' },
        { key: 'avance', kind: 'compare', op: '>', value: '5' },
      ],
      sort: { key: 'valor', direction: 'ascending' },
    });
    const p = new URL(url).searchParams;
    expect(url.startsWith('https://datos.example.org/api/3/action/datastore_search?')).to.equal(
      true,
    );
    expect(p.get('resource_id')).to.equal('res-1');
    expect(p.get('q')).to.equal('{"municipio":"Tunja"}');
    expect(p.get('full_text')).to.equal('agua');
    expect(p.get('filters')).to.equal('{"valor":"7"}');
    expect(p.get('sort')).to.equal('"valor" asc');
    expect(ignored).to.deep.equal(['avance']);
  });
});

describe('dataset row window', () => {
  const uniform = (count: number) => ({
    count,
    heights: new RowHeights(),
    viewport: 400,
    scrollTop: 0,
  });

  it('draws only the rows in view, and scrolls exactly to any row', () => {
    const g = uniform(100_000);
    const w = rowWindow(g);
    expect([w.first, w.last, w.height]).to.deep.equal([0, 16, 4_000_000]);
    expect(w.top(3)).to.equal(120);
    expect(scrollToRow(99_999, g)).to.equal(99_999 * 40 + 40 - 400);
    expect(scrollToRow(5, { ...g, scrollTop: 4000 })).to.equal(200);
    expect(scrollToRow(101, { ...g, scrollTop: 4000 })).to.equal(4000);
  });

  it('gives each row its own height: a tall card moves only the rows after it', () => {
    const g = uniform(1000);
    const { heights } = g;
    heights.clear(40, 1000);
    // Cards of 200 px, the third 500 px (a long name), one far down 90 px.
    for (let p = 0; p < 10; p++) heights.set(p, p === 2 ? 500 : 200);
    heights.set(700, 90);
    expect([0, 1, 2, 3, 10].map((p) => heights.offset(p))).to.deep.equal([0, 200, 400, 900, 2300]);
    expect(heights.offset(701), 'past the measured: the estimate').to.equal(2300 + 690 * 40 + 90);
    expect([0, 199, 200, 899, 900, 2299, 2300].map((y) => heights.indexAt(y))).to.deep.equal([
      0, 0, 1, 2, 3, 9, 10,
    ]);
    expect(heights.indexAt(heights.offset(701)), 'past every measured row').to.equal(701);
    const w = rowWindow({ ...g, scrollTop: 950 });
    expect([w.first, w.last]).to.deep.equal([0, 5 + 6]);
    expect(w.top(3)).to.equal(900);
    expect(w.height).to.equal(heights.offset(1000));
    // Down to the tall card: its bottom at the view's bottom; a card taller than the view
    // shows its top.
    heights.set(5, 600);
    expect(scrollToRow(4, g)).to.equal(1100 + 200 - 400);
    expect(scrollToRow(5, g)).to.equal(1300);
    expect([4, 5, 6].map((p) => heights.height(p))).to.deep.equal([200, 600, 200]);
    // Another width or order: every row counts as the new estimate until measured.
    heights.clear(30);
    expect([heights.height(2), heights.offset(10)]).to.deep.equal([30, 300]);
    heights.set(3, 99);
    expect(heights.height(3), 'no room: not recorded').to.equal(30);
  });

  it('compresses a million rows under the browser’s height limit', () => {
    const g = uniform(1_000_000);
    expect(rowWindow(g).height).to.equal(MAX_HEIGHT);
    const end = scrollToRow(999_999, g);
    expect(end).to.be.at.most(MAX_HEIGHT - 400);
    const w = rowWindow({ ...g, scrollTop: end });
    expect(w.last).to.equal(999_999);
    // The last row sits at the bottom of the viewport, measured or not.
    expect(w.top(999_999) - end).to.be.closeTo(360, 0.001);
    g.heights.clear(40, 1_000_000);
    g.heights.set(999_999, 120);
    const tall = scrollToRow(999_999, g);
    expect(rowWindow({ ...g, scrollTop: tall }).top(999_999) - tall).to.be.closeTo(280, 0.001);
  });
});

describe('rows packed in one string per batch', () => {
  it('gives back every cell as written: empty, ragged, line breaks, accents, emoji', () => {
    const rows = [
      { line: 2, cells: ['Tunja', '1.234,5', ''] },
      { line: 3, cells: ['', 'Niñez\r\ny “juventud”', '🚸'] },
      { line: 5, cells: ['solo'] },
      { line: 6, cells: [] },
    ];
    const packed = packRows(rows);
    expect(packedLength(packed)).to.equal(4);
    expect(Array.from({ length: 4 }, (_, r) => packedCells(packed, r))).to.deep.equal(
      rows.map((r) => r.cells),
    );
    expect(packedCell(packed, 2, 1), 'past a short row').to.equal('');
    expect(packedCell(packed, 1, 2)).to.equal('🚸');
  });

  it('finds a row across batches of any size', () => {
    const t = table(['a;b', '1;x', '2;y']);
    const add = (rows: CsvRow[]) => t.append({ rows: packRows(rows), texts: searchTexts(rows) });
    add([{ line: 4, cells: ['3', 'z'] }]);
    add(Array.from({ length: 700 }, (_, i) => ({ line: 5 + i, cells: [`${4 + i}`, 'w'] })));
    expect(t.length).to.equal(703);
    expect([0, 1, 2, 3, 702].map((r) => t.cells(r)[0])).to.deep.equal(['1', '2', '3', '4', '703']);
    expect(t.cells(2)).to.deep.equal(['3', 'z']);
    expect(t.cells(703), 'past the end').to.deep.equal([]);
    expect(t.cells(-1)).to.deep.equal([]);
  });
});
