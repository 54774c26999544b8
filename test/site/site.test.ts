import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/emit/manifest.ts';
import {
  builtPages,
  DIST,
  ensureSiteBuilt,
  launchBrowser,
  ROOT,
  type SiteServer,
  startSiteServer,
} from './harness.ts';
import { type BuiltPage, elements, fileOf, readPage } from './links.ts';

// Everything that needs the built site is in this one file, so one run builds it at most once and
// no rebuild can swap dist/ under a test that is reading it.
let site: SiteServer;
let browser: Browser;
let manifest: Manifest;

beforeAll(async () => {
  await ensureSiteBuilt();
  manifest = JSON.parse(readFileSync(join(ROOT, 'src/content/generated/manifest.json'), 'utf8'));
  site = await startSiteServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Open a page, collecting console errors, page errors and failed requests. */
async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== `${site.url}${path}`) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return { page, problems, status: response?.status(), close: () => context.close() };
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page; violations as `rule: target, …` lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** One page of each type, in both languages where there are two. */
function samplePages(): Record<string, string> {
  const law = manifest.documents.find((document) => document.style === 'law') ?? manifest.documents[0]!;
  const page = manifest.documents.find((document) => document.style === 'page') ?? law;
  const english = manifest.documents.find((document) => document.lang === 'en') ?? law;
  return {
    chooser: '/',
    'home ja': '/ja/',
    'home en': '/en/',
    'city ja': `/ja/${law.city}/`,
    'city en': `/en/${law.city}/`,
    'law document ja': `/ja/${law.city}/${law.doc}/`,
    'law document en': `/en/${law.city}/${law.doc}/`,
    'page document ja': `/ja/${page.city}/${page.doc}/`,
    'English source, Japanese page': `/ja/${english.city}/${english.doc}/`,
    search: '/ja/search/?q=%E9%96%8B%E7%A4%BA',
    'not found': '/no/such/page/',
  };
}

describe('every built page', () => {
  it('loads without console errors or failed requests', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const path of pages) {
      const { problems, status, close } = await open(path);
      if (status !== 200) failures.push(`${path}: HTTP ${status}`);
      failures.push(...problems.map((problem) => `${path}: ${problem}`));
      await close();
    }
    expect(failures).toEqual([]);
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const { page, status, close } = await open('/no/such/page/');
    expect(status).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    await close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(['light', 'dark'] as const)(
    'has no violations on each page type, %s scheme',
    async (colorScheme) => {
      const failures: string[] = [];
      for (const [name, path] of Object.entries(samplePages())) {
        const { page, close } = await open(path, { colorScheme });
        failures.push(...(await axeViolations(page)).map((violation) => `${name} ${path}: ${violation}`));
        await close();
      }
      expect(failures).toEqual([]);
    },
  );

  it('has one h1 and no skipped heading levels on each page type', async () => {
    for (const [name, path] of Object.entries(samplePages())) {
      const { page, close } = await open(path);
      const levels = await page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((element) =>
          element.getAttribute('aria-level')
            ? Number(element.getAttribute('aria-level'))
            : Number(element.tagName[1]),
        ),
      );
      expect(
        levels.filter((level) => level === 1),
        `${name}: h1 count`,
      ).toHaveLength(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - levels[index - 1]!, `${name}: heading ${index} (h${level})`).toBeLessThanOrEqual(1);
      });
      await close();
    }
  });

  it('moves focus to the main content with the skip link', async () => {
    const { page, close } = await open(samplePages()['law document ja']!);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await close();
  });
});

describe('document page', () => {
  it('navigates to an article from the contents', async () => {
    const { page, close } = await open(samplePages()['law document ja']!);
    const links = page.locator('.contents a[href^="#art-"]');
    expect(await links.count()).toBeGreaterThan(3);
    const link = links.nth(3);
    const hash = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(hash);
    const top = await page
      .locator(`[id="${hash.slice(1)}"]`)
      .evaluate((element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    await close();
  });

  it('gives every article, paragraph and item its anchor', async () => {
    const { page, close } = await open(samplePages()['law document ja']!);
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('.unit[id]')].map((element) => element.id),
    );
    expect(ids).toContain('art-1');
    expect(ids).toContain('art-1-p1');
    expect(ids.some((id) => /^art-\d+-p\d+-i\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    await close();
  });

  it('shows the English interface around the original Japanese text', async () => {
    const { page, close } = await open(samplePages()['law document en']!);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('.doc-text', 'lang')).toBe('ja');
    expect(await page.locator('.notice').textContent()).toMatch(/original Japanese/);
    expect(await page.locator('.contents summary').textContent()).toContain('Contents');
    await close();
  });

  it('does not show page furniture', async () => {
    const withChrome = manifest.documents.find((document) => (document.counts.chrome ?? 0) > 0);
    expect(withChrome, 'a document with chrome leaves').toBeDefined();
    const { page, close } = await open(`/ja/${withChrome!.city}/${withChrome!.doc}/`);
    const html = readFileSync(join(DIST, 'ja', withChrome!.city, withChrome!.doc, 'index.html'), 'utf8');
    expect(html).not.toContain('ナビゲーションスキップメニュー');
    expect(await page.locator('.doc-text').count()).toBe(1);
    await close();
  });

  it('folds the contents on a narrow screen and keeps them open on a wide one', async () => {
    const path = samplePages()['law document ja']!;
    for (const [width, open_] of [
      [320, false],
      [1280, true],
    ] as const) {
      const { page, close } = await open(path, { width });
      expect(
        await page.locator('.contents details').evaluate((details) => (details as HTMLDetailsElement).open),
        `${width}px`,
      ).toBe(open_);
      await close();
    }
  });

  it('prints the text without header, contents or footer', async () => {
    const { page, close } = await open(samplePages()['law document ja']!);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.contents', '.site-footer', '.breadcrumb']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.doc-text').isVisible()).toBe(true);
    await close();
  });

  it('fits a 320px wide screen without sideways scrolling', async () => {
    for (const path of Object.values(samplePages())) {
      const { page, close } = await open(path, { width: 320 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
      await close();
    }
  });
});

describe('link integrity of the built site', () => {
  let pages: Map<string, BuiltPage>;

  beforeAll(() => {
    pages = new Map(builtPages().map((path) => [path, readPage(path)]));
  });

  it('resolves every internal link and #anchor on every page', () => {
    expect(pages.size).toBeGreaterThan(5);
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const base = new URL(page.path, 'http://site.invalid');
      for (const link of page.links) {
        const target = new URL(link, base);
        if (target.origin !== base.origin) continue;
        checked++;
        const file = fileOf(target.pathname);
        if (!file) {
          broken.push(`${page.path}: ${link} (no such page)`);
          continue;
        }
        if (!target.hash) continue;
        const anchor = decodeURIComponent(target.hash.slice(1));
        const targetPath =
          target.pathname.endsWith('/') || target.pathname.endsWith('.html') ? target.pathname : '';
        const ids = pages.get(targetPath)?.ids ?? readPage(target.pathname).ids;
        if (!ids.has(anchor)) broken.push(`${page.path}: ${link} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('uses trailing slashes for every page link', () => {
    const wrong: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.links) {
        const target = new URL(link, new URL(page.path, 'http://site.invalid'));
        if (target.origin !== 'http://site.invalid' || target.pathname.includes('.')) continue;
        if (!target.pathname.endsWith('/')) wrong.push(`${page.path}: ${link}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every page unique ids', () => {
    const duplicates: string[] = [];
    for (const page of pages.values()) {
      const file = join(DIST, page.path.endsWith('/') ? `${page.path}index.html` : page.path);
      const seen = new Set<string>();
      for (const element of elements(parse(readFileSync(file, 'utf8')))) {
        const id = element.attrs.find((attribute) => attribute.name === 'id')?.value;
        if (id === undefined) continue;
        if (seen.has(id)) duplicates.push(`${page.path}: #${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
