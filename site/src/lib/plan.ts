// A plan's figures for its section: each goal's years side by side (core's planYearProgress,
// one rule for every page), each eje's money per year (core's sumPlanMoney: within one year
// and key, never across years), and what the total row's check says. They depend on the plan
// and the site's execution key only, so both languages share one computation per build.
import {
  planYearProgress,
  subtractDecimals,
  sumPlanMoney,
  type ExecutionKey,
  type PlanEjeGroup,
  type PlanGoal,
  type PlanMoneyKey,
  type PlanTotalCheck,
  type PlanYearProgress,
} from '@rendir/core';
import type { PlanItem } from './model/types.ts';

/** Money keys in the order of the chain: planned, appropriated, committed, paid. */
export const PLAN_MONEY_ORDER: readonly PlanMoneyKey[] = [
  'financial_plan',
  'initial_appropriation',
  'current_appropriation',
  'commitments',
  'obligations',
  'payments',
];

export interface PlanGoalView {
  goal: PlanGoal;
  /** The plan's years this goal has any figure for, each with its progress (core's rule). */
  years: PlanYearProgress[];
  flagged: boolean;
}

export interface PlanEjeMoney {
  year: string;
  key: PlanMoneyKey;
  sum: string;
  /** How many of the eje's goals carry this figure. */
  goals: number;
}

export interface PlanView {
  ejes: { group: PlanEjeGroup; goals: Map<PlanGoal, PlanGoalView>; money: PlanEjeMoney[] }[];
  /** The columns some goal has a figure for: a plan without money shows no money column. */
  has: { expected: boolean; physical: boolean; financial: boolean; money: boolean };
  goalCount: number;
  notEvaluable: number;
  flagged: number;
  /** `none`: the file has no total row; `checked`: every figure reconciles; `differs`: some do not. */
  total: { kind: 'none' | 'checked' | 'differs'; rows: PlanTotalRow[]; differing: number };
}

/** One figure of the total row: as published, the goals' exact sum and the difference. */
export interface PlanTotalRow extends PlanTotalCheck {
  difference: string;
}

const views = new WeakMap<PlanItem, Map<ExecutionKey, PlanView>>();

export function planView(plan: PlanItem, key: ExecutionKey): PlanView {
  let byKey = views.get(plan);
  if (!byKey) views.set(plan, (byKey = new Map()));
  let view = byKey.get(key);
  if (!view) byKey.set(key, (view = computeView(plan, key)));
  return view;
}

function computeView(plan: PlanItem, key: ExecutionKey): PlanView {
  let flagged = 0;
  const has = { expected: false, physical: false, financial: false, money: false };
  for (const goal of plan.goals)
    for (const y of Object.values(goal.years)) {
      has.expected ||= y.expected !== undefined;
      has.money ||= Object.keys(y.money).length > 0;
    }
  const ejes = plan.ejes.map((group) => {
    const goals = new Map<PlanGoal, PlanGoalView>();
    for (const program of group.programs)
      for (const goal of program.goals) {
        const years = plan.years
          .filter((y) => goal.years[y] !== undefined)
          .map((y) => planYearProgress(goal, y, key));
        const isFlagged = years.some((y) => y.flag !== undefined);
        has.physical ||= years.some((y) => y.physicalPercent !== undefined);
        has.financial ||= years.some((y) => y.financialPercent !== undefined);
        if (isFlagged) flagged++;
        goals.set(goal, { goal, years, flagged: isFlagged });
      }
    const all = group.programs.flatMap((p) => p.goals);
    const money: PlanEjeMoney[] = [];
    for (const year of plan.years)
      for (const k of PLAN_MONEY_ORDER) {
        const s = sumPlanMoney(all, year, k);
        if (s) money.push({ year, key: k, ...s });
      }
    return { group, goals, money };
  });
  const rows = plan.totalRow.map((c) => ({
    ...c,
    difference: subtractDecimals(c.published, c.goalsSum),
  }));
  const differing = rows.filter((c) => !c.reconciles).length;
  return {
    ejes,
    has,
    goalCount: plan.goals.length,
    notEvaluable: plan.goals.filter((g) => g.notEvaluable?.length).length,
    flagged,
    total: {
      kind: rows.length === 0 ? 'none' : differing === 0 ? 'checked' : 'differs',
      rows,
      differing,
    },
  };
}
