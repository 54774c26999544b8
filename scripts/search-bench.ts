/**
 * Search budgets (they print; tests never time): bytes fetched for the first query of a visit and
 * for later ones, and the time from the last keystroke to the results, in headless Chromium on
 * the built search page (scripts/lib/search-budget.ts). With --synthetic N the index is built from
 * N synthetic municipalities (scripts/lib/synth/corpus.ts: an ordinance each, a policy for every third)
 * and served in place of the site's own index.
 *
 *   npx tsx scripts/search-bench.ts [--dist dist] [--synthetic 1000] [--city synth-0001]
 *
 * Each run measures a visit to the unfiltered page and, with --city (or a synthetic corpus, whose
 * first municipality is taken), a visit filtered by that city.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/lib/ingest/index.ts';
import { parseAny } from '../src/lib/read/index.ts';
import { type SearchSource, writeSearchIndex } from '../src/lib/search/build-index.ts';
import { collectSearchUnits } from '../src/lib/search/records.ts';
import { assertSearchPage, formatSearchRows, measureSearch } from './lib/search-budget.ts';
import { writeSyntheticCorpus } from './lib/synth/corpus.ts';

/** Writes a corpus of `cities` synthetic municipalities and its search index; the index folder. */
async function buildSyntheticIndex(cities: number): Promise<string> {
  const corpusDir = resolve(`bench-out/search-corpus-${cities}`);
  const indexRoot = resolve(`bench-out/search-index-${cities}`);
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(indexRoot, { recursive: true, force: true });
  mkdirSync(indexRoot, { recursive: true });
  const documents = writeSyntheticCorpus(
    corpusDir,
    {
      ordinance: readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8'),
      policy: readFileSync('content/sources/odawara/smart-city-privacy-policy.txt', 'utf8'),
    },
    { cities, seed: 1 },
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
      units: collectSearchUnits(parseAny(entry.file, { style, lang: entry.meta.lang })),
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
  return indexRoot;
}

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const dist = resolve(args.get('dist') ?? 'dist');
const synthetic = Number(args.get('synthetic') ?? 0);
assertSearchPage(dist);

const indexRoot = synthetic > 0 ? await buildSyntheticIndex(synthetic) : dist;
const { rows } = await measureSearch(dist, { indexRoot });
console.log(`\nEvery municipality:\n${formatSearchRows(rows, Boolean(process.env.VERBOSE)).join('\n')}`);
// a visit filtered by one municipality reads the first bundle and that municipality's only
const city = args.get('city') ?? (synthetic > 0 ? 'synth-0001' : undefined);
if (city) {
  const filtered = await measureSearch(dist, { indexRoot, city });
  console.log(
    `\nFiltered by ${city}:\n${formatSearchRows(filtered.rows, Boolean(process.env.VERBOSE)).join('\n')}`,
  );
}
