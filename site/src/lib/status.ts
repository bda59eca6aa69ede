// The word shown beside a status icon, in core's words, which the widgets show too.
import {
  COMPLETION_LEVELS,
  completionWord,
  INDICATOR_STATUSES,
  indicatorStatusWord,
  messageText,
  MILESTONE_STATUSES,
  milestoneStatusWord,
  PLAN_YEAR_STATUSES,
  planStatusWord,
  type MessageRef,
} from '@rendir/core';
import type { Lang } from './i18n.ts';
import './problems.ts'; // core's catalogues, loaded for every language

/** What a status belongs to: an IRM completion level and a milestone's status share keys. */
export type StatusKind = 'indicator' | 'completion' | 'milestone' | 'plan';

const is = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

function word(status: string, kind: StatusKind): MessageRef | undefined {
  if (kind === 'indicator' && is(INDICATOR_STATUSES, status)) return indicatorStatusWord(status);
  if (kind === 'milestone' && (status === 'unknown' || is(MILESTONE_STATUSES, status)))
    return milestoneStatusWord(status);
  if (kind === 'completion' && (status === 'unknown' || is(COMPLETION_LEVELS, status)))
    return completionWord(status);
  if (kind === 'plan' && is(PLAN_YEAR_STATUSES, status)) return planStatusWord(status);
  return undefined;
}

export function statusWord(lang: Lang, status: string, kind: StatusKind): string {
  const ref = word(status, kind);
  if (!ref) throw new Error(`statusWord: "${status}" is not a ${kind} status`);
  return messageText(ref, lang);
}
