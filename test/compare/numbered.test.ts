import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { numberedText } from '../../src/lib/compare/present.ts';
import { findNode } from '../../src/lib/compare/units.ts';
import { loadSeeds, seed } from './seeds.ts';

describe('the text of a topic card', () => {
  let corpus: CompareCorpus;
  beforeAll(async () => {
    corpus = await loadSeeds();
  });

  it('keeps the paragraph and item numbers of an article', () => {
    const tree = seed(corpus, 'hyuga').tree;
    const article = findNode(tree, 'art-26')!;
    const lines = numberedText(article).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^[2２] 前項の規定にかかわらず/);
    const items = numberedText(findNode(tree, 'art-27')!).split('\n');
    expect(items.some((line) => /^\(?[1１]\)? /.test(line))).toBe(true);
  });

  it('keeps a page section to its own lines, without its sub-headings', () => {
    const tree = seed(corpus, 'nagareyama').tree;
    const text = numberedText(findNode(tree, 'h-14')!);
    expect(text).toContain('原則として請求書を提出した日の翌日から起算して14日以内');
  });
});
