/**
 * Search budgets (they print; tests never time): bytes fetched for the first query of a visit and
 * for later ones, and the time from the last keystroke to the results, in headless Chromium on
 * the built search page. With --synthetic N the index is built from N synthetic municipalities
 * (src/lib/synth/corpus.ts: an ordinance each, a policy for every third) and served in place of
 * the site's own index.
 *
 *   npx tsx scripts/search-bench.ts [--dist dist] [--synthetic 1000]
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sparticuz from '@sparticuz/chromium';
import { chromium } from 'playwright-core';
import { loadCorpus } from '../src/lib/ingest/index.ts';
import { parseSource } from '../src/lib/parse/index.ts';
import { type SearchSource, writeSearchIndex } from '../src/lib/search/build-index.ts';
import { collectSearchUnits } from '../src/lib/search/records.ts';
import { writeSyntheticCorpus } from '../src/lib/synth/corpus.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const dist = resolve(args.get('dist') ?? 'dist');
const synthetic = Number(args.get('synthetic') ?? 0);
if (!existsSync(join(dist, 'ja', 'search', 'index.html')))
  throw new Error(`No built search page in ${dist}: run npm run build`);

/** Where the index is served from: the site's own, or one built from a synthetic corpus. */
let indexRoot = dist;
if (synthetic > 0) {
  const corpusDir = resolve(`bench-out/search-corpus-${synthetic}`);
  indexRoot = resolve(`bench-out/search-index-${synthetic}`);
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(indexRoot, { recursive: true, force: true });
  mkdirSync(indexRoot, { recursive: true });
  const documents = writeSyntheticCorpus(
    corpusDir,
    {
      ordinance: readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8'),
      policy: readFileSync('content/sources/odawara/smart-city-privacy-policy.txt', 'utf8'),
    },
    { cities: synthetic, seed: 1 },
  );
  const corpus = await loadCorpus(corpusDir);
  const started = performance.now();
  const sources: SearchSource[] = corpus.documents.map((entry) => {
    const city = corpus.cities.find((candidate) => candidate.city === entry.city)!;
    const style = entry.meta.kind === 'policy' ? 'policy' : 'law';
    return {
      city: entry.city,
      doc: entry.doc,
      kind: entry.meta.kind,
      lang: entry.meta.lang,
      title: entry.meta.title,
      cityName: city.meta.name,
      units: collectSearchUnits(parseSource(entry.file, { style, lang: entry.meta.lang })),
    };
  });
  const parsed = performance.now();
  const summary = await writeSearchIndex(sources, indexRoot);
  const built = performance.now();
  console.log(
    `synthetic corpus: ${documents} documents, ${summary.records.ja} + ${summary.records.en} records; ` +
      `parse ${((parsed - started) / 1000).toFixed(1)} s, index ${((built - parsed) / 1000).toFixed(1)} s, ` +
      `vocabulary ${summary.vocabulary.words} words (${(summary.vocabulary.bytes / 1024).toFixed(1)} KB)`,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const root = /^\/(pagefind|search)\//.test(path) ? indexRoot : dist;
  let file = join(root, path);
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const body = readFileSync(file);
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(body);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

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
const page = await browser.newPage();
interface Fetched {
  url: string;
  raw: number;
  gzip: number;
}
let fetched: Fetched[] = [];
page.on('response', async (response) => {
  try {
    const body = await response.body();
    const url = new URL(response.url()).pathname;
    const compressed = /\.(html|js|css|json)$|\/$/.test(url) ? gzipSync(body).length : body.length;
    fetched.push({ url, raw: body.length, gzip: compressed });
  } catch {
    // redirects and aborted requests have no body
  }
});

/** Type `query` into the search box and wait for the results; ms from the last keystroke. */
async function typeQuery(query: string): Promise<number> {
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
  await input.pressSequentially(query, { delay: 60 });
  await page.waitForFunction(() => (window as unknown as { done: number }).done > 0, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { lastKey: number; done: number };
    return w.done - w.lastKey;
  });
}

const sum = (list: Fetched[], key: 'raw' | 'gzip', filter: (f: Fetched) => boolean = () => true) =>
  list.filter(filter).reduce((total, entry) => total + entry[key], 0);
const isIndex = (entry: Fetched) => /^\/(pagefind|search)\//.test(entry.url);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const QUERIES = [
  '開示請求',
  '手数料',
  '１４日',
  '第26条',
  'かいじせいきゅう',
  '審議会',
  '個人情報の保護に関する法律',
  'クーポン',
];
console.log(
  `\n| query | runtime+index fetched (raw / gzip) | all fetched (raw / gzip) | ms after last keystroke |`,
);
console.log('| --- | --- | --- | --- |');
for (const [index, query] of QUERIES.entries()) {
  if (index === 0) {
    fetched = [];
    await page.goto(`${base}/ja/search/`);
  } else {
    fetched = [];
  }
  const ms = await typeQuery(query);
  await page.waitForLoadState('networkidle');
  const label = index === 0 ? `${query} (first of the visit)` : query;
  console.log(
    `| ${label} | ${kb(sum(fetched, 'raw', isIndex))} / ${kb(sum(fetched, 'gzip', isIndex))} | ${kb(sum(fetched, 'raw'))} / ${kb(sum(fetched, 'gzip'))} | ${ms.toFixed(0)} |`,
  );
  if (process.env.VERBOSE) for (const entry of fetched) console.log(`    ${entry.url} ${entry.raw}`);
}
await browser.close();
server.close();
