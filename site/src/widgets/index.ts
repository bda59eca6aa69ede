// The site's widgets, one file each. Every list in the site iterates this one: the MDX
// components and their checks (lib/refs.ts, lib/sanitize-mdx.ts), the embed pages
// (lib/embeds.ts, layouts/Embed.astro), the documents' components (views/Document.astro)
// and the bundles (lib/widgets.ts). A new widget is a file here and its Astro component.
import { budgetViewer } from './budget-viewer.ts';
import { commitmentCard } from './commitment-card.ts';
import { dataset } from './dataset.ts';
import { indicatorTracker } from './indicator-tracker.ts';
import type { WidgetDefinition } from './types.ts';

export const WIDGETS = [
  budgetViewer,
  indicatorTracker,
  commitmentCard,
  dataset,
] as const satisfies readonly WidgetDefinition[];

export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** The widget an MDX tag names (`BudgetViewer`), if it is one. */
export function widgetNamed(mdxName: string): WidgetDefinition | undefined {
  return WIDGETS.find((w) => w.mdxName === mdxName);
}
