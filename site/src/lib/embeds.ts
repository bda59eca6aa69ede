// One iframe page per widget instance on the site (pages and MDX alike), with a stable
// id, so that a communications office can paste it into a CMS that strips scripts.
import { findRefs } from './refs.ts';
import { slugify } from '@rendir/core';
import type { SiteModel } from './model.ts';

export type EmbedSpec =
  | { id: string; kind: 'budget'; file: string; levels: string[] }
  | { id: string; kind: 'indicators'; group: string | undefined; indicatorId: string | undefined }
  | { id: string; kind: 'commitment'; slug: string }
  | { id: string; kind: 'dataset'; slug: string };

export function budgetEmbedId(model: SiteModel, file: string, levels: string[]): string {
  const budget = model.budgetByFile.get(file);
  const base = `presupuesto-${budget?.slug ?? slugify(file)}`;
  return levels.length ? `${base}-${slugify(levels.join('-'))}` : base;
}

export function indicatorsEmbedId(group: string | undefined, indicatorSlug?: string): string {
  if (indicatorSlug) return `indicador-${indicatorSlug}`;
  return group ? `indicadores-${slugify(group)}` : 'indicadores';
}

export function commitmentEmbedId(slug: string): string {
  return `compromiso-${slug}`;
}

export function datasetEmbedId(slug: string): string {
  return `datos-${slug}`;
}

export function parseLevels(levels: string | undefined): string[] {
  return (levels ?? '')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Every widget instance: one per section page item, plus every MDX component. */
export function embedSpecs(model: SiteModel): EmbedSpec[] {
  const specs = new Map<string, EmbedSpec>();
  const add = (spec: EmbedSpec) => {
    if (!specs.has(spec.id)) specs.set(spec.id, spec);
  };
  for (const b of model.budgets)
    add({ id: budgetEmbedId(model, b.file, []), kind: 'budget', file: b.file, levels: [] });
  if (model.indicators.length)
    add({
      id: indicatorsEmbedId(undefined),
      kind: 'indicators',
      group: undefined,
      indicatorId: undefined,
    });
  for (const i of model.indicators) {
    add({
      id: indicatorsEmbedId(undefined, i.slug),
      kind: 'indicators',
      group: undefined,
      indicatorId: i.indicator.id,
    });
  }
  for (const c of model.commitments)
    add({ id: commitmentEmbedId(c.slug), kind: 'commitment', slug: c.slug });
  for (const d of model.datasets)
    if (d.table) add({ id: datasetEmbedId(d.slug), kind: 'dataset', slug: d.slug });
  for (const doc of [...model.reports, ...model.pages]) {
    for (const ref of findRefs(doc.source).refs) {
      if (ref.name === 'BudgetViewer' && model.budgetByFile.has(ref.attrs.data)) {
        const levels = parseLevels(ref.attrs.levels);
        add({
          id: budgetEmbedId(model, ref.attrs.data, levels),
          kind: 'budget',
          file: ref.attrs.data,
          levels,
        });
      } else if (ref.name === 'IndicatorTracker') {
        const ind = ref.attrs.id ? model.indicatorById.get(ref.attrs.id.toLowerCase()) : undefined;
        add({
          id: indicatorsEmbedId(ref.attrs.group, ind?.slug),
          kind: 'indicators',
          group: ref.attrs.group,
          indicatorId: ind?.indicator.id,
        });
      }
    }
  }
  return [...specs.values()];
}
