// What a missing value is called, for titles and screen readers: apart from missing.ts (the
// markers a reader reads) because a widget's first render says these and reads no file.
import { msg, type CoreMessageKey, type MessageRef } from './message.ts';
import type { MissingKind } from './types.ts';

/** The words for a missing kind, for titles and screen readers: «Sin dato», «No aplica». */
export function missingWord(kind: MissingKind): MessageRef {
  return msg(MISSING_WORDS[kind]);
}

/**
 * The words for a field the source leaves out (a commitment's action plan, lead institution
 * or last update): the site's page, the commitment card and the list's filters say it alike.
 */
export function notStatedWord(): MessageRef {
  return msg('missing.not_stated');
}

// Keys written out whole, so that each is found where it is said (messages.test.ts).
const MISSING_WORDS: Readonly<Record<MissingKind, CoreMessageKey>> = {
  empty: 'missing.empty',
  no_data: 'missing.no_data',
  not_applicable: 'missing.not_applicable',
  not_available: 'missing.not_available',
  suppressed: 'missing.suppressed',
};
