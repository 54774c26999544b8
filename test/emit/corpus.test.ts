import { describe, expect, it } from 'vitest';
import { analyzeReferences } from '../../src/lib/analyze/index.ts';
import { createLawIndex } from '../../src/lib/egov/index.ts';
import { emitDocument, marksFromAnalysis, parseMdx } from '../../src/lib/emit/index.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import { readingOf, readWithAstro } from './readers.ts';

function textOf(tree: unknown): string {
  const node = tree as { type: string; value?: string; children?: unknown[] };
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

describe('the sources as the site emits them', async () => {
  const corpus = await loadCorpus('content/sources');
  const documents = corpus.documents.map((entry) => {
    const tree = parseAny(entry.file, parseOptionsFor(entry.meta));
    return { entry, tree, analysis: analyzeReferences(tree, entry.file) };
  });
  const laws = createLawIndex(
    documents.map(({ entry, tree }) => ({ city: entry.city, doc: entry.doc, tree })),
  );
  // each document is emitted once, however many tests read its MDX
  const emitted = new Map<(typeof documents)[number], ReturnType<typeof emitDocument>>();
  const emit = (document: (typeof documents)[number]) => {
    let result = emitted.get(document);
    if (!result) {
      const { tree, analysis } = document;
      result = emitDocument(tree, {
        marks: marksFromAnalysis(tree, analysis, { findLaw: (id) => laws.lawIdToDocument(id) }),
      });
      emitted.set(document, result);
    }
    return result;
  };

  it('has documents to emit', () => {
    expect(corpus.documents.length).toBeGreaterThan(0);
  });

  it.each(documents.map((document) => [`${document.entry.city}/${document.entry.doc}`, document] as const))(
    '%s: MDX with references and terms reads back as its tree, and Astro reads the same',
    (_, document) => {
      const { mdast, mdx, roundTrip } = emit(document);
      expect(roundTrip).toEqual({ ok: true });
      expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
      // The marks add elements around text, never text: the plain emission reads the same.
      expect(textOf(parseMdx(mdx))).toBe(textOf(parseMdx(emitDocument(document.tree).mdx)));
    },
  );

  it('links 第11条第2項各号 in Hyuga art. 8(2)(vi) to every item, the first as the link', () => {
    const hyuga = documents.find((document) => document.entry.city === 'hyuga')!;
    const { mdx } = emit(hyuga);
    const item = mdx.slice(mdx.indexOf('<Item id="art-8-p2-i6"'), mdx.indexOf('<Item id="art-8-p2-i7"'));
    expect(item).toMatch(/<Ref to="art-11-p2-i1 art-11-p2-i2 [^"]*">第11条第2項各号<\/Ref>/);
    expect(mdx).toMatch(/<Dfn id="def-art-2-p6" term="保有個人情報" at="art-2-p6">保有個人情報<\/Dfn>/);
    expect(mdx).toMatch(/<Term def="def-art-2-p6" at="art-2-p6">保有個人情報<\/Term>/);
    expect(mdx).toMatch(/<Ref status="dangling">第48条第2項第3号<\/Ref>/);
  });
});
