import { svg, type SVGTemplateResult } from 'lit';
import type { MilestoneStatus } from './logic.ts';

// A distinct shape per status, so it reads without colour (and in forced colours);
// the word beside each icon says the same for screen readers.
const shapes: Record<MilestoneStatus | 'unknown' | 'star' | 'warning' | 'info', SVGTemplateResult> =
  {
    complete: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="2"/>`,
    in_progress: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
    not_started: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
    delayed: svg`<path d="M8 1.5l7 13H1z" fill="currentColor"/><path d="M8 6v4M8 11.5v1.5" stroke="Canvas" stroke-width="2"/>`,
    unknown: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/><path d="M5 8h6" stroke="currentColor" stroke-width="2"/>`,
    star: svg`<path d="M8 1l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 12l-4.3 2.4.9-4.9L1 6.1l4.9-.6z" fill="currentColor"/>`,
    warning: svg`<path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M8 6v4M8 11.3v1.6" stroke="currentColor" stroke-width="1.8"/>`,
    info: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 7v5M8 4v1.6" stroke="currentColor" stroke-width="1.8"/>`,
  };

export type IconName = keyof typeof shapes;

/** An icon hidden from assistive technology: the text beside it says what it means. */
export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon=${name}>${shapes[name]}</svg>`;
}
