/**
 * What the commitment card's render parts share: its words, language, heading level and
 * example scope, and how a date, a percentage, a missing value or a heading is written.
 */
import { html, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { formatDate, formatPercentValue, keepTogether, notStatedWord } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import type { Locale } from '../platform/i18n.ts';
import { icon } from './icons.ts';
import type { CommitmentMessages } from './messages.ts';

/** What the card shows as example data: nothing, only the milestones, or everything. */
export type ExampleScope = 'milestones' | 'all';

export interface CardView {
  m: CommitmentMessages;
  locale: Locale;
  intlLocale: string;
  headingLevel: number;
  example: ExampleScope | undefined;
}

const headingTags: StaticValue[] = [
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Heading level 2-6 (1 belongs to the host page); anything else becomes 3. */
export function clampHeading(level: number): number {
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 3;
}

/** A heading `below` levels under the card's title (0: the title's own level). */
export function heading(v: CardView, below: number, id: string, label: unknown, part = '') {
  const tag = headingTags[Math.min(clampHeading(v.headingLevel) + below, 6) - 2];
  return below
    ? staticHtml`<${tag} class="section-title" id=${id}>${label}</${tag}>`
    : staticHtml`<${tag} class="title" id=${id} part=${part}>${label}</${tag}>`;
}

const formattedDates = new Map<string, string>();

/** A date as the card writes it: on one line, wherever it falls («31 de / diciembre»). */
export function date(v: CardView, iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const key = `${v.intlLocale}|${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    try {
      text = keepTogether(formatDate(iso, v.intlLocale));
    } catch {
      // A date the core did not read (e.g. from JSON): show it as written.
      text = iso;
    }
    // The core builds an Intl formatter per call; a list of 1,000 cards repeats few dates.
    if (formattedDates.size > 5000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

export function pct(v: CardView, value: string): string {
  return formatPercentValue(value, v.intlLocale);
}

/** A field the source leaves out, in core's words (as the site's page says it). */
export function noInfo(v: CardView): TemplateResult {
  return html`<span class="no-info">${coreMessage(notStatedWord(), v.locale)}</span>`;
}

export function exampleNotice(text: string): TemplateResult {
  return html`<p class="notice example" part="notice">${icon('info')}<span>${text}</span></p>`;
}
