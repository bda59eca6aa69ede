// The plan indicativo's embed pages, shown by the indicator tracker (indicator-tracker.ts
// lists them): one per eje and one per goal of each plan (PlanGoals.astro).
import { href, t, type Lang } from '../lib/i18n.ts';
import { planEjeEmbedId, planGoalRef } from '../lib/plan.ts';
import type { PlanItem, SiteModel } from '../lib/model/types.ts';
import type { PlanEjeGroup, PlanGoal } from '@rendir/core';
import type { EmbedSpec } from './types.ts';

export function planEmbeds(model: SiteModel): EmbedSpec[] {
  const specs: EmbedSpec[] = [];
  for (const plan of model.plans)
    for (const eje of plan.ejes) {
      const id = planEjeEmbedId(plan, eje);
      if (id)
        specs.push({ id, widget: 'IndicatorTracker', props: { plan: plan.slug, eje: eje.eje } });
      for (const program of eje.programs)
        for (const goal of program.goals) {
          const ref = planGoalRef(plan, goal);
          if (ref)
            specs.push({
              id: ref.id,
              widget: 'IndicatorTracker',
              props: { plan: plan.slug, goal: ref.ref },
            });
        }
    }
  return specs;
}

/** The plan, eje and goal an embed's props name (`plan`, then `eje` or `goal`). */
export function planEmbedTarget(
  props: { plan?: unknown; eje?: unknown; goal?: unknown },
  model: Pick<SiteModel, 'plans'>,
): { plan: PlanItem; eje: PlanEjeGroup; goal?: PlanGoal } | undefined {
  const plan = model.plans.find((p) => p.slug === props.plan);
  if (!plan) return undefined;
  for (const eje of plan.ejes) {
    if (props.eje !== undefined && eje.eje === props.eje) return { plan, eje };
    if (props.goal === undefined) continue;
    for (const program of eje.programs)
      for (const goal of program.goals)
        if (planGoalRef(plan, goal)?.ref === props.goal) return { plan, eje, goal };
  }
  return undefined;
}

export function planEmbedPage(
  target: NonNullable<ReturnType<typeof planEmbedTarget>>,
  model: SiteModel,
  lang: Lang,
): { title: string; back: string } {
  return {
    title: target.goal
      ? t(lang, 'planEmbedGoal', { goal: target.goal.name })
      : t(lang, 'planEmbedEje', { eje: target.eje.eje }),
    back: href(lang, model.defaultLang, 'plan'),
  };
}
