// The Astro component each registry entry names, for the pages that render widgets by
// registry (Document.astro's MDX components, Embed.astro). Astro-only: Vite resolves the
// glob; `rendir check` in Node never imports this file.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { WIDGETS } from './index.ts';
import type { WidgetDefinition } from './types.ts';

const modules = import.meta.glob<{ default: AstroComponentFactory }>('../components/*.astro', {
  eager: true,
});

export function widgetComponent(widget: WidgetDefinition): AstroComponentFactory {
  const module = modules[`../components/${widget.component}`];
  if (!module)
    throw new Error(`${widget.mdxName}: there is no site/src/components/${widget.component}`);
  return module.default;
}

/** `{ BudgetViewer, IndicatorTracker, … }`: what an MDX document may use. */
export function mdxComponents(): Record<string, AstroComponentFactory> {
  return Object.fromEntries(WIDGETS.map((w) => [w.mdxName, widgetComponent(w)]));
}
