/**
 * The search page in Chromium, on the built site: every case of cases.json (and of the shared
 * sample, when it is there) lands on its article within the first five results, and the page
 * behaves as issue #5 asks (URL, aria-busy, IME composition, filters, citations from a document).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteBrowser } from '../site/browser.ts';

interface Target {
  city: string;
  anchor?: string;
  heading?: string;
}
interface SearchCase {
  lang: 'ja' | 'en';
  q: string;
  kind: string;
  expect: Target[];
  /** why a case still misses: it is expected to miss, and the test says so once it is found */
  known?: string;
}

const SAMPLE = '../shared/eval/search-sample.json';
const own = (JSON.parse(readFileSync('test/search/cases.json', 'utf8')) as { queries: SearchCase[] }).queries;
const sample = existsSync(SAMPLE)
  ? (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { queries: SearchCase[] }).queries
  : [];
if (sample.length === 0) console.log(`search sample: ${SAMPLE} not found, its cases are skipped`);

const site = useSiteBrowser();
/** One page for the whole file (closed with the browser): the searches do not depend on each other. */
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

interface Link {
  href: string;
  text: string;
}

/** Open the search page for `q` and return the result links once the list is no longer busy. */
async function search(lang: string, q: string, extra = ''): Promise<Link[]> {
  await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(q)}${extra}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('[data-search-results] a[href]', (links) =>
    links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })),
  );
}

/** The rule of the shared scorer: path holds /{lang}/{city}/, and the anchor (or below) or heading. */
function hits(link: Link, target: Target, lang: string): boolean {
  const url = new URL(link.href, 'http://x');
  if (!url.pathname.includes(`/${lang}/${target.city}/`)) return false;
  const hash = decodeURIComponent(url.hash.slice(1));
  if (target.anchor) return hash === target.anchor || hash.startsWith(`${target.anchor}-`);
  if (target.heading) return link.text.replace(/\s+/g, ' ').includes(target.heading);
  return true;
}

/** Rank (from 1) of the first link that hits any target, or undefined. */
function firstHit(links: Link[], c: SearchCase): number | undefined {
  const index = links.findIndex((link) => c.expect.some((target) => hits(link, target, c.lang)));
  return index < 0 ? undefined : index + 1;
}

describe('the shared sample lands within the first five results', () => {
  // an empty it.each registers no test and vitest fails the suite: say why it is skipped instead
  if (sample.length === 0) it.skip('needs ../shared/eval/search-sample.json, absent here', () => {});
  it.each(sample.map((c) => [`[${c.lang}] ${c.q}`, c] as const))('%s', async (_name, c) => {
    const links = await search(c.lang, c.q);
    expect(firstHit(links, c), links.map((link) => link.href).join('\n')).toBeLessThanOrEqual(5);
  });
});

describe('every seed: topics, variants, readings, citations, residents’ questions', () => {
  const solved = own.filter((c) => !c.known);
  it.each(solved.map((c) => [`[${c.lang}] ${c.kind}: ${c.q}`, c] as const))('%s', async (_name, c) => {
    const links = await search(c.lang, c.q);
    expect(firstHit(links, c), links.map((link) => link.href).join('\n')).toBeLessThanOrEqual(5);
  });
  // known misses fail here until the ranking finds them: then the case loses its `known`
  it.fails.each(own.filter((c) => c.known).map((c) => [`[${c.lang}] known miss: ${c.q}`, c] as const))(
    '%s',
    async (_name, c) => {
      const links = await search(c.lang, c.q);
      expect(firstHit(links, c)).toBeLessThanOrEqual(5);
    },
  );
});

describe('the search page', () => {
  it('shows city, document, label and caption, and marks the match in the excerpt', async () => {
    await search('ja', '開示請求の手続');
    const first = page.locator('[data-search-results] li').first();
    await expect.poll(() => first.locator('a').textContent()).toContain('第20条（開示請求の手続）');
    expect(await first.locator('.search-result-source').textContent()).toContain('日向市');
    expect(await first.locator('mark').first().textContent()).toBe('開示請求');
  });

  it('announces the count politely and says when nothing is found', async () => {
    await search('ja', '開示請求');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/\d+件/);
    const none = await search('ja', 'ぴよぴよぷー');
    expect(none).toEqual([]);
    expect(await status.textContent()).toContain('見つかりませんでした');
  });

  it('keeps the URL in step with the query as the visitor types', async () => {
    await search('ja', '');
    await page.locator('#search-q').fill('審査請求');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('審査請求');
    await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
  });

  it('waits for IME composition to end before searching', async () => {
    await search('ja', '');
    const input = page.locator('#search-q');
    await input.evaluate((element: HTMLInputElement) => {
      element.dispatchEvent(new CompositionEvent('compositionstart'));
      element.value = 'かいじ';
      element.dispatchEvent(new InputEvent('input', { isComposing: true, data: 'かいじ' }));
    });
    // an input the page acts on updates the URL at once, inside the event (the search itself
    // follows after a debounce): a URL without the composed text shows that none was scheduled,
    // with no waiting that a busy machine could outrun
    const query = await page.evaluate(() => new URLSearchParams(location.search).get('q'));
    expect(query ?? '').toBe('');
    expect(await page.locator('[data-search-results] a').count()).toBe(0);
    await input.evaluate((element: HTMLInputElement) => {
      element.value = '開示';
      element.dispatchEvent(new InputEvent('input', { isComposing: true, data: '開示' }));
      element.dispatchEvent(new CompositionEvent('compositionend', { data: '開示' }));
    });
    await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    expect(new URL(page.url()).searchParams.get('q')).toBe('開示');
  });

  it('filters by city and by kind', async () => {
    const all = await search('ja', '個人情報');
    const cities = new Set(all.map((link) => link.href.split('/')[2]));
    expect(cities.size).toBeGreaterThan(1);
    const mutsu = await search('ja', '個人情報', '&city=mutsu');
    expect(mutsu.length).toBeGreaterThan(0);
    expect(mutsu.every((link) => link.href.startsWith('/ja/mutsu/'))).toBe(true);
    expect(await page.locator('select[name="city"]').inputValue()).toBe('mutsu');
    const pages = await search('ja', '個人情報', '&kind=page');
    expect(pages.every((link) => /\/ja\/(mutsu|nagareyama)\//.test(link.href))).toBe(true);
  });

  it('filters by topic (content/topics.yaml)', async () => {
    const fees = await search('ja', '開示', '&topic=fees');
    expect(fees.map((link) => link.href)).toContain(
      '/ja/hyuga/personal-information-protection-ordinance/#art-33',
    );
    expect(fees.map((link) => link.href)).not.toContain(
      '/ja/hyuga/personal-information-protection-ordinance/#art-19',
    );
    expect(await page.locator('select[name="topic"]').inputValue()).toBe('fees');
  });

  it('takes a citation typed on a document page straight to that article', async () => {
    await page.goto(
      `${site.url}/ja/search/?q=${encodeURIComponent('第26条第2項')}&doc=hyuga/personal-information-protection-ordinance`,
    );
    await page.waitForURL(/\/ja\/hyuga\/personal-information-protection-ordinance\/#art-26-p2$/);
  });

  it('sends the document in view from the search box of a document page', async () => {
    await page.goto(`${site.url}/ja/hyuga/personal-information-protection-ordinance/`);
    await page.locator('#site-search-q').fill('第二十六条');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/ja\/hyuga\/personal-information-protection-ordinance\/#art-26$/);
  });

  it('ranks the rule before its exception (第26条 before 第27条 期限の特例), in both languages', async () => {
    for (const [lang, q] of [
      ['ja', '開示請求 期限'],
      ['en', 'disclosure deadline'],
    ] as const) {
      const hrefs = (await search(lang, q)).map((link) => link.href.split('#')[1]);
      expect(hrefs[0], hrefs.join(' ')).toBe('art-26');
      expect(hrefs.indexOf('art-27')).toBeGreaterThan(0);
    }
  });

  it('finds a chapter by its title, and the rule by a related term', async () => {
    expect((await search('ja', '罰則'))[0]?.href).toBe(
      '/ja/hyuga/personal-information-protection-ordinance/#ch-6',
    );
    // the APPI's English (penalty, punishment in its text) holds the word literally; the chapter
    // is reached through the related term 'penal provisions', within the first five
    const penalties = (await search('en', 'penalties')).slice(0, 5).map((link) => link.text);
    expect(penalties.some((text) => text.includes('Chapter 6 Penal Provisions'))).toBe(true);
    const fees = (await search('ja', '手数料')).slice(0, 5).map((link) => link.href);
    expect(fees).toContain('/ja/hyuga/personal-information-protection-ordinance/#art-33');
    expect(await page.locator('[data-search-results] li mark').allTextContents()).toContain('費用');
  });

  it('puts the definition first when asked what a term means', async () => {
    const ja = await search('ja', '保有個人情報とは');
    expect(ja[0]?.text).toMatch(/定義/);
    const en = await search('en', 'what is personal information');
    expect(en.slice(0, 4).map((link) => link.href)).toContain(
      '/en/hyuga/personal-information-protection-ordinance/#art-2',
    );
  });

  it('indexes the national law in both languages, and a city filter keeps to the city', async () => {
    for (const lang of ['ja', 'en']) {
      const appi = await search(lang, '開示請求', '&city=national');
      expect(appi.length).toBeGreaterThan(0);
      expect(appi.every((link) => link.href.startsWith(`/${lang}/national/appi/`))).toBe(true);
    }
    const hyuga = await search('ja', '開示請求 期限', '&city=hyuga');
    expect(hyuga[0]?.href).toBe('/ja/hyuga/personal-information-protection-ordinance/#art-26');
  });

  it('says it is loading while the index loads, with the list busy', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: import('playwright-core').Route) => {
      await held;
      await route.continue();
    };
    await page.route('**/pagefind/ja/pagefind.js', hold);
    try {
      await page.goto(`${site.url}/ja/search/?q=${encodeURIComponent('開示')}`);
      const status = page.locator('[data-search-status]');
      await expect.poll(() => status.textContent()).toContain('検索の準備をしています');
      expect(await page.locator('[data-search-results]').getAttribute('aria-busy')).toBe('true');
      expect(await status.isVisible()).toBe(true);
      release();
      await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    } finally {
      release();
      await page.unroute('**/pagefind/ja/pagefind.js', hold);
    }
  });

  it('says without JavaScript that search needs it, and links to the document list', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/ja/search/?q=x`);
    expect(await plain.locator('main').textContent()).toContain('検索にはJavaScriptが必要です');
    expect(await plain.locator('main a[href="/ja/"]').count()).toBe(1);
  });
});
