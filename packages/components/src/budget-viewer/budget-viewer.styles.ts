import { css } from 'lit';
import { tokens } from '../platform/theme.ts';

export const budgetViewerStyles = css`
  :host {
    container-type: inline-size;
    --_bv-gap: calc(2 * ${tokens.space});
    --_bv-chart-height: var(--rendir-budget-chart-height, 22rem);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_bv-gap);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.1em;
  }
  p {
    margin: 0;
  }
  .note {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    padding: ${tokens.space};
    border-inline-start: 4px solid ${tokens.accent};
    background: ${tokens.surfaceAlt};
  }
  .icon {
    flex: none;
    align-self: center;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bv-gap);
    align-items: end;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
    color: ${tokens.muted};
  }
  select,
  input {
    font: inherit;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    min-height: 44px;
    padding: 0.25em 0.5em;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .group legend {
    font-size: 0.9em;
    color: ${tokens.muted};
    padding: 0;
    margin-block-end: 0.25em;
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav li:not(:last-child)::after {
    content: '›';
    margin-inline-start: 0.25em;
    color: ${tokens.muted};
  }
  nav [aria-current] {
    font-weight: 700;
  }
  .link {
    border: 0;
    background: none;
    text-decoration: underline;
    padding: 0.25em;
    min-height: 44px;
    min-width: 0;
    text-align: start;
  }
  .summary {
    display: grid;
    gap: 0.25em;
  }
  .place {
    font-weight: 700;
    font-size: 1.15em;
  }
  .total .full {
    font-size: 1.3em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .compact,
  .official,
  .muted {
    color: ${tokens.muted};
  }
  .status {
    display: inline-flex;
    gap: 0.25em;
    align-items: baseline;
    font-weight: 700;
    white-space: nowrap;
  }
  .status[data-status='over'] {
    color: ${tokens.offTrack};
  }
  .status[data-status='under'] {
    color: ${tokens.atRisk};
  }
  .status[data-status='adequate'] {
    color: ${tokens.achieved};
  }
  .status[data-status='none'] {
    color: ${tokens.noData};
  }
  .chart {
    display: grid;
    gap: ${tokens.space};
  }
  .treemap {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    height: var(--_bv-chart-height);
  }
  .treemap li {
    container-type: size;
    position: absolute;
    padding: 1px;
  }
  /* A figure cut in half reads as another figure: a box too small for its amount drops it
     from the screen (the exact amount stays in the box's accessible name and the table). */
  @container (height < 3.4em) or (width < 6.5em) {
    .box:not(.beside) .amount {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .box {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
    width: 100%;
    height: 100%;
    min-height: 0;
    min-width: 0;
    overflow: hidden;
    padding: 0.25em 0.4em;
    text-align: start;
    color: ${tokens.text};
    border: 2px solid var(--_bv-colour);
    border-inline-start-width: 6px;
    border-radius: ${tokens.radius};
    background: color-mix(in srgb, var(--_bv-colour) 12%, ${tokens.surface});
    font-size: 0.9em;
    line-height: 1.25;
  }
  /* A short, wide box says its amount beside its name (budget-chart.ts amountFitsBeside). */
  .box.beside {
    flex-direction: row;
    align-items: baseline;
    gap: 0.5em;
    white-space: nowrap;
  }
  .box:hover {
    background: color-mix(in srgb, var(--_bv-colour) 24%, ${tokens.surface});
  }
  /* Inside the box: a neighbour painted later must not hide the focus ring. */
  .box:focus-visible,
  .others:focus-visible {
    outline-offset: -6px;
  }
  .box[aria-disabled='true'] {
    cursor: default;
  }
  .box .label {
    font-weight: 700;
    /* A name breaks between words only (Hacie/nda reads as two words); a tile too small
       for its longest word shows a number that the legend below names. */
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  .key {
    font-weight: 700;
  }
  .treemap-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .treemap-legend .key {
    padding: 0 0.3em;
    border: 2px solid var(--_bv-colour);
    border-inline-start-width: 6px;
    border-radius: ${tokens.radius};
  }

  .others {
    display: flex;
    align-items: center;
    width: 100%;
    height: 100%;
    min-height: 0;
    min-width: 0;
    overflow: hidden;
    padding: 0.25em 0.4em;
    border: 2px dashed ${tokens.border};
    border-radius: ${tokens.radius};
    font-size: 0.85em;
    text-align: start;
    color: ${tokens.accent};
    background: ${tokens.surface};
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .bar {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 0.5em;
    width: 100%;
    text-align: start;
    color: ${tokens.text};
    border: 1px solid ${tokens.border};
    padding: 0.25em 0.5em;
  }
  .bar[aria-disabled='true'] {
    cursor: default;
  }
  .bar .track {
    grid-column: 1 / -1;
    height: 0.6em;
    background: ${tokens.surfaceAlt};
    border-radius: 0.3em;
    overflow: hidden;
  }
  .bar .fill {
    display: block;
    height: 100%;
    background: var(--_bv-colour);
    border-radius: 0.3em;
  }
  :host(:not([view])) .bars,
  :host([view='auto']) .bars,
  :host([view='treemap']) .bars,
  :host([view='icicle']) .bars,
  :host([view='icicle']) .treemap,
  :host([view='bars']) .treemap,
  :host([view='icicle']) .treemap-legend,
  :host([view='bars']) .treemap-legend {
    display: none;
  }
  @container (max-width: 36rem) {
    :host(:not([view])) .treemap,
    :host([view='auto']) .treemap,
    :host(:not([view])) .treemap-legend,
    :host([view='auto']) .treemap-legend {
      display: none;
    }
    :host(:not([view])) .bars,
    :host([view='auto']) .bars {
      display: grid;
    }
  }
  .help {
    font-size: 0.9em;
    color: ${tokens.muted};
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  .chain {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  .chain dt {
    color: ${tokens.muted};
    font-size: 0.9em;
  }
  .chain dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  rendir-chart-frame {
    /* The treemap and the bars have their own height; a leaf has no chart. */
    --rendir-chart-min-height: 0;
  }
  @media (forced-colors: active) {
    .box,
    .bar .fill {
      forced-color-adjust: auto;
      border-color: CanvasText;
    }
    .bar .fill {
      background: CanvasText;
    }
  }
  @media print {
    .controls,
    .contribution,
    .back,
    .view-switch,
    .help {
      display: none;
    }
    .panel {
      break-inside: avoid;
    }
  }
`;
