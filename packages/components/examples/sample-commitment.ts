import type { Commitment } from '@rendir/core';

/** One commitment record, as `@rendir/core` reads it (or the generator passes it as JSON). */
export const sampleCommitment: Commitment = {
  id: 'CO0001',
  title: 'Datos abiertos de contratación pública',
  actionPlan: 'IV Plan de Acción de Gobierno Abierto',
  leadInstitution: 'Agencia Nacional de Contratación Pública',
  supportingActors: ['Secretaría de Transparencia'],
  ogpValues: ['access_to_information', 'public_accountability'],
  description: 'Publicar los contratos del Estado como datos abiertos.',
  startDate: '2020-09-01',
  endDate: '2022-08-31',
  completion: 'substantial',
  lastUpdated: '2026-01-15',
  extra: {},
};
