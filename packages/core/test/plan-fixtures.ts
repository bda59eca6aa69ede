// Test support: the real plans indicativos (fixtures/plan-real/README.md), as bytes and read.
import { readFileSync } from 'node:fs';
import { readPlan } from '../src/index.ts';

export const planBytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/plan-real/${name}`, import.meta.url)));

/** Tenjo's plan 2024-2027 read with no sidecar. */
export const readTenjo = () =>
  readPlan(planBytes('tenjo-plan-indicativo-2024-2027.csv'), { file: 'plan/tenjo.csv' });
