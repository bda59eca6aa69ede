/**
 * Loading, empty and error states shared by every widget, as templates rendered inside
 * the widget's shadow root (include `stateStyles` in the widget's styles; RendirElement
 * subclasses get them through `RendirElement.styles` when they spread it).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { boundedValue, type ContentError } from '@rendir/core';
import type { PlatformMessages } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { LoadError, toLoadError } from './errors.ts';
import { coreMessage, coreProblemWhere } from './core-messages.ts';
import { tokens } from './theme.ts';

export const stateStyles = css`
  .rendir-part-failed {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0;
    color: ${tokens.error};
    font-weight: 700;
  }
  .rendir-state {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${tokens.space};
    padding: calc(2 * ${tokens.space});
    min-height: var(--rendir-state-min-height, 6rem);
    border: 1px dashed ${tokens.border};
    border-radius: ${tokens.radius};
    color: ${tokens.muted};
  }
  .rendir-state[data-state='loading'] {
    flex-direction: row;
    align-items: center;
  }
  .rendir-spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid ${tokens.border};
    border-block-start-color: ${tokens.accent};
    border-radius: 50%;
    animation: rendir-spin 1s linear infinite;
    flex: none;
  }
  @keyframes rendir-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .rendir-state[data-state='error'] {
    border: 2px solid ${tokens.error};
    color: ${tokens.text};
  }
  .rendir-state .title {
    margin: 0;
    font-weight: 700;
    color: ${tokens.error};
  }
  .rendir-state p {
    margin: 0;
  }
  .rendir-state ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .rendir-state .where {
    font-weight: 700;
  }
  .rendir-state q {
    font-family: ui-monospace, monospace;
    quotes: '«' '»';
  }
`;

/** `role=status`: screen readers hear "Loading data…" without losing their place. */
export function renderLoading(t: PlatformMessages, label: string = t.loading): TemplateResult {
  return html`<div
    class="rendir-state"
    data-state="loading"
    part="state state-loading"
    role="status"
  >
    <span class="rendir-spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

/**
 * A part of a widget (a chart, a table, a calculator) whose code could not load, offline:
 * said in place, with a retry; the rest of the widget keeps working.
 */
export function renderPartFailed(t: PlatformMessages, onRetry: () => void): TemplateResult {
  return html`<p class="rendir-part-failed" role="alert">
    <span aria-hidden="true">⚠</span> ${t.partFailed}
    <button type="button" part="button retry" @click=${onRetry}>${t.retry}</button>
  </p>`;
}

export function renderEmpty(t: PlatformMessages, label: string = t.empty): TemplateResult {
  return html`<div class="rendir-state" data-state="empty" part="state state-empty" role="status">
    <p>${label}</p>
  </div>`;
}

/** The sentence that explains a load error to a reader. */
export function errorSummary(error: LoadError, t: PlatformMessages): string {
  switch (error.kind) {
    case 'offline':
      return t.errorOffline;
    case 'timeout':
      return t.errorTimeout;
    case 'http':
      return t.errorHttp(error.status ?? 0);
    case 'rate-limited':
      return t.errorRateLimited(error.retryAfter);
    case 'parse':
      return t.errorParse;
    case 'content':
      return t.errorContent(error.contentErrors.length);
    case 'network':
      return t.errorNetwork;
    default:
      return t.errorUnknown;
  }
}

/**
 * One problem as a reader sees it: where (the spreadsheet row and column letter, with the
 * text line when they differ), the header, the value and what is wrong. Not the `expected`
 * instructions (sidecar keys, formats): those are for the publisher's build log.
 */
function renderContentError(e: ContentError, t: PlatformMessages, locale: Locale): TemplateResult {
  return html`<li>
    <span class="where">${coreProblemWhere(e, locale)}</span>${
      e.header ? html` (${boundedValue(e.header)})` : nothing
    }:
    ${e.value !== undefined ? html`<q>${boundedValue(e.value)}</q> ` : nothing}${coreMessage(e.message, locale)}
  </li>`;
}

/** Whether trying again can help: not when the file itself is wrong (the same bytes, the same errors). */
export function retryCanHelp(error: LoadError): boolean {
  return error.kind !== 'content' && error.kind !== 'parse';
}

export interface ErrorStateOptions {
  /** Shows a retry button that calls this, where trying again can help (`retryCanHelp`). */
  onRetry?: () => void;
  /** How many content errors to list before "…and N more" (default 20). */
  limit?: number;
}

/**
 * `role=alert`: the error is announced as it appears. Content errors from the core list
 * file, line, column, header and value, in the widget's language.
 */
export function renderError(
  error: unknown,
  t: PlatformMessages,
  locale: Locale,
  options: ErrorStateOptions = {},
): TemplateResult {
  const e = toLoadError(error);
  const limit = options.limit ?? 20;
  const shown = e.contentErrors.slice(0, limit);
  const hidden = e.contentErrors.length - shown.length;
  return html`<div class="rendir-state" data-state="error" part="state state-error" role="alert">
    <p class="title">${t.errorTitle}</p>
    <p>${errorSummary(e, t)}</p>
    ${
      shown.length
        ? html`<ul>
            ${shown.map((c) => renderContentError(c, t, locale))}
          </ul>`
        : nothing
    }
    ${hidden > 0 ? html`<p>${t.errorMore(hidden)}</p>` : nothing}
    ${
      options.onRetry && retryCanHelp(e)
        ? html`<button type="button" part="retry" @click=${options.onRetry}>${t.retry}</button>`
        : nothing
    }
  </div>`;
}
