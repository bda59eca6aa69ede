/**
 * Core's messages (problems with a file, and the words core decides: statuses, missing
 * values) in a widget. Their catalogue is a chunk of its own, fetched in the widget's
 * language only, the first time a widget needs one; a language without core's catalogue
 * (added to the page without it) shows core's Spanish, said once in the console.
 */
import {
  fileLabel,
  hasCatalogue,
  hasMessages,
  loadMessages,
  messageText,
  type MessageRef,
} from '@rendir/core';
import { defaultLocale, tellFallback, type Locale } from './i18n.ts';

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

/** A problem's file as the reader reads it (inline data by its type and size: core's `fileLabel`). */
export function coreFileLabel(file: string, locale: Locale): string {
  const lang = coreLanguage(locale);
  if (hasMessages(lang)) return fileLabel(file, lang);
  void loadCoreMessages(lang);
  return file;
}
