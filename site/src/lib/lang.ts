// The language of the page being rendered, from its path (`/en/…` is English).
import { isLang, type Lang } from './i18n.ts';
import type { SiteModel } from './model.ts';
import { withoutBase } from './paths.ts';

export function langOf(pathname: string, model: Pick<SiteModel, 'locales' | 'defaultLang'>): Lang {
  const first = withoutBase(pathname).split('/').filter(Boolean)[0] ?? '';
  return isLang(first) && model.locales.includes(first) && first !== model.defaultLang
    ? first
    : model.defaultLang;
}
