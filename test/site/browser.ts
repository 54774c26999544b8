/**
 * The preamble of every suite that drives the built site in Chromium: the site built (once, by the
 * global setup), served, and a browser launched before the suite; every context a test opened
 * closed after that test, even when it failed half-way; browser and server closed after the suite.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DIST, ensureSiteBuilt, openSiteBrowser, type SiteBrowser } from '../../scripts/lib/site-harness.ts';

/** The served site and its browser, as a suite sees them once `beforeAll` has run. */
export interface SuiteBrowser {
  /** the served site, without a trailing slash */
  readonly url: string;
  readonly browser: Browser;
  /** A new context, closed after the current test (routes unhooked first) unless closed before. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers the hooks of a browser suite on the built site (or on `root`, a site made by the suite
 * itself in its own `beforeAll` before this one is called). Call it at the top of a file or of a
 * `describe`: the site is opened for that scope only.
 */
export function useSiteBrowser(root: () => string = () => DIST): SuiteBrowser {
  let site: SiteBrowser | undefined;
  const open = new Set<BrowserContext>();
  const current = (): SiteBrowser => {
    if (!site) throw new Error('useSiteBrowser: the site is opened in beforeAll; use it inside a test');
    return site;
  };

  beforeAll(async () => {
    if (root() === DIST) await ensureSiteBuilt();
    site = await openSiteBrowser(root());
  });
  afterEach(async () => {
    const contexts = [...open];
    open.clear();
    await Promise.all(
      contexts.map(async (context) => {
        // a request still in a route handler would otherwise fetch through a closed context
        await context.unrouteAll({ behavior: 'wait' });
        await context.close();
      }),
    );
  });
  afterAll(async () => {
    await site?.close();
    site = undefined;
  });

  return {
    get url() {
      return current().url;
    },
    get browser() {
      return current().browser;
    },
    async newContext(options = {}) {
      const context = await current().browser.newContext(options);
      open.add(context);
      context.once('close', () => open.delete(context));
      return context;
    },
  };
}
