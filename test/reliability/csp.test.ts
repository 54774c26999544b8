/**
 * The built site under the strict Content-Security-Policy of docs/deployment.md: pages render,
 * search runs, and the browser reports no violation (no inline code or eval outside the hashes).
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/lib/site-harness.ts';
import { inlineScriptHashes, sitePolicy } from '../../src/lib/build/csp.ts';
import { useSiteBrowser } from '../site/browser.ts';

describe('inline script hashes', () => {
  it('hashes executed inline scripts only', () => {
    const html =
      '<script>alert(1)</script><script type="module">x()</script><script type="application/json">{}</script><script src="/a.js"></script>';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([sha('alert(1)'), sha('x()')]);
  });
});

describe('the built site under a strict Content-Security-Policy', () => {
  const site = useSiteBrowser();
  let policy = '';
  beforeAll(() => {
    policy = sitePolicy(DIST);
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
      // closed by useSiteBrowser after the test, its route unhooked first
      const context = await site.newContext();
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
      const response = await page.goto(`${site.url}${encodeURI(path)}`, { waitUntil: 'networkidle' });
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
    },
    60_000,
  );
});
