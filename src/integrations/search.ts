/**
 * Astro integration: after the pages are built, write the search index (Pagefind bundle in
 * dist/pagefind, vocabulary in dist/search/vocab.dat) from the document trees. See docs/search.md.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search/build-index.ts';
import { addTopics, readSiteSources } from '../lib/search/site-sources.ts';

/** The search index integration; register it in astro.config.mjs. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'reiki-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        let sources = readSiteSources();
        try {
          sources = await addTopics(sources);
        } catch (error) {
          // Topics are a filter, not the search: index without them rather than fail the build.
          logger.warn(`No topics for the topic filter (src/lib/compare failed): ${String(error)}`);
        }
        const summary = await writeSearchIndex(sources, fileURLToPath(dir));
        logger.info(
          `${summary.records.ja} Japanese and ${summary.records.en} English records, ` +
            `${summary.vocabulary.words} words (${(summary.vocabulary.bytes / 1024).toFixed(1)} KB) ` +
            `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
