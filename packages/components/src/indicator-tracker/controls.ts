/** A set's pillar, status and order selects (native, so keys and screen readers just work). */
import { html, nothing, type TemplateResult } from 'lit';
import { INDICATOR_STATUSES, isIndicatorStatus, type IndicatorStatus } from '@rendir/core';
import { isSortKey, type SortKey } from './logic.ts';
import { statusWord, type TrackerView } from './view.ts';

export interface FilterChange {
  status?: IndicatorStatus | '';
  group?: string;
  sort?: SortKey;
}

export interface ControlsState {
  /** Prefix of the selects' ids. */
  id: string;
  groups: string[];
  group: string;
  status: IndicatorStatus | '';
  sort: SortKey;
  change: (change: FilterChange) => void;
}

const value = (e: Event) => (e.target as HTMLSelectElement).value;

export function renderControls(v: TrackerView, c: ControlsState): TemplateResult {
  const m = v.m;
  const sorts = [
    ['source', m.sortSource],
    ['group', m.sortGroup],
    ['status', m.sortStatus],
    ['progress', m.sortProgress],
    ['name', m.sortName],
  ] as const;
  return html`<div class="controls" part="controls">
    ${
      c.groups.length > 1
        ? html`<label for="${c.id}-group"
            >${m.group}
            <select id="${c.id}-group" @change=${(e: Event) => c.change({ group: value(e) })}>
              <option value="" ?selected=${!c.group}>${m.allGroups}</option>
              ${c.groups.map(
                (g) => html`<option value=${g} ?selected=${g === c.group}>${g}</option>`,
              )}
            </select></label
          >`
        : nothing
    }
    <label for="${c.id}-status"
      >${m.filterStatus}
      <select
        id="${c.id}-status"
        @change=${(e: Event) => {
          const s = value(e);
          c.change({ status: isIndicatorStatus(s) ? s : '' });
        }}
      >
        <option value="" ?selected=${!c.status}>${m.allStatuses}</option>
        ${INDICATOR_STATUSES.map(
          (s) => html`<option value=${s} ?selected=${s === c.status}>${statusWord(v, s)}</option>`,
        )}
      </select></label
    >
    <label for="${c.id}-sort"
      >${m.sort}
      <select
        id="${c.id}-sort"
        @change=${(e: Event) => {
          const s = value(e);
          c.change({ sort: isSortKey(s) ? s : 'source' });
        }}
      >
        ${sorts.map(
          ([k, label]) => html`<option value=${k} ?selected=${k === c.sort}>${label}</option>`,
        )}
      </select></label
    >
  </div>`;
}
