import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel } from '../../src/lib/model.ts';
import { fixtureWith, where } from './helpers.ts';

test('a page named like a section, and a widget pointing at no data, are errors at their place', async () => {
  // Two documents written for this test.
  const model = await loadModel(
    fixtureWith({
      'pages/presupuesto.mdx': '---\ntitle: Presupuesto\n---\n\nTexto.\n',
      'reports/informe.mdx':
        '---\ntitle: Informe\ndate: 2025-06-30\n---\n\n<CommitmentCard id="IV-01" />\n\n<CommitmentCard id="IV-99" />\n',
    }),
  );
  assert.deepEqual(model.errors.filter((e) => e.file.endsWith('.mdx')).map(where), [
    'pages/presupuesto.mdx 0:0 page.reserved_name presupuesto',
    'reports/informe.mdx 8:1 mdx.unknown_commitment id="IV-99"',
  ]);
  assert.deepEqual(
    model.reports.map((r) => r.slug),
    ['informe'],
  );
  assert.ok(model.sections.includes('reports'));
});
