// The site's catalogues by language code. A language in core's list (languages.ts) has its
// catalogue here: messages/<code>.ts, one line below; the type makes a missing one an error.
// The site is built in Node: every catalogue is read at once.

import type { Lang } from '@rendir/core';
import es from './es.ts';
import en from './en.ts';
import type { SiteCatalogue } from './catalogue.ts';

export type { SiteCatalogue } from './catalogue.ts';

export const SITE_CATALOGUES: Record<Lang, SiteCatalogue> = { es, en };
