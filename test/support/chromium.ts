/**
 * The one place that says how Rendir's tests and benchmarks start Chromium: CHROME_PATH,
 * else a system Chromium or Chrome (Debian's `chromium` in CI), with the flags that keep
 * it from dialling out on a machine with a closed network.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/**
 * How long a test waits for what must come (a page, a widget, a selector) before it says
 * the thing never came: one patience for every wait, as the component tests' 60 s. A wait
 * that gives up sooner fails on a loaded machine (at load 25 a 15 s wait did), a timing
 * luck a suite must not have; a hang still ends.
 */
export const PATIENCE_MS = 60_000;

function patient<C extends BrowserContext>(context: C): C {
  context.setDefaultTimeout(PATIENCE_MS);
  context.setDefaultNavigationTimeout(PATIENCE_MS);
  return context;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (candidate) => existsSync(candidate),
  );
}

/** Chromium, whose contexts and pages wait with the suite's patience (PATIENCE_MS). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch({
    ...options,
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (contextOptions) => patient(await newContext(contextOptions));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (pageOptions) => {
    const page = await newPage(pageOptions);
    patient(page.context());
    return page;
  };
  return browser;
}
