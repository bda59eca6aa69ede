/**
 * The element as its render modules (chart, summary, frame) see it: its state and its lazily
 * loaded parts. Apart from view-context.ts, which the parts import: naming them there would
 * make each part import itself.
 */
import type { TemplateResult } from 'lit';
import type { LazyParts } from '../platform/lazy-parts.ts';
import type { PartName, partLoaders } from './lazy-parts.ts';
import type { ViewerState } from './view-context.ts';

export interface ViewerHost extends ViewerState {
  readonly parts: LazyParts<typeof partLoaders>;
  /** Where a lazily loaded part goes while it loads, or its failure with a retry. */
  renderPartState(name: PartName): TemplateResult;
}
