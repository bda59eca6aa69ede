// The widgets' text in each language but Spanish (which is written beside the code that
// shows it): one module per language, messages/<code>.ts, one line below, loaded the first
// time an element renders in that language. The type makes a missing one an error, and
// translation.ts checks each module against the Spanish catalogues.
import type { DEFAULT_LANG, Lang } from '@rendir/core';

export const TRANSLATIONS = {
  en: () => import('./en.ts'),
} satisfies Record<Exclude<Lang, typeof DEFAULT_LANG>, () => Promise<{ default: object }>>;
