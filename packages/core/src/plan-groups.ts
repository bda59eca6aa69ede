/**
 * The plan as a citizen browses it: ejes, then programas, then goals, in the order the file
 * gives them, for the plan section and the widgets. (A group's money: sumPlanMoney, beside the
 * reader that checks the total row with it.)
 */
import type { PlanGoal } from './schemas/plan.ts';

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
