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
async function open(
  path: string,
  options: {
    width?: number;
    colorScheme?: 'light' | 'dark';
    permissions?: string[];
    hasTouch?: boolean;
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.permissions ? { permissions: options.permissions } : {}),
    ...(options.hasTouch ? { hasTouch: true, isMobile: true } : {}),
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
    'law document ja, side by side': `/ja/${law.city}/${law.doc}/?view=both`,
    'page document ja': `/ja/${page.city}/${page.doc}/`,
    'page document en': `/en/${page.city}/${page.doc}/`,
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

  it('has no violations with a preview open and the tools of an article unfolded', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(`${samplePages()['law document en']}#art-26`, { colorScheme });
      for (const summary of await page.locator('#art-26 .unit-tools summary').all()) await summary.click();
      await page.locator('#art-26 a.ref').first().focus();
      await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
      failures.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
      await close();
    }
    expect(failures).toEqual([]);
  });

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

  it('shows the English interface around the original Japanese text and its translation', async () => {
    const { page, close } = await open(samplePages()['law document en']!);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('.doc-text', 'lang')).toBe('ja');
    expect(await page.locator('.notice').first().textContent()).toMatch(
      /unofficial reference translation.*only the original has legal effect/,
    );
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

const HYUGA = 'hyuga/personal-information-protection-ordinance/';

/** True when the element with this id is on screen. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return rect.height > 0 && rect.top >= -2 && rect.top < window.innerHeight;
    });
}

describe('reading a document: references, terms, citations', () => {
  it('follows a reference to its target and comes back', async () => {
    const { page, problems, close } = await open(`/ja/${HYUGA}#art-8-p2-i6`);
    const reference = page.locator('#art-8-p2-i6 a.ref', { hasText: '第11条第2項各号' });
    expect(await reference.getAttribute('href')).toBe('#art-11-p2-i1');
    await reference.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-11-p2-i1');
    expect(await inView(page, '#art-11-p2-i1')).toBe(true);
    // The way back, named after the place the reader came from.
    const back = page.locator('.back-to');
    await expect.poll(() => back.isVisible()).toBe(true);
    expect(await back.textContent()).toContain('第8条第2項第6号');
    await back.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-8-p2-i6');
    expect(problems).toEqual([]);
    await close();
  });

  it('previews every target of a reference on keyboard focus, announced, and closes it with Esc', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-8-p2-i6`);
    const reference = page.locator('#art-8-p2-i6 a.ref', { hasText: '第11条第2項各号' });
    await reference.focus();
    const preview = page.locator('[role="tooltip"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await reference.getAttribute('aria-describedby')).toBe(await preview.getAttribute('id'));
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('第11条第2項第1号');
    expect(text).toContain('本人の同意があるとき');
    expect(text).toContain('第11条第2項第8号');
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
    expect(await reference.getAttribute('aria-describedby')).toBeNull();
    await close();
  });

  it('previews the English translation of the target on English pages', async () => {
    const { page, close } = await open(`/en/${HYUGA}#art-8-p2-i6`);
    await page.locator('#art-8-p2-i6 a.ref', { hasText: '第11条第2項各号' }).focus();
    const preview = page.locator('[role="tooltip"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('Art. 11(2)(i)');
    expect(text).toMatch(/identifiable person/);
    await close();
  });

  it('reaches the reference previews with the keyboard alone', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-26`);
    // Tab from the article's start reaches its first reference, and the preview opens.
    await page.locator('#art-26').evaluate((element) => {
      element.setAttribute('tabindex', '-1');
      (element as HTMLElement).focus();
    });
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.matches('a.ref, a.term'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.matches('a.ref, a.term'))).toBe(true);
    await expect.poll(() => page.locator('[role="tooltip"]').isVisible()).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await close();
  });

  it('shows the definition of a term on hover and focus, and links to it', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-10`);
    const term = page.locator('#art-10-p1 a.term', { hasText: '保有個人情報' }).first();
    expect(await term.getAttribute('href')).toBe('#def-art-2-p6');
    expect(await page.locator('dfn#def-art-2-p6').textContent()).toBe('保有個人情報');
    await term.hover();
    const preview = page.locator('[role="tooltip"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toContain('実施機関の職員が職務上作成し');
    await page.mouse.move(0, 0);
    await expect.poll(() => preview.isVisible()).toBe(false);
    await term.focus();
    await expect.poll(() => preview.isVisible()).toBe(true);
    await close();
  });

  it('shows a definition on tap, in English on English pages', async () => {
    const { page, close } = await open(`/en/${HYUGA}#art-10`, { width: 390, hasTouch: true });
    const term = page.locator('#art-10-p1 a.term', { hasText: '保有個人情報' }).first();
    await term.tap();
    const preview = page.locator('[role="tooltip"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.textContent()).toMatch(/personal information the administrative entity holds/i);
    // The tap showed the definition instead of leaving the place.
    expect(await page.evaluate(() => window.location.hash)).toBe('#art-10');
    await close();
  });

  it('copies a citation to the clipboard and says so', async () => {
    for (const [lang, expected] of [
      ['ja', '日向市個人情報保護条例第26条第1項'],
      ['en', 'Hyuga City Personal Information Protection Ordinance, Art. 26(1)'],
    ] as const) {
      const { page, close } = await open(`/${lang}/${HYUGA}#art-26`, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const cite = page.locator('#art-26 details.cite');
      await cite.locator('summary').click();
      const item = cite.locator('li', { has: page.locator('#c-art-26-p1') });
      expect(await item.locator('.cite-text').textContent()).toBe(expected);
      await item.locator('button.copy').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      expect(await page.locator('#reader-status').textContent()).toContain(expected);
      expect(await item.locator('button.copy').textContent()).toMatch(/コピーしました|Copied/);
      await close();
    }
  });

  it('has the citations in the page without scripts', async () => {
    const html = readFileSync(join(DIST, 'ja', HYUGA, 'index.html'), 'utf8');
    expect(html).toContain('日向市個人情報保護条例第26条第1項');
    expect(html).toContain('日向市個人情報保護条例第8条第2項第6号');
  });

  it('lists the provisions that cite an article', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-11`);
    const citedBy = page.locator('#art-11 > .unit-tools details.cited-by');
    await citedBy.locator('summary').click();
    const link = citedBy.locator('a[href="#art-8-p2-i6"]');
    expect(await link.textContent()).toBe('第8条第2項第6号');
    await close();
  });

  it('marks a reference to a provision that does not exist, and leaves it unlinked', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-29`);
    const dangling = page.locator('#art-29-p1 .ref-none.dangling');
    expect(await dangling.first().textContent()).toBe('第48条第2項第3号');
    expect(await dangling.first().getAttribute('title')).toMatch(/存在しません/);
    await close();
  });
});

describe('bilingual display', () => {
  it('heads every article "Article N (caption)" on the English Hyuga page, the English text beside the Japanese', async () => {
    const { page, close } = await open(`/en/${HYUGA}`);
    expect(await page.locator('#view-both').isChecked()).toBe(true);
    const articles = await page.locator('.unit.article').evaluateAll((elements) =>
      elements.map((element) => {
        // Translator's notes quote the source.
        const withoutNotes = (node: Element | null) => {
          const copy = node?.cloneNode(true) as Element | undefined;
          for (const note of copy?.querySelectorAll('.tr-note') ?? []) note.remove();
          return copy?.textContent ?? '';
        };
        const english = element.querySelector(':scope > .bi > .bi-t');
        const original = element.querySelector(':scope > .bi > .bi-o');
        return {
          id: element.id,
          heading: english?.querySelector('h2, h3, h4, [role="heading"]')?.textContent?.trim() ?? '',
          english: withoutNotes(english),
          visible: english ? english.getBoundingClientRect().width > 0 : false,
          original: original ? original.getBoundingClientRect().width > 0 : false,
          lang: english?.getAttribute('lang'),
        };
      }),
    );
    expect(articles.length).toBe(manifest.documents.find((d) => d.city === 'hyuga')!.counts.article);
    for (const article of articles) {
      const number = article.id.replace(/^art-/, '').replace(/_/g, '-');
      expect(article.heading, article.id).toMatch(new RegExp(`^Article ${number}( \\(.+\\))?$`));
      expect(article.visible && article.original, article.id).toBe(true);
      expect(article.lang).toBe('en');
      expect(article.english).not.toMatch(/[\u3040-\u30ff]/);
    }
    expect(articles.find((a) => a.id === 'art-26')!.heading).toBe(
      'Article 26 (Due Date of Decisions on Disclosure)',
    );
    // Every translated paragraph is there: no unit is flagged on the real seed.
    expect(await page.locator('.tr-flag').count()).toBe(0);
    await close();
  });

  it('shows the original alone, the translation alone, or both, and keeps the choice in the address', async () => {
    const { page, close } = await open(`/ja/${HYUGA}`);
    const original = page.locator('#art-26 .bi-o');
    const english = page.locator('#art-26 .bi-t');
    expect(await original.isVisible()).toBe(true);
    expect(await english.isVisible()).toBe(false);
    await page.locator('label', { has: page.locator('#view-trans') }).click();
    expect(await original.isVisible()).toBe(false);
    expect(await english.isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('view')).toBe('trans');
    await page.goto(`${site.url}/ja/${HYUGA}?view=both#art-26`);
    expect(await original.isVisible()).toBe(true);
    expect(await english.isVisible()).toBe(true);
    await close();
  });

  it('lands in the translation when the original is hidden', async () => {
    const { page, close } = await open(`/en/${HYUGA}?view=trans`);
    await page.locator('.contents a[href="#art-11"]').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-11');
    expect(await inView(page, '#art-11 .bi-t')).toBe(true);
    await page.goto(`${site.url}/en/${HYUGA}?view=trans#art-11-p2-i1`);
    await expect.poll(() => inView(page, '.bi-t [data-unit="art-11-p2-i1"]')).toBe(true);
    // The English text links the citations the original links, and they land in English too.
    await page.goto(`${site.url}/en/${HYUGA}?view=trans#art-26`);
    const citation = page.locator('#art-26 .bi-t a.ref', { hasText: 'Article 20, paragraph (3)' });
    await citation.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-20-p3');
    await expect.poll(() => inView(page, '.bi-t [data-unit="art-20-p3"]')).toBe(true);
    await expect.poll(() => page.locator('.back-to').isVisible()).toBe(true);
    expect(await page.locator('.back-to').textContent()).toBe('Back to Art. 26(1)');
    await close();
  });

  it('switches language keeping the place', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-26`);
    const switcher = page.locator('a[data-lang-switch]');
    expect(await switcher.getAttribute('href')).toBe(`/en/${HYUGA}#art-26`);
    await page.locator('.contents a[href="#art-27"]').click();
    await expect.poll(() => switcher.getAttribute('href')).toBe(`/en/${HYUGA}#art-27`);
    await switcher.click();
    await page.waitForURL(`**/en/${HYUGA}#art-27`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await inView(page, '#art-27')).toBe(true);
    await close();
  });

  it('gives every page its twin with lang and hreflang alternates', () => {
    const twins = builtPages().filter((path) => /^\/(ja|en)\//.test(path));
    expect(twins.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const path of twins) {
      const other = path.replace(/^\/(ja|en)\//, (_, lang) => `/${lang === 'ja' ? 'en' : 'ja'}/`);
      if (!fileOf(other)) missing.push(`${path}: no ${other}`);
      const html = readFileSync(join(DIST, `${path}index.html`), 'utf8');
      const lang = path.slice(1, 3);
      if (!html.includes(`<html lang="${lang}"`)) missing.push(`${path}: html lang`);
      for (const code of ['ja', 'en'])
        if (!new RegExp(`<link rel="alternate" hreflang="${code}" href="[^"]*/${code}/`).test(html))
          missing.push(`${path}: hreflang ${code}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows the English Minato page in Japanese translation on the Japanese page', async () => {
    const minato = manifest.documents.find((document) => document.lang === 'en')!;
    const { page, close } = await open(`/ja/${minato.city}/${minato.doc}/`);
    expect(await page.locator('#view-both').isChecked()).toBe(true);
    const translated = await page.locator('.bi-t[lang="ja"]').allTextContents();
    expect(translated.join('')).toMatch(/個人情報/);
    await close();
  });
});

describe('the APPI in English', () => {
  const APPI = '/en/national/appi/';

  it('has no Japanese outside an element marked lang="ja"', async () => {
    const { page, close } = await open(APPI);
    const unmarked = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) continue;
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style')) continue;
        if (parent.closest('[lang]')?.getAttribute('lang') !== 'ja')
          out.push(`${parent.tagName}: ${text.trim().slice(0, 60)}`);
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    await close();
  });

  it('heads every article, chapter, section and supplement in English', async () => {
    const { page, close } = await open(APPI);
    const heads = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '.unit.article, .unit.chapter, .unit.section, .unit.subsection, .unit.supplement',
        ),
      ].map((unit) => ({
        id: unit.id,
        kind: unit.classList[1],
        captioned: unit.querySelector(':scope > .bi > .bi-o .caption') !== null,
        english:
          unit.querySelector(':scope > .bi > .bi-t .head')?.textContent?.trim() ??
          unit
            .querySelector(':scope > .bi-head > .bi-t .head, :scope > .bi.bi-head > .bi-t .head')
            ?.textContent?.trim() ??
          '',
      })),
    );
    expect(heads.filter((head) => head.kind === 'article').length).toBeGreaterThan(240);
    const pattern: Record<string, RegExp> = {
      article: /^Article \d+(-\d+)*( \(.+\))?$/,
      chapter: /^Chapter [IVXL]+ \S/,
      section: /^Section \d+ \S/,
      subsection: /^Subsection \d+ \S/,
      supplement: /^Supplementary Provisions( \(Act No\. \d+ of [A-Z][a-z]+ \d{1,2}, \d{4}(; extract)?\))?$/,
    };
    const wrong = heads.filter(
      (head) => !pattern[head.kind!]!.test(head.english) || (head.captioned && !head.english.endsWith(')')),
    );
    expect(wrong).toEqual([]);
    expect(heads.find((head) => head.id === 'art-83')?.english).toBe(
      'Article 83 (Due Date of Decisions on Disclosure)',
    );
    expect(heads.find((head) => head.id === 'ch-5')?.english).toBe(
      'Chapter V Obligations, etc. of Administrative Entities',
    );
    expect(heads.find((head) => head.id === 'ch-5-sec-4')?.english).toBe(
      'Section 4 Disclosure, Correction, and Ceasing to Use',
    );
    await close();
  });

  it('shows the team translation of Articles 76 to 108, and Article 83(1) gives 30 days', async () => {
    const { page, close } = await open(`${APPI}?view=trans`);
    const section = await page.evaluate(() =>
      [...document.querySelectorAll('.unit.article')]
        .filter((unit) => {
          const n = Number(/^art-(\d+)$/.exec(unit.id)?.[1]);
          return n >= 76 && n <= 108;
        })
        .map((unit) => ({
          id: unit.id,
          untranslated: unit.querySelector('.tr-untranslated, .tr-flag') !== null,
        })),
    );
    expect(section).toHaveLength(33);
    expect(section.filter((unit) => unit.untranslated)).toEqual([]);
    expect(await page.locator('.bi-t [data-unit="art-83-p1"]').textContent()).toMatch(
      /^A decision on disclosure shall be made within 30 days from the day on which the request for disclosure was made/,
    );
    await close();
  });

  it('shows an untranslated article in Japanese under one note linking the official translation', async () => {
    const { page, close } = await open(APPI);
    const note = page.locator('#art-5 .bi-t .tr-untranslated');
    expect(await note.textContent()).toMatch(/Not yet translated by the team/);
    expect(await note.locator('a').getAttribute('href')).toMatch(
      /^https:\/\/www\.japaneselawtranslation\.go\.jp\//,
    );
    expect(await page.locator('#art-5 .bi-t .head').textContent()).toBe(
      'Article 5 (Responsibilities of Local Governments)',
    );
    // Beside the original the copy is hidden; in the translation view it stands in for the text.
    const copy = page.locator('#art-5 .bi-t .t-orig');
    expect(await copy.getAttribute('lang')).toBe('ja');
    expect(await copy.isVisible()).toBe(false);
    await page.locator('label', { has: page.locator('#view-trans') }).click();
    expect(await copy.isVisible()).toBe(true);
    expect(await copy.textContent()).toMatch(/地方公共団体は、この法律の趣旨にのっとり/);
    expect(await page.locator('.notice a[href^="https://www.japaneselawtranslation.go.jp/"]').count()).toBe(
      1,
    );
    await close();
  });
});

describe('document information', () => {
  it('gives dates in both calendars, the history as a timeline, and the data', async () => {
    const { page, close } = await open(`/en/${HYUGA}`);
    const about = page.locator('section.about');
    expect(await about.textContent()).toContain('September 22, 2006 (Heisei 18)');
    expect(await about.locator('.timeline li').count()).toBe(8);
    expect(await about.locator('.timeline li').first().textContent()).toMatch(/Enacted.*Ordinance No\. 57/);
    expect(await about.locator('.data-links a').allTextContents()).toEqual([
      'JSON (structure and references)',
      'e-Gov law XML',
      'Plain text',
    ]);
    const ja = readFileSync(join(DIST, 'ja', HYUGA, 'index.html'), 'utf8');
    expect(ja).toContain('平成18年9月22日');
    expect(ja).toContain('e-Gov法令XML');
    await close();
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
