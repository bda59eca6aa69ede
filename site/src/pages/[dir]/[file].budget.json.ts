// Each budget as its widget reads it (core's budgetDocument): the lines with what the viewer
// shows and the file's own totals, so that with JavaScript on the page shows the same total
// and note as without. Compact: Madrid's 20,217 lines are read by every visitor's browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { budgetDocument } from '@rendir/core';
import { getModel } from '../../lib/model.ts';
import { SLUGS } from '../../lib/i18n.ts';

export const getStaticPaths = (async () => {
  const model = await getModel();
  const dir = SLUGS[model.defaultLang].data;
  return model.budgets.map((budget) => ({ params: { dir, file: budget.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const budget = model.budgets.find((b) => b.slug === params.file)!;
  const doc = budgetDocument(
    budget.lines.map((l) => l.line),
    budget.totals,
    budget.aggregates,
    budget.facts,
  );
  return new Response(JSON.stringify(doc), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
