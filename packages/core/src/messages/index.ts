// Core's catalogues by language code. A language in core's list (languages.ts) has its
// catalogue here: messages/<code>.ts, one line below; the type makes a missing one an error.

import type { Lang } from '../languages.ts';
import type { CoreCatalogue } from './catalogue.ts';

export type { CoreCatalogue, CoreMessageKey } from './catalogue.ts';

export const CORE_CATALOGUES: Record<Lang, () => Promise<{ default: CoreCatalogue }>> = {
  es: () => import('./es.ts'),
  en: () => import('./en.ts'),
};
