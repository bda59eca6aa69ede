import { css } from 'lit';
import { tokens } from '../platform/theme.ts';

export const datasetStyles = css`
  :host {
    /* About 8 rows of two lines in a CMS column (35rem); a phone shows about two cards. */
    --_grid-height: var(--rendir-dataset-grid-height, 35rem);
  }
  section {
    /* Cards or a table follow the widget's own width, not the page's. */
    container-type: inline-size;
  }
  section,
  .ready {
    display: flex;
    flex-direction: column;
    gap: ${tokens.space};
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .description {
    margin: 0;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
    color: ${tokens.muted};
  }
  dl div {
    display: flex;
    gap: 0.35em;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
    color: ${tokens.text};
  }
  .stale {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid ${tokens.error};
    background: ${tokens.surfaceAlt};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space};
    align-items: flex-end;
  }
  .toolbar > * {
    flex: 1 1 14rem;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  input,
  select {
    font: inherit;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    padding: 0.35em 0.5em;
    min-height: 44px;
    max-width: 100%;
  }
  input[type='checkbox'] {
    min-height: auto;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  details > summary {
    cursor: pointer;
    color: ${tokens.accent};
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .filters,
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: ${tokens.space};
    border: 0;
    padding: 0;
    margin: 0;
  }
  fieldset label {
    flex-direction: row;
    align-items: center;
    min-height: 44px;
  }
  .hint {
    color: ${tokens.muted};
    font-size: 0.875em;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .note {
    margin: 0;
    color: ${tokens.muted};
  }
  .scroller {
    position: relative;
    overflow: auto;
    /* As tall as its rows, up to the grid height: a short file leaves no empty box. */
    max-height: var(--_grid-height);
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    scroll-padding-top: 3rem;
    /* The grid keeps the rows in view in place itself (measured rows above move them). */
    overflow-anchor: none;
  }
  .scroller[aria-busy='true'] .body {
    opacity: 0.6;
  }
  .head {
    position: sticky;
    top: 0;
    width: var(--_row-width);
    z-index: 2;
    background: ${tokens.surfaceAlt};
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    width: var(--_row-width);
    border-bottom: 1px solid ${tokens.border};
  }
  /* The drawn rows, each as tall as its content, after the rows above (its padding). */
  .body {
    position: relative;
    width: var(--_row-width);
  }
  .body .row {
    align-items: start;
    background: ${tokens.surface};
  }
  .body .row.odd {
    background: ${tokens.surfaceAlt};
  }
  .cell {
    padding: 0.35em 0.5em;
    line-height: 1.8em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    background: inherit;
  }
  .cell:focus-visible,
  .sort:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: -3px;
  }
  /*
   * Long texts wrap within their column, up to three lines; a cell cut there has a «Ver
   * todo» button that shows it whole over the rows below (its row on top): no row moves.
   */
  .cell.wraps {
    white-space: normal;
    overflow-wrap: anywhere;
    text-overflow: clip;
  }
  .text {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    line-height: 1.4em;
  }
  .body .row.opened {
    position: relative;
    z-index: 1;
  }
  [data-opened] .text {
    display: block;
  }
  .whole {
    display: block;
    margin-top: 0.2em;
    min-height: 24px;
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    color: inherit;
    background: inherit;
    font: inherit;
    font-size: 0.875em;
  }
  [data-type='number'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .header-cell {
    padding: 0;
    font-weight: 700;
  }
  /* A header wraps between its words, never inside one (its column is that wide). */
  .sort > span:first-child {
    overflow-wrap: normal;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.35em;
    width: 100%;
    height: 100%;
    min-height: 44px;
    border: 0;
    border-radius: 0;
    color: ${tokens.text};
    background: transparent;
    text-align: start;
    font-weight: 700;
    white-space: normal;
  }
  [data-type='number'] .sort {
    justify-content: flex-end;
    text-align: end;
  }
  .arrow {
    flex: none;
    color: ${tokens.muted};
  }
  .pager,
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.space};
    align-items: center;
  }
  .layout,
  .card-sort {
    display: none;
  }
  /*
   * A narrow container (a phone, a CMS sidebar): each row is a card of «column: value»
   * lines, labels and values wrapped, never cut (identifiers break anywhere), each card as
   * tall as its fields. The column headers are a strip of sort buttons; the grid's roles
   * and keys stay, and a button shows the table instead.
   */
  @container (max-width: 480px) {
    /*
     * On a phone the controls come before the data in as few rows as they fit: search;
     * the two disclosures side by side (one open takes the row); the count beside the
     * table button; the order and its direction. Targets stay at least 36 px tall.
     */
    .ready {
      flex-flow: row wrap;
      gap: 0.5rem;
    }
    .ready > * {
      flex: 1 1 100%;
      min-width: 0;
    }
    .toolbar {
      gap: 0.25rem 1rem;
    }
    .toolbar > label {
      flex-basis: 100%;
    }
    .toolbar > details {
      flex: 0 1 auto;
    }
    .toolbar > details[open] {
      flex-basis: 100%;
    }
    input,
    select,
    details > summary,
    fieldset label,
    button {
      min-height: 36px;
    }
    /*
     * The table button keeps its place beside the count whatever the count says: while
     * the file is read, the growing count stays on one line (cut, its words announced),
     * so that nothing below moves when the reading ends.
     */
    .ready > .count {
      flex: 1 1 0;
      align-self: center;
    }
    .ready > .count.reading {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .ready > .layout {
      display: block;
      flex: 0 0 auto;
    }
    .cards {
      overflow-x: hidden;
    }
    .card-sort {
      display: flex;
      flex-wrap: wrap;
      gap: ${tokens.space};
      align-items: flex-end;
    }
    /* Long column names must not widen the select past a 320 px screen. */
    .card-sort label {
      flex: 1 1 10rem;
      min-width: 0;
    }
    .card-sort select {
      width: 100%;
    }
    /* Pressed, it takes the accent (the platform's aria-pressed style); off until a column is chosen. */
    .card-sort button:disabled {
      color: ${tokens.muted};
      cursor: default;
    }
    /* The headers stay for screen readers and the grid's keys; seen only while focused. */
    .cards .head:not(:focus-within) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .cards .head {
      width: auto;
      overflow-x: auto;
      border-bottom: 1px solid ${tokens.border};
    }
    .cards .head .row {
      display: flex;
      width: max-content;
      border: 0;
    }
    .cards .sort {
      white-space: nowrap;
      padding: 0 0.75em;
    }
    .cards .body {
      width: 100%;
    }
    .cards .body .row {
      width: 100%;
      display: block;
      padding: 0.5em 0;
    }
    .cards .body .cell {
      display: grid;
      grid-template-columns: 40% 1fr;
      column-gap: 0.5em;
      padding: 0 0.75em;
      text-align: start;
      white-space: normal;
      overflow: visible;
      text-overflow: clip;
      overflow-wrap: anywhere;
    }
    .cards .text {
      display: inline;
      line-height: inherit;
    }
    .cards .body .cell::before {
      content: attr(data-label) / '';
      color: ${tokens.muted};
      font-weight: 700;
    }
  }
  /* On paper: every row (the grid draws them all while printing), no controls. */
  @media print {
    .toolbar,
    .layout,
    .card-sort,
    .downloads,
    .pager,
    details.chart:not([open]) {
      display: none;
    }
    .scroller {
      max-height: none;
      overflow: visible;
    }
    .body {
      height: auto !important;
      padding-top: 0 !important;
    }
    .cell {
      white-space: normal;
      overflow: visible;
    }
    .text {
      display: block;
    }
    .whole {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .stale {
      border: 2px solid CanvasText;
    }
    .cell:focus-visible,
    .sort:focus-visible {
      outline-color: Highlight;
    }
  }
`;
