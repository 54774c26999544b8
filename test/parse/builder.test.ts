import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { TreeBuilder } from '../../src/lib/parse/builder.ts';
import type { DocumentNode, Parent } from '../../src/lib/tree/types.ts';

function builder(source: string) {
  const root: DocumentNode = { type: 'document', style: 'law', lang: 'ja', children: [] };
  return { root, b: new TreeBuilder(root, source, new VFile({ value: source })) };
}

describe('TreeBuilder ranks', () => {
  it('keeps each opened node’s rank, closes by rank, and ranks unknown nodes 0', () => {
    const { root, b } = builder('第1条 本文\n2 次項\n');
    const article: Parent = { type: 'article', children: [] };
    const paragraph: Parent = { type: 'paragraph', children: [] };
    b.open(article, 10);
    b.open(paragraph, 20);
    expect(b.rankOf(root)).toBe(0);
    expect(b.rankOf(article)).toBe(10);
    expect(b.rankOf(paragraph)).toBe(20);
    expect(b.rankOf({ type: 'item', children: [] })).toBe(0);
    const second: Parent = { type: 'paragraph', children: [] };
    b.open(second, 20);
    expect(b.stack).toEqual([root, article, second]);
    b.closeRank(10);
    expect(b.current).toBe(root);
    // a closed node keeps its rank
    expect(b.rankOf(paragraph)).toBe(20);
  });
});
