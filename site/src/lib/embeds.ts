// One iframe page per widget instance on the site (pages and MDX alike), with a stable
// id, so that a communications office can paste it into a CMS that strips scripts.
import { findRefs } from './refs.ts';
import type { SiteModel } from './model/types.ts';
import { WIDGETS, widgetNamed } from '../widgets/index.ts';
import type { EmbedSpec } from '../widgets/types.ts';

export type { EmbedSpec };

/** Every widget instance: one per section page item, plus every MDX component. */
export function embedSpecs(model: SiteModel): EmbedSpec[] {
  const specs = new Map<string, EmbedSpec>();
  const add = (spec: EmbedSpec | undefined) => {
    if (spec && !specs.has(spec.id)) specs.set(spec.id, spec);
  };
  for (const widget of WIDGETS) for (const spec of widget.sectionEmbeds(model)) add(spec);
  for (const doc of [...model.reports, ...model.pages]) {
    for (const ref of findRefs(doc.source).refs) add(widgetNamed(ref.name)?.refEmbed(ref, model));
  }
  return [...specs.values()];
}
