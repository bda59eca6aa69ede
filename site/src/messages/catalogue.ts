// What a language's catalogue of the site is: the keys of the Spanish one (es.ts). Types
// only, apart from index.ts, so that a catalogue and the list of them import no cycle.
import type es from './es.ts';

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A language's text for every key of the Spanish catalogue. */
export type SiteCatalogue = Shape<typeof es>;
