import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCommitments } from '../../src/lib/model/commitments.ts';
import { contextOf, fixture, fixtureWith, where } from './helpers.ts';

test("Colombia's IV action plan: fifteen commitments, each with its page and no milestones", async () => {
  const ctx = await contextOf(fixture);
  const items = await readCommitments(ctx);
  assert.deepEqual([ctx.errors, ctx.warnings], [[], []]);
  assert.equal(items.length, 15);
  assert.deepEqual(
    items.slice(0, 2).map((c) => [c.commitment.id, c.slug, c.milestones.length]),
    [
      ['IV-01', 'iv-01', 0],
      ['IV-02', 'iv-02', 0],
    ],
  );
  assert.equal(items[1].commitment.leadInstitution, undefined, 'an empty lead institution');
  assert.ok(ctx.published.has('commitments/commitments.csv'));
});

test('milestones go to their commitment, whatever the case of its id; one of no commitment is a warning', async () => {
  // Two milestone rows written for this test: one for IV-01 (as iv-01), one for IV-99.
  const ctx = await contextOf(
    fixtureWith({
      'commitments/milestones.csv':
        'commitment_id,title,status\niv-01,Publicar el catálogo,complete\nIV-99,Sin compromiso,delayed\n',
    }),
  );
  const items = await readCommitments(ctx);
  assert.deepEqual(
    items[0].milestones.map((m) => m.title),
    ['Publicar el catálogo'],
  );
  assert.deepEqual(ctx.warnings.map(where), ['commitments/milestones.csv 0:0 ref.unknown IV-99']);
});
