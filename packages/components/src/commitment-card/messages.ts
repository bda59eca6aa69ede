/**
 * Every word the commitment card and list show, in Spanish and English. The IRM's
 * scales are explained in plain language: a citizen should not need to know what the
 * Independent Reporting Mechanism is to read its verdict.
 */
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';
import type { Completion, PotentialImpact, PotentialResults, PublicInfluence } from './logic.ts';
import type { OgpValue } from '@rendir/core';

export type CommitmentMessages = MessagesOf<typeof commitmentMessages>;

export const commitmentMessages = defineCatalogue('commitment', {
  commitment: 'Compromiso',
  actionPlan: 'Plan de acción',
  leadInstitution: 'Entidad responsable',
  supportingActors: 'Actores de apoyo',
  ogpValues: 'Valores de gobierno abierto',
  dates: 'Fechas',
  startDate: 'Inicio',
  endDate: 'Fin',
  description: 'Descripción',
  problem: 'Problema que atiende',
  moreInfo: 'Más sobre este compromiso',
  lastUpdated: 'Última actualización',
  stale: (months: number) =>
    `Esta información se actualizó por última vez hace más de ${months} ${months === 1 ? 'mes' : 'meses'}: puede estar desactualizada.`,
  exampleAll: 'Ejemplo: datos inventados para una demostración. No son cifras reales.',
  exampleMilestones:
    'Hitos de ejemplo: inventados para una demostración. No son el avance real de este compromiso.',
  exampleBadge: 'Ejemplo',
  exampleMilestonesShort: 'Hitos de ejemplo, inventados: no es el avance real.',
  exampleMilestonesList:
    'Hitos de ejemplo: inventados para una demostración. No son el avance real de estos compromisos.',
  showDetails: 'Ver hitos y evaluación',
  hideDetails: 'Ocultar hitos y evaluación',
  unsafeLink: '(enlace no permitido: solo se abren direcciones http y https)',

  milestones: 'Hitos',
  noMilestones: 'No se han publicado hitos para este compromiso.',
  milestoneProgress: 'Avance',
  milestoneResponsible: 'Responsable',
  evidence: 'Evidencia',
  evidenceFor: (title: string) => `Evidencia: ${title}`,
  averageOf: (measured: number, total: number) =>
    measured === total
      ? 'promedio del avance de todos los hitos, cada uno con el mismo peso'
      : `promedio de los ${measured} hitos con avance publicado, de ${total}`,

  value_access_to_information: 'Acceso a la información',
  value_civic_participation: 'Participación ciudadana',
  value_public_accountability: 'Rendición de cuentas',
  value_technology_innovation: 'Tecnología e innovación',

  irm: 'Evaluación independiente (MRI)',
  irmNone: 'El Mecanismo de Revisión Independiente no ha publicado una evaluación.',
  whatIs: '¿Qué significa?',
  completion: 'Cumplimiento',
  completionAbout:
    'Cuánto de lo prometido se hizo, según el Mecanismo de Revisión Independiente (MRI) de la Alianza para el Gobierno Abierto.',
  completionMeaning_not_started: 'Ninguna de las actividades previstas había comenzado.',
  completionMeaning_limited: 'Se hicieron algunas actividades, pero poco de lo prometido.',
  completionMeaning_substantial: 'Se hizo la mayor parte de lo prometido.',
  completionMeaning_complete: 'Se hizo todo lo prometido.',
  completionMeaning_no_evidence: 'El MRI no encontró evidencia suficiente para evaluarlo.',
  impact: 'Impacto potencial',
  impactAbout:
    'Cuánto podría cambiar el compromiso, tal como está escrito, la forma de trabajar del Estado si se cumpliera del todo.',
  impact_none: 'Ninguno',
  impact_minor: 'Menor',
  impact_moderate: 'Moderado',
  impact_transformative: 'Transformador',
  impactMeaning_none: 'No cambiaría la práctica actual.',
  impactMeaning_minor: 'Un paso pequeño, gradual.',
  impactMeaning_moderate: 'Un paso importante, pero de alcance limitado.',
  impactMeaning_transformative: 'Podría transformar la forma de trabajar del Estado en su tema.',
  results: 'Resultados potenciales',
  resultsAbout:
    'La escala más reciente del MRI (planes desde 2020): lo que el compromiso podría lograr tal como se diseñó.',
  results_unclear: 'Poco claros',
  results_modest: 'Modestos',
  results_substantial: 'Sustanciales',
  resultsMeaning_unclear: 'Sus objetivos no son claros o no se espera que cambie la práctica.',
  resultsMeaning_modest: 'Un cambio positivo pero limitado.',
  resultsMeaning_substantial: 'Podría traer un cambio significativo en la práctica.',
  starred: 'Estelar',
  starredAbout:
    'El MRI destaca como estelares los compromisos claros y verificables, relevantes para el gobierno abierto, de alto impacto potencial y cumplidos sustancial o totalmente.',
  starredYes: 'Compromiso estelar',
  starredNo: 'No es estelar',
  influence: 'Influencia ciudadana',
  influenceAbout:
    'Cuánto pudo la ciudadanía incidir en el compromiso mientras se ejecutaba, en una escala de informar a empoderar.',
  influence_inform: 'Informar',
  influence_consult: 'Consultar',
  influence_involve: 'Involucrar',
  influence_collaborate: 'Colaborar',
  influence_empower: 'Empoderar',
  influenceMeaning_inform: 'El Estado solo dio información a la ciudadanía.',
  influenceMeaning_consult: 'La ciudadanía pudo dar su opinión.',
  influenceMeaning_involve:
    'Se recogieron los aportes ciudadanos y el Estado explicó cómo los tuvo en cuenta.',
  influenceMeaning_collaborate: 'Diálogo continuo: la ciudadanía ayudó a fijar la agenda.',
  influenceMeaning_empower: 'El Estado cedió decisiones a la ciudadanía.',
  influenceLevel: (n: number, of: number) => `nivel ${n} de ${of}`,
  reached: 'nivel alcanzado',

  listLabel: 'Compromisos',
  filters: 'Filtrar compromisos',
  search: 'Buscar',
  searchHint: 'Palabras del título, la entidad, la descripción o el código.',
  filterPlan: 'Plan de acción',
  filterInstitution: 'Entidad (responsable o de apoyo)',
  filterValue: 'Valor de gobierno abierto',
  filterCompletion: 'Cumplimiento (MRI)',
  all: 'Todos',
  clear: 'Limpiar filtros',
  filtersToggle: (active: number) =>
    active === 0 ? 'Filtros' : `Filtros (${active} ${active === 1 ? 'activo' : 'activos'})`,
  summary: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'compromiso' : 'compromisos'}`
      : `${shown} de ${total} ${total === 1 ? 'compromiso' : 'compromisos'}`,
  noMatches: 'Ningún compromiso coincide con estos filtros.',
  inPage: (n: number) => `; se muestran los primeros ${n}`,
  showMore: (n: number, remaining: number) =>
    n === remaining ? `Mostrar los ${n} restantes` : `Mostrar ${n} más (quedan ${remaining})`,
  option: (name: string, count: number) => `${name} (${count})`,
});

/** Typed look-ups for the keys built from data values. */
export const valueKey = (v: OgpValue) => `value_${v}` as const;
export const completionMeaningKey = (c: Completion) => `completionMeaning_${c}` as const;
export const impactKey = (v: PotentialImpact) => `impact_${v}` as const;
export const impactMeaningKey = (v: PotentialImpact) => `impactMeaning_${v}` as const;
export const resultsKey = (v: PotentialResults) => `results_${v}` as const;
export const resultsMeaningKey = (v: PotentialResults) => `resultsMeaning_${v}` as const;
export const influenceKey = (v: PublicInfluence) => `influence_${v}` as const;
export const influenceMeaningKey = (v: PublicInfluence) => `influenceMeaning_${v}` as const;
