// The plan indicativo in the indicator tracker's registry entry (indicator-tracker.ts): its
// embed pages (the whole plan, each eje and each goal: PlanGoals.astro) and its MDX
// placement, `<IndicatorTracker data="plan/x.csv" eje="…" />` or `goal="…"`, with its checks.
import { didYouMean, planEjeNamed, planGoalsNamed, withHint } from '@rendir/core';
import type { PlanEjeGroup, PlanGoal } from '@rendir/core';
import { href, t, type Lang } from '../lib/i18n.ts';
import { planEjeEmbedId, planEmbedBase, planGoalRef } from '../lib/plan.ts';
import { problemMsg } from '../lib/problems.ts';
import type { PlanItem, SiteModel } from '../lib/model/types.ts';
import { quoteList, type ComponentRef, type EmbedSpec, type RefProblem } from './types.ts';

/** What one placement of a plan shows: the whole plan, one eje, or one goal (with its eje). */
export interface PlanTarget {
  plan: PlanItem;
  eje?: PlanEjeGroup;
  goal?: PlanGoal;
}

/** The embed page of a plan, eje or goal; none for one the tracker could not name. */
export function planTargetEmbed(target: PlanTarget): EmbedSpec | undefined {
  const { plan, eje, goal } = target;
  const props = (more: Record<string, string>) => ({ plan: plan.slug, ...more });
  if (goal) {
    const ref = planGoalRef(plan, goal);
    return ref && { id: ref.id, widget: 'IndicatorTracker', props: props({ goal: ref.ref }) };
  }
  if (eje) {
    const id = planEjeEmbedId(plan, eje);
    return id ? { id, widget: 'IndicatorTracker', props: props({ eje: eje.eje }) } : undefined;
  }
  return { id: planEmbedBase(plan), widget: 'IndicatorTracker', props: props({}) };
}

export function planEmbeds(model: SiteModel): EmbedSpec[] {
  const targets: PlanTarget[] = [];
  for (const plan of model.plans) {
    targets.push({ plan });
    for (const eje of plan.ejes) {
      targets.push({ plan, eje });
      for (const program of eje.programs)
        for (const goal of program.goals) targets.push({ plan, eje, goal });
    }
  }
  return targets.map(planTargetEmbed).filter((spec) => spec !== undefined);
}

/** The plan a file path names (MDX's `data`). */
export function planByFile(model: Pick<SiteModel, 'plans'>, file: string): PlanItem | undefined {
  return model.plans.find((p) => p.file === file);
}

/**
 * What a tracker's props name: a plan by its slug (embed pages) or file (MDX's `data`), then
 * an eje or a goal as the tracker finds them (core's rule: any case or accents, a goal by its
 * code, else its name); the whole plan when neither is given.
 */
export function planTarget(
  props: { plan?: unknown; data?: unknown; eje?: unknown; goal?: unknown },
  model: Pick<SiteModel, 'plans'>,
): PlanTarget | undefined {
  const plan =
    typeof props.plan === 'string'
      ? model.plans.find((p) => p.slug === props.plan)
      : typeof props.data === 'string'
        ? planByFile(model, props.data)
        : undefined;
  if (!plan) return undefined;
  if (typeof props.goal === 'string') {
    const found = planGoalsNamed(plan.goals, props.goal);
    if (found.length !== 1) return undefined;
    const eje = plan.ejes.find((e) => e.eje === found[0].eje);
    return eje && { plan, eje, goal: found[0] };
  }
  if (typeof props.eje === 'string') {
    const eje = planEjeNamed(plan.ejes, props.eje);
    return eje && { plan, eje };
  }
  return { plan };
}

/** The problems of `<IndicatorTracker data="plan/x.csv" … />`: an eje or goal it lacks. */
export function checkPlanRef(ref: ComponentRef, plan: PlanItem): RefProblem[] {
  const { eje, goal } = ref.attrs;
  const data = plan.file;
  if (eje !== undefined && goal !== undefined)
    return [
      {
        code: 'mdx.plan_eje_and_goal',
        message: problemMsg('mdx.plan_eje_and_goal'),
        expected: problemMsg('mdx.plan_eje_and_goal.expected'),
        attr: 'goal',
        value: goal,
      },
    ];
  if (eje !== undefined && !planEjeNamed(plan.ejes, eje)) {
    const names = plan.ejes.map((e) => e.eje.trim()).filter(Boolean);
    return [
      {
        code: 'mdx.unknown_plan_eje',
        message: withHint(
          problemMsg('mdx.unknown_plan_eje', { data, eje }),
          didYouMean(eje, names),
        ),
        expected: problemMsg('mdx.unknown_plan_eje.expected', { list: quoteList(names) }),
        attr: 'eje',
        value: eje,
      },
    ];
  }
  if (goal === undefined) return [];
  const found = planGoalsNamed(plan.goals, goal);
  if (found.length === 1) return [];
  if (found.length > 1)
    return [
      {
        code: 'mdx.ambiguous_plan_goal',
        message: problemMsg('mdx.ambiguous_plan_goal', { data, goal, n: found.length }),
        expected: problemMsg('mdx.ambiguous_plan_goal.expected', {
          // What names each of them alone, as the tracker reads it.
          list: quoteList(found.flatMap((g) => planGoalRef(plan, g)?.ref ?? [])),
        }),
        attr: 'goal',
        value: goal,
      },
    ];
  const named = plan.goals.flatMap((g) => (g.code ? [g.code, g.name] : [g.name]));
  return [
    {
      code: 'mdx.unknown_plan_goal',
      message: withHint(
        problemMsg('mdx.unknown_plan_goal', { data, goal }),
        didYouMean(goal, named),
      ),
      expected: problemMsg('mdx.unknown_plan_goal.expected', {
        list: quoteList(plan.goals.map((g) => g.code ?? g.name)),
      }),
      attr: 'goal',
      value: goal,
    },
  ];
}

export function planEmbedPage(
  target: PlanTarget,
  model: SiteModel,
  lang: Lang,
): { title: string; back: string } {
  const { plan, eje, goal } = target;
  const whole = model.plans.length > 1 ? `${t(lang, 'plan')}: ${plan.file}` : t(lang, 'plan');
  return {
    title: goal
      ? t(lang, 'planEmbedGoal', { goal: goal.name })
      : eje
        ? t(lang, 'planEmbedEje', { eje: eje.eje })
        : `${whole} — ${model.config.name}`,
    back: href(lang, model.defaultLang, 'plan'),
  };
}

/** What a plan's embed page shows, for a pinned copy: the eje's or goal's records, or the file. */
export function planEmbedSources(target: PlanTarget): { records: unknown; files: string[] } {
  const { plan, eje, goal } = target;
  if (goal ?? eje) return { records: goal ?? eje, files: [] };
  return { records: undefined, files: [plan.file, `${plan.file}.yaml`] };
}
