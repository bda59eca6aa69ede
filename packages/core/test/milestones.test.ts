// How far a commitment got, one rule for the site's pages and the commitment card: each
// milestone's status and progress, their mean, and the words a citizen reads for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COMPLETION_LEVELS,
  completionWord,
  LANGS,
  loadAllMessages,
  messageText,
  MILESTONE_STATUSES,
  milestoneStatusWord,
  milestoneProgress,
  milestoneProgressText,
  milestoneStatus,
  summariseMilestones,
  type Milestone,
} from '../src/index.ts';

await loadAllMessages(LANGS);

const ms = (fields: Partial<Milestone>): Milestone => ({
  commitmentId: 'X',
  title: 'Hito',
  extra: {},
  ...fields,
});

test('a milestone counts its published progress, clamped; else 100 complete, 0 not started, else unknown', () => {
  assert.equal(milestoneProgress(ms({ progressPct: '37.50', status: 'in_progress' })), '37.5');
  assert.equal(milestoneProgress(ms({ progressPct: '140' })), '100');
  assert.equal(milestoneProgress(ms({ progressPct: '-3' })), '0');
  assert.equal(milestoneProgress(ms({ status: 'complete' })), '100');
  assert.equal(milestoneProgress(ms({ status: 'not_started' })), '0');
  assert.equal(milestoneProgress(ms({ status: 'delayed' })), null);
  assert.equal(milestoneProgress(ms({ progressPct: 'mucho', status: 'in_progress' })), null);
});

test('a milestone without a status takes it from its progress; a published status wins', () => {
  assert.equal(milestoneStatus(ms({ progressPct: '100' })), 'complete');
  assert.equal(milestoneStatus(ms({ progressPct: '0' })), 'not_started');
  assert.equal(milestoneStatus(ms({ progressPct: '12' })), 'in_progress');
  assert.equal(milestoneStatus(ms({})), 'unknown');
  assert.equal(milestoneStatus(ms({ status: 'delayed', progressPct: '100' })), 'delayed');
});

test('the commitment progress is the exact mean of the measured milestones, said in es and en', () => {
  const summary = summariseMilestones([
    ms({ title: 'c', status: 'complete', startDate: '2024-03-01' }),
    ms({ title: 'a', progressPct: '33.33', startDate: '2024-01-01' }),
    ms({ title: 'd', status: 'delayed' }),
    ms({ title: 'b', status: 'not_started', startDate: '2024-02-01' }),
  ]);
  assert.equal(summary.total, 4);
  assert.equal(summary.measured, 3);
  assert.equal(summary.progress, '44.4'); // (100 + 33.33 + 0) / 3 = 44.443…
  assert.deepEqual(summary.counts, {
    not_started: 1,
    in_progress: 1,
    complete: 1,
    delayed: 1,
    unknown: 0,
  });
  assert.deepEqual(
    summary.views.map((v) => v.milestone.title),
    ['a', 'b', 'c', 'd'],
    'dated first, by date; undated last in file order',
  );
  assert.equal(
    milestoneProgressText(summary, 'es', 'es-CO'),
    '1 de 4 hitos completados · promedio 44,4\u00a0%',
  );
  assert.equal(
    milestoneProgressText(summary, 'en', 'en'),
    '1 of 4 milestones complete · average 44.4%',
  );
  const unmeasured = summariseMilestones([ms({ status: 'in_progress' })]);
  assert.equal(milestoneProgressText(unmeasured, 'es', 'es-CO'), '0 de 1 hito completado');
});

test('every completion level and milestone status has its words in every language', () => {
  for (const lang of LANGS) {
    for (const level of [...COMPLETION_LEVELS, 'unknown' as const])
      assert.ok(messageText(completionWord(level), lang), level);
    for (const status of [...MILESTONE_STATUSES, 'unknown' as const])
      assert.ok(messageText(milestoneStatusWord(status), lang), status);
  }
  assert.equal(messageText(completionWord('unknown'), 'es'), 'Sin evaluar');
  assert.equal(messageText(milestoneStatusWord('unknown'), 'en'), 'Status not published');
});
