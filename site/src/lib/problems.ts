// Problems the site finds (site.yaml, MDX pages, references): core's ContentErrors, their
// text in the site's catalogues (messages/<code>.ts), said by core's formatError.

import {
  extendMessages,
  LANGS,
  loadAllMessages,
  type MessageParam,
  type MessageRef,
} from '@rendir/core';
import type es from '../messages/es.ts';
import { siteCatalogue } from './i18n.ts';

export type SiteProblemKey = keyof typeof es.problems;

export function problemMsg(key: SiteProblemKey, params?: Record<string, MessageParam>): MessageRef {
  return params ? { key, params } : { key };
}

// The site runs in Node: core's catalogues and the site's problems, every language, at once.
await loadAllMessages(LANGS);
for (const lang of LANGS) extendMessages(lang, siteCatalogue(lang).problems);
