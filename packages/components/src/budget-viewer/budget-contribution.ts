/**
 * "Your contribution": how an amount a citizen types would be shared among the items of
 * the open level, to the peso. Loaded when the reader reaches the field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { compareDecimals, divideDecimals, multiplyDecimal, parseNumber } from '@rendir/core';
import { defineCatalogue } from '../platform/i18n.ts';
import { displayName, type BudgetNode } from './budget-model.ts';
import { formatAmount } from './format.ts';
import type { PartContext } from './view-context.ts';

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
