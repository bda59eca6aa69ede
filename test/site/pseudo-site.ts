// Preloaded (`node --import`) by a build of a site in the pseudo-language: adds `xx` to
// core's list with core's and the site's catalogues in it, before the site reads its
// configuration. The build's pages read core from the same module (it is external to
// Astro's server build), so they see the language and its catalogues.
import { addLanguage } from '@rendir/core';
import coreSpanish from '../../packages/core/src/messages/es.ts';
import siteSpanish from '../../site/src/messages/es.ts';
import { PSEUDO, pseudoCatalogue } from '../pseudo-language.ts';

// Path segments stay ASCII (they are addresses, not words a reader reads).
const slugs = Object.fromEntries(
  Object.keys(siteSpanish.slugs).map((section, i) => [section, `xx${i + 1}`]),
);

addLanguage(PSEUDO, {
  core: pseudoCatalogue(coreSpanish),
  site: { ...pseudoCatalogue(siteSpanish), slugs },
});
