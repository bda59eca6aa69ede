// How a widget picks its words: the page's language when core's list has it, its own
// catalogues only (no Spanish fetched first), and Spanish, said once in the console, for a
// language it has no words for. Its own page: nothing here imports a Spanish catalogue.
import { expect, fixture, html } from '@open-wc/testing';
import { addLanguage, languageOf } from '@rendir/core';
import '../define/rendir-indicator-tracker.ts';
import type { RendirIndicatorTracker } from '../indicator-tracker/indicator-tracker.ts';
import { bogotaUrl } from '../indicator-tracker/fixtures.ts';

/** The catalogue modules this page fetched, by package and language (`core/es`). */
function fetchedCatalogues(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => /\/(core|components)\/src\/messages\/(\w+)\.ts/.exec(e.name))
    .filter((m) => m !== null)
    .map((m) => `${m[1]}/${m[2]}`);
}

async function tracker(lang: string): Promise<RendirIndicatorTracker> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <rendir-indicator-tracker src=${bogotaUrl} limit="all"></rendir-indicator-tracker>
    </div>`,
  );
  const el = wrapper.querySelector('rendir-indicator-tracker')!;
  await el.ready;
  return el;
}

function shown(el: RendirIndicatorTracker): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

/** The console's warnings while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('the language a widget speaks', () => {
  it('on an English page, fetches the English catalogues and never the Spanish ones', async () => {
    const el = await tracker('en');
    expect(shown(el)).to.include('Target');
    expect(fetchedCatalogues()).to.include.members(['components/en', 'core/en']);
    expect(fetchedCatalogues()).not.to.include('core/es');
    expect(fetchedCatalogues()).not.to.include('components/es');
  });

  it('speaks a language added on the page with its catalogues, and fetches no Spanish for it', async () => {
    const english = (await import('../messages/en.ts')).default;
    const coreEnglish = (await import('../../../core/src/messages/en.ts')).default;
    const mark = (text: string) => `«${text}»`;
    const marked = <T>(value: T): T =>
      (typeof value === 'string'
        ? mark(value)
        : typeof value === 'function'
          ? (...args: unknown[]) => mark(String(value(...args)))
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)]))
            : value) as T;
    addLanguage(
      { ...languageOf('en'), code: 'zz', intl: 'de-DE', name: 'Test' },
      { core: marked(coreEnglish), components: marked(english) },
    );
    const said = await warnings(async () => {
      const el = await tracker('zz');
      expect(shown(el)).to.include('«Target»');
    });
    expect(said.filter((line) => line.includes('«zz»'))).to.deep.equal([]);
    expect(fetchedCatalogues()).not.to.include('core/es');
  });

  it('shows Spanish for a language it has no words for, and says so once', async () => {
    const said = await warnings(async () => {
      const [one, two] = [await tracker('fr'), await tracker('fr-CA')];
      for (const el of [one, two]) expect(shown(el)).to.include('Meta');
      // A language added without the widgets' catalogue: their Spanish, its numbers.
      addLanguage({ ...languageOf('en'), code: 'yy', intl: 'de-DE', name: 'Test' });
      await tracker('yy');
    });
    expect(said.filter((line) => line.includes('«fr»'))).to.have.length(1);
    expect(said.filter((line) => line.includes('«yy»'))).to.have.length(1);
  });
});
