import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedBy, enclosingAnchors } from '../../src/lib/analyze/index.ts';
import { analyzeFile, FIXTURES } from './helpers.ts';

describe('cited-by lists', () => {
  const { result } = analyzeFile(join(FIXTURES, 'municipal.txt'));
  const cited = citedBy(result);

  it('walks an anchor up to its paragraph and article', () => {
    expect(enclosingAnchors('art-11-p2-i3-s1')).toEqual(['art-11-p2-i3', 'art-11-p2', 'art-11']);
    expect(enclosingAnchors('suppl-1-art-2-p1')).toEqual(['suppl-1-art-2']);
    expect(enclosingAnchors('ch-2-sec-1')).toEqual([]);
  });

  it('lists, for a paragraph, the places citing it or something inside it', () => {
    const p2 = cited.get('art-3-p2')!.map((c) => [c.from, c.text, c.direct]);
    expect(p2).toContainEqual(['art-4-p1', '前条第2項第3号', false]);
    expect(p2).toContainEqual(['art-4-p2', '第3条第2項ただし書', true]);
    // 前項各号 in art-3-p3 is inside article 3 but not inside paragraph 2
    expect(p2).toContainEqual(['art-3-p3', '前項各号', false]);
  });

  it('lists, for an article, citations from elsewhere only', () => {
    const art3 = cited.get('art-3')!;
    expect(art3.every((c) => !c.from.startsWith('art-3-'))).toBe(true);
    expect(art3.map((c) => c.from)).toEqual(
      expect.arrayContaining(['art-4-p1', 'art-4-p2', 'art-6-p3', 'art-6-p4']),
    );
  });

  it('expands ranges and lists to every target', () => {
    for (const art of ['art-2', 'art-3', 'art-4', 'art-5']) {
      expect(cited.get(art)!.some((c) => c.from === 'art-6-p2' && c.text === '第2条から前条まで')).toBe(true);
    }
    expect(cited.get('art-10')!.some((c) => c.from === 'suppl-1-p2')).toBe(true);
  });

  it('never lists references into other laws', () => {
    const anchors = [...cited.keys()];
    expect(anchors.some((a) => a === 'art-244_2-p3' || a === 'art-19')).toBe(false);
  });
});
