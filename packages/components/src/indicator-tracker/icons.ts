import { svg, type SVGTemplateResult } from 'lit';
import type { IndicatorStatus } from '@rendir/core';

// A distinct shape per status, so the status reads without colour (and in forced colours).
const shapes: Record<IndicatorStatus, SVGTemplateResult> = {
  achieved: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" class="ink" stroke-width="2"/>`,
  on_track: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M4.5 8h6M8 5l3 3-3 3" fill="none" stroke="currentColor" stroke-width="2"/>`,
  at_risk: svg`<path d="M8 1.5l7 13H1z" fill="currentColor"/><path d="M8 6v4M8 11.5v1.5" class="ink" stroke-width="2"/>`,
  off_track: svg`<rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" class="ink" stroke-width="2"/>`,
  no_data: svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/><path d="M5 8h6" stroke="currentColor" stroke-width="2"/>`,
};

/** The status icon, hidden from assistive technology: the word beside it says it. */
export function statusIcon(status: IndicatorStatus): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-icon=${status}>${shapes[status]}</svg>`;
}

/** The same icon placed inside another SVG (the summary bar). */
export function statusGlyph(
  status: IndicatorStatus,
  x: number,
  y: number,
  size: number,
): SVGTemplateResult {
  return svg`<svg class="icon" x=${x} y=${y} width=${size} height=${size} viewBox="0 0 16 16" aria-hidden="true" data-icon=${status}>${shapes[status]}</svg>`;
}
