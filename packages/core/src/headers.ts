/**
 * Header matching: case, accents, spaces, `_` and `-` do not matter, and Spanish and
 * English aliases both work (`Apropiación vigente`, `apropiacion_vigente`,
 * `current_appropriation`).
 */

const COMBINING_RE = /[\u0300-\u036f]/g;
const IGNORED_RE = /[\s_\-.]+/g;

/** `Apropiación  Vigente` -> `apropiacionvigente`. */
export function normaliseHeader(h: string): string {
  return h.normalize('NFD').replace(COMBINING_RE, '').toLowerCase().replace(IGNORED_RE, '');
}

/** Canonical key -> aliases (Spanish and English), as authors write them. */
export type AliasTable = Record<string, readonly string[]>;

/** Headers of a budget line's project name: its `name` where no other column gives one. */
export const PROJECT_NAME_HEADERS = ['nombre del proyecto', 'nombre proyecto', 'project name'];

export const BUDGET_ALIASES: AliasTable = {
  fiscal_year: ['vigencia', 'año', 'anio', 'year', 'ano fiscal', 'año fiscal', 'ejercicio'],
  code: [
    'código',
    'codigo',
    'rubro',
    'código presupuestal',
    'código rubro',
    'codigo rubro',
    'código del rubro',
    'rubro presupuestal',
    'cod rubro',
    'posición presupuestal',
    // CHIP and CUIPO (Contraloría) exports: `CUENTA`, `NOMBRE_CUENTA`.
    'cuenta',
    'código cuenta',
    'codigo cuenta',
  ],
  parent_code: [
    'padre',
    'código padre',
    'codigo padre',
    'cod padre',
    'rubro padre',
    'parent',
    'parent code',
  ],
  name: [
    'nombre',
    'descripción',
    'descripcion',
    'nombre rubro',
    'nombre del rubro',
    'descripción rubro',
    'descripcion rubro',
    'concepto',
    'nombre de la cuenta',
    'nombre cuenta',
    // A project's name (Mexico's Ramo 23, investment reports): the line's name, unless a
    // column above names the line itself (PROJECT_NAME_HEADERS).
    ...PROJECT_NAME_HEADERS,
  ],
  bpin: ['bpin', 'código bpin'],
  flow: ['tipo', 'flujo', 'type'],
  funding_source: [
    'fuente',
    'fuente de financiación',
    'fuente de financiacion',
    'fuentes de financiación',
    'fuentes financiacion',
    'source',
  ],
  // The cut-off a row's figures run to (CUIPO's `PERIODO`, a quarter): figures of several
  // cut-offs of one year are cumulative and are never added.
  period: [
    'periodo',
    'período',
    'trimestre',
    'corte',
    'fecha de corte',
    'fecha corte',
    'period',
    'quarter',
  ],
  // Which year's appropriation a figure executes (CUIPO's VIGENCIA ACTUAL, RESERVAS, CUENTAS
  // POR PAGAR): reserves of last year are never added to the current year's figure. The
  // Contraloría's current CUIPO datasets name it NOM_ and COD_VIGENCIA_DEL_GASTO.
  expense_vigencia: [
    'vigencia del gasto',
    'nom vigencia del gasto',
    'cod vigencia del gasto',
    'vigencia gasto',
    'tipo de vigencia',
  ],
  // The budget section a row is part of (CUIPO's SECCION_PRESUPUESTAL: a municipality's
  // central administration, council, ombudsman), each with its own total rows.
  section: ['sección presupuestal', 'seccion presupuestal', 'budget section'],
  citizen_label: ['nombre ciudadano', 'etiqueta ciudadana', 'nombre para la ciudadanía'],
  // Singular and plural of each amount, as Excel exports and people write them.
  initial_appropriation: [
    'apropiación inicial',
    'apropiacion inicial',
    'apropiaciones iniciales',
    'presupuesto inicial',
    'initial appropriation',
    'monto aprobado',
    'presupuesto aprobado',
    // SIIF Nación's execution reports (MinHacienda): `APR. INICIAL`, `APR. VIGENTE`.
    'apr inicial',
  ],
  current_appropriation: [
    'apropiación vigente',
    'apropiaciones vigentes',
    'apropiación definitiva',
    'apropiacion definitiva',
    'apropiaciones definitivas',
    'apropiación',
    'apropiacion',
    'apropiaciones',
    'presupuesto vigente',
    'presupuesto definitivo',
    'apr vigente',
    'current appropriation',
  ],
  cdp: [
    'certificados de disponibilidad',
    'certificados disponibilidad',
    'certificado de disponibilidad',
    'cdp',
    'cdps',
  ],
  commitments: [
    'compromisos',
    'compromiso',
    'registros presupuestales',
    'registro presupuestal',
    'rp',
  ],
  obligations: ['obligaciones', 'obligación', 'obligacion'],
  payments: ['pagos', 'pago', 'giros', 'giro'],
  amount: ['valor', 'monto', 'importe', 'valor total', 'importes', 'montos', 'valores'],
};

export const INDICATOR_ALIASES: AliasTable = {
  indicator_id: ['id', 'id indicador', 'código indicador', 'codigo', 'código'],
  name: ['nombre', 'indicador', 'medición', 'medicion', 'nombre del indicador', 'measure'],
  group: ['pilar', 'eje', 'sector', 'grupo', 'pillar', 'category', 'categoría'],
  unit: ['unidad', 'unidad de medida'],
  direction: ['tendencia', 'sentido', 'dirección', 'trend'],
  tolerance: ['tolerancia'],
  baseline_value: ['línea base', 'linea base', 'baseline', 'valor línea base'],
  baseline_period: ['periodo línea base', 'período línea base', 'año línea base', 'baseline year'],
  target_value: ['meta', 'target', 'valor meta'],
  target_period: ['periodo meta', 'período meta', 'año meta', 'target year'],
  responsible: ['responsable'],
  source: ['fuente'],
  description: ['descripción', 'descripcion'],
  commitment_id: ['compromiso', 'id compromiso'],
  bpin: ['bpin'],
};

export const VALUE_ALIASES: AliasTable = {
  indicator_id: ['id', 'id indicador', 'código indicador', 'indicador'],
  period: ['periodo', 'período', 'año', 'fecha', 'date', 'year'],
  value: ['valor', 'dato'],
  note: ['nota', 'observación', 'observacion', 'notes'],
  source_url: ['url fuente', 'enlace fuente', 'fuente url', 'url'],
};

export const COMMITMENT_ALIASES: AliasTable = {
  commitment_id: ['id', 'id compromiso', 'código', 'codigo'],
  title: ['título', 'titulo', 'nombre', 'compromiso'],
  action_plan: ['plan de acción', 'plan de accion', 'plan'],
  lead_institution: ['entidad responsable', 'institución líder', 'entidad líder', 'responsable'],
  supporting_actors: ['actores de apoyo', 'otros actores', 'actores'],
  ogp_values: ['valores ogp', 'valores', 'valores de gobierno abierto'],
  description: ['descripción', 'descripcion'],
  problem: ['problema', 'problemática'],
  start_date: ['fecha de inicio', 'fecha inicio', 'inicio', 'start'],
  end_date: ['fecha de fin', 'fecha fin', 'fecha final', 'fin', 'end'],
  completion: ['cumplimiento', 'avance', 'nivel de cumplimiento'],
  starred: ['estelar', 'destacado'],
  potential_impact: ['impacto potencial'],
  potential_results: ['resultados potenciales'],
  public_influence: ['influencia pública', 'influencia publica', 'nivel de participación'],
  url: ['enlace', 'link'],
  last_updated: ['última actualización', 'ultima actualizacion', 'actualizado'],
};

export const MILESTONE_ALIASES: AliasTable = {
  commitment_id: ['id compromiso', 'compromiso'],
  title: ['título', 'titulo', 'hito', 'nombre', 'milestone'],
  responsible: ['responsable'],
  start_date: ['fecha de inicio', 'fecha inicio', 'inicio', 'start'],
  end_date: ['fecha de fin', 'fecha fin', 'fecha final', 'fin', 'end'],
  status: ['estado'],
  progress_pct: ['avance', 'porcentaje de avance', 'avance %', 'progreso', 'progress'],
  evidence_url: ['evidencia', 'url evidencia', 'enlace evidencia', 'evidence'],
};

export const DATASET_ALIASES: AliasTable = {
  dataset_id: ['id', 'identificador', 'id conjunto'],
  title: ['título', 'titulo', 'nombre'],
  description: ['descripción', 'descripcion'],
  publisher: ['publicador', 'entidad', 'editor'],
  contact_email: ['correo', 'correo de contacto', 'email', 'contacto'],
  keywords: ['palabras clave', 'etiquetas', 'tags'],
  theme: ['tema', 'categoría', 'categoria'],
  license: ['licencia'],
  issued: ['fecha de publicación', 'fecha publicacion', 'publicado'],
  modified: ['fecha de actualización', 'actualizado', 'última actualización'],
  accrual_periodicity: ['frecuencia de actualización', 'periodicidad', 'frecuencia'],
  file: ['archivo'],
  url: ['enlace', 'url de descarga'],
  api: ['tipo de api', 'tipo de fuente'],
  ckan_resource_id: ['recurso ckan', 'id recurso ckan'],
  delimiter: ['delimitador', 'separador'],
  encoding: ['codificación', 'codificacion'],
  decimal: ['separador decimal'],
  group: ['separador de miles'],
};

/** Builds normalised header -> canonical key for a table (the key itself is an alias too). */
export function aliasIndex(table: AliasTable): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, aliases] of Object.entries(table)) {
    index.set(normaliseHeader(key), key);
    for (const a of aliases) {
      const n = normaliseHeader(a);
      if (!index.has(n)) index.set(n, key);
    }
  }
  return index;
}

export interface HeaderMatch {
  /** canonical key -> 0-based column index (the first column that matched). */
  keys: Map<string, number>;
  /** Columns that matched no key: 0-based index -> header as written. */
  extra: Map<number, string>;
  /** Columns that matched a key another column already took. */
  duplicates: { index: number; key: string; header: string }[];
}

/**
 * Matches headers to canonical keys. `columns` is an explicit mapping (sidecar
 * `columns:`) from the header as written to a key, which wins over aliases.
 */
export function matchHeaders(
  headers: readonly string[],
  table: AliasTable | Map<string, string>,
  columns: Record<string, string> = {},
): HeaderMatch {
  const index = table instanceof Map ? table : aliasIndex(table);
  const explicit = new Map<string, string>();
  for (const [h, key] of Object.entries(columns)) explicit.set(normaliseHeader(h), key);
  const keys = new Map<string, number>();
  const extra = new Map<number, string>();
  const duplicates: HeaderMatch['duplicates'] = [];
  headers.forEach((header, i) => {
    const n = normaliseHeader(header);
    const key = explicit.get(n) ?? index.get(n);
    if (key === undefined) extra.set(i, header);
    else if (keys.has(key)) duplicates.push({ index: i, key, header });
    else keys.set(key, i);
  });
  return { keys, extra, duplicates };
}
