/**
 * A widget on the generated site draws on the page's own surface, light or dark: the same
 * background colour computed for the page and for every widget on it, so no slab of another
 * grey sits in the page (the site's tokens feed the widgets' `--rendir-color-surface`). A
 * reader asking for more contrast gets the widgets' own high-contrast surface. Needs the
 * built site (`npm run build`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './support.ts';

const site = useBuiltSite();

/** The page's background and each drawn widget's, by tag. */
async function backgrounds(page: Page) {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('*')].filter((el) =>
      el.localName.startsWith('rendir-'),
    );
    return widgets.length > 0 && widgets.every((el) => !!el.shadowRoot?.childElementCount);
  });
  return page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    widgets: [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('rendir-'))
      .map((el) => [el.localName, getComputedStyle(el).backgroundColor] as const),
  }));
}

describe('widgets on the site’s pages share the page’s surface', () => {
  for (const path of ['/insertar/indicadores/', '/indicadores/', '/en/indicators/'])
    for (const colorScheme of ['dark', 'light'] as const)
      it(`${path} in ${colorScheme}: one background for the page and its widgets`, async () => {
        const context = await site.browser.newContext({
          colorScheme,
          viewport: { width: 375, height: 800 },
        });
        const page = await context.newPage();
        await page.goto(site.origin + path);
        const seen = await backgrounds(page);
        assert.ok(seen.widgets.length > 0, `${path} has widgets`);
        for (const [tag, background] of seen.widgets)
          assert.equal(background, seen.page, `${tag} on ${path}`);
        await context.close();
      });

  it('a reader asking for more contrast gets the widgets’ high-contrast surface', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light', contrast: 'more' });
    const page = await context.newPage();
    await page.goto(site.origin + '/insertar/indicadores/');
    const seen = await backgrounds(page);
    for (const [tag, background] of seen.widgets)
      assert.equal(background, 'rgb(0, 0, 0)', `${tag}: black, as its high-contrast theme`);
    await context.close();
  });
});
