/**
 * The built site under the strict Content-Security-Policy of docs/deployment.md: pages render,
 * search runs, and the browser reports no violation (no inline code or eval outside the hashes).
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  ensureSiteBuilt,
  launchBrowser,
  type SiteServer,
  startSiteServer,
} from '../../scripts/lib/site-harness.ts';
import { inlineScriptHashes, sitePolicy } from '../../src/lib/build/csp.ts';

describe('inline script hashes', () => {
  it('hashes executed inline scripts only', () => {
    const html =
      '<script>alert(1)</script><script type="module">x()</script><script type="application/json">{}</script><script src="/a.js"></script>';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('alert(1)'), sha('x()')]);
  });
});

describe('the built site under a strict Content-Security-Policy', () => {
  let server: SiteServer;
  let browser: Browser;
  let policy = '';
  beforeAll(async () => {
    await ensureSiteBuilt();
    policy = sitePolicy(DIST);
    server = await startSiteServer();
    browser = await launchBrowser();
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('allows no unsafe-inline and no eval', () => {
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it.each([
    '/ja/',
    '/en/',
    '/ja/hyuga/personal-information-protection-ordinance/',
    '/en/hyuga/personal-information-protection-ordinance/',
    '/ja/search/?q=開示請求',
    '/ja/compare/',
    '/ja/hyuga/rights/',
  ])(
    '%s runs without a violation',
    async (path) => {
      const context = await browser.newContext();
      try {
        await context.route('**/*', async (route) => {
          const response = await route.fetch();
          await route.fulfill({
            response,
            headers: { ...response.headers(), 'content-security-policy': policy },
          });
        });
        const page = await context.newPage();
        const reported: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) reported.push(message.text());
        });
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { cspViolations: string[] }).cspViolations = seen;
          document.addEventListener('securitypolicyviolation', (event) =>
            seen.push(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
          );
        });
        // networkidle: every script the page loads has been fetched and run
        const response = await page.goto(`${server.url}${encodeURI(path)}`, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        if (path.includes('/search/')) {
          await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
          expect(await page.locator('[data-search-results] a[href]').count()).toBeGreaterThan(0);
        }
        // violation events are queued as tasks: read them after the page's pending tasks have run
        const seen = await page.evaluate(
          () =>
            new Promise<string[]>((resolve) =>
              setTimeout(() => resolve((window as unknown as { cspViolations: string[] }).cspViolations), 0),
            ),
        );
        expect([...seen, ...reported]).toEqual([]);
      } finally {
        // a request still in the route handler would fetch through a disposed context
        await context.unrouteAll({ behavior: 'wait' });
        await context.close();
      }
    },
    60_000,
  );
});
