// Made-up contracts for the dataset bench: 10 columns as entities publish them (`;`,
// `es` numbers, dates, accents, some missing values). Deterministic, streamed to disk.
import { createWriteStream } from 'node:fs';

const DEPARTMENTS = [
  'Antioquia',
  'Boyacá',
  'Cundinamarca',
  'Nariño',
  'Bolívar',
  'Córdoba',
  'Cauca',
  'Huila',
];
const TOWNS = [
  'Bogotá',
  'Medellín',
  'San Andrés',
  'Tunja',
  'Pasto',
  'Santa Marta',
  'San Gil',
  'Montería',
  'Popayán',
  'Neiva',
];
const SECTORS = ['Salud', 'Educación', 'Transporte', 'Vivienda', 'Agua potable', 'Cultura'];
const ENTITIES = [
  'Alcaldía',
  'Gobernación',
  'Secretaría de Salud',
  'Instituto de Vías',
  'Empresa de Acueducto',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function es(n: number, decimals: number): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/**
 * A page reads at most `maxFileBytes` (100 MB, core limits.ts): a million rows describe
 * each contract in fewer words, to stay under it.
 */
export function benchRow(i: number, next: () => number, short = false): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
  const value = next() < 0.02 ? 'S/D' : es(next() * 1_000_000_000, 2);
  const progress = next() < 0.05 ? 'N/A' : `${es(next() * 100, 1)}%`;
  return [
    `CO-${String(i).padStart(7, '0')}`,
    `2025-${month}-${day}`,
    pick(DEPARTMENTS),
    pick(TOWNS),
    pick(ENTITIES),
    pick(SECTORS),
    short ? `Obra ${i}` : `Contrato de obra número ${i} para el sector`,
    value,
    String(1 + Math.floor(next() * 5000)),
    progress,
  ].join(';');
}

export const BENCH_HEADER =
  'contrato;fecha;departamento;municipio;entidad;sector;objeto;valor;cantidad;avance';

/** From this many rows, each row is shorter (see `benchRow`). */
const SHORT_ROWS = 1_000_000;

export async function writeBenchCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const next = random(rows);
  const write = (chunk: string) =>
    new Promise<void>((resolve) => (out.write(chunk) ? resolve() : out.once('drain', resolve)));
  await write(`${BENCH_HEADER}\n`);
  const lines: string[] = [];
  for (let i = 1; i <= rows; i++) {
    lines.push(benchRow(i, next, rows >= SHORT_ROWS));
    if (lines.length === 10_000) {
      await write(`${lines.join('\n')}\n`);
      lines.length = 0;
    }
  }
  if (lines.length) await write(`${lines.join('\n')}\n`);
  await new Promise<void>((resolve) => out.end(resolve));
}
