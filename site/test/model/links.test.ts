import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../../src/lib/model.ts';

// The example site links its indicators, commitments and budget lines by commitment_id and bpin.
const example = fileURLToPath(new URL('../../../content/', import.meta.url));

test('commitment_id and bpin link indicators, commitments and budget lines both ways', async () => {
  const model = await loadModel(example);
  const linked = model.indicators.filter((i) => i.commitment);
  assert.ok(linked.length > 0, 'indicators with a commitment');
  for (const i of linked) assert.ok(i.commitment!.indicators.includes(i), i.slug);
  const lines = model.budgets.flatMap((b) => b.lines).filter((l) => l.indicators.length);
  assert.ok(lines.length > 0, 'budget lines paying for indicators');
  for (const l of lines)
    for (const i of l.indicators) {
      assert.ok(i.budgetLines.includes(l), i.slug);
      if (i.commitment) assert.ok(i.commitment.budgetLines.includes(l), i.slug);
    }
});
