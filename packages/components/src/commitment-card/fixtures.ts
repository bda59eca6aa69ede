/**
 * Fixtures shared by the tests, the stories and the benchmark. The IV plan's commitments
 * are real (`fixtures/colombia-plan-accion-iv-compromisos.csv`, copied from the shared
 * data); every milestone, IRM rating and date here is MADE UP, and the elements are told
 * so (`example="milestones"` or `example="all"`) so that the reader is told too.
 */
import type { Commitment, Milestone, OgpValue } from '@rendir/core';
import { COMPLETION_LEVELS, INFLUENCE_LEVELS, OGP_VALUES } from './logic.ts';

/** The 15 commitments of Colombia's IV Open State Action Plan 2020-2022 (real; many leads empty). */
export const ivPlanUrl = new URL(
  './fixtures/colombia-plan-accion-iv-compromisos.csv',
  import.meta.url,
).href;

/** Commitments of the I-III plans with OGP ids (real). */
export const earlierPlansUrl = new URL(
  './fixtures/colombia-compromisos-anteriores.csv',
  import.meta.url,
).href;

/** Made-up milestones for three IV plan commitments: always shown with `example="milestones"`. */
export const ivPlanMilestonesUrl = new URL('./fixtures/hitos-ejemplo-plan-iv.csv', import.meta.url)
  .href;

/** A made-up commitment with every field filled: shown with `example="all"`. */
export const exampleCommitment: Commitment = {
  id: 'EJ-07',
  title: 'Presupuestos participativos en línea (ejemplo)',
  actionPlan: 'Plan de acción de ejemplo 2024-2026',
  leadInstitution: 'Alcaldía de Ejemplo',
  supportingActors: ['Veeduría Ciudadana de Ejemplo', 'Universidad de Ejemplo'],
  ogpValues: ['civic_participation', 'public_accountability'],
  description:
    'Abrir una plataforma en la que la ciudadanía proponga y vote proyectos de inversión local.',
  problem: 'La ciudadanía no sabe cómo se deciden las inversiones de su barrio.',
  startDate: '2024-03-01',
  endDate: '2026-06-30',
  completion: 'substantial',
  starred: true,
  potentialImpact: 'transformative',
  publicInfluence: 'collaborate',
  url: 'https://www.example.org/compromisos/ej-07',
  lastUpdated: '2026-09-30',
  extra: {},
};

/**
 * Five made-up milestones whose progress is known by hand: 100 (complete, no figure),
 * 50, 20, 0 (not started, no figure) and one in progress without a figure (unknown).
 * Mean of the four known = 170 / 4 = 42.5 %; 1 of 5 complete.
 */
export const exampleMilestones: Milestone[] = [
  {
    commitmentId: 'EJ-07',
    title: 'Votación ciudadana de proyectos',
    startDate: '2025-02-01',
    endDate: '2025-09-30',
    status: 'delayed',
    progressPct: '20',
    extra: {},
  },
  {
    commitmentId: 'EJ-07',
    title: 'Diseño de la plataforma con organizaciones sociales',
    responsible: 'Secretaría de Ejemplo',
    startDate: '2024-03-01',
    endDate: '2024-08-31',
    status: 'complete',
    evidenceUrl: 'https://www.example.org/evidencia/diseno',
    extra: {},
  },
  {
    commitmentId: 'EJ-07',
    title: 'Lanzamiento de la plataforma',
    startDate: '2024-09-01',
    endDate: '2025-01-31',
    status: 'in_progress',
    progressPct: '50',
    evidenceUrl: 'https://www.example.org/evidencia/lanzamiento',
    extra: {},
  },
  {
    commitmentId: 'EJ-07',
    title: 'Informe público de resultados',
    startDate: '2026-01-01',
    endDate: '2026-06-30',
    status: 'not_started',
    extra: {},
  },
  {
    commitmentId: 'EJ-07',
    title: 'Capacitación a juntas de acción comunal',
    status: 'in_progress',
    extra: {},
  },
  {
    commitmentId: 'OTRO-1',
    title: 'Hito de otro compromiso que la tarjeta no debe mostrar',
    status: 'complete',
    extra: {},
  },
];

/** The same commitment as an entity would publish it, with Spanish headers and values. */
export const exampleCommitmentsCsv = [
  'Código;Título;Plan de acción;Entidad responsable;Actores de apoyo;Valores OGP;Descripción;Problema;Fecha de inicio;Fecha de fin;Cumplimiento;Estelar;Impacto potencial;Influencia pública;Enlace;Última actualización',
  'EJ-07;Presupuestos participativos en línea (ejemplo);Plan de acción de ejemplo 2024-2026;Alcaldía de Ejemplo;Veeduría Ciudadana de Ejemplo|Universidad de Ejemplo;Participación ciudadana|Rendición de cuentas;Abrir una plataforma en la que la ciudadanía proponga y vote proyectos de inversión local.;La ciudadanía no sabe cómo se deciden las inversiones de su barrio.;01/03/2024;30/06/2026;Sustancial;sí;Transformador;Colaborar;https://www.example.org/compromisos/ej-07;2026-09-30',
  'EJ-08;Datos de contratación en formato abierto (ejemplo);Plan de acción de ejemplo 2024-2026;;;Acceso a la información;;;2024-06;2025;Limitado;no;;;;2023-01-10',
].join('\n');

/** Milestones for `exampleCommitmentsCsv`, with Spanish headers and a comma decimal. */
export const exampleMilestonesCsv = [
  'Compromiso;Hito;Responsable;Fecha de inicio;Fecha de fin;Estado;Avance;Evidencia',
  'EJ-07;Diseño de la plataforma con organizaciones sociales;Secretaría de Ejemplo;2024-03-01;2024-08-31;completo;;https://www.example.org/evidencia/diseno',
  'EJ-07;Lanzamiento de la plataforma;;2024-09-01;2025-01-31;en curso;50;https://www.example.org/evidencia/lanzamiento',
  'EJ-07;Votación ciudadana de proyectos;;2025-02-01;2025-09-30;retrasado;20,5;',
  'EJ-08;Publicar el primer conjunto;;2024-06-01;2024-12-31;sin iniciar;;',
].join('\n');

/** Milestones with errors an author must be told about, line and column included. */
export const brokenMilestonesCsv = [
  'commitment_id,title,status,progress_pct',
  'EJ-07,Hito con avance imposible,in_progress,150',
  'EJ-07,Hito con estado desconocido,hecho,10',
].join('\n');

/** Untrusted text that must be shown as text: script in the title, `javascript:` evidence. */
export const hostileCommitment: Commitment = {
  id: 'XSS-1',
  title:
    '<script>window.__rendirPwned = true</script><img src=x onerror="window.__rendirPwned = true">',
  leadInstitution: '<b>Entidad</b>',
  supportingActors: [],
  ogpValues: [],
  url: 'javascript:window.__rendirPwned = true',
  extra: {},
};

export const hostileMilestones: Milestone[] = [
  {
    commitmentId: 'XSS-1',
    title: 'Hito con evidencia peligrosa',
    status: 'in_progress',
    progressPct: '10',
    evidenceUrl: 'javascript:window.__rendirPwned = true',
    extra: {},
  },
];

/** A commitment with nothing but the two required fields. */
export const bareCommitment: Commitment = {
  id: 'IV-03',
  title: 'Sistema de Información Ambiental (SIAC)',
  supportingActors: [],
  ogpValues: [],
  extra: {},
};

/** A long Spanish title and institution names, to test wrapping at 320 px. */
export const longLabelsCommitment: Commitment = {
  ...exampleCommitment,
  id: 'EJ-LARGO-0001',
  title:
    'Fortalecimiento de la transparencia, la participación ciudadana y la rendición de cuentas en la contratación pública de los departamentos y municipios de categorías cuarta, quinta y sexta (ejemplo)',
  leadInstitution:
    'Departamento Administrativo de la Función Pública y Secretaría de Transparencia de la Presidencia de la República',
  supportingActors: [
    'Confederación Colombiana de Organizaciones No Gubernamentales',
    'Red de Veedurías Ciudadanas de Colombia',
  ],
  ogpValues: [
    'access_to_information',
    'civic_participation',
    'public_accountability',
    'technology_innovation',
  ],
};

const PLANS = [
  'Plan de acción de ejemplo 2018-2020',
  'Plan de acción de ejemplo 2020-2022',
  'Plan de acción de ejemplo 2023-2025',
  'Plan de acción de ejemplo 2025-2027',
];
const PLACES = [
  'Bogotá',
  'Medellín',
  'Cali',
  'Barranquilla',
  'Cartagena',
  'Bucaramanga',
  'Pereira',
  'Manizales',
  'Pasto',
  'Neiva',
  'Montería',
  'Popayán',
];
const TOPICS = [
  'Datos abiertos de contratación',
  'Participación en el presupuesto',
  'Transparencia en regalías',
  'Acceso a la información ambiental',
  'Rendición de cuentas en salud',
  'Trámites sin corrupción',
  'Justicia abierta',
  'Integridad en la policía',
  'Seguimiento al plan de desarrollo',
  'Escuela de gobierno abierto',
];

/** A deterministic pseudo-random sequence (mulberry32), so fixtures never change. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` made-up commitments and three milestones each, always the same for a count.
 * One in seven has no lead institution and one in five no IRM completion, as real files do.
 */
export function generateCommitments(count: number): {
  commitments: Commitment[];
  milestones: Milestone[];
} {
  const next = random(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const commitments: Commitment[] = [];
  const milestones: Milestone[] = [];
  const statuses = ['complete', 'in_progress', 'delayed', 'not_started'] as const;
  for (let i = 1; i <= count; i++) {
    const id = `EJ-${String(i).padStart(4, '0')}`;
    const place = pick(PLACES);
    const values = OGP_VALUES.filter(() => next() < 0.4);
    const year = 2018 + Math.floor(next() * 8);
    commitments.push({
      id,
      title: `${pick(TOPICS)} en ${place} (ejemplo ${i})`,
      actionPlan: pick(PLANS),
      ...(i % 7 === 0 ? {} : { leadInstitution: `Alcaldía de ${place}` }),
      supportingActors: next() < 0.5 ? [`Veeduría ciudadana de ${pick(PLACES)}`] : [],
      ogpValues: (values.length ? values : [pick(OGP_VALUES)]) as OgpValue[],
      description: `Compromiso inventado número ${i} para probar la lista con muchos datos.`,
      startDate: `${year}-01-01`,
      endDate: `${year + 2}-06-30`,
      ...(i % 5 === 0 ? {} : { completion: pick(COMPLETION_LEVELS) }),
      starred: next() < 0.1,
      publicInfluence: pick(INFLUENCE_LEVELS),
      lastUpdated: `${year + 1}-0${1 + Math.floor(next() * 9)}-15`,
      extra: {},
    });
    for (let k = 1; k <= 3; k++) {
      const status = pick(statuses);
      milestones.push({
        commitmentId: id,
        title: `Hito ${k} del compromiso ${i}`,
        status,
        ...(status === 'in_progress' || status === 'delayed'
          ? { progressPct: String(Math.floor(next() * 90) + 5) }
          : {}),
        extra: {},
      });
    }
  }
  return { commitments, milestones };
}

/** A fixed "today" so that staleness notices in tests and stories never drift. */
export const fixedToday = '2026-11-22';
