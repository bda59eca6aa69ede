// The word shown beside a status icon, in core's words, which the widgets show too.
import {
  COMPLETION_LABELS,
  isIndicatorStatus,
  MILESTONE_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  STATUS_LABELS,
  type Completion,
  type MilestoneStatus,
  type PlanYearStatus,
} from '@rendir/core';
import type { Lang } from './i18n.ts';

/** What a status belongs to: an IRM completion level and a milestone's status share keys. */
export type StatusKind = 'indicator' | 'completion' | 'milestone' | 'plan';

export function statusWord(lang: Lang, status: string, kind: StatusKind): string {
  if (kind === 'indicator' && isIndicatorStatus(status)) return STATUS_LABELS[status][lang];
  if (kind === 'milestone' && status in MILESTONE_STATUS_LABELS) {
    return MILESTONE_STATUS_LABELS[status as MilestoneStatus | 'unknown'][lang];
  }
  if (kind === 'completion' && status in COMPLETION_LABELS) {
    return COMPLETION_LABELS[status as Completion | 'unknown'][lang];
  }
  if (kind === 'plan' && status in PLAN_STATUS_LABELS) {
    return PLAN_STATUS_LABELS[status as PlanYearStatus][lang];
  }
  throw new Error(`statusWord: "${status}" is not a ${kind} status`);
}
