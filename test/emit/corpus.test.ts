import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/lib/emit/index.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { readingOf, readWithAstro } from './readers.ts';

describe('the sources as the site emits them', async () => {
  const corpus = await loadCorpus('content/sources');

  it('has documents to emit', () => {
    expect(corpus.documents.length).toBeGreaterThan(0);
  });

  it.each(corpus.documents.map((entry) => [`${entry.city}/${entry.doc}`, entry] as const))(
    '%s: MDX reads back as its tree, and Astro reads the same',
    (_, entry) => {
      const style = entry.meta.kind === 'page' ? 'page' : entry.meta.kind === 'policy' ? 'policy' : 'law';
      const { mdast, mdx, roundTrip } = emitDocument(
        parseSource(entry.file, { lang: entry.meta.lang, style }),
      );
      expect(roundTrip).toEqual({ ok: true });
      expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
    },
  );
});
