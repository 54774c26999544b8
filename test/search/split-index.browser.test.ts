/**
 * A corpus too large for one Pagefind bundle per language is split into bundles of whole cities
 * (splitForBundles), which the search page merges as searches need them: a city filter reads that
 * city's bundle, a search without one the bundles the route table names (route.ts). In Chromium,
 * on the built site with its index rebuilt in a separate folder with a small limit, a query still
 * finds every city's article, and words only one municipality holds find it without a filter.
 */
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureSiteBuilt } from '../../scripts/lib/site-harness.ts';
import { type SearchSource, splitForBundles, writeSearchIndex } from '../../src/lib/search/build-index.ts';
import { readSiteSources } from '../../src/lib/search/site-sources.ts';
import { useSiteBrowser } from '../site/browser.ts';

const source = (city: string, units: number): SearchSource =>
  ({ city, doc: 'doc', units: Array.from({ length: units }) }) as unknown as SearchSource;
const cities = (parts: SearchSource[][]) => parts.map((part) => part.map((entry) => entry.city));

describe('splitting the search index into bundles', () => {
  it('keeps each city whole, in corpus order, and bundles within the limit', () => {
    const sources = [source('a', 30), source('a', 20), source('b', 40), source('c', 10), source('d', 120)];
    expect(cities(splitForBundles(sources, 100))).toEqual([['a', 'a', 'b', 'c'], ['d']]);
    expect(cities(splitForBundles(sources, 60))).toEqual([['a', 'a'], ['b', 'c'], ['d']]);
    expect(cities(splitForBundles(sources, 1_000))).toEqual([['a', 'a', 'b', 'c', 'd']]);
    expect(splitForBundles([], 10)).toEqual([[]]);
  });
});

describe('a split index on the search page', () => {
  let folder = '';
  const previous = process.env['REIKI_SEARCH_BUNDLE_RECORDS'];

  beforeAll(async () => {
    await ensureSiteBuilt();
    // the built pages, with a search index of its own: dist/ stays as other tests expect it
    folder = mkdtempSync(join(tmpdir(), 'reiki-split-'));
    for (const name of readdirSync(DIST))
      if (name !== 'pagefind' && name !== 'search') symlinkSync(join(DIST, name), join(folder, name));
    process.env['REIKI_SEARCH_BUNDLE_RECORDS'] = '40';
    await writeSearchIndex(readSiteSources(), folder);
  }, 300_000);

  afterAll(() => {
    if (previous === undefined) delete process.env['REIKI_SEARCH_BUNDLE_RECORDS'];
    else process.env['REIKI_SEARCH_BUNDLE_RECORDS'] = previous;
    rmSync(folder, { recursive: true, force: true });
  });

  // after the folder's hooks: served once it is written, closed before it is removed
  const site = useSiteBrowser(() => folder);

  it('writes several bundles per language, and finds the cities of each', async () => {
    const bundles = readdirSync(join(folder, 'pagefind')).sort();
    expect(bundles.filter((name) => name.startsWith('ja')).length).toBeGreaterThan(1);
    expect(bundles.filter((name) => name.startsWith('en')).length).toBe(
      bundles.filter((name) => name.startsWith('ja')).length,
    );
    const page = await (await site.newContext()).newPage();
    for (const lang of ['ja', 'en']) {
      // each seed city is in another bundle at this limit: filtered to it, the search still finds it
      for (const city of ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara']) {
        await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent('個人情報')}&city=${city}`);
        await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
        const hrefs = await page.$$eval('[data-search-results] a[href]', (links) =>
          links.map((link) => link.getAttribute('href') ?? ''),
        );
        expect(hrefs.length, `${lang} ${city}`).toBeGreaterThan(0);
        expect(
          hrefs.every((href) => href.startsWith(`/${lang}/${city}/`)),
          `${lang} ${city}`,
        ).toBe(true);
      }
    }
  }, 120_000);

  it('without a filter, routes a query to the municipality holding its words, and reads few bundles', async () => {
    const names = new Map(readSiteSources().map((source) => [source.city, source.cityName.ja]));
    const bundles = readdirSync(join(folder, 'pagefind')).filter((name) => /^ja(-\d+)?$/.test(name)).length;
    const page = await (await site.newContext()).newPage();
    for (const city of ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara']) {
      const read = new Set<string>();
      page.on('request', (request) => {
        const bundle = /\/pagefind\/(ja(?:-\d+)?)\/pagefind-entry\.json/.exec(request.url())?.[1];
        if (bundle) read.add(bundle);
      });
      // the city's name: its records hold it (document title, city), no other municipality's do
      await page.goto(`${site.url}/ja/search/?q=${encodeURIComponent(names.get(city)!)}`);
      await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
      const hrefs = await page.$$eval('[data-search-results] a[href]', (links) =>
        links.slice(0, 10).map((link) => link.getAttribute('href') ?? ''),
      );
      expect(
        hrefs.some((href) => href.startsWith(`/ja/${city}/`)),
        `${city}: ${hrefs.join(' ')}`,
      ).toBe(true);
      expect(read.size, `${city} read ${[...read].join(' ')}`).toBeLessThan(bundles);
      page.removeAllListeners('request');
    }
  }, 120_000);

  it('says when more municipalities hold the words, and "show more" reads their bundles', async () => {
    const page = await (await site.newContext()).newPage();
    await page.goto(`${site.url}/en/search/?q=${encodeURIComponent('個人情報')}`);
    await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/best-matching municipalities/);
    const cities = async () =>
      new Set(
        (
          await page.$$eval('[data-search-results] a[href]', (links) =>
            links.map((link) => link.getAttribute('href') ?? ''),
          )
        ).map((href) => href.split('/')[2]),
      );
    const before = await cities();
    const more = page.locator('[data-search-more]');
    for (let click = 0; click < 80 && (await more.isVisible()); click++) {
      await more.click();
      await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
    }
    const after = await cities();
    expect(after.size).toBeGreaterThan(before.size);
    for (const city of ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara']) expect(after).toContain(city);
    await expect.poll(() => status.textContent()).not.toMatch(/best-matching municipalities/);
  }, 120_000);
});
