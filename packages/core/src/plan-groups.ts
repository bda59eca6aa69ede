/**
 * The plan as a citizen browses it: ejes, then programas, then goals, in the order the file
 * gives them, with each group's money for one year. Money is summed only within a year and
 * a key, exactly; a year's money the file leaves undecided is summed nowhere.
 */
import { sumDecimals } from './decimal.ts';
import type { PlanGoal, PlanMoneyKey } from './schemas/plan.ts';

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

/**
 * The exact sum of some goals' money of one year and key, with how many goals carry it;
 * undefined when none does (a sum of nothing is not a zero a citizen should read).
 */
export function sumPlanMoney(
  goals: readonly PlanGoal[],
  year: string,
  key: PlanMoneyKey,
): { sum: string; goals: number } | undefined {
  const parts: string[] = [];
  for (const g of goals) {
    const v = g.years[year]?.money[key];
    if (v !== undefined) parts.push(v);
  }
  return parts.length ? { sum: sumDecimals(parts), goals: parts.length } : undefined;
}
