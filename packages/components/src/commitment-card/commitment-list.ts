import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { reservedHeightStyles } from '../platform/reserved-height.ts';
import {
  completionWord,
  hasMessages,
  messageText,
  type Commitment,
  type Milestone,
  type NumberFormat,
  type OgpValue,
} from '@rendir/core';
import { loadCoreMessages } from '../platform/core-messages.ts';
import { loadLanguage, locales } from '../platform/i18n.ts';
import { RendirElement } from '../platform/rendir-element.ts';
import { CompactList } from '../platform/compact-list.ts';
import { ListPaging } from './list-paging.ts';
import { completionOf, ogpValueOf, renderFilters, type FilterName } from './list-filters.ts';
import type { ExampleScope } from './card-view.ts';
import { sharedStyles } from './commitment-card.styles.ts';
import { listStyles } from './commitment-list.styles.ts';
import { commitmentDataController, type CommitmentData } from './data.ts';
import { icon } from './icons.ts';
import {
  MISSING,
  facets,
  filterCommitments,
  groupMilestones,
  indexCommitments,
  type CommitmentFilters,
  type Completion,
  type Facets,
  type IndexedCommitment,
} from './logic.ts';
import { commitmentMessages, valueKey, type CommitmentMessages } from './messages.ts';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The list's filters or search changed; `shown` of `total` commitments remain. */
    'rendir-filter-change': CustomEvent<{
      filters: CommitmentFilters;
      shown: number;
      total: number;
    }>;
  }
  interface HTMLElementTagNameMap {
    'rendir-commitment-list': RendirCommitmentList;
  }
}

const NO_MILESTONES: Milestone[] = [];

interface Prepared {
  data: CommitmentData;
  locale: string;
  items: IndexedCommitment[];
  milestones: Map<string, Milestone[]>;
  facets: Facets;
}

/**
 * Many commitments as cards, with filters by action plan, institution, OGP value and
 * IRM completion, a text search and a count of what is shown. Built for a whole action
 * plan and for a thousand commitments: filters run on a prepared index, and only the
 * first `page-size` matching cards are in the page, with a button for more.
 *
 * @summary A filterable, searchable list of commitment cards.
 *
 * @attr src - URL of the commitments CSV (or JSON); without it, an inline `<script type="text/csv">` child.
 * @attr milestones-src - URL of the milestones CSV; without it, an inline `<script type="text/csv" data-name="milestones">`.
 * @attr variant - Variant of each card: `compact` (default) or `full`.
 * @attr example - `milestones` or `all`: the cards say that those data are made up for a demonstration.
 * @attr stale-after - Days after which a card warns its data may be out of date (default 365).
 * @attr heading-level - Heading level of each card's title, 2 to 6 (default 3).
 * @attr today - ISO date taken as today for staleness notices.
 * @attr number-format - `es` or `en`: how numbers in the CSV files are written, when the files cannot tell.
 * @attr query - Initial text search.
 * @attr plan - Initial action plan filter (the plan's name as written in the file).
 * @attr institution - Initial institution filter (lead or supporting, as written).
 * @attr ogp-value - Initial OGP value filter (`access_to_information`, `civic_participation`, `public_accountability`, `technology_innovation`).
 * @attr completion - Initial completion filter (`not_started`, `limited`, `substantial`, `complete`, `no_evidence`).
 * @attr limit - How many cards show before "Ver todos (N)": a number, or `all`; absent: 3 when the list is narrower than 46rem (a CMS column, a phone), else all (in pages of `page-size`).
 * @attr page-size - How many matching cards to show before a "show more" button (default 24; 0 shows all).
 * @attr label - Accessible name of the list (default "Compromisos" / "Commitments").
 * @attr lang - Language (`es`, `en`); inherited from the nearest ancestor.
 * @attr theme - `light`, `dark`, `high-contrast` or `auto` (the reader's system); absent: light unless the page is dark.
 *
 * @prop {Commitment[] | undefined} commitments - Commitment records (instead of `src`): `Commitment`s of `@rendir/core`, or plain JSON of their shape, read by core's `readCommitmentsJson` like a file; a bad value shows the error state naming the property, record and field.
 * @prop {Milestone[] | undefined} milestones - Milestone records (instead of `milestones-src`), read by core's `readMilestonesJson`.
 *
 * @event rendir-filter-change - Filters or search changed: `{ filters, shown, total }`.
 * @event rendir-data-state - The data changed state: `{ status, error? }`.
 * @event rendir-data-warnings - The data loaded with problems that did not stop the widget (e.g. a link dropped as unsafe): `{ warnings }`, each with file, line, column and a message in Spanish and English; also logged to the console.
 *
 * @slot - Inline data: `<script type="text/csv">` with the commitments and `<script type="text/csv" data-name="milestones">`.
 *
 * @csspart filters - The filter form.
 * @csspart search - The search field.
 * @csspart filters-toggle - On narrow screens, the button that shows the four filters.
 * @csspart summary - The count of commitments shown.
 * @csspart list - The list of cards.
 * @csspart clear - The clear-filters button.
 * @csspart more - The show-more button.
 * @csspart show-all - The "Ver todos (N)" / "Ver menos" button of a compact list.
 * @csspart state - Loading, empty and error states.
 *
 * @cssprop --rendir-commitment-list-min-card - Narrowest card before the grid drops a column (default 20rem).
 */
export class RendirCommitmentList extends RendirElement {
  static override styles = [
    RendirElement.styles,
    sharedStyles,
    reservedHeightStyles('rendir-commitment-list'),
    listStyles,
  ];

  static override coreWords = true;

  static override properties: PropertyDeclarations = {
    src: {},
    milestonesSrc: { attribute: 'milestones-src' },
    variant: { reflect: true },
    example: {},
    staleAfter: { type: Number, attribute: 'stale-after' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    today: {},
    numberFormat: { attribute: 'number-format' },
    label: {},
    pageSize: { type: Number, attribute: 'page-size' },
    query: {},
    plan: {},
    institution: {},
    ogpValue: { attribute: 'ogp-value' },
    completion: {},
    commitments: { attribute: false },
    milestones: { attribute: false },
    filtersOpen: { state: true },
    limit: {},
  };

  src?: string;
  milestonesSrc?: string;
  variant: 'full' | 'compact' = 'compact';
  example?: ExampleScope;
  staleAfter = 365;
  headingLevel = 3;
  today?: string;
  numberFormat?: NumberFormat;
  label?: string;
  pageSize = 24;

  query = '';
  plan = '';
  institution = '';
  ogpValue: OgpValue | '' = '';
  completion: Completion | typeof MISSING | '' = '';

  commitments?: Commitment[];
  milestones?: Milestone[];

  private get searchInput(): HTMLInputElement {
    return this.renderRoot.querySelector('#search')!;
  }

  /** On narrow screens the four filters fold behind a button; open when some are set. */
  private filtersOpen = false;

  /** How many cards show before "Ver todos (N)": a number, `all`, or empty (3 when narrow). */
  limit = '';

  private readonly data = commitmentDataController(this);
  /** "Show more": the matching cards in the page, one page more on each press. */
  private readonly paging = new ListPaging(
    this,
    () => this.pageSize,
    () => this.renderRoot.querySelectorAll<HTMLElement>('.cards > li'),
  );
  private readonly compact = new CompactList(this, () => this.limit);

  private prepared?: Prepared;
  private lastFilters?: string;

  /** Resolves when data has loaded (or failed) and the list has rendered. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.data.complete)
      .then(() => this.updateComplete)
      .then(() => {});
  }

  /** The current filters, as the form shows them. */
  get filters(): CommitmentFilters {
    return {
      plan: this.plan,
      institution: this.institution,
      value: this.ogpValue,
      completion: this.completion,
      query: this.query,
    };
  }

  /** Clears every filter and the search. */
  clearFilters(): void {
    this.query = '';
    this.plan = '';
    this.institution = '';
    this.ogpValue = '';
    this.completion = '';
  }

  private get m(): CommitmentMessages {
    return this.msg(commitmentMessages);
  }

  private prepare(data: CommitmentData): Prepared {
    const locale = this.intlLocale;
    if (this.prepared && this.prepared.data === data && this.prepared.locale === locale) {
      return this.prepared;
    }
    // Search finds OGP values and IRM verdicts in every language (each once loaded).
    const both = locales.map((l) => commitmentMessages[l]);
    const items = indexCommitments(data.commitments, (c) => [
      ...c.ogpValues.flatMap((v) => both.map((m) => m[valueKey(v)])),
      ...(c.completion
        ? locales.filter(hasMessages).map((l) => messageText(completionWord(c.completion!), l))
        : []),
    ]);
    this.prepared = {
      data,
      locale,
      items,
      milestones: groupMilestones(data.milestones),
      facets: facets(items, locale),
    };
    return this.prepared;
  }

  override render(): unknown {
    return this.data.render((data) => this.renderList(this.prepare(data)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filterChanged = (
      ['query', 'plan', 'institution', 'ogpValue', 'completion'] as const
    ).some((k) => changed.has(k));
    if (filterChanged || changed.has('pageSize') || this.paging.limit === 0) this.paging.reset();
    if (changed.has('query') && this.query.trim()) {
      // A search also matches the words of the other languages, which load on demand.
      const loading = locales
        .flatMap((l) => [loadLanguage(l), loadCoreMessages(l)])
        .filter(Boolean);
      if (loading.length)
        void Promise.all(loading).then(() => {
          this.prepared = undefined;
          this.requestUpdate();
        });
    }
    if (!this.hasUpdated && (this.plan || this.institution || this.ogpValue || this.completion)) {
      this.filtersOpen = true;
    }
  }

  protected override updated(): void {
    // Announce a change of filters (not the first render, not a change of data).
    const ready = this.data.status === 'ready' && this.prepared !== undefined;
    const filters = this.filters;
    const key = JSON.stringify(filters);
    if (ready && this.lastFilters !== undefined && key !== this.lastFilters) {
      this.emit('rendir-filter-change', {
        filters,
        shown: this.shownCount,
        total: this.prepared?.items.length ?? 0,
      });
    }
    if (ready) this.lastFilters = key;
  }

  private shownCount = 0;

  private renderList(p: Prepared): TemplateResult {
    const m = this.m;
    const filters = this.filters;
    const shown = filterCommitments(p.items, filters);
    // In a narrow place the first few, with "Ver todos (N)"; then pages with "show more".
    const first = this.compact.count(shown.length);
    const folded = first < shown.length;
    const inPage = shown.slice(0, Math.min(first, this.paging.limit));
    const remaining = shown.length - inPage.length;
    this.shownCount = shown.length;
    const total = p.items.length;
    const level = this.headingLevel;
    return html`<div class="layout">
      ${renderFilters({
        m,
        word: (ref) => this.coreText(ref),
        facets: p.facets,
        filters,
        open: this.filtersOpen,
        onSearch: this.onSearch,
        onSearchKey: this.onSearchKey,
        onSelect: this.onSelect,
        onToggle: this.onToggleFilters,
        onClear: this.onClear,
      })}
      <p class="summary" part="summary" role="status">
        ${m.summary(shown.length, total)}${remaining > 0 ? m.inPage(inPage.length) : ''}
      </p>
      ${
        this.example === 'all'
          ? html`<p class="notice example" part="notice">
              ${icon('info')}<span>${m.exampleAll}</span>
            </p>`
          : nothing
      }
      ${
        this.example === 'milestones'
          ? html`<p class="notice example" part="notice">
              ${icon('info')}<span>${m.exampleMilestonesList}</span>
            </p>`
          : nothing
      }
      <ul class="cards" part="list" id="cards" role="list" aria-label=${this.label ?? m.listLabel}>
        ${inPage.map((i) => {
          // Not keyed: a filter reuses the cards already in the page and only gives them
          // other records, which costs far less than making new elements.
          const c = p.items[i].commitment;
          return html`<li tabindex="-1">
            <rendir-commitment-card
              .commitment=${c}
              .milestones=${p.milestones.get(c.id) ?? NO_MILESTONES}
              variant=${this.variant}
              example=${this.example ?? nothing}
              stale-after=${this.staleAfter}
              heading-level=${level}
              today=${this.today ?? nothing}
              theme=${this.theme ?? nothing}
            ></rendir-commitment-card>
          </li>`;
        })}
      </ul>
      ${shown.length === 0 ? html`<p class="no-matches">${m.noMatches}</p>` : nothing}
      ${this.compact.renderToggle(shown.length, 'cards', this.t)}
      ${
        remaining > 0 && !folded
          ? html`<button type="button" class="more" part="more" @click=${this.paging.more}>
              ${m.showMore(Math.min(remaining, this.paging.page()), remaining)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      this.query = '';
      if (this.searchInput) this.searchInput.value = '';
    }
  }

  private onSelect(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const name = select.dataset.filter as FilterName;
    const value = select.value;
    if (name === 'ogpValue') this.ogpValue = ogpValueOf(value);
    else if (name === 'completion') this.completion = completionOf(value);
    else this[name as 'plan' | 'institution'] = value;
  }

  private onToggleFilters(): void {
    this.filtersOpen = !this.filtersOpen;
  }

  private onClear(): void {
    this.clearFilters();
    this.searchInput?.focus();
  }
}
