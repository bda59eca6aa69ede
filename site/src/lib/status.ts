// The word shown beside a status icon. Indicator statuses use core's words (the widgets
// show the same); commitment and milestone statuses still come from the site catalogue.
import { isIndicatorStatus, STATUS_LABELS } from '@rendir/core';
import { t, type Lang, type UiKey } from './i18n.ts';

export function statusWord(lang: Lang, status: string): string {
  if (isIndicatorStatus(status)) return STATUS_LABELS[status][lang];
  return status === 'unknown' ? t(lang, 'unknownCompletion') : t(lang, status as UiKey);
}
