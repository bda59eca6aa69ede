/** The commitment list's own layout: the filter form, the count, the grid of cards, print. */
import { css } from 'lit';
import { tokens } from '../platform/theme.ts';

export const listStyles = css`
  .layout {
    display: flex;
    flex-direction: column;
    gap: calc(2 * ${tokens.space});
  }
  :host {
    container-type: inline-size;
  }
  form,
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: ${tokens.space} calc(2 * ${tokens.space});
    align-items: end;
    padding: calc(1.5 * ${tokens.space});
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceAlt};
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .field.search,
  .panel {
    grid-column: 1 / -1;
  }
  .panel {
    padding: 0;
    border: none;
    background: none;
  }
  button.filters-toggle {
    justify-self: start;
  }
  /* Wide enough: every filter in view, no toggle. */
  @container (min-width: 40rem) {
    .panel,
    .panel[hidden] {
      display: contents !important;
    }
    button.filters-toggle {
      display: none;
    }
  }
  label {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
    color: ${tokens.muted};
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25em 0.5em;
    color: ${tokens.text};
    background: ${tokens.surface};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  button:disabled {
    color: ${tokens.muted};
    border-style: dashed;
    border-color: ${tokens.border};
    cursor: default;
  }
  .actions {
    display: flex;
    align-items: end;
  }
  .summary {
    margin: 0;
    font-weight: 700;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--rendir-commitment-list-min-card, 20rem)), 1fr)
    );
    gap: calc(2 * ${tokens.space});
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > li {
    min-width: 0;
  }
  .cards > li:focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
  button.more,
  button.show-all {
    align-self: center;
  }
  /* A card here is given its record and drawn at once: no height reserved for loading. */
  .cards > li > rendir-commitment-card {
    height: 100%;
    min-height: 0;
  }
  .no-matches {
    margin: 0;
  }
  @media print {
    form {
      display: none;
    }
    .cards {
      display: block;
    }
    .cards > li {
      margin-block-end: 1em;
    }
    button.more {
      display: none;
    }
  }
`;
