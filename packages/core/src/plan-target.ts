/**
 * A plan goal against its four-year target. DNP's layout does not carry how a goal's yearly
 * figures accumulate, and the same figures read differently under each type, so nothing is
 * computed until the plan's sidecar declares it (`accumulation:`); then the rule of the
 * indicators (`indicatorProgress`: direction, baseline, expected pace) judges it:
 *
 * - `capacity` (capacidad: each year adds to what exists, "construir 27 km"): what counts is
 *   the sum of the years' executed figures, from zero, against the target;
 * - `stock` (stock: each year's figure is the level reached, "cobertura del 95 %"): the latest
 *   executed figure, from the baseline, against the target;
 * - `flow` (flujo: the goal repeats every year, "atender 600 personas al año"): each year is
 *   judged on its own (its status); nothing is added up against the target.
 */
import { sumDecimals } from './decimal.ts';
import { isExactNumber } from './numbers.ts';
import { parsePeriod } from './period.ts';
import { indicatorProgress } from './progress.ts';
import type { CellNumber, ExactNumber, IndicatorProgress, IndicatorValue } from './types.ts';
import type { PlanAccumulation, PlanGoal, PlanValue } from './schemas/plan.ts';

/**
 * `not_declared`: no accumulation type, so no figure against the target (the default);
 * `yearly`: a flow goal, judged year by year; `not_evaluable`: the target or a figure is text;
 * else the indicator's status against the target (`progress`), with what counts so far.
 */
export type PlanTargetProgress =
  | { status: 'not_declared' | 'yearly' | 'not_evaluable'; accumulation?: PlanAccumulation }
  | {
      status: IndicatorProgress['status'];
      accumulation: 'capacity' | 'stock';
      /** What counts toward the target so far (a sum, or the latest cell), and its year. */
      achieved?: { cell: ExactNumber; year: string };
      progress: IndicatorProgress;
    };

const isText = (v: PlanValue | undefined) => v !== undefined && 'text' in v;

/** The goal against its four-year target, when its accumulation type is declared. */
export function planTargetProgress(
  goal: Pick<
    PlanGoal,
    'name' | 'code' | 'direction' | 'baseline' | 'target' | 'years' | 'accumulation'
  >,
  plan: { years: readonly string[]; baselinePeriod?: string; targetPeriod?: string },
): PlanTargetProgress {
  const accumulation = goal.accumulation;
  if (!accumulation) return { status: 'not_declared' };
  if (accumulation === 'flow') return { status: 'yearly', accumulation };
  const executed = plan.years
    .map((year) => ({ year, cell: goal.years[year]?.executedTotal }))
    .filter((e) => e.cell !== undefined);
  if (isText(goal.target) || executed.some((e) => isText(e.cell)))
    return { status: 'not_evaluable', accumulation };
  if (accumulation === 'stock' && isText(goal.baseline))
    return { status: 'not_evaluable', accumulation };
  const target = goal.target as CellNumber | undefined;
  const numbers = executed.filter((e): e is { year: string; cell: CellNumber } =>
    isExactNumber(e.cell as CellNumber),
  );
  // A sum is only of figures in one unit: percentages with percentages, as the target is.
  const percent = target !== undefined && isExactNumber(target) && target.isPercent === true;
  if (
    accumulation === 'capacity' &&
    numbers.some((e) => isExactNumber(e.cell) && e.cell.isPercent !== percent)
  )
    return { status: 'not_evaluable', accumulation };
  const values: IndicatorValue[] = [];
  let running: string[] = [];
  for (const e of numbers) {
    const period = parsePeriod(e.year);
    if (!period || !isExactNumber(e.cell)) continue;
    running = [...running, e.cell.value];
    const value: CellNumber =
      accumulation === 'capacity'
        ? { value: sumDecimals(running), isPercent: percent, raw: sumDecimals(running) }
        : e.cell;
    values.push({ indicatorId: goal.code ?? goal.name, period, value });
  }
  const baselinePeriod = plan.baselinePeriod ? (parsePeriod(plan.baselinePeriod) ?? null) : null;
  const targetPeriod = plan.targetPeriod ? parsePeriod(plan.targetPeriod) : undefined;
  if (!targetPeriod) return { status: 'not_evaluable', accumulation };
  const zero: CellNumber = { value: '0', isPercent: percent, raw: '0' };
  const progress = indicatorProgress({
    id: goal.code ?? goal.name,
    name: goal.name,
    // A sum of what was done only grows, whatever the indicator's own direction (Tenjo's
    // «Optimizar 27 km» is written M).
    direction: accumulation === 'capacity' ? 'increase' : (goal.direction ?? 'increase'),
    baseline: {
      period: baselinePeriod,
      value:
        accumulation === 'capacity'
          ? zero
          : ((goal.baseline as CellNumber) ?? { missing: 'empty', raw: '' }),
    },
    target: {
      period: targetPeriod,
      value: target ?? { missing: 'empty', raw: '' },
    },
    values,
    extra: {},
  });
  const last = values.at(-1);
  const achieved =
    last && isExactNumber(last.value) ? { cell: last.value, year: last.period.raw } : undefined;
  return { status: progress.status, accumulation, ...(achieved ? { achieved } : {}), progress };
}
