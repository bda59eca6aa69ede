import { css } from 'lit';
import { tokens } from '../platform/theme.ts';

export const trackerStyles = css`
  :host {
    container-type: inline-size;
  }
  .title {
    margin: 0 0 ${tokens.space};
    font-size: 1.25em;
  }
  /* The charts here are small and drawn at once: no reserved height. */
  rendir-chart-frame {
    display: block;
    --rendir-chart-min-height: 0;
  }
  .summary {
    margin-block-end: calc(2 * ${tokens.space});
  }
  .stack {
    display: block;
    inline-size: 100%;
  }
  .pillars {
    display: grid;
    gap: ${tokens.space};
    margin: calc(1.5 * ${tokens.space}) 0 0;
  }
  .pillars dt {
    font-weight: 700;
  }
  .pillars dd {
    margin: 0;
    font-size: 0.9em;
    color: ${tokens.muted};
  }
  .stack > g > rect {
    fill: var(--_st);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: ${tokens.space} 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li,
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  /* Marks inside a filled icon take the background they sit on. */
  .icon .ink {
    stroke: var(--_ink, ${tokens.surface});
    stroke-width: 2;
    fill: none;
  }
  .stack .icon {
    color: ${tokens.surface};
    --_ink: var(--_st);
  }
  .st-achieved {
    --_st: ${tokens.achieved};
  }
  .st-on_track {
    --_st: ${tokens.onTrack};
  }
  .st-at_risk {
    --_st: ${tokens.atRisk};
  }
  .st-off_track {
    --_st: ${tokens.offTrack};
  }
  .st-no_data {
    --_st: ${tokens.noData};
  }
  .legend .icon,
  .status .icon {
    color: var(--_st);
  }
  .status {
    font-weight: 700;
    padding: 0.1em 0.5em;
    border: 2px solid var(--_st);
    border-radius: 999px;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space} calc(2 * ${tokens.space});
    margin-block-end: ${tokens.space};
  }
  .controls label {
    display: flex;
    flex-direction: column;
    /* Long pillar names must not widen the select past a 320 px screen. */
    min-inline-size: 0;
    max-inline-size: 100%;
    font-size: 0.875em;
    color: ${tokens.muted};
  }
  select {
    font: inherit;
    font-size: 1rem;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    min-block-size: 44px;
    padding: 0 0.5em;
    max-inline-size: 100%;
  }
  .notice {
    margin: 0 0 ${tokens.space};
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid ${tokens.atRisk};
    background: ${tokens.surfaceAlt};
  }
  .count {
    margin: 0 0 ${tokens.space};
    color: ${tokens.muted};
  }
  .list {
    display: grid;
    gap: calc(2 * ${tokens.space});
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 46rem) {
    .list:not(.single) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .show-all {
    margin-block-start: calc(2 * ${tokens.space});
  }
  .rest:not(:empty) {
    margin-block-start: calc(2 * ${tokens.space});
  }
  .rest > .pillars {
    margin: 0 0 calc(2 * ${tokens.space});
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space};
    block-size: 100%;
    padding: calc(1.5 * ${tokens.space});
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  .card h3 {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .meta {
    margin: 0;
    color: ${tokens.muted};
    font-size: 0.875em;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: ${tokens.space};
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: ${tokens.space};
    margin: 0;
  }
  /* Narrow: one line each, the figure at the end (three boxes stacked took 200 px). */
  @container (max-width: 22rem) {
    .figures {
      grid-template-columns: 1fr;
      gap: 0.25em;
    }
    .figures div {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5em;
    }
  }
  .figures div {
    padding: 0.25em 0.5em;
    background: ${tokens.surfaceAlt};
    border-radius: ${tokens.radius};
  }
  .figures dt {
    font-size: 0.8em;
    color: ${tokens.muted};
  }
  .figures dd {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .figures .note {
    display: block;
    font-size: 0.6em;
    font-weight: 400;
    color: ${tokens.muted};
  }
  .progress p {
    margin: 0;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 2rem;
    overflow: visible;
  }
  .bar .track {
    fill: ${tokens.surfaceAlt};
    stroke: ${tokens.border};
  }
  .bar .fill {
    fill: var(--_st, ${tokens.accent});
  }
  .bar .expected {
    stroke: ${tokens.text};
    stroke-width: 2;
  }
  .bar .band {
    fill: ${tokens.surfaceAlt};
    stroke: ${tokens.border};
    stroke-dasharray: 3 2;
  }
  .bar .dot {
    fill: var(--_st, ${tokens.accent});
    stroke: ${tokens.text};
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: ${tokens.space};
    font-size: 0.8em;
    color: ${tokens.muted};
  }
  .backwards {
    font-size: 0.875em;
  }
  figure.series {
    margin: 0;
  }
  .spark.large {
    max-block-size: 14rem;
  }
  .point {
    outline: none;
  }
  .point:focus-visible .pt {
    stroke: ${tokens.focus};
    stroke-width: 4;
  }
  .spark {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-block-size: 5rem;
    overflow: visible;
  }
  .spark .line {
    fill: none;
    stroke: ${tokens.accent};
    stroke-width: 2;
  }
  .spark .to-target {
    fill: none;
    stroke: ${tokens.muted};
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .spark .target-level {
    stroke: ${tokens.border};
    stroke-dasharray: 2 3;
  }
  .spark .pt {
    fill: ${tokens.surface};
    stroke: ${tokens.accent};
    stroke-width: 2;
  }
  .spark .pt-target {
    fill: ${tokens.text};
    stroke: ${tokens.surface};
  }
  .spark text {
    fill: ${tokens.muted};
    font-size: 10px;
  }
  details {
    border-block-start: 1px solid ${tokens.border};
    padding-block-start: 0.25em;
  }
  summary {
    cursor: pointer;
    color: ${tokens.accent};
    min-block-size: 24px;
  }
  details p,
  details ol {
    margin: 0.25em 0;
  }
  .how {
    padding-inline-start: 1.5em;
  }
  .how li + li {
    margin-block-start: 0.25em;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.15em 0.75em 0.15em 0;
    text-align: start;
    border-block-end: 1px solid ${tokens.surfaceAlt};
  }
  td.num {
    text-align: end;
  }
  @media (forced-colors: active) {
    .stack > g > rect,
    .bar .fill,
    .bar .dot {
      forced-color-adjust: none;
      fill: CanvasText;
    }
    .status {
      border-color: CanvasText;
    }
  }
`;
