// A plan's figures for its section: each goal's years side by side (core's planGoalYears,
// one rule for every page and the tracker), each eje's money per year (core's
// planMoneyByYear: within one year and key, never across years, a withheld column said so),
// and what the total row's check says. They depend on the plan
// and the site's execution key only, so both languages share one computation per build.
import {
  columnLetter,
  foldText,
  planGoalYears,
  planMoneyByYear,
  planTargetProgress,
  slugify,
  subtractDecimals,
  uniqueSlugs,
  type ExecutionKey,
  type PlanEjeGroup,
  type PlanGoal,
  type PlanMoneyRow,
  type PlanTargetProgress,
  type PlanTotalCheck,
  type PlanWithheldMoney,
  type PlanYearProgress,
} from '@rendir/core';
import type { PlanItem } from './model/types.ts';
import { planDownloadName } from './model/downloads.ts';
import { t, type Lang } from './i18n.ts';

export interface PlanGoalView {
  goal: PlanGoal;
  /** The plan's years this goal has any figure for, each with its progress (core's rule). */
  years: PlanYearProgress[];
  flagged: boolean;
  /** Against the four-year target: only when the sidecar declares how the goal accumulates. */
  target: PlanTargetProgress;
}

export interface PlanView {
  ejes: { group: PlanEjeGroup; goals: Map<PlanGoal, PlanGoalView>; money: PlanMoneyRow[] }[];
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
      has.money ||= Object.keys(y.money).length > 0 || (y.undecidedMoney?.length ?? 0) > 0;
    }
  const ejes = plan.ejes.map((group) => {
    const goals = new Map<PlanGoal, PlanGoalView>();
    for (const program of group.programs)
      for (const goal of program.goals) {
        const years = planGoalYears(goal, plan.years, key);
        const isFlagged = years.some((y) => y.flag !== undefined);
        has.physical ||= years.some((y) => y.physicalPercent !== undefined);
        has.financial ||= years.some((y) => y.financialPercent !== undefined);
        if (isFlagged) flagged++;
        goals.set(goal, {
          goal,
          years,
          flagged: isFlagged,
          target: planTargetProgress(goal, plan),
        });
      }
    const all = group.programs.flatMap((p) => p.goals);
    return { group, goals, money: planMoneyByYear(all, plan.years, plan.withheldMoney) };
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

/** Per plan: each goal's name for the tracker's `goal` attribute and its embed page's id. */
const goalRefs = new WeakMap<PlanItem, Map<PlanGoal, { ref: string; id: string }>>();

/**
 * What the tracker's `goal` attribute names a goal by, and its embed page's id: its code when
 * no other goal of the plan has it, else its name when no other has that; none otherwise
 * (the tracker would show another goal).
 */
export function planGoalRef(
  plan: PlanItem,
  goal: PlanGoal,
): { ref: string; id: string } | undefined {
  let refs = goalRefs.get(plan);
  if (!refs) {
    refs = new Map();
    const count = (texts: (string | undefined)[]) => {
      const seen = new Map<string, number>();
      for (const t of texts)
        if (t) seen.set(foldText(t).trim(), (seen.get(foldText(t).trim()) ?? 0) + 1);
      return (t: string | undefined) => (t ? seen.get(foldText(t).trim()) === 1 : false);
    };
    const codeOnce = count(plan.goals.map((g) => g.code));
    const nameOnce = count(plan.goals.map((g) => g.name));
    const usable = plan.goals.filter((g) => codeOnce(g.code) || nameOnce(g.name));
    const ids = uniqueSlugs(usable.map((g) => (codeOnce(g.code) ? g.code! : g.name).slice(0, 60)));
    usable.forEach((g, i) =>
      refs!.set(g, {
        ref: codeOnce(g.code) ? g.code! : g.name,
        id: `${planEmbedBase(plan)}-meta-${ids[i]}`,
      }),
    );
    goalRefs.set(plan, refs);
  }
  return refs.get(goal);
}

/** The whole plan's embed page id, the start of its ejes' and goals': its download's name (`plan-…`). */
export const planEmbedBase = (plan: PlanItem) => planDownloadName(plan.slug);

/** An eje's embed page id; none for an eje without a name (the tracker could not name it). */
export function planEjeEmbedId(plan: PlanItem, eje: PlanEjeGroup): string | undefined {
  return eje.eje ? `${planEmbedBase(plan)}-eje-${slugify(eje.eje).slice(0, 60)}` : undefined;
}

/** Why a money column is not shown, nor any total of it, with its header and spreadsheet column. */
export function withheldText(w: PlanWithheldMoney, lang: Lang): string {
  const header = w.header.trim();
  return w.reason === 'percent_format'
    ? t(lang, 'planWithheldPercent', { header, column: columnLetter(w.column) })
    : t(lang, 'planWithheldDisagree', { header });
}
