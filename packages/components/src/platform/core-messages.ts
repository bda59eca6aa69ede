/**
 * Core's messages (problems with a file, and the words core decides: statuses, missing
 * values) in a widget. Their catalogue is a chunk of its own, fetched in the widget's
 * language only, the first time a widget needs one; a language without core's catalogue
 * (added to the page without it) shows core's Spanish, said once in the console. The code
 * that words a problem (its place, its console line) is another chunk, fetched beside the
 * catalogue only when there is a problem to tell.
 */
import {
  hasCatalogue,
  hasMessages,
  loadMessages,
  messageText,
  type ContentError,
  type MessageRef,
} from '@rendir/core';
import { defaultLocale, tellFallback, type Locale } from './i18n.ts';
import { importAgain } from './import-again.ts';

const listeners = new Set<() => void>();

/** Called whenever a language's core messages arrive (elements render again). */
export function onCoreMessages(listener: () => void): void {
  listeners.add(listener);
}

/** The language core's messages are said in for a widget in `locale`. */
export function coreLanguage(locale: Locale): Locale {
  if (hasCatalogue(locale)) return locale;
  tellFallback(locale);
  return defaultLocale;
}

/** Fetches core's messages for `locale`; resolves when they are there (or failed to come). */
export function loadCoreMessages(locale: Locale): Promise<void> | undefined {
  return loadMessages(coreLanguage(locale))?.then(
    () => {
      for (const listener of listeners) listener();
    },
    (error: unknown) => console.warn('rendir: the messages for problems could not load.', error),
  );
}

/**
 * A core message in the widget's language; empty until its catalogue has arrived (asked
 * for here, and every element renders again when it does).
 */
export function coreMessage(ref: MessageRef, locale: Locale): string {
  const lang = coreLanguage(locale);
  if (hasMessages(lang)) return messageText(ref, lang);
  void loadCoreMessages(lang);
  return '';
}

/** The chunk that words a problem; mutable so that a test can make it fail as offline. */
export const problemTextPart = { load: () => import('./problem-text.ts') };

let problemText: Awaited<ReturnType<typeof problemTextPart.load>> | undefined;
let problemTextLoading: Promise<void> | undefined;

function loadProblemText(): Promise<void> {
  problemTextLoading ??= importAgain(problemTextPart.load).then(
    (module) => {
      problemText = module;
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      problemTextLoading = undefined;
      console.warn('rendir: the messages for problems could not load.', error);
    },
  );
  return problemTextLoading;
}

/** Fetches what telling a problem in `locale` takes: core's catalogue and the wording chunk. */
export async function loadProblemWords(locale: Locale): Promise<void> {
  await Promise.all([loadCoreMessages(locale), loadProblemText()]);
}

/**
 * Where a problem is, as the error list shows it (core's rules: the file, inline data by
 * its type and size, a JSON record and field, the spreadsheet row and column); empty until
 * its words have arrived (asked for here; every element renders again when they do).
 */
export function coreProblemWhere(e: ContentError, locale: Locale): string {
  const lang = coreLanguage(locale);
  if (problemText && hasMessages(lang)) return problemText.problemWhere(e, lang);
  void loadProblemWords(lang);
  return '';
}

/** Problems as console lines in `locale` (core's `formatError`); none if their words could not load. */
export async function coreProblemLines(
  problems: readonly ContentError[],
  locale: Locale,
): Promise<string[]> {
  const lang = coreLanguage(locale);
  await loadProblemWords(lang);
  const text = problemText;
  return text && hasMessages(lang) ? problems.map((e) => text.problemLine(e, lang)) : [];
}
