/** The commitment's progress through its milestones, and the milestones one by one. */
import { html, nothing, type TemplateResult } from 'lit';
import { milestoneProgressText, milestoneStatusWord, safeUrl } from '@rendir/core';
import { styleProps } from '../platform/style-props.ts';
import { icon } from './icons.ts';
import type { MilestoneSummary, MilestoneView } from './logic.ts';
import { coreMessage } from '../platform/core-messages.ts';
import { date, exampleNotice, heading, pct, type CardView } from './card-view.ts';

export function renderProgress(
  v: CardView,
  s: MilestoneSummary,
  compact: boolean,
): TemplateResult | typeof nothing {
  if (s.total === 0) return nothing;
  const m = v.m;
  return html`<div class="progress" part="progress">
    ${
      v.example === 'milestones'
        ? compact
          ? html`<p class="muted">${icon('info')} ${m.exampleMilestonesShort}</p>`
          : exampleNotice(m.exampleMilestones)
        : nothing
    }
    <p>
      <strong>${m.milestoneProgress}:</strong>
      ${milestoneProgressText(s, v.locale, v.intlLocale)}
    </p>
    ${
      s.progress !== null
        ? html`<div class="bar" part="progress-bar" aria-hidden="true">
              <span ${styleProps({ '--value': `${s.progress}%` })}></span>
            </div>
            <p class="muted">
              <small>${m.averageOf(s.measured, s.total)}</small>
            </p>`
        : nothing
    }
  </div>`;
}

export function renderMilestones(v: CardView, s: MilestoneSummary): TemplateResult {
  const m = v.m;
  return html`<section
    class="milestones-section"
    part="milestones"
    aria-labelledby="milestones-title"
  >
    ${heading(v, 1, 'milestones-title', m.milestones)}
    ${
      s.total === 0
        ? html`<p class="muted">${m.noMilestones}</p>`
        : html`<ol class="milestones" role="list">
            ${s.views.map((view) => renderMilestone(v, view))}
          </ol>`
    }
  </section>`;
}

function renderMilestone(v: CardView, view: MilestoneView): TemplateResult {
  const m = v.m;
  const ms = view.milestone;
  const start = date(v, ms.startDate);
  const end = date(v, ms.endDate);
  return html`<li class="milestone" part="milestone" data-status=${view.status}>
    ${icon(view.status)}
    <div>
      <p class="milestone-title">${ms.title}</p>
      <p class="meta">
        <span class="status">${coreMessage(milestoneStatusWord(view.status), v.locale)}</span>
        ${
          view.progress !== null
            ? html`<span>${m.milestoneProgress}: ${pct(v, view.progress)}</span>`
            : nothing
        }
        ${
          start || end
            ? html`<span
                ><span class="date">${start}</span>${start && end ? '\u00a0– ' : nothing}<span
                  class="date"
                  >${end}</span
                ></span
              >`
            : nothing
        }
        ${
          ms.responsible ? html`<span>${m.milestoneResponsible}: ${ms.responsible}</span>` : nothing
        }
      </p>
      ${
        view.progress !== null
          ? html`<div class="bar" part="progress-bar" aria-hidden="true">
              <span ${styleProps({ '--value': `${view.progress}%` })}></span>
            </div>`
          : nothing
      }
      ${ms.evidenceUrl ? renderEvidence(v, ms.evidenceUrl, ms.title) : nothing}
    </div>
  </li>`;
}

function renderEvidence(v: CardView, raw: string, title: string): TemplateResult {
  const m = v.m;
  const url = safeUrl(raw);
  if (!url || url.startsWith('mailto:')) {
    return html`<p class="meta unsafe">
      ${m.evidence}: <code>${raw}</code> <span>${m.unsafeLink}</span>
    </p>`;
  }
  const host = new URL(url).hostname;
  return html`<p class="meta">
    <a href=${url} rel="noopener noreferrer external"
      >${m.evidence}${host ? html` · ${host}` : nothing}<span class="visually-hidden">
        — ${title}</span
      ></a
    >
  </p>`;
}
