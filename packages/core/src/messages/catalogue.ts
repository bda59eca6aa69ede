// What a language's catalogue of core's messages is: the keys of the Spanish one (es.ts).
// Types only, apart from index.ts, so that a catalogue and the list of them import no cycle.
import type es from './es.ts';

export type CoreMessageKey = keyof typeof es;

/** A language's text for every core message, with the Spanish one's `{placeholders}`. */
export type CoreCatalogue = Readonly<Record<CoreMessageKey, string>>;
