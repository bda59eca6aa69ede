// Core's catalogues by language code. A language in core's list (languages.ts) has its
// catalogue here: messages/<code>.ts, one line below; the type makes a missing one an error.

import type { Lang } from '../languages.ts';
import type es from './es.ts';

export type CoreMessageKey = keyof typeof es;

/** A language's text for every core message, with the Spanish one's `{placeholders}`. */
export type CoreCatalogue = Readonly<Record<CoreMessageKey, string>>;

export const CORE_CATALOGUES: Record<Lang, () => Promise<{ default: CoreCatalogue }>> = {
  es: () => import('./es.ts'),
  en: () => import('./en.ts'),
};
