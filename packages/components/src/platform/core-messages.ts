/**
 * Core's messages (problems with a file) in a widget. Their catalogue is a chunk of its
 * own, fetched the first time a widget has a problem to show, never on a page without one.
 */
import { fileLabel, hasMessages, loadMessages, messageText, type MessageRef } from '@rendir/core';
import type { Locale } from './i18n.ts';

const listeners = new Set<() => void>();

/** Called whenever a language's core messages arrive (elements render again). */
export function onCoreMessages(listener: () => void): void {
  listeners.add(listener);
}

/** Fetches `locale`'s core messages; resolves when they are there (or failed to come). */
export function loadCoreMessages(locale: Locale): Promise<void> | undefined {
  return loadMessages(locale)?.then(
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
  if (hasMessages(locale)) return messageText(ref, locale);
  void loadCoreMessages(locale);
  return '';
}

/** A problem's file as the reader reads it (inline data by its type and size: core's `fileLabel`). */
export function coreFileLabel(file: string, locale: Locale): string {
  if (hasMessages(locale)) return fileLabel(file, locale);
  void loadCoreMessages(locale);
  return file;
}
