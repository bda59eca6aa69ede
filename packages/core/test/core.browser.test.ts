// The core in Chromium (through @web/test-runner: mocha's describe/it, @open-wc/testing's
// expect): reading bytes, streaming, exact sums, progress and Intl formatting, with no
// Node built-ins. The unit runner's glob also matches this file, so in Node the same
// cases run through node:test and chai's expect instead of failing to load.
import type { expect as ChaiExpect } from 'chai';
import {
  encodeWindows1252,
  formatCompact,
  formatMoney,
  indicatorProgress,
  readBudget,
  readCsv,
  readIndicators,
  readPlan,
  readSdgSeries,
  safeUrl,
  streamCsv,
  sumDecimals,
} from '../src/index.ts';

type Suite = (name: string, body: () => void) => void;
type Case = (name: string, body: () => void | Promise<void>) => void;

const inBrowser = typeof window !== 'undefined';
// Kept out of the browser's module graph: the test server would try to resolve it.
const nodeTestModule = 'node:test';
const runner: { describe: Suite; it: Case } = inBrowser
  ? { describe: globalThis.describe as Suite, it: globalThis.it as Case }
  : ((await import(nodeTestModule)) as { describe: Suite; it: Case });
const expect: typeof ChaiExpect = inBrowser
  ? ((await import('@open-wc/testing')).expect as unknown as typeof ChaiExpect)
  : (await import('chai')).expect;
const { describe, it } = runner;

const BOGOTA = [
  'Pilar;Medición;2016-2017;2018-2019;2022-2023 (meta)',
  'Transparencia institucional;Condiciones institucionales para la información pública;69,6;72,6;85',
  'Confianza, colaboración e innovación;Índice de innovación pública;37,7;S/D;60',
  'Confianza, colaboración e innovación;Uso de internet para trámites con instituciones distritales;S/D;18%;35%',
].join('\n');

describe('@rendir/core in the browser', () => {
  it('reads the Bogotá wide table and computes progress', () => {
    const r = readIndicators(new TextEncoder().encode(BOGOTA), { file: 'bogota.csv' });
    expect(r.errors).to.deep.equal([]);
    expect(r.records).to.have.length(3);
    const p = indicatorProgress(r.records[0]);
    expect(p.progressPct).to.equal('19.48');
    expect(p.status).to.equal('at_risk');
    expect(indicatorProgress(r.records[1]).status).to.equal('no_data');
    const pct = r.records[2].baseline.value;
    expect('isPercent' in pct && pct.isPercent).to.equal(true);
  });

  it('reads Windows-1252 bytes with € and curly quotes', () => {
    const t = readCsv(encodeWindows1252('Nota;Valor\n“Café” – €;1.234,50\n'), { file: 'x.csv' });
    expect(t.encoding).to.equal('windows-1252');
    expect(t.rows[0].cells).to.deep.equal(['“Café” – €', '1.234,50']);
  });

  it('streams a Blob of UTF-16 LE bytes (Excel "Unicode Text")', async () => {
    const text = 'Descripción\tValor\r\nPequeña obra 😀\t1.234,56\r\nNiño\t7\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    // Re-cut into 3-byte chunks: they split code units and the surrogate pair of 😀.
    const recut = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        for (let i = 0; i < chunk.length; i += 3) controller.enqueue(chunk.slice(i, i + 3));
      },
    });
    const source = new Blob([bytes]).stream().pipeThrough(recut);
    const table = await streamCsv(source, { file: 'unicode.txt' });
    expect(table.encoding).to.equal('utf-16le');
    expect(table.dialect.delimiter).to.equal('\t');
    expect(table.headers).to.deep.equal(['Descripción', 'Valor']);
    expect(table.rows.map((r) => r.cells)).to.deep.equal([
      ['Pequeña obra 😀', '1.234,56'],
      ['Niño', '7'],
    ]);
    expect(table.warnings).to.deep.equal([]);
    expect(table).to.deep.equal(readCsv(bytes, { file: 'unicode.txt' }));
  });

  it('streams a 100,000-row file and shows the first rows before the rest is parsed', async () => {
    const lines = ['Vigencia;Sector;Valor'];
    const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    for (let i = 0; i < 100_000; i++)
      lines.push(`2025;Sector ${i % 9};${grouped(i * 1000 + (i % 1000))},25`);
    const blob = new Blob([lines.join('\n')]);
    let firstBatchAt = -1;
    let batches = 0;
    const table = await streamCsv(blob.stream(), {
      file: 'big.csv',
      chunkRows: 2000,
      onRows: (rows) => {
        if (batches === 0) firstBatchAt = rows[0].line;
        batches++;
      },
    });
    expect(firstBatchAt).to.equal(2);
    expect(batches).to.be.greaterThan(10);
    expect(table.rows).to.have.length(100_000);
    const budget = readBudget(table, { file: 'big.csv', levels: ['Sector'] });
    expect(budget.errors.length).to.equal(0);
    // Σ i × 1000 + (i mod 1000) + 0.25 over i < 100,000, computed independently with BigInt.
    let cents = 0n;
    for (let i = 0n; i < 100_000n; i++) cents += (i * 1000n + (i % 1000n)) * 100n + 25n;
    const frac = (cents % 100n).toString().padStart(2, '0').replace(/0+$/, '');
    const expected = frac ? `${cents / 100n}.${frac}` : `${cents / 100n}`;
    expect(sumDecimals(budget.records.map((b) => b.amounts.amount!))).to.equal(expected);
  });

  it('reads a plan indicativo as Spanish Excel saves it and an Open SDG series', () => {
    const plan = encodeWindows1252(
      [
        'EJE;PROGRAMA;META DE RESULTADO;L.B;META DE PRODUCTO;L.B;TENDENCIA;VALOR ESPERADO 2024;APROPIACION 2024',
        'Eje 1;Agua;Cobertura;90%;Optimizar 27 km de redes;2 km;I;5;$1.000.000,50',
        'Eje 1;Agua;Cobertura;90%;Construir 2 tanques;0;I;1;$2.000.000,00',
        ';;;;;;;;$3.000.000,50',
      ].join('\r\n'),
    );
    const p = readPlan(plan, { file: 'plan/p.csv' });
    expect(p.errors).to.deep.equal([]);
    expect(p.goals.map((g) => g.baseline)).to.deep.equal([
      { text: '2 km' },
      { value: '0', isPercent: false, raw: '0' },
    ]);
    expect(p.totalRow.map((t) => [t.published, t.reconciles])).to.deep.equal([['3000000.5', true]]);
    const sdg = readSdgSeries('Year,Sex,Value\n2020,,NA\n2020,Female,12.5\n', { file: 'i.csv' });
    expect(sdg.headline[0].value).to.deep.equal({ missing: 'not_available', raw: 'NA' });
    expect(sdg.dimensions).to.deep.equal([{ name: 'Sex', values: ['Female'] }]);
  });

  it('formats money exactly and in Spanish long scale with the browser Intl', () => {
    expect(formatMoney('530111333555778.44', { locale: 'es-CO' }).replace(/\s/g, ' ')).to.equal(
      '$ 530.111.333.555.778,44',
    );
    expect(formatCompact('1200000000000', 'es-CO')).to.equal('1,2\u00a0billones');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
  });
});
