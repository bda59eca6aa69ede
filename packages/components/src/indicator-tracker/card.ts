/**
 * One indicator's card: name, pillar and goal, the status in a word and an icon, baseline,
 * latest value and target with their periods, the progress bar (or a maintain
 * indicator's band), the time series and "¿Cómo se calcula?".
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatNumber, formatPercent, type CellNumber } from '@rendir/core';
import { coreMessage } from '../platform/core-messages.ts';
import { statusIcon } from './icons.ts';
import { explanationSteps, unitOf, type TrackedIndicator, type UnitInfo } from './logic.ts';
import { cellView, periodText, shown, statusWord, type TrackerView } from './view.ts';

export interface CardOptions {
  /** `article` in a set's list, `div` (a group) for the indicator shown alone. */
  tag: 'article' | 'div';
  headingId: string;
  /** The card's time series (series.ts), drawn for its place. */
  series: (unit: UnitInfo) => unknown;
}

export function renderCard(v: TrackerView, item: TrackedIndicator, o: CardOptions): TemplateResult {
  const { indicator, progress } = item;
  const m = v.m;
  const status = progress.status;
  const unit = unitOf(indicator);
  const figure = (
    label: string,
    period: string,
    role: string,
    cell: CellNumber | null | undefined,
  ) =>
    html`<div>
      <dt>${label} <span class="period">${period}</span></dt>
      <dd data-role=${role}>${cellView(v, cell, unit, true)}</dd>
    </div>`;
  const body = html`
    <div class="head">
      <div>
        <h3 id=${o.headingId}>${indicator.name}</h3>
        ${indicator.group ? html`<p class="meta">${indicator.group}</p>` : nothing}
        <p class="meta">
          ${m.direction(indicator.direction)}${
            indicator.direction === 'maintain' && indicator.tolerance
              ? html` (${m.tolerance(formatNumber(indicator.tolerance, v.intlLocale), unit.kind === 'percent')})`
              : nothing
          }${unit.label ? html` · ${unit.label}` : nothing}
        </p>
      </div>
      <p class="status st-${status}" part="status" data-status=${status}>
        ${statusIcon(status)}<span>${statusWord(v, status)}</span>
      </p>
    </div>
    <dl class="figures">
      ${figure(m.baseline, periodText(v, indicator.baseline.period), 'baseline', indicator.baseline.value)}
      ${figure(
        m.latest,
        progress.latest ? periodText(v, progress.latest.period) : m.noLatest,
        'latest',
        progress.latest?.value,
      )}
      ${figure(m.target, periodText(v, indicator.target.period), 'target', indicator.target.value)}
    </dl>
    ${renderProgress(v, item, unit)} ${o.series(unit)}
    <details class="how-box">
      <summary>${m.how}</summary>
      <ol class="how">
        ${explanationSteps(coreMessage(progress.explanation, v.locale)).map((step) => html`<li>${step}</li>`)}
      </ol>
    </details>
  `;
  return o.tag === 'article'
    ? html`<article class="card st-${status}" part="indicator" aria-labelledby=${o.headingId}>
        ${body}
      </article>`
    : html`<div
        class="card st-${status}"
        part="indicator"
        role="group"
        aria-labelledby=${o.headingId}
      >
        ${body}
      </div>`;
}

function renderProgress(v: TrackerView, item: TrackedIndicator, unit: UnitInfo): TemplateResult {
  const { indicator, progress } = item;
  const m = v.m;
  if (progress.progress === null) {
    return html`<div class="progress" part="progress"><p>${m.progressUnknown}</p></div>`;
  }
  if (indicator.direction === 'maintain') return renderBand(v, item, unit);
  const pct = formatPercent(progress.progress, v.intlLocale);
  const expected =
    progress.expected === null ? null : formatPercent(progress.expected, v.intlLocale);
  const raw = v.part?.rawPosition(indicator, progress.latest?.value) ?? null;
  const w = 300;
  const x = (f: number) => Math.max(0, Math.min(1, f)) * w;
  return html`<div class="progress" part="progress">
    <p>
      ${m.progress}: <strong data-role="progress">${m.progressValue(pct)}</strong>${
        expected
          ? html` · ${m.expected(expected, periodText(v, progress.latest?.period))}`
          : nothing
      }
    </p>
    <svg
      class="bar"
      viewBox="0 0 ${w} 24"
      preserveAspectRatio="none"
      role="img"
      aria-label=${m.chartProgress(pct, expected)}
    >
      <rect class="track" x="0" y="6" width=${w} height="12" rx="2"></rect>
      <rect class="fill" x="0" y="6" width=${x(progress.progress)} height="12" rx="2"></rect>
      ${
        progress.expected === null
          ? nothing
          : svg`<line class="expected" x1=${x(progress.expected)} x2=${x(progress.expected)} y1="1" y2="23"></line>`
      }
    </svg>
    <div class="ends" aria-hidden="true">
      <span>${m.baseline}: ${shown(v, indicator.baseline.value, unit, true)}</span>
      <span>${m.target}: ${shown(v, indicator.target.value, unit, true)}</span>
    </div>
    ${raw !== null && raw < 0 ? html`<p class="backwards">${m.backwards}</p>` : nothing}
  </div>`;
}

/** A maintain indicator: the allowed band around the baseline, and where the latest value fell. */
function renderBand(v: TrackerView, item: TrackedIndicator, unit: UnitInfo): TemplateResult {
  const { indicator, progress } = item;
  const m = v.m;
  const geometry = v.part?.bandGeometry(indicator, progress.latest?.value, 300);
  const latest = shown(v, progress.latest?.value, unit, true);
  const baseline = shown(v, indicator.baseline.value, unit, true);
  const tolerance = formatNumber(indicator.tolerance ?? '0', v.intlLocale);
  const sentence =
    progress.status === 'achieved'
      ? m.bandWithin(latest, baseline, tolerance)
      : m.bandOutside(latest, baseline, tolerance);
  return html`<div class="progress" part="progress">
    <p><strong data-role="progress">${sentence}</strong></p>
    ${
      geometry
        ? html`<svg
            class="bar"
            viewBox="0 0 300 24"
            preserveAspectRatio="none"
            role="img"
            aria-label=${sentence}
          >
            <rect class="track" x="0" y="6" width="300" height="12" rx="2"></rect>
            <rect
              class="band"
              x=${geometry.bandX}
              y="4"
              width=${geometry.bandWidth}
              height="16"
            ></rect>
            <line
              class="expected"
              x1=${geometry.baselineX}
              x2=${geometry.baselineX}
              y1="1"
              y2="23"
            ></line>
            <circle class="dot" cx=${geometry.valueX} cy="12" r="5"></circle>
          </svg>`
        : nothing
    }
  </div>`;
}
