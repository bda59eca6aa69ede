/**
 * The list's filter form: the search, and the plan, institution, OGP value and completion
 * selects, each option with its count; on a narrow list the four fold behind "Filtros".
 */
import { html, type TemplateResult } from 'lit';
import { completionWord, notStatedWord, type MessageRef, type OgpValue } from '@rendir/core';
import {
  COMPLETION_LEVELS,
  MISSING,
  OGP_VALUES,
  type CommitmentFilters,
  type Completion,
  type Facets,
} from './logic.ts';
import { valueKey, type CommitmentMessages } from './messages.ts';

export type FilterName = 'plan' | 'institution' | 'ogpValue' | 'completion';

/** Listeners are the element's methods: Lit calls them with the element as `this`. */
export interface FilterForm {
  m: CommitmentMessages;
  /** One of core's words in the list's language. */
  word: (ref: MessageRef) => string;
  facets: Facets;
  filters: CommitmentFilters;
  /** Whether the folded filters are shown. */
  open: boolean;
  onSearch: (event: Event) => void;
  onSearchKey: (event: KeyboardEvent) => void;
  onSelect: (event: Event) => void;
  onToggle: () => void;
  onClear: () => void;
}

/** An OGP value as a select gives it; anything else is none. */
export function ogpValueOf(value: string): OgpValue | '' {
  return (OGP_VALUES as readonly string[]).includes(value) ? (value as OgpValue) : '';
}

/** A completion (or "without information") as a select gives it; anything else is none. */
export function completionOf(value: string): Completion | typeof MISSING | '' {
  return value === MISSING || (COMPLETION_LEVELS as readonly string[]).includes(value)
    ? (value as Completion | typeof MISSING)
    : '';
}

export function renderFilters(f: FilterForm): TemplateResult {
  const m = f.m;
  const { plan, institution, value, completion, query } = f.filters;
  const activeCount = [plan, institution, value, completion].filter(Boolean).length;
  const active = Boolean(query.trim()) || activeCount > 0;
  return html`<form
    part="filters"
    role="search"
    aria-label=${m.filters}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field search">
      <label for="search">${m.search}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="search-hint"
        .value=${query}
        @input=${f.onSearch}
        @keydown=${f.onSearchKey}
      />
      <p class="hint" id="search-hint">${m.searchHint}</p>
    </div>
    <button
      type="button"
      class="filters-toggle"
      part="filters-toggle"
      aria-expanded=${f.open ? 'true' : 'false'}
      aria-controls="filter-panel"
      @click=${f.onToggle}
    >
      ${m.filtersToggle(activeCount)}
    </button>
    <div class="panel" id="filter-panel" ?hidden=${!f.open}>
      ${renderSelect(m, f.onSelect, 'plan', m.filterPlan, plan, [
        ...f.facets.plans.map((o) => ({ value: o.value, label: m.option(o.value, o.count) })),
        ...(f.facets.missingPlan
          ? [{ value: MISSING, label: m.option(f.word(notStatedWord()), f.facets.missingPlan) }]
          : []),
      ])}
      ${renderSelect(m, f.onSelect, 'institution', m.filterInstitution, institution, [
        ...f.facets.institutions.map((o) => ({
          value: o.value,
          label: m.option(o.value, o.count),
        })),
        ...(f.facets.missingLead
          ? [{ value: MISSING, label: m.option(f.word(notStatedWord()), f.facets.missingLead) }]
          : []),
      ])}
      ${renderSelect(
        m,
        f.onSelect,
        'ogpValue',
        m.filterValue,
        value,
        f.facets.values.map((o) => ({
          value: o.value,
          label: m.option(m[valueKey(o.value as OgpValue)], o.count),
        })),
      )}
      ${renderSelect(m, f.onSelect, 'completion', m.filterCompletion, completion, [
        ...f.facets.completions.map((o) => ({
          value: o.value,
          label: m.option(f.word(completionWord(o.value as Completion)), o.count),
        })),
        ...(f.facets.missingCompletion
          ? [
              {
                // Core's word for a completion the file does not give, as the card says it.
                value: MISSING,
                label: m.option(f.word(completionWord('unknown')), f.facets.missingCompletion),
              },
            ]
          : []),
      ])}
      <div class="actions">
        <button type="button" part="clear" ?disabled=${!active} @click=${f.onClear}>
          ${m.clear}
        </button>
      </div>
    </div>
  </form>`;
}

function renderSelect(
  m: CommitmentMessages,
  onSelect: (event: Event) => void,
  name: FilterName,
  label: string,
  current: string,
  options: { value: string; label: string }[],
): TemplateResult {
  const id = `filter-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} data-filter=${name} @change=${onSelect}>
      <option value="" ?selected=${current === ''}>${m.all}</option>
      ${options.map(
        (o) => html`<option value=${o.value} ?selected=${o.value === current}>${o.label}</option>`,
      )}
    </select>
  </div>`;
}
