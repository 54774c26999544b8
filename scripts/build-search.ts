/**
 * `npm run search-index` (the last step of `npm run build`): the search index of the built site —
 * one Pagefind bundle per language in dist/pagefind/{ja,en}, the vocabulary in
 * dist/search/vocab.dat — from the content build's output (trees, translations, topics). See
 * docs/search.md. It runs after `astro build` has exited, so Pagefind, which holds a whole language's
 * index in memory until it writes it, does not share the machine with the page build's memory.
 *
 *   tsx scripts/build-search.ts [dist]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/lib/search/build-index.ts';
import { readRelatedGroups } from '../src/lib/search/related-source.ts';
import { readSiteSources } from '../src/lib/search/site-sources.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(
    `search-index: no built site in ${dist}, expected the output of \`astro build\` (npm run build runs both)`,
  );
  process.exit(1);
}
const started = performance.now();
const summary = await writeSearchIndex(readSiteSources(), dist, readRelatedGroups());
console.log(
  `search-index: ${summary.records.ja} Japanese and ${summary.records.en} English records, ` +
    `${summary.vocabulary.words} words (${(summary.vocabulary.bytes / 1024).toFixed(1)} KB), ` +
    `${summary.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
