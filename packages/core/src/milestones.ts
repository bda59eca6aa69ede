/**
 * How far a commitment got, as a citizen reads it on the site's pages and in the
 * commitment card alike: each milestone's status and progress, the commitment's progress
 * (the mean of its milestones'), and the words for completion levels and milestone statuses.
 */
import { INTL_LOCALES, type Lang } from './languages.ts';
import { messageText, msg, type CoreMessageKey, type MessageRef } from './message.ts';
import {
  compareDecimals,
  isDecimalString,
  normaliseDecimal,
  percentOf,
  sumDecimals,
} from './decimal.ts';
import { formatPercentValue } from './format.ts';
import type { Commitment, Milestone } from './types.ts';

export type Completion = NonNullable<Commitment['completion']>;
export type MilestoneStatus = NonNullable<Milestone['status']>;

export { COMPLETION_LEVELS, MILESTONE_STATUSES } from './schemas/field-values.ts';

/** A milestone as shown: its status (given or read from its progress) and its progress 0-100. */
export interface MilestoneView {
  milestone: Milestone;
  /** `unknown` when the file gives neither a status nor a progress. */
  status: MilestoneStatus | 'unknown';
  /** Exact decimal string 0-100, or null when nothing says how far it got. */
  progress: string | null;
}

/**
 * A milestone's progress: the published `progress_pct` (clamped to 0-100); without it,
 * a complete milestone counts as 100 and one not started as 0. In progress or delayed
 * without a figure is unknown: we never invent a number.
 */
export function milestoneProgress(m: Milestone): string | null {
  const raw = m.progressPct?.trim();
  if (raw && isDecimalString(raw)) {
    if (compareDecimals(raw, '0') < 0) return '0';
    if (compareDecimals(raw, '100') > 0) return '100';
    return normaliseDecimal(raw);
  }
  if (m.status === 'complete') return '100';
  if (m.status === 'not_started') return '0';
  return null;
}

/** The status as published; without one, what the progress says (100 complete, 0 not started). */
export function milestoneStatus(m: Milestone): MilestoneStatus | 'unknown' {
  if (m.status) return m.status;
  const progress = milestoneProgress(m);
  if (progress === null) return 'unknown';
  if (progress === '100') return 'complete';
  if (progress === '0') return 'not_started';
  return 'in_progress';
}

/** Dates sort as ISO strings; milestones without dates keep their file order, after the dated ones. */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  const key = (m: Milestone) => m.startDate ?? m.endDate ?? '';
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const ka = key(a.m);
      const kb = key(b.m);
      if (ka && !kb) return -1;
      if (!ka && kb) return 1;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a.i - b.i;
    })
    .map(({ m }) => m);
}

export interface MilestoneSummary {
  views: MilestoneView[];
  total: number;
  counts: Record<MilestoneStatus | 'unknown', number>;
  /** How many milestones have a known progress. */
  measured: number;
  /** Mean progress of the measured milestones, 0-100 as an exact decimal (1 place); null if none. */
  progress: string | null;
}

/** Every milestone counts the same: the commitment's progress is the mean of its milestones'. */
export function summariseMilestones(milestones: readonly Milestone[]): MilestoneSummary {
  const views: MilestoneView[] = sortMilestones(milestones).map((milestone) => ({
    milestone,
    status: milestoneStatus(milestone),
    progress: milestoneProgress(milestone),
  }));
  const counts: MilestoneSummary['counts'] = {
    not_started: 0,
    in_progress: 0,
    complete: 0,
    delayed: 0,
    unknown: 0,
  };
  const known: string[] = [];
  for (const view of views) {
    counts[view.status]++;
    if (view.progress !== null) known.push(view.progress);
  }
  const progress =
    known.length === 0
      ? null
      : (percentOf(sumDecimals(known), String(known.length * 100), 1) ?? null);
  return { views, total: views.length, counts, measured: known.length, progress };
}

/** The IRM's completion level in words; `unknown` when the file gives none. */
export function completionWord(completion: Completion | 'unknown'): MessageRef {
  return msg(COMPLETION_WORDS[completion]);
}

// Keys written out whole, so that each is found where it is said (messages.test.ts).
const COMPLETION_WORDS: Readonly<Record<Completion | 'unknown', CoreMessageKey>> = {
  not_started: 'completion.not_started',
  limited: 'completion.limited',
  substantial: 'completion.substantial',
  complete: 'completion.complete',
  no_evidence: 'completion.no_evidence',
  unknown: 'completion.unknown',
};

/** A milestone's status in words; `unknown` when the file gives neither status nor progress. */
export function milestoneStatusWord(status: MilestoneStatus | 'unknown'): MessageRef {
  return msg(MILESTONE_STATUS_WORDS[status]);
}

const MILESTONE_STATUS_WORDS: Readonly<Record<MilestoneStatus | 'unknown', CoreMessageKey>> = {
  not_started: 'milestone_status.not_started',
  in_progress: 'milestone_status.in_progress',
  complete: 'milestone_status.complete',
  delayed: 'milestone_status.delayed',
  unknown: 'milestone_status.unknown',
};

/**
 * How far the milestones got, in one line: «3 de 5 hitos completados · promedio 63,3 %».
 * `locale` is the Intl locale of the figures (es-CO, en); `lang`'s core messages must be
 * loaded (`loadMessages`).
 */
export function milestoneProgressText(
  summary: MilestoneSummary,
  lang: Lang,
  locale: string,
): string {
  const { total } = summary;
  const one = new Intl.PluralRules(INTL_LOCALES[lang]).select(total) === 'one';
  const done = summary.counts.complete;
  const parts = [
    messageText(
      msg(one ? 'milestones.complete.one' : 'milestones.complete.other', { done, total }),
      lang,
    ),
  ];
  if (summary.progress !== null) {
    const percent = formatPercentValue(summary.progress, locale);
    parts.push(messageText(msg('milestones.average', { percent }), lang));
  }
  return parts.join(' · ');
}
