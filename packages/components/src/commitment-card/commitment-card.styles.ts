import { css } from 'lit';
import { tokens } from '../platform/theme.ts';

/** Chips, icons, notices and progress bars shared by the card and the list. */
export const sharedStyles = css`
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    vertical-align: -0.125em;
  }
  .notice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid ${tokens.border};
    border-inline-start-width: 4px;
    border-radius: ${tokens.radius};
    background: ${tokens.surfaceAlt};
    color: ${tokens.text};
  }
  .notice .icon {
    margin-block-start: 0.25em;
  }
  .notice.example {
    border-inline-start-color: ${tokens.atRisk};
  }
  .notice.stale {
    border-inline-start-color: ${tokens.atRisk};
  }
  .muted {
    color: ${tokens.muted};
  }
  .no-info {
    color: ${tokens.muted};
    font-style: italic;
  }
`;

export const cardStyles = css`
  :host {
    container-type: inline-size;
    --_gap: ${tokens.space};
  }
  article {
    display: flex;
    flex-direction: column;
    gap: calc(1.5 * var(--_gap));
    padding: calc(2 * var(--_gap));
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
    background: ${tokens.surface};
  }
  :host([variant='compact']) article {
    gap: var(--_gap);
    padding: calc(1.5 * var(--_gap));
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 0.875em;
    color: ${tokens.muted};
  }
  /* A period never breaks at its hyphen («2020-» / «2022»); a date keeps itself together
     (card-view.ts date). */
  .period {
    white-space: nowrap;
  }
  .id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 700;
    color: ${tokens.text};
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  :host([variant='compact']) .title {
    font-size: 1.1em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.starred {
    color: ${tokens.achieved};
  }
  .badge.example {
    color: ${tokens.atRisk};
  }
  .badge.completion {
    color: ${tokens.text};
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
      gap: 0 0;
    }
    .facts dd + dt {
      margin-block-start: 0.5em;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    padding: 0.05em 0.6em;
    border: 1px solid ${tokens.border};
    border-radius: 999px;
    background: ${tokens.surfaceAlt};
    font-size: 0.875em;
  }
  .plain-list {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .text p {
    margin: 0 0 0.5em;
  }
  .section-title {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: calc(1.5 * var(--_gap));
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid ${tokens.border};
  }
  /* The section's gap spaces its parts: a paragraph's own margins left 32 px under «Evaluación
     independiente (MRI)» where other headings have 16. */
  section > p {
    margin: 0;
  }
  .progress {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .progress p {
    margin: 0;
  }
  .bar {
    position: relative;
    block-size: 0.6em;
    border: 1px solid ${tokens.border};
    border-radius: 999px;
    background: ${tokens.surfaceAlt};
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    inline-size: var(--value, 0%);
    background: ${tokens.accent};
  }
  .milestones {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
  }
  .milestone {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    gap: 0 0.5em;
    padding-block: 0.5em;
    border-block-start: 1px solid ${tokens.border};
  }
  .milestone:first-child {
    border-block-start: none;
    padding-block-start: 0;
  }
  .milestone > .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.15em;
  }
  .milestone[data-status='complete'] > .icon,
  .milestone[data-status='complete'] .status {
    color: ${tokens.achieved};
  }
  .milestone[data-status='in_progress'] > .icon,
  .milestone[data-status='in_progress'] .status {
    color: ${tokens.onTrack};
  }
  .milestone[data-status='delayed'] > .icon,
  .milestone[data-status='delayed'] .status {
    color: ${tokens.offTrack};
  }
  .milestone[data-status='not_started'] > .icon,
  .milestone[data-status='unknown'] > .icon {
    color: ${tokens.noData};
  }
  .milestone-title {
    margin: 0;
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
    margin: 0;
    font-size: 0.9em;
  }
  .status {
    font-weight: 700;
  }
  .milestone .bar {
    max-inline-size: 16rem;
    margin-block: 0.25em;
  }
  .unsafe code {
    overflow-wrap: anywhere;
  }
  .irm {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
  }
  .irm-field {
    display: grid;
    grid-template-columns: minmax(9em, max-content) 1fr;
    gap: 0.25em 1em;
    align-items: start;
  }
  @container (max-width: 30rem) {
    .irm-field {
      grid-template-columns: 1fr;
    }
  }
  .irm-field dt {
    font-weight: 600;
  }
  .irm-field dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .level {
    font-weight: 700;
  }
  button.explain {
    min-height: 24px;
    min-width: 24px;
    padding: 0.1em 0.6em;
    font-size: 0.875em;
    border-radius: 999px;
  }
  button.explain[aria-expanded='true'] {
    background: ${tokens.surfaceAlt};
  }
  .explanation {
    flex-basis: 100%;
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid ${tokens.accent};
    background: ${tokens.surfaceAlt};
  }
  .explanation p {
    margin: 0 0 0.35em;
  }
  .explanation ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .explanation li[aria-current='true'] {
    font-weight: 700;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: level;
  }
  .scale li {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    padding: 0.05em 0.5em;
    border: 1px dashed ${tokens.border};
    border-radius: ${tokens.radius};
    font-size: 0.875em;
    color: ${tokens.muted};
  }
  .scale li.reached {
    border: 2px solid ${tokens.accent};
    color: ${tokens.text};
    font-weight: 700;
  }
  .scale li.passed {
    border-style: solid;
    color: ${tokens.text};
  }
  footer {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    font-size: 0.9em;
  }
  footer p {
    margin: 0;
  }
  button.toggle {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    .bar > span {
      forced-color-adjust: none;
      background: Highlight;
    }
    .scale li.reached {
      border-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    article {
      break-inside: avoid;
      border-color: #000;
    }
    button.explain,
    button.toggle {
      display: none;
    }
    .explanation[hidden] {
      display: block !important;
    }
    a[href]::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .bar {
      border-color: #000;
    }
    .bar > span {
      background: #000;
      print-color-adjust: exact;
    }
  }
`;
