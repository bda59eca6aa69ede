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

/** Narrower than this viewport, a page is on a phone. */
export const PHONE_WIDTH = '30rem';

/** The reserved height of `tag` as a CSS value (the custom property, then the default). */
export function reservedHeight(tag: string, onPhones = false): string {
  const own = (onPhones && reservedHeightsOnPhones[tag]) || reservedHeights[tag] || '16rem';
  return `var(--rendir-reserved-height, ${own})`;
}

/** `selector`'s reserved height as CSS rules, with its phone rule when it has one. */
export function reservedHeightRules(tag: string, selector: string, extra = ''): string {
  const wide = `${selector}{${extra}min-height:${reservedHeight(tag)}}`;
  if (!reservedHeightsOnPhones[tag]) return wide;
  return `${wide}@media (max-width:${PHONE_WIDTH}){${selector}{min-height:${reservedHeight(tag, true)}}}`;
}

/**
 * The element's own rule: the reserved height as its least height, for as long as it is
 * on the page (so the loading state and the loaded widget never take less).
 */
export function reservedHeightStyles(tag: string): CSSResult {
  return css`
    ${unsafeCSS(reservedHeightRules(tag, ':host'))}
  `;
}
