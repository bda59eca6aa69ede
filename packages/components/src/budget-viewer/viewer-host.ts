/**
 * The element as its render modules (chart, summary, frame) see it: its state and its lazily
 * loaded parts. Apart from view-context.ts, which the parts import: naming them there would
 * make each part import itself.
 */
import type { TemplateResult } from 'lit';
import type { LazyParts } from '../platform/lazy-parts.ts';
import type { PartName, partLoaders } from './lazy-parts.ts';
import type { ViewerState } from './view-context.ts';
import type { BudgetData } from './budget-data.ts';

export interface ViewerHost extends ViewerState {
  /** The data, the file's totals and the settings that decide the figures. */
  readonly budget: BudgetData;
  /** The viewer's width as the chart needs it (ChartSize, chart-size.ts). */
  readonly size: { readonly narrow: boolean; readonly em: number };
  readonly parts: LazyParts<typeof partLoaders>;
  /** The theme the chart frame is given (the viewer's own, unless it follows the page). */
  readonly frameTheme?: string;
  /** Resolves once the element has rendered its pending changes (Lit's). */
  readonly updateComplete: Promise<boolean>;
  /** Where a lazily loaded part goes while it loads, or its failure with a retry. */
  renderPartState(name: PartName): TemplateResult;
}
