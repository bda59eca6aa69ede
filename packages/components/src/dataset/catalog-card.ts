/**
 * The catalog card at the top of the widget: title, description, publisher, license,
 * last update and frequency in the reader's language, keywords, the portal's page, and a
 * notice when the data is overdue for its announced update.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isoDateCell } from '@rendir/core';
import type { DatasetMessages } from './messages.ts';
import { linkTo, overdueSince, parsePeriodicity } from './metadata.ts';
import type { DatasetMetadata } from './types.ts';

export function renderCatalogCard(
  meta: DatasetMetadata,
  m: DatasetMessages,
  uid: string,
  intlLocale: string,
): TemplateResult {
  // A catalog date (`2025-05-31` or a timestamp) in words, by the core.
  const dateText = (value: string) => {
    const iso = isoDateCell(value);
    return iso ? formatDate(iso, intlLocale) : value;
  };
  // A known frequency in the reader's language; anything else as the catalog wrote it.
  const interval = parsePeriodicity(meta.periodicity);
  const periodicity = interval
    ? m.frequency(interval.years, interval.months, interval.days)
    : (meta.periodicity ?? '');
  const due = overdueSince(meta.modified, meta.periodicity);
  const link = linkTo(meta.url);
  const item = (label: string, value: unknown) =>
    value
      ? html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  return html`<header part="header">
    <h2 id="${uid}-title">${meta.title || m.untitled}</h2>
    ${meta.description ? html`<p class="description">${meta.description}</p>` : nothing}
    <dl>
      ${item(m.publisher, meta.publisher)} ${item(m.license, meta.license)}
      ${item(m.modified, meta.modified ? dateText(meta.modified) : '')}
      ${item(m.periodicity, periodicity)} ${item(m.keywords, meta.keywords?.join(', '))}
    </dl>
    ${due ? html`<p class="stale" part="stale">⚠ ${m.stale(dateText(due.toISOString()))}</p>` : nothing}
    ${link ? html`<p class="note"><a href=${link} rel="noopener noreferrer">${m.portal}</a></p>` : nothing}
  </header>`;
}
