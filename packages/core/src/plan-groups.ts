/**
 * The plan as a citizen browses it: ejes, then programas, then goals, in the order the file
 * gives them, for the plan section and the widgets. (A group's money: sumPlanMoney, beside the
 * reader that checks the total row with it.)
 */
import { sumPlanMoney } from './schemas/plan.ts';
import { foldText } from './text.ts';
import type { PlanGoal, PlanMoneyKey, PlanWithheldMoney } from './schemas/plan.ts';

export interface PlanProgramGroup {
  program: string;
  goals: PlanGoal[];
}

export interface PlanEjeGroup {
  eje: string;
  programs: PlanProgramGroup[];
  /** Goals in the eje, across its programs. */
  goalCount: number;
}

/** Goals grouped by eje and programa, each in the order of its first goal in the file. */
export function planByEje(goals: readonly PlanGoal[]): PlanEjeGroup[] {
  const ejes = new Map<string, PlanEjeGroup>();
  const programs = new Map<PlanEjeGroup, Map<string, PlanProgramGroup>>();
  for (const goal of goals) {
    let eje = ejes.get(goal.eje);
    if (!eje) {
      eje = { eje: goal.eje, programs: [], goalCount: 0 };
      ejes.set(goal.eje, eje);
      programs.set(eje, new Map());
    }
    const byName = programs.get(eje)!;
    let program = byName.get(goal.program);
    if (!program) {
      program = { program: goal.program, goals: [] };
      byName.set(goal.program, program);
      eje.programs.push(program);
    }
    program.goals.push(goal);
    eje.goalCount++;
  }
  return [...ejes.values()];
}

/** Two names of an eje or a goal are one in any case or accents, as authors retype them. */
const sameName = (a: string, b: string) => foldText(a).trim() === foldText(b).trim();

/** The eje a name points to (the tracker's `eje`, an MDX report's `eje="…"`). */
export function planEjeNamed(
  ejes: readonly PlanEjeGroup[],
  name: string,
): PlanEjeGroup | undefined {
  return ejes.find((e) => sameName(e.eje, name));
}

/**
 * The goals a text points to (the tracker's `goal`): those whose code it is, else those whose
 * name it is. The first is the one the tracker shows; more than one is an ambiguous name.
 */
export function planGoalsNamed(goals: readonly PlanGoal[], text: string): PlanGoal[] {
  const byCode = goals.filter((g) => g.code !== undefined && sameName(g.code, text));
  return byCode.length ? byCode : goals.filter((g) => sameName(g.name, text));
}

/** Money keys in the order of the chain: planned, appropriated, committed, paid. */
export const PLAN_MONEY_ORDER: readonly PlanMoneyKey[] = [
  'financial_plan',
  'initial_appropriation',
  'current_appropriation',
  'commitments',
  'obligations',
  'payments',
];

/** One year and key of some goals' money: its exact sum, or why the file's column is withheld. */
export type PlanMoneyRow = { year: string; key: PlanMoneyKey } & (
  { sum: string; goals: number } | { withheld: PlanWithheldMoney }
);

/**
 * Some goals' money per year and key (an eje's, a plan's): each sum within one year and key,
 * never across years; a withheld column says so instead of a partial sum shown as if whole;
 * a figure no goal carries is left out (not a zero).
 */
export function planMoneyByYear(
  goals: readonly PlanGoal[],
  years: readonly string[],
  withheld: readonly PlanWithheldMoney[] = [],
): PlanMoneyRow[] {
  const rows: PlanMoneyRow[] = [];
  for (const year of years)
    for (const key of PLAN_MONEY_ORDER) {
      const refused = withheld.find((w) => w.year === year && w.key === key);
      const sum = refused ? undefined : sumPlanMoney(goals, year, key);
      if (refused) rows.push({ year, key, withheld: refused });
      else if (sum) rows.push({ year, key, ...sum });
    }
  return rows;
}
