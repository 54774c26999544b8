/**
 * `npm run bench:site`: the weight and stability budget of document pages (docs/performance.md).
 *
 * For each page measured: the HTML and every stylesheet and script it loads (search excluded: the
 * search page's assets and Pagefind's), raw, gzip and brotli, against the budget of 100 KB
 * compressed; and the layout shift (CLS) in Chromium while the page loads, folds its contents,
 * applies ?view= and opens a preview, at a desktop and a phone width.
 * Builds the site first when dist/ is older than its inputs. Exits 1 when a page is over budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DIST, ensureSiteBuilt, openSiteBrowser } from './lib/site-harness.ts';

/** Compressed HTML + CSS + JS of one page, in bytes. */
export const PAGE_BUDGET = 100 * 1024;
/** Largest acceptable cumulative layout shift (Core Web Vitals "good"). */
export const CLS_BUDGET = 0.1;

const PAGES = [
  '/ja/hyuga/personal-information-protection-ordinance/',
  '/en/hyuga/personal-information-protection-ordinance/',
];

/** Sizes of a page and its assets. */
export interface PageWeight {
  path: string;
  files: Array<{ file: string; raw: number; gzip: number; brotli: number }>;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Assets a page loads: stylesheets and scripts with a `src`, except search's. */
function assetsOf(html: string): string[] {
  const found = [
    ...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
  ].map((match) => match[1]!);
  return [...new Set(found)].filter((href) => href.startsWith('/') && !/pagefind|search/i.test(href));
}

/** Weigh a built page: its HTML and the assets it loads. */
export function weighPage(path: string, root = DIST): PageWeight {
  const html = readFileSync(join(root, path, 'index.html'));
  const files = [
    { file: `${path}index.html`, content: html },
    ...assetsOf(html.toString('utf8')).map((href) => ({
      file: href,
      content: readFileSync(join(root, href)),
    })),
  ].map(({ file, content }) => ({
    file,
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, file) => total + file[key], 0);
  return { path, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** Cumulative layout shift of a page, while it loads and while a reader uses it. */
export async function measureShift(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const total = { value: 0 };
      (window as unknown as { __cls: typeof total }).__cls = total;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<
          PerformanceEntry & { value: number; hadRecentInput: boolean }
        >)
          if (!entry.hadRecentInput) total.value += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    await page.locator('a.ref').first().focus();
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    return await page.evaluate(() => (window as unknown as { __cls: { value: number } }).__cls.value);
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  await ensureSiteBuilt();
  const site = await openSiteBrowser();
  let over = 0;
  try {
    for (const path of PAGES) {
      const weight = weighPage(path);
      console.log(`${path}`);
      for (const file of weight.files) {
        console.log(
          `  ${file.file.padEnd(72)} ${kb(file.raw).padStart(9)} raw ${kb(file.gzip).padStart(8)} gzip ${kb(file.brotli).padStart(8)} br`,
        );
      }
      const compressed = Math.max(weight.gzip, weight.brotli);
      const verdict = compressed <= PAGE_BUDGET ? 'within' : 'OVER';
      if (compressed > PAGE_BUDGET) over++;
      console.log(
        `  total ${kb(weight.raw)} raw, ${kb(weight.gzip)} gzip, ${kb(weight.brotli)} brotli: ${verdict} the ${kb(PAGE_BUDGET)} budget`,
      );
      for (const [label, query, width] of [
        ['desktop', '', 1280],
        ['phone', '', 390],
        ['phone, ?view=trans', '?view=trans', 390],
      ] as const) {
        const shift = await measureShift(site.browser, `${site.url}${path}${query}`, width);
        if (shift > CLS_BUDGET) over++;
        console.log(
          `  layout shift (${label}, ${width}px): ${shift.toFixed(4)}${shift > CLS_BUDGET ? ' OVER' : ''}`,
        );
      }
    }
  } finally {
    await site.close();
  }
  return over > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
