import { expect } from '@open-wc/testing';
import type { Milestone } from '@rendir/core';
import { exampleMilestones, generateCommitments } from './fixtures.ts';
import {
  MISSING,
  NO_FILTERS,
  daysSince,
  facets,
  filterCommitments,
  foldQuery,
  indexCommitments,
  isStale,
  milestoneProgress,
  milestoneStatus,
  summariseMilestones,
} from './logic.ts';

const ms = (fields: Partial<Milestone>): Milestone => ({
  commitmentId: 'X',
  title: 'Hito',
  extra: {},
  ...fields,
});

describe('commitment logic', () => {
  it('a milestone counts its published progress, else 100 when complete and 0 when not started', () => {
    expect(milestoneProgress(ms({ progressPct: '37.5', status: 'in_progress' }))).to.equal('37.5');
    expect(milestoneProgress(ms({ status: 'complete' }))).to.equal('100');
    expect(milestoneProgress(ms({ status: 'not_started' }))).to.equal('0');
    expect(milestoneProgress(ms({ status: 'in_progress' }))).to.equal(null);
    expect(milestoneProgress(ms({ status: 'delayed' }))).to.equal(null);
    expect(milestoneProgress(ms({ progressPct: '140' }))).to.equal('100');
    expect(milestoneProgress(ms({ progressPct: '-3' }))).to.equal('0');
    expect(milestoneProgress(ms({ progressPct: 'mucho' }))).to.equal(null);
  });

  it('a milestone without a status takes it from its progress', () => {
    expect(milestoneStatus(ms({ progressPct: '100' }))).to.equal('complete');
    expect(milestoneStatus(ms({ progressPct: '0' }))).to.equal('not_started');
    expect(milestoneStatus(ms({ progressPct: '12' }))).to.equal('in_progress');
    expect(milestoneStatus(ms({}))).to.equal('unknown');
    expect(milestoneStatus(ms({ status: 'delayed', progressPct: '100' }))).to.equal('delayed');
  });

  it('the commitment progress is the exact mean of the milestones with a known progress', () => {
    const own = exampleMilestones.filter((m) => m.commitmentId === 'EJ-07');
    const s = summariseMilestones(own);
    expect(s.total).to.equal(5);
    expect(s.measured).to.equal(4);
    expect(s.progress).to.equal('42.5'); // (100 + 50 + 20 + 0) / 4
    expect(s.counts).to.deep.equal({
      complete: 1,
      in_progress: 2,
      delayed: 1,
      not_started: 1,
      unknown: 0,
    });
    // Sorted by date, undated last.
    expect(s.views.map((v) => v.milestone.title)).to.deep.equal([
      'Diseño de la plataforma con organizaciones sociales',
      'Lanzamiento de la plataforma',
      'Votación ciudadana de proyectos',
      'Informe público de resultados',
      'Capacitación a juntas de acción comunal',
    ]);
  });

  it('means that do not divide evenly are rounded, not floated', () => {
    const s = summariseMilestones([
      ms({ progressPct: '10' }),
      ms({ progressPct: '10' }),
      ms({ progressPct: '0.1' }),
    ]);
    expect(s.progress).to.equal('6.7'); // 20.1 / 3 = 6.7
    expect(summariseMilestones([]).progress).to.equal(null);
    expect(summariseMilestones([ms({ status: 'delayed' })]).progress).to.equal(null);
  });

  it('staleness counts from the last day a date can stand for', () => {
    expect(daysSince('2026-11-01', '2026-11-22')).to.equal(21);
    expect(daysSince('2025', '2026-01-10')).to.equal(10);
    expect(daysSince('2026-10', '2026-11-22')).to.equal(22);
    expect(daysSince(undefined, '2026-11-22')).to.equal(null);
    expect(daysSince('ayer', '2026-11-22')).to.equal(null);
    expect(isStale('2025-11-01', '2026-11-22', 365)).to.equal(true);
    expect(isStale('2026-01-01', '2026-11-22', 365)).to.equal(false);
    expect(isStale(undefined, '2026-11-22', 365)).to.equal(false);
  });

  it('search folds case and accents and needs every word', () => {
    expect(foldQuery('  PARTICIPACIÓN   Ciudadana ')).to.equal('participacion ciudadana');
    const items = indexCommitments([
      {
        id: 'A-1',
        title: 'Participación en regalías',
        leadInstitution: 'Alcaldía de Cali',
        supportingActors: [],
        ogpValues: [],
        extra: {},
      },
      {
        id: 'B-2',
        title: 'Datos abiertos',
        supportingActors: ['Veeduría de Pasto'],
        ogpValues: [],
        extra: {},
      },
    ]);
    const q = (query: string) => filterCommitments(items, { ...NO_FILTERS, query });
    expect(q('participacion')).to.deep.equal([0]);
    expect(q('REGALIAS cali')).to.deep.equal([0]);
    expect(q('regalias pasto')).to.deep.equal([]);
    expect(q('veeduria')).to.deep.equal([1]);
    expect(q('b-2')).to.deep.equal([1]);
    expect(q('   ')).to.deep.equal([0, 1]);
  });

  it('filters combine, and "sin información" selects records without the field', () => {
    const { commitments } = generateCommitments(200);
    const items = indexCommitments(commitments);
    const f = facets(items);
    const noLead = filterCommitments(items, { ...NO_FILTERS, institution: MISSING });
    expect(noLead.length).to.equal(f.missingLead);
    expect(noLead.every((i) => !commitments[i].leadInstitution)).to.equal(true);
    const noCompletion = filterCommitments(items, { ...NO_FILTERS, completion: MISSING });
    expect(noCompletion.length).to.equal(f.missingCompletion);
    const plan = f.plans[0].value;
    const both = filterCommitments(items, { ...NO_FILTERS, plan, value: 'civic_participation' });
    expect(both.length).to.be.greaterThan(0);
    for (const i of both) {
      expect(commitments[i].actionPlan).to.equal(plan);
      expect(commitments[i].ogpValues).to.include('civic_participation');
    }
    const sumPlans = f.plans.reduce((n, o) => n + o.count, 0);
    expect(sumPlans + f.missingPlan).to.equal(200);
  });
});
