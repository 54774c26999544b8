/**
 * Search budgets measured in headless Chromium on a built site: bytes fetched for the first query
 * of a visit and for later ones, and the time from the last keystroke to the results. Used by
 * scripts/search-bench.ts (one site, per-query table) and scripts/lib/site-scale.ts (a summary per
 * synthetic corpus size).
 */

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Page } from 'playwright-core';
import { maxOf } from '../../src/lib/arrays.ts';

/** Queries typed in order: the first one pays for loading the runtime and the index metadata. */
export const SEARCH_QUERIES = [
  '開示請求',
  '手数料',
  '１４日',
  '第26条',
  'かいじせいきゅう',
  '審議会',
  '個人情報の保護に関する法律',
  'クーポン',
] as const;

/** One response seen by the page, with the bytes a server compressing text would send. */
export interface FetchedFile {
  url: string;
  raw: number;
  gzip: number;
}

export interface ByteCount {
  raw: number;
  gzip: number;
}

export interface QueryMeasurement {
  query: string;
  firstOfVisit: boolean;
  /** the search runtime and index: `pagefind/*` and `search/vocab.dat` */
  runtimeAndIndex: ByteCount;
  /** everything fetched while the query ran, the page itself included on the first query */
  all: ByteCount;
  msAfterLastKey: number;
  files: FetchedFile[];
}

/** Bytes are gzip bytes of the runtime and index: the figures the search budget is stated in. */
export interface SearchMeasurement {
  first: { bytes: number; ms: number };
  later: { medianBytes: number; maxBytes: number; maxMs: number };
  rows: QueryMeasurement[];
}

export interface MeasureSearchOptions {
  /** where `pagefind/` and `search/` are served from instead of the site's own (a synthetic index) */
  indexRoot?: string;
  /** a visit filtered by this city (`?city=`), as a resident who picks their municipality searches */
  city?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const SEARCH_INDEX_PATH = /^\/(pagefind|search)\//;

/** Serves `siteDir`, with the search runtime and index taken from `indexRoot`. */
async function serveSite(siteDir: string, indexRoot: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const root = SEARCH_INDEX_PATH.test(path) ? indexRoot : siteDir;
    let file = join(root, path);
    if (path.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/** Types `query` into the search box and waits for the results; ms from the last keystroke. */
async function typeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('#search-q');
  await input.fill('');
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; done: number };
    w.lastKey = 0;
    w.done = 0;
    document.querySelector('#search-q')!.addEventListener('input', () => {
      w.lastKey = performance.now();
      w.done = 0;
    });
    const list = document.querySelector('[data-search-results]')!;
    new MutationObserver(() => {
      if (list.getAttribute('aria-busy') === 'false' && list.children.length > 0) w.done = performance.now();
    }).observe(list, { attributes: true, childList: true });
  });
  // 60 ms between keys: a fast typist, so the page's debounce is exercised as a visitor meets it
  await input.pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => (window as unknown as { done: number }).done > 0, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; done: number };
    return w.done - w.lastKey;
  });
}

/** Selects `city` in the search form's city filter, adding it to the list when the page lacks it. */
async function chooseCity(page: Page, city: string): Promise<void> {
  await page.evaluate((slug) => {
    const select = document.querySelector<HTMLSelectElement>('select[name="city"]')!;
    if (![...select.options].some((option) => option.value === slug)) select.add(new Option(slug, slug));
    select.value = slug;
  }, city);
}

function countBytes(files: readonly FetchedFile[], include: (file: FetchedFile) => boolean): ByteCount {
  const chosen = files.filter(include);
  return {
    raw: chosen.reduce((total, file) => total + file.raw, 0),
    gzip: chosen.reduce((total, file) => total + file.gzip, 0),
  };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Throws unless `distDir` holds a built search page: checked before any slow preparation. */
export function assertSearchPage(distDir: string): void {
  if (!existsSync(join(resolve(distDir), 'ja', 'search', 'index.html')))
    throw new Error(`No built search page in ${resolve(distDir)}: run npm run build`);
}

/**
 * Opens `distDir`'s Japanese search page in headless Chromium, types each of SEARCH_QUERIES and
 * records what each one fetched and how long its results took.
 */
export async function measureSearch(
  distDir: string,
  options: MeasureSearchOptions = {},
): Promise<SearchMeasurement> {
  assertSearchPage(distDir);
  const siteDir = resolve(distDir);
  const { server, base } = await serveSite(siteDir, resolve(options.indexRoot ?? siteDir));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath()),
    args: [
      ...sparticuz.args,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    let fetched: FetchedFile[] = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        const url = new URL(response.url()).pathname;
        // Pagefind's index files are compressed already; only text would be gzipped by a server
        const gzip = /\.(html|js|css|json)$|\/$/.test(url) ? gzipSync(body).length : body.length;
        fetched.push({ url, raw: body.length, gzip });
      } catch {
        // redirects and aborted requests have no body
      }
    });

    const rows: QueryMeasurement[] = [];
    for (const [index, query] of SEARCH_QUERIES.entries()) {
      fetched = [];
      if (index === 0) {
        await page.goto(
          `${base}/ja/search/${options.city ? `?city=${encodeURIComponent(options.city)}` : ''}`,
        );
        // a synthetic index is served with the site's own pages, whose city list lacks its cities
        if (options.city) await chooseCity(page, options.city);
      }
      const msAfterLastKey = await typeQuery(page, query);
      await page.waitForLoadState('networkidle');
      rows.push({
        query,
        firstOfVisit: index === 0,
        runtimeAndIndex: countBytes(fetched, (file) => SEARCH_INDEX_PATH.test(file.url)),
        all: countBytes(fetched, () => true),
        msAfterLastKey,
        files: fetched,
      });
    }

    const [first, ...later] = rows;
    return {
      first: { bytes: first!.runtimeAndIndex.gzip, ms: first!.msAfterLastKey },
      later: {
        medianBytes: median(later.map((row) => row.runtimeAndIndex.gzip)),
        maxBytes: maxOf(later.map((row) => row.runtimeAndIndex.gzip)),
        maxMs: maxOf(later.map((row) => row.msAfterLastKey)),
      },
      rows,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The per-query markdown table; with `listFiles`, each query's responses below its row. */
export function formatSearchRows(rows: readonly QueryMeasurement[], listFiles = false): string[] {
  const lines = [
    '| query | runtime+index fetched (raw / gzip) | all fetched (raw / gzip) | ms after last keystroke |',
    '| --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    const label = row.firstOfVisit ? `${row.query} (first of the visit)` : row.query;
    lines.push(
      `| ${label} | ${kb(row.runtimeAndIndex.raw)} / ${kb(row.runtimeAndIndex.gzip)} | ${kb(row.all.raw)} / ${kb(row.all.gzip)} | ${row.msAfterLastKey.toFixed(0)} |`,
    );
    if (listFiles) for (const file of row.files) lines.push(`    ${file.url} ${file.raw}`);
  }
  return lines;
}
