// What a language's module (messages/<code>.ts) holds: every catalogue of the package, by
// name, with the Spanish catalogue's keys and each message's parameters. Types only.
import type { MessagesOf } from '../platform/i18n.ts';
import type { platformMessages } from '../platform/i18n.ts';
import type { budgetMessages } from '../budget-viewer/budget-viewer.messages.ts';
import type { totalsMessages } from '../budget-viewer/budget-totals.ts';
import type { tableMessages } from '../budget-viewer/budget-table.ts';
import type { pricesMessages } from '../budget-viewer/budget-prices.ts';
import type { icicleMessages } from '../budget-viewer/budget-icicle.ts';
import type { contributionMessages } from '../budget-viewer/budget-contribution.ts';
import type { yearsMessages } from '../budget-viewer/budget-years.ts';
import type { commitmentMessages } from '../commitment-card/messages.ts';
import type { datasetMessages } from '../dataset/messages.ts';
import type { chartMessages } from '../dataset/chart-messages.ts';
import type { pagerMessages } from '../dataset/remote-pager.ts';
import type { trackerMessages } from '../indicator-tracker/messages.ts';
import type { sdgMessages } from '../indicator-tracker/sdg-messages.ts';
import type { planMessages } from '../indicator-tracker/plan-messages.ts';
import type { seriesSummaryMessages } from '../platform/chart-kit/summary.ts';
import type { categorySummaryMessages } from '../platform/chart-kit/category-summary.ts';
import type { TRANSLATIONS } from './index.ts';

export interface PackageTranslation {
  platform: MessagesOf<typeof platformMessages>;
  budget: MessagesOf<typeof budgetMessages>;
  budgetTotals: MessagesOf<typeof totalsMessages>;
  budgetTable: MessagesOf<typeof tableMessages>;
  budgetPrices: MessagesOf<typeof pricesMessages>;
  budgetIcicle: MessagesOf<typeof icicleMessages>;
  budgetContribution: MessagesOf<typeof contributionMessages>;
  budgetYears: MessagesOf<typeof yearsMessages>;
  commitment: MessagesOf<typeof commitmentMessages>;
  dataset: MessagesOf<typeof datasetMessages>;
  datasetChart: MessagesOf<typeof chartMessages>;
  datasetPager: MessagesOf<typeof pagerMessages>;
  tracker: MessagesOf<typeof trackerMessages>;
  trackerSdg: MessagesOf<typeof sdgMessages>;
  trackerPlan: MessagesOf<typeof planMessages>;
  seriesSummary: MessagesOf<typeof seriesSummaryMessages>;
  categorySummary: MessagesOf<typeof categorySummaryMessages>;
}

type LanguageCode = keyof typeof TRANSLATIONS;
type LanguageModule<L extends LanguageCode> = Awaited<ReturnType<(typeof TRANSLATIONS)[L]>>;

/**
 * Every language's module (`messages/<code>.ts`, listed in index.ts) has every catalogue and
 * key of the Spanish, each message with its parameters: TypeScript reports the line below
 * when one does not (messages.test.ts also finds extra keys at run time).
 */
export type EveryLanguageTranslated = {
  [L in LanguageCode]: LanguageModule<L> extends { default: PackageTranslation } ? true : L;
}[LanguageCode];
export const EVERY_LANGUAGE_TRANSLATED: EveryLanguageTranslated = true;
