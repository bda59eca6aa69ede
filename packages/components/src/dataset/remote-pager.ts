/**
 * Paging through a portal's result (Socrata, CKAN): loaded with the portal's source, in
 * parallel with it; a file's grid needs none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineCatalogue, type MessagesOf } from '../platform/i18n.ts';
import type { RemotePage } from './sources/remote.ts';

export const pagerMessages = defineCatalogue('datasetPager', {
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  serverQuery: 'El portal ordena, filtra y busca en todos los datos.',
  ignoredFilter: (columns: string) =>
    `Este portal no filtra por rangos; filtro no aplicado a: ${columns}.`,
});

export interface PagerView {
  page: RemotePage;
  offset: number;
  size: number;
  busy: boolean;
  m: MessagesOf<typeof pagerMessages>;
  go: (offset: number) => void;
}

/** Previous and next page, and which filters the portal could not apply. */
export function renderPager({ page, offset, size, busy, m, go }: PagerView): TemplateResult {
  const ignored = page.ignoredFilters
    .map((k) => page.columns.find((c) => c.key === k)?.label ?? k)
    .join(', ');
  return html`<div class="pager">
      <button
        type="button"
        ?disabled=${offset === 0 || busy}
        @click=${() => go(Math.max(0, offset - size))}
      >
        ${m.previousPage}
      </button>
      <button
        type="button"
        ?disabled=${offset + page.rows.length >= page.total || busy}
        @click=${() => go(offset + size)}
      >
        ${m.nextPage}
      </button>
    </div>
    <p class="note">${m.serverQuery}</p>
    ${ignored ? html`<p class="note" role="status">${m.ignoredFilter(ignored)}</p>` : nothing}`;
}
