/**
 * The height each widget reserves on a page, so nothing below it moves while its script
 * and data load (no layout shift). Used twice from here: by `rendir.css` for a tag not yet
 * defined, and by the element itself (`reservedHeightStyles`) from its first frame until
 * it is removed, as the least height it takes, so the loading state never shrinks the
 * reserved space and the loaded widget grows from it rather than from zero. Each value is
 * about the least height the widget takes with real data (measured on the hostile CMS page
 * of test/embed/cms.test.ts): in a column of 30rem or more, and on a phone, where its text
 * wraps into more lines. `--rendir-reserved-height` on the element or an ancestor overrides
 * both.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const reservedHeights: Readonly<Record<string, string>> = {
  'rendir-budget-viewer': '60rem',
  // Folded to its summary in a CMS column (about 320 px at 720 px).
  'rendir-indicator-tracker': '20rem',
  'rendir-commitment-card': '35rem',
  'rendir-commitment-list': '40rem',
  // Its grid up to 35rem (about 8 rows) under the title, search and count.
  'rendir-dataset': '46rem',
};

/** On a phone (a viewport narrower than `PHONE_WIDTH`), where it differs. */
export const reservedHeightsOnPhones: Readonly<Record<string, string>> = {
  // The folded summary's legend and downloads wrap: 475 to 530 px at 320 to 375 px.
  'rendir-indicator-tracker': '30rem',
  // The sort select and its cards, each field on its own line.
  'rendir-dataset': '70rem',
};

/**
 * In a column, where an attribute already says the widget shows less than its default view:
 * one plan goal is a card (236 px in a 720 px column), not a set's summary.
 */
export const reservedHeightsByAttribute: Readonly<Record<string, Record<string, string>>> = {
  'rendir-indicator-tracker': { goal: '14rem' },
};

/** Narrower than this viewport, a page is on a phone. */
export const PHONE_WIDTH = '30rem';

/** The reserved height of `tag` as a CSS value (the custom property, then the default). */
export function reservedHeight(tag: string, onPhones = false): string {
  const own = (onPhones && reservedHeightsOnPhones[tag]) || reservedHeights[tag] || '16rem';
  return `var(--rendir-reserved-height, ${own})`;
}

/**
 * The reserved height's CSS rules for `tag`: `selector(attribute)` writes the selector of
 * the element, with `attribute` present when given (`:host([goal])`, `tag[goal]`).
 */
export function reservedHeightRules(
  tag: string,
  selector: (attribute?: string) => string,
  extra = '',
): string {
  const own = `${selector()}{${extra}min-height:${reservedHeight(tag)}}`;
  const byAttribute = Object.entries(reservedHeightsByAttribute[tag] ?? {});
  const narrower = byAttribute
    .map(
      ([name, height]) => `${selector(name)}{min-height:var(--rendir-reserved-height, ${height})}`,
    )
    .join('');
  if (!reservedHeightsOnPhones[tag]) return own + narrower;
  const all = [selector(), ...byAttribute.map(([name]) => selector(name))].join(',');
  return `${own}${narrower}@media (max-width:${PHONE_WIDTH}){${all}{min-height:${reservedHeight(tag, true)}}}`;
}

/**
 * The element's own rule: the reserved height as its least height, for as long as it is
 * on the page (so the loading state and the loaded widget never take less).
 */
export function reservedHeightStyles(tag: string): CSSResult {
  return css`
    ${unsafeCSS(reservedHeightRules(tag, (attribute) => (attribute ? `:host([${attribute}])` : ':host')))}
  `;
}
