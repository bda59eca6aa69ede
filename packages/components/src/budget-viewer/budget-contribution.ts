/**
 * The two panels under the chart: "of every 100 pesos" (where the first five items' share
 * of the open node goes) and "your contribution" (how an amount a citizen types would be
 * shared among the items of the open level, to the peso). A part, loaded with the data.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { tokens } from '../platform/theme.ts';
import { compareDecimals, divideDecimals, multiplyDecimal, parseNumber } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import { displayName, ofEveryHundred, type BudgetNode } from './budget-model.ts';
import { formatAmount } from './format.ts';
import type { PartContext } from './view-context.ts';

export const styles = css`
  .panels {
    display: grid;
    gap: var(--_bv-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .panel {
    display: grid;
    gap: ${tokens.space};
    align-content: start;
    padding: ${tokens.space};
    border: 1px solid ${tokens.border};
    border-radius: ${tokens.radius};
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .invalid {
    color: ${tokens.error};
    font-weight: 700;
  }
`;

export interface PanelsContext extends PartContext {
  node: BudgetNode;
  /** The open node's name for sentences, `undefined` for the whole budget. */
  subject?: string;
  /** What the reader typed in the contribution field. */
  typed: string;
  type(text: string): void;
}

export const contributionMessages = defineCatalogue('budgetContribution', {
  invalid: 'Escriba un monto en pesos usando solo dígitos.',
  result: (amount: string, place?: string) =>
    place ? `De sus ${amount}, ${place} recibe:` : `De sus ${amount}, esto va a:`,
});

/** The part of a citizen's `contribution` that goes to `part` of `whole`, to the peso. */
export function contributionShare(
  contribution: string,
  part: string,
  whole: string,
): string | undefined {
  if (compareDecimals(whole, '0') === 0) return undefined;
  return divideDecimals(multiplyDecimal(contribution, part), whole, 0);
}

/** What the typed text shows: an error beside the field, or the shares below it. */
export function contribution(
  c: PartContext,
  node: BudgetNode,
  subject: string | undefined,
  text: string,
): {
  invalid: boolean;
  error: TemplateResult | typeof nothing;
  result: TemplateResult | typeof nothing;
} {
  const cm = contributionMessages[c.locale];
  const raw = text.trim();
  const parsed = raw ? parseNumber(raw, c.locale) : undefined;
  if (!parsed) return { invalid: false, error: nothing, result: nothing };
  if (!('value' in parsed) || parsed.isPercent || parsed.value.startsWith('-')) {
    return {
      invalid: true,
      error: html`<span class="invalid" id="contribution-error"
        ><span aria-hidden="true">⚠</span> ${cm.invalid}</span
      >`,
      result: nothing,
    };
  }
  const value = parsed.value;
  return {
    invalid: false,
    error: nothing,
    result: html`<p>${cm.result(formatAmount(value, c.intl, c.currency), subject)}</p>
      <ul class="contribution-list">
        ${node.children.slice(0, 10).map((item) => {
          const share = contributionShare(value, item.size, node.size);
          return share === undefined
            ? nothing
            : html`<li>
                ${displayName(item)}:
                <strong>${formatAmount(share, c.intl, c.currency, false)}</strong>
              </li>`;
        })}
      </ul>`,
  };
}

/** "Of every 100 pesos": where the first five items' share of the open node goes. */
function renderHundred(ctx: PanelsContext): TemplateResult {
  const { m, node } = ctx;
  return html`<section class="panel hundred" part="hundred" aria-labelledby="hundred-title">
    <h3 id="hundred-title">${m.everyHundred}</h3>
    <p>${m.everyHundredIntro(ctx.subject)}</p>
    <ul>
      ${node.children.slice(0, 5).map((c) => {
        const share = ofEveryHundred(c.size, node.size);
        return share === undefined
          ? nothing
          : html`<li>
              ${m.everyHundredSentence(
                formatAmount(share, ctx.intl, ctx.currency, true),
                displayName(c),
              )}
            </li>`;
      })}
    </ul>
  </section>`;
}

/** The contribution calculator: the field, and the shares of what the reader typed. */
function renderContribution(ctx: PanelsContext): TemplateResult {
  const { m, typed } = ctx;
  const shown = contribution(ctx, ctx.node, ctx.subject, typed);
  return html`<section
    class="panel contribution"
    part="contribution"
    aria-labelledby="contribution-title"
  >
    <h3 id="contribution-title">${m.contribution}</h3>
    <div class="field">
      <label for="contribution">${m.contributionLabel}</label>
      <span class="help" id="contribution-help">${m.contributionHelp}</span>
      <input
        id="contribution"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        aria-describedby="contribution-help${shown.invalid ? ' contribution-error' : ''}"
        aria-invalid=${shown.invalid ? 'true' : 'false'}
        .value=${typed}
        @input=${(e: Event) => ctx.type((e.target as HTMLInputElement).value)}
      />
      ${shown.error}
    </div>
    <div aria-live="polite">${shown.result}</div>
  </section>`;
}

/** Both panels, side by side where there is room. */
export function renderPanels(ctx: PanelsContext): TemplateResult {
  return html`<div class="panels">${renderHundred(ctx)} ${renderContribution(ctx)}</div>`;
}
