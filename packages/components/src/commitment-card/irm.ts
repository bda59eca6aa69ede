/**
 * What the Independent Reporting Mechanism (IRM) said of the commitment: completion,
 * potential impact, results, starred, public influence, each with "¿Qué significa?",
 * which opens the whole scale with the commitment's level marked.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { completionWord, type Commitment } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import { icon } from './icons.ts';
import {
  COMPLETION_LEVELS,
  IMPACT_LEVELS,
  INFLUENCE_LEVELS,
  RESULTS_LEVELS,
  type PotentialImpact,
  type PotentialResults,
} from './logic.ts';
import {
  type CommitmentMessages,
  completionMeaningKey,
  impactKey,
  impactMeaningKey,
  influenceKey,
  influenceMeaningKey,
  resultsKey,
  resultsMeaningKey,
} from './messages.ts';
import { heading, type CardView } from './card-view.ts';

export type IrmField = 'completion' | 'impact' | 'results' | 'starred' | 'influence';

/** The explanations the reader opened, and how one opens or closes (the element keeps them). */
export interface Explanations {
  open: ReadonlySet<IrmField>;
  toggle: (field: IrmField) => void;
}

function explainButton(
  v: CardView,
  opened: Explanations,
  field: IrmField,
  label: string,
): TemplateResult {
  const isOpen = opened.open.has(field);
  return html`<button
    type="button"
    class="explain"
    part="explain-button"
    aria-expanded=${isOpen ? 'true' : 'false'}
    aria-controls=${`explain-${field}`}
    @click=${() => opened.toggle(field)}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape' && opened.open.has(field)) {
        e.preventDefault();
        opened.toggle(field);
      }
    }}
  >
    ${v.m.whatIs}<span class="visually-hidden"> ${label}</span>
  </button>`;
}

function explanation(
  v: CardView,
  opened: Explanations,
  field: IrmField,
  about: string,
  scale: { label: string; meaning: string; current: boolean }[],
): TemplateResult {
  return html`<div
    class="explanation"
    part="explanation"
    id=${`explain-${field}`}
    ?hidden=${!opened.open.has(field)}
  >
    <p>${about}</p>
    ${
      scale.length
        ? html`<ul>
            ${scale.map(
              (s) =>
                html`<li aria-current=${s.current ? 'true' : 'false'}>
                  ${s.label}:
                  ${s.meaning}${
                    s.current ? html` <span class="muted">(${v.m.reached})</span>` : nothing
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

type MessageKey = keyof CommitmentMessages;

/**
 * A rating on one of the IRM's scales: its level (`unknown` when the file gives none), and
 * the whole scale with it marked.
 */
function levelField<L extends string>(
  v: CardView,
  opened: Explanations,
  field: 'completion' | 'impact' | 'results',
  levels: readonly L[],
  value: L | 'unknown',
  label: (level: L | 'unknown') => string,
  meaning: (level: L) => MessageKey,
): TemplateResult {
  const m = v.m;
  return irmField(
    v,
    opened,
    field,
    m[field],
    html`<span class="level">${label(value)}</span>`,
    m[`${field}About`],
    levels.map((l) => ({
      label: label(l),
      meaning: m[meaning(l)] as string,
      current: l === value,
    })),
  );
}

export function renderIrm(v: CardView, opened: Explanations, c: Commitment): TemplateResult {
  const m = v.m;
  const key = (k: MessageKey) => m[k] as string;
  const fields: TemplateResult[] = [];
  if (c.potentialImpact)
    fields.push(
      levelField(
        v,
        opened,
        'impact',
        IMPACT_LEVELS,
        c.potentialImpact,
        (l) => key(impactKey(l as PotentialImpact)),
        impactMeaningKey,
      ),
    );
  if (c.potentialResults)
    fields.push(
      levelField(
        v,
        opened,
        'results',
        RESULTS_LEVELS,
        c.potentialResults,
        (l) => key(resultsKey(l as PotentialResults)),
        resultsMeaningKey,
      ),
    );
  if (c.starred !== undefined) {
    fields.push(
      irmField(
        v,
        opened,
        'starred',
        m.starred,
        c.starred
          ? html`<span class="level">${icon('star')} ${m.starredYes}</span>`
          : html`<span class="level">${m.starredNo}</span>`,
        m.starredAbout,
        [],
      ),
    );
  }
  if (c.publicInfluence) {
    const value = c.publicInfluence;
    const reached = INFLUENCE_LEVELS.indexOf(value);
    fields.push(
      irmField(
        v,
        opened,
        'influence',
        m.influence,
        html`<span class="level"
            >${m[influenceKey(value)]}
            <span class="muted"
              >(${m.influenceLevel(reached + 1, INFLUENCE_LEVELS.length)})</span
            ></span
          >
          <ol class="scale" aria-hidden="true">
            ${INFLUENCE_LEVELS.map(
              (l, i) =>
                html`<li class=${i === reached ? 'reached' : i < reached ? 'passed' : ''}>
                  ${i === reached ? icon('complete') : nothing}${m[influenceKey(l)]}
                </li>`,
            )}
          </ol>`,
        m.influenceAbout,
        INFLUENCE_LEVELS.map((l) => ({
          label: m[influenceKey(l)],
          meaning: m[influenceMeaningKey(l)],
          current: l === value,
        })),
      ),
    );
  }
  // The completion is always said, «Sin evaluar» when the file gives none, as on the page.
  const completion = levelField(
    v,
    opened,
    'completion',
    COMPLETION_LEVELS,
    c.completion ?? 'unknown',
    (l) => coreMessage(completionWord(l), v.locale),
    completionMeaningKey,
  );
  return html`<section class="irm-section" part="irm" aria-labelledby="irm-title">
    ${heading(v, 1, 'irm-title', m.irm)}
    ${c.completion || fields.length ? nothing : html`<p class="muted">${m.irmNone}</p>`}
    <dl class="irm">${completion}${fields}</dl>
  </section>`;
}

function irmField(
  v: CardView,
  opened: Explanations,
  field: IrmField,
  label: string,
  value: TemplateResult,
  about: string,
  scale: { label: string; meaning: string; current: boolean }[],
): TemplateResult {
  return html`<div class="irm-field" data-field=${field}>
    <dt>${label}</dt>
    <dd>
      ${value} ${explainButton(v, opened, field, label)}
      ${explanation(v, opened, field, about, scale)}
    </dd>
  </div>`;
}
