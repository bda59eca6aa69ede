/**
 * Reading the `population` attribute with the core's number reader (`7900000`,
 * `7.900.000`, `7,900,000`): loaded only when a viewer has a population, so that the
 * bundle does not carry the number reader for everyone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { parseNumber } from '@rendir/core';
import { perCapita, type BudgetNode } from './budget-model.ts';
import { formatAmount, formatPeople } from './format.ts';
import type { PartContext } from './view-context.ts';

/** The population as an exact whole number, else undefined. */
export function wholePopulation(raw: string): string | undefined {
  const parsed = parseNumber(raw, undefined);
  if (!('value' in parsed) || parsed.isPercent || !/^[1-9]\d*$/.test(parsed.value)) {
    return undefined;
  }
  return parsed.value;
}

/**
 * The summary's per-capita sentence for the `raw` population, or why that population
 * cannot be used.
 */
export function renderPerCapita(
  c: PartContext,
  node: BudgetNode,
  raw: string,
): TemplateResult | typeof nothing {
  const population = wholePopulation(raw.trim());
  const capita = population ? perCapita(node.size, population) : undefined;
  if (capita === undefined) {
    return population
      ? nothing
      : html`<p class="invalid population-problem">
          <span aria-hidden="true">⚠</span> ${c.m.populationInvalid(raw)}
        </p>`;
  }
  return html`<p class="per-capita">
    ${c.m.perCapitaSentence(
      formatAmount(capita, c.intl, c.currency, false),
      formatPeople(population!, c.intl),
    )}
  </p>`;
}
