// Budget-like CSV text as entities publish it: `;`, es numbers, accents, 10 columns.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const HEADER =
  'Vigencia;Sector;Entidad;Programa;Código;Fuente;Apropiación inicial;Apropiación vigente;Compromisos;Pagos';

const SECTORS = [
  'Salud',
  'Educación',
  'Movilidad',
  'Gobierno',
  'Hacienda',
  'Cultura',
  'Ambiente',
  'Hábitat',
];

/** Deterministic pseudo-random numbers (mulberry32). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `1234567.89` as cents -> `1.234.567,89`. */
export function esAmount(cents: bigint): string {
  const int = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${int},${(cents % 100n).toString().padStart(2, '0')}`;
}

export function budgetCsv(rows: number, seed = 42): string {
  const rand = prng(seed);
  const out: string[] = [HEADER];
  const cents = () => BigInt(Math.floor(rand() * 1e9)) * 1000n + BigInt(Math.floor(rand() * 1000));
  for (let i = 0; i < rows; i++) {
    const s = SECTORS[i % SECTORS.length];
    const initial = cents();
    const current = initial + BigInt(Math.floor(rand() * 1e8));
    const committed = (current * BigInt(Math.floor(rand() * 100))) / 100n;
    const paid = (committed * BigInt(Math.floor(rand() * 100))) / 100n;
    out.push(
      [
        '2025',
        s,
        `Entidad ${s} ${i % 37}`,
        `Programa ${i % 211}`,
        `${1000 + (i % 9000)}-${i}`,
        i % 3 === 0 ? 'Recursos propios' : 'SGP',
        esAmount(initial),
        esAmount(current),
        esAmount(committed),
        esAmount(paid),
      ].join(';'),
    );
  }
  return out.join('\r\n') + '\r\n';
}

/** The file at `path`, generated once and reused. */
export function ensureBudgetFile(path: string, rows: number): string {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, budgetCsv(rows));
  }
  return readFileSync(path, 'utf8');
}
