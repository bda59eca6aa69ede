/**
 * The words each enumerated field accepts, Spanish and English, for every reader of the
 * records (CSV and JSON alike): one list per field, so that a value one reader takes the
 * other never drops. Free of the CSV parser: the widgets' JSON code imports it alone.
 */
import { normaliseHeader } from '../headers.ts';
import type { IndicatorDirection } from '../types.ts';
import {
  COMPLETION_LEVELS,
  IMPACT_LEVELS,
  INFLUENCE_LEVELS,
  MILESTONE_STATUSES,
  OGP_VALUES,
  RESULTS_LEVELS,
} from './field-values.ts';

/**
 * `table[key]` for the table's own keys only: content is untrusted, and `constructor` or
 * `__proto__` must not reach Object.prototype.
 */
export function ownValue<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Sets a field named by content (a header) as an own property, even `__proto__`. */
export function setField(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** Canonical enum value from Spanish/English words, insensitive to case and accents. */
export function enumValue<T extends string>(raw: string, table: Record<string, T>): T | undefined {
  return ownValue(table, normaliseHeader(raw));
}

/** The canonical values of a table, each once, in the table's order (a scale's, lowest first). */
export function enumWords<T extends string>(table: Record<string, T>): T[] {
  return [...new Set(Object.values(table))];
}

/**
 * A field's word table: each value, written any way a header may be (`not_started`,
 * `Not started`), and the other words that mean it (`noiniciado`, folded as `enumValue` folds).
 */
export function wordTable<T extends string>(
  values: readonly T[],
  others: Record<string, T>,
): Record<string, T> {
  const table: Record<string, T> = {};
  for (const v of values) table[normaliseHeader(v)] = v;
  return Object.assign(table, others);
}

// Each field's table, from its values in order (field-values.ts). The tables are marked
// pure, and the values live apart, so that a widget that only draws a scale does not carry
// the words it never reads.
export const OGP = /* @__PURE__ */ wordTable(OGP_VALUES, {
  accesoalainformacion: 'access_to_information',
  accesoalainformacionpublica: 'access_to_information',
  participacionciudadana: 'civic_participation',
  participacioncivica: 'civic_participation',
  rendiciondecuentas: 'public_accountability',
  technologyandinnovation: 'technology_innovation',
  technologyandinnovationfortransparencyandaccountability: 'technology_innovation',
  tecnologiaeinnovacion: 'technology_innovation',
});

export const COMPLETION = /* @__PURE__ */ wordTable(COMPLETION_LEVELS, {
  noiniciado: 'not_started',
  limitado: 'limited',
  sustancial: 'substantial',
  completo: 'complete',
  completado: 'complete',
  sinevidencia: 'no_evidence',
});

export const IMPACT = /* @__PURE__ */ wordTable(IMPACT_LEVELS, {
  ninguno: 'none',
  menor: 'minor',
  moderado: 'moderate',
  transformador: 'transformative',
});

export const RESULTS = /* @__PURE__ */ wordTable(RESULTS_LEVELS, {
  pococlaro: 'unclear',
  modesto: 'modest',
  sustancial: 'substantial',
});

export const INFLUENCE = /* @__PURE__ */ wordTable(INFLUENCE_LEVELS, {
  informar: 'inform',
  consultar: 'consult',
  involucrar: 'involve',
  colaborar: 'collaborate',
  empoderar: 'empower',
});

export const MILESTONE_STATUS = /* @__PURE__ */ wordTable(MILESTONE_STATUSES, {
  noiniciado: 'not_started',
  sininiciar: 'not_started',
  enprogreso: 'in_progress',
  encurso: 'in_progress',
  enejecucion: 'in_progress',
  completo: 'complete',
  cumplido: 'complete',
  terminado: 'complete',
  retrasado: 'delayed',
  atrasado: 'delayed',
});

/** The words a yes/no cell (`starred`) takes. */
export const YES = /* @__PURE__ */ new Set(['si', 'sí', 'yes', 'true', '1', 'x', 'verdadero']);
export const NO = /* @__PURE__ */ new Set(['no', 'false', '0', 'falso']);
export const YES_NO_WORDS = ['sí/yes', 'no'];

export const DIRECTION: Record<string, IndicatorDirection> = {
  increase: 'increase',
  incremento: 'increase',
  incrementar: 'increase',
  aumento: 'increase',
  aumentar: 'increase',
  ascendente: 'increase',
  creciente: 'increase',
  decrease: 'decrease',
  reduccion: 'decrease',
  reducir: 'decrease',
  disminucion: 'decrease',
  disminuir: 'decrease',
  descendente: 'decrease',
  decreciente: 'decrease',
  maintain: 'maintain',
  mantenimiento: 'maintain',
  mantener: 'maintain',
  sostener: 'maintain',
};
export const DIRECTION_WORDS = [
  'incremento/increase',
  'reducción/decrease',
  'mantenimiento/maintain',
];

export const FLOW: Record<string, 'expense' | 'income'> = {
  expense: 'expense',
  expenses: 'expense',
  gasto: 'expense',
  gastos: 'expense',
  egreso: 'expense',
  egresos: 'expense',
  income: 'income',
  revenue: 'income',
  ingreso: 'income',
  ingresos: 'income',
};
