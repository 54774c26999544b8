import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from '../../scripts/lib/site-harness.ts';
import type { Manifest } from '../../src/lib/emit/manifest.ts';
import { useSiteBrowser } from './browser.ts';
import { type BuiltPage, elements, fileOf, readPage, unmarkedJapanese } from './links.ts';

// Everything that needs the built site is in this one file, so one run builds it at most once and
// no rebuild can swap dist/ under a test that is reading it.
const site = useSiteBrowser();
let manifest: Manifest;

beforeAll(() => {
  manifest = JSON.parse(readFileSync(join(ROOT, 'src/content/generated/manifest.json'), 'utf8'));
});

/** Open a page, collecting console errors, page errors and failed requests. */
async function open(
  path: string,
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    colorScheme?: 'light' | 'dark';
    permissions?: string[];
    hasTouch?: boolean;
  } = {},
) {
  const context = await site.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
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

/**
 * Run axe-core on the page, or on the parts `include` selects (a long page whose rows repeat one
 * pattern); violations as `rule: target, …` lines.
 */
async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document | { include: string[][] },
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const context = include ? { include: include.map((selector) => [selector]) } : document;
    // target-size (WCAG 2.5.8, AA since 2.2) is off in axe by default.
    const result = await axe.run(context, {
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    });
    return result.violations;
  }, include);
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
  const versioned = manifest.documents.find((document) => (document.versions?.length ?? 0) > 1);
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
    'rights guide ja': `/ja/${law.city}/rights/`,
    'rights guide en': `/en/${law.city}/rights/`,
    'compare ja': '/ja/compare/',
    'compare en': '/en/compare/',
    'compare facts en': '/en/compare/facts/',
    'compare definitions en': '/en/compare/definitions/',
    'compare topic en': '/en/compare/disclosure/',
    search: '/ja/search/?q=%E9%96%8B%E7%A4%BA',
    'search en': '/en/search/?q=disclosure',
    'not found': '/no/such/page/',
    // the 新旧対照表 (word marks, side by side) of a document with versions
    ...(versioned
      ? {
          'changes ja': `/ja/${versioned.city}/${versioned.doc}/changes/`,
          'changes en': `/en/${versioned.city}/${versioned.doc}/changes/`,
        }
      : {}),
  };
}

const PHONE = { width: 390, height: 844, hasTouch: true } as const;

describe('every built page', () => {
  // every built page, one after another: more than one test's usual budget on a busy machine
  it('loads without console errors or failed requests, on a 390×844 phone without sideways scrolling', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(5);
    const failures: string[] = [];
    // one pass over every page, at phone size: the narrow layout is where a page overflows
    for (const path of pages) {
      const { page, problems, status, close } = await open(path, PHONE);
      if (status !== 200) failures.push(`${path}: HTTP ${status}`);
      failures.push(...problems.map((problem) => `${path}: ${problem}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) failures.push(`${path}: ${width}px wide`);
      await close();
    }
    expect(failures).toEqual([]);
  }, 1_200_000);

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
    600_000,
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

describe('on a phone (390×844)', () => {
  it('scrolls no page type sideways, in either language', async () => {
    const wide: string[] = [];
    for (const [name, path] of Object.entries(samplePages())) {
      const { page, close } = await open(path, PHONE);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${name} ${path}: ${width}px`);
      await close();
    }
    expect(wide).toEqual([]);
  });

  it('has no axe violations at phone size on each page type', async () => {
    const failures: string[] = [];
    for (const [name, path] of Object.entries(samplePages())) {
      const { page, close } = await open(path, PHONE);
      failures.push(...(await axeViolations(page)).map((violation) => `${name} ${path}: ${violation}`));
      await close();
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("puts each city's rights guide on its page's first screen and links every guide from the home page", async () => {
    const late: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const home = await open(`/${lang}/`, PHONE);
      for (const city of manifest.cities) {
        const href = `/${lang}/${city.slug}/rights/`;
        if (!fileOf(href)) continue;
        expect(
          await home.page.locator(`main a[href="${href}"]`).count(),
          `${href} on /${lang}/`,
        ).toBeGreaterThan(0);
        const { page, close } = await open(`/${lang}/${city.slug}/`, PHONE);
        const bottom = await page
          .locator(`main a[href="${href}"]`)
          .first()
          .evaluate((element) => element.getBoundingClientRect().bottom);
        if (bottom > 844) late.push(`/${lang}/${city.slug}/: ${Math.round(bottom)}px`);
        await close();
      }
      await home.close();
    }
    expect(late).toEqual([]);
  });

  it('keeps the row labels of a compare table in sight when it scrolls sideways', async () => {
    const { page, close } = await open('/en/compare/', PHONE);
    const region = page.locator('.table-wrap.matrix');
    const label = region.locator('tbody th[scope="row"]').first();
    const before = await label.evaluate((element) => element.getBoundingClientRect().left);
    const scrolled = await region.evaluate((element) => {
      element.scrollLeft = 400;
      return element.scrollLeft;
    });
    expect(scrolled, 'the table is wider than the phone').toBeGreaterThan(0);
    const after = await label.evaluate((element) => element.getBoundingClientRect().left);
    expect(Math.abs(after - before)).toBeLessThan(1);
    await close();
  });

  it('keeps the row and group labels of every city facts table in sight when it scrolls sideways', async () => {
    const moved: string[] = [];
    for (const city of manifest.cities) {
      for (const lang of ['ja', 'en'] as const) {
        const path = `/${lang}/${city.slug}/`;
        const { page, close } = await open(path, PHONE);
        moved.push(
          ...(
            await page.evaluate(() => {
              const out: string[] = [];
              for (const wrap of document.querySelectorAll<HTMLElement>('.city-facts .table-wrap')) {
                if (wrap.scrollWidth <= wrap.clientWidth + 1) continue;
                // the first cell of each body row, or the label of a group heading spanning the row
                const labels = [...wrap.querySelectorAll<HTMLElement>('tbody tr > :first-child')].map(
                  (cell) =>
                    cell.hasAttribute('colspan') ? cell.querySelector<HTMLElement>('.span-label') : cell,
                );
                const before = labels.map((label) => label?.getBoundingClientRect().left);
                wrap.scrollLeft = wrap.scrollWidth;
                labels.forEach((label, i) => {
                  const after = label?.getBoundingClientRect().left;
                  if (after === undefined || Math.abs(after - before[i]!) > 1)
                    out.push(`${label?.textContent ?? 'a group heading without .span-label'}`);
                });
                wrap.scrollLeft = 0;
              }
              return out;
            })
          ).map((label) => `${path}: ${label}`),
        );
        await close();
      }
    }
    expect(moved).toEqual([]);
  });

  it('gives the deadline calculator 44px controls, and clears the result when the date is emptied', async () => {
    const city = manifest.cities.find((entry) => {
      const file = fileOf(`/en/${entry.slug}/rights/`);
      return file && readFileSync(file, 'utf8').includes('class="calculator"');
    });
    expect(city, 'a city with a deadline calculator').toBeDefined();
    const { page, close } = await open(`/en/${city!.slug}/rights/`, PHONE);
    const form = page.locator('form.calculator').first();
    for (const control of await form.locator('input, select, button').all()) {
      const box = (await control.boundingBox())!;
      expect(box.height, await control.evaluate((element) => element.outerHTML)).toBeGreaterThanOrEqual(44);
    }
    const date = form.locator('input[type="date"]');
    await date.fill('2025-04-01');
    await form.locator('button[type="submit"]').click();
    const output = form.locator('output');
    await expect.poll(() => output.textContent()).toMatch(/2025/);
    await date.fill('');
    await expect.poll(() => output.textContent()).toBe('');
    await close();
  });

  it('keeps a contents drawer at the top of a long document, which opens without scripts', async () => {
    const path = samplePages()['law document en']!;
    const { page, close } = await open(`${path}#art-26`, PHONE);
    const summary = page.locator('.contents summary');
    const top = await summary.evaluate((element) => element.getBoundingClientRect().top);
    expect(top, 'the drawer is on screen far down the page').toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(60);
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await summary.click();
    const link = page.locator('.contents a[href="#art-11"]');
    await expect.poll(() => link.isVisible()).toBe(true);
    await link.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-11');
    // Following a link closes the drawer and shows the provision below it, not under it.
    await expect
      .poll(() => page.locator('.contents details').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(false);
    const drawerBottom = await summary.evaluate((element) => element.getBoundingClientRect().bottom);
    const target = await page.locator('#art-11').evaluate((element) => element.getBoundingClientRect().top);
    expect(target).toBeGreaterThanOrEqual(drawerBottom - 1);
    await close();

    const noScript = await open(`${path}#art-26`, { ...PHONE, javaScriptEnabled: false });
    await noScript.page.locator('.contents summary').click();
    await expect.poll(() => noScript.page.locator('.contents a[href="#art-11"]').isVisible()).toBe(true);
    await noScript.close();
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

  it('copies the chosen citation with the document number and address, from one button per article', async () => {
    for (const [lang, shown, copied] of [
      [
        'ja',
        '日向市個人情報保護条例第26条第1項',
        /^日向市個人情報保護条例\(平成18年日向市条例第57号\)第26条第1項 https?:\/\/\S+\/ja\/hyuga\/personal-information-protection-ordinance\/#art-26-p1$/,
      ],
      [
        'en',
        'Hyuga City Personal Information Protection Ordinance, Art. 26(1)',
        /^Hyuga City Personal Information Protection Ordinance \(Hyuga City Ordinance No\. 57 of 2006\), Art\. 26\(1\), https?:\/\/\S+\/en\/hyuga\/personal-information-protection-ordinance\/#art-26-p1$/,
      ],
    ] as const) {
      const { page, close } = await open(`/${lang}/${HYUGA}#art-26`, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const cite = page.locator('#art-26 > .unit-tools details.cite');
      await cite.locator('summary').click();
      expect(await cite.locator('button.copy').count(), 'one copy button').toBe(1);
      expect(await page.locator('#art-26 button.copy').count()).toBe(1);
      expect(await cite.locator('#c-art-26-p1').textContent()).toBe(shown);
      await cite.locator('label', { has: page.locator('#c-art-26-p1') }).click();
      await expect.poll(() => cite.locator('.cite-address').textContent()).toMatch(/#art-26-p1$/);
      await cite.locator('button.copy').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(copied);
      expect(await page.locator('#reader-status').textContent()).toContain(shown.split(/第26条|, Art/)[0]!);
      expect(await cite.locator('button.copy').textContent()).toMatch(/コピーしました|Copied/);
      await close();
    }
  });

  it('keeps term marks out of the Tab order and lists the defined terms of each article', async () => {
    const { page, close } = await open(`/ja/${HYUGA}#art-11`);
    expect(await page.locator('#art-11 a.term').count()).toBeGreaterThan(0);
    expect(await page.locator('a.term:not([tabindex="-1"])').count()).toBe(0);
    // Every Tab stop of the article is a reference or a tool, never a term.
    const stops = await page.evaluate(() =>
      [...document.getElementById('art-11')!.querySelectorAll<HTMLElement>('a[href], summary, button, input')]
        .filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
        .map((element) => element.className),
    );
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.filter((name) => name.split(' ').includes('term'))).toEqual([]);
    const terms = page.locator('#art-11 > .unit-tools details.terms-used');
    await terms.locator('summary').click();
    const link = terms.locator('a[href="#art-2-p6"]');
    expect(await link.count()).toBe(1);
    await link.click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#art-2-p6');
    await close();
  });

  it('marks the contents link of the section being read (aria-current), following the scroll', async () => {
    const { page, close } = await open(`/ja/${HYUGA}`);
    // Articles taller than the screen: scrolled to their start, each is the one being read.
    const long = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.contents a[href^="#art-"]')]
        .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
        .filter(
          (element): element is HTMLElement => element !== null && element.offsetHeight > window.innerHeight,
        )
        .map((element) => element.id),
    );
    expect(long.length).toBeGreaterThan(1);
    for (const id of [long[0]!, long.at(-1)!]) {
      await page.locator(`#${id}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await expect
        .poll(() => page.locator('.contents a[aria-current="location"]').getAttribute('href'))
        .toBe(`#${id}`);
    }
    expect(await page.locator('.contents a[aria-current]').count()).toBe(1);
    // A short section reached from the contents keeps the mark, though the next one starts above
    // the reading line too.
    const short = await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLAnchorElement>('.contents a[href^="#art-"]')].map(
        (link) => decodeURIComponent(link.hash.slice(1)),
      );
      return ids.find((id, i) => {
        const here = document.getElementById(id);
        const next = document.getElementById(ids[i + 1] ?? '');
        if (!here || !next) return false;
        const gap = next.getBoundingClientRect().top - here.getBoundingClientRect().top;
        return gap > 0 && gap < window.innerHeight / 4;
      });
    });
    expect(short, 'a section shorter than a quarter of the screen').toBeDefined();
    await page.locator(`#${short}`).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect
      .poll(() => page.locator('.contents a[aria-current="location"]').getAttribute('href'))
      .toBe(`#${short}`);
    await close();
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

describe('language of parts (WCAG 3.1.2)', () => {
  it('marks every Japanese run on every English page lang="ja"', () => {
    const english = builtPages().filter((path) => path.startsWith('/en/'));
    expect(english.length).toBeGreaterThan(10);
    const unmarked = english.flatMap(unmarkedJapanese);
    expect(unmarked.slice(0, 40), `${unmarked.length} unmarked Japanese runs`).toEqual([]);
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

  it('has no axe violations beside the original and in the translation alone, light and dark', async () => {
    // The page holds some 250 articles of two kinds (translated, untranslated): axe checks the
    // page furniture, the notices, the translated Chapters I and II and Chapter V, Section 4, and
    // the untranslated Chapter IV, Sections 1 and 3.
    const parts = [
      'header',
      'nav.contents',
      '.doc-main > .notice',
      '.view-control',
      '#ch-1',
      '#ch-2',
      '#ch-4-sec-1',
      '#ch-4-sec-3',
      '#ch-5-sec-4',
      '#suppl-14',
    ];
    const failures: string[] = [];
    for (const [path, colorScheme] of [
      [APPI, 'light'],
      [`${APPI}?view=trans`, 'dark'],
    ] as const) {
      const { page, close } = await open(path, { colorScheme });
      failures.push(
        ...(await axeViolations(page, parts)).map((violation) => `${path} ${colorScheme}: ${violation}`),
      );
      await close();
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('shows an untranslated article in Japanese under one note linking the official translation', async () => {
    const { page, close } = await open(APPI);
    const note = page.locator('#art-17 .bi-t .tr-untranslated');
    expect(await note.textContent()).toMatch(/Not yet translated by the team/);
    expect(await note.locator('a').getAttribute('href')).toMatch(
      /^https:\/\/www\.japaneselawtranslation\.go\.jp\//,
    );
    expect(await page.locator('#art-17 .bi-t .head').textContent()).toBe(
      'Article 17 (Specification of the Purpose of Use)',
    );
    // Beside the original the copy is hidden; in the translation view it stands in for the text.
    const copy = page.locator('#art-17 .bi-t .t-orig');
    expect(await copy.getAttribute('lang')).toBe('ja');
    expect(await copy.isVisible()).toBe(false);
    await page.locator('label', { has: page.locator('#view-trans') }).click();
    expect(await copy.isVisible()).toBe(true);
    expect(await copy.textContent()).toMatch(/個人情報取扱事業者は、個人情報を取り扱うに当たっては/);
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
