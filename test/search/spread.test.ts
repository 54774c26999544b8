import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crowded, documentOfUrl, spreadDocuments } from '../../src/lib/search/spread.ts';

const doc = (id: string) => id.split(':')[0]!;

describe('spreading the first page over documents', () => {
  it('lets a third document in when two fill the page', () => {
    // the deadline question: Hyuga and the APPI hold ten results between them, Nagareyama's page is 11th
    const ranked = [
      'hyuga:26',
      'hyuga:27',
      'appi:84',
      'appi:83',
      'hyuga:ch3',
      'appi:sec4',
      'hyuga:39',
      'appi:95',
      'hyuga:47',
      'appi:103',
      'nagareyama:h14',
    ];
    const spread = spreadDocuments(ranked, doc, 4, 10);
    expect(spread.slice(0, 10)).toContain('nagareyama:h14');
    expect(spread.slice(0, 8)).toEqual([
      'hyuga:26',
      'hyuga:27',
      'appi:84',
      'appi:83',
      'hyuga:ch3',
      'appi:sec4',
      'hyuga:39',
      'appi:95',
    ]);
    expect(spread.slice(8)).toEqual(['nagareyama:h14', 'hyuga:47', 'appi:103']);
  });

  it('leaves the first five where they are', () => {
    // a rule ranked fifth stays within the first five even when its document already has four
    const ranked = ['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6', 'b:1'];
    expect(spreadDocuments(ranked, doc, 4, 10, 5)).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'b:1', 'a:6']);
    expect(spreadDocuments(ranked, doc, 4, 10)).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'b:1', 'a:5', 'a:6']);
  });

  it('keeps a page of one document as it was when no other is found', () => {
    const ranked = ['appi:1', 'appi:2', 'appi:3', 'appi:4', 'appi:5', 'appi:6'];
    expect(spreadDocuments(ranked, doc, 4, 10)).toEqual(ranked);
  });

  it('is a reordering that keeps the first ones, lets no document pass the cap while others wait, and keeps each document’s order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (docs, cap, size, keep) => {
          const items = docs.map((d, i) => `${d}:${i}`);
          const spread = spreadDocuments(items, doc, cap, size, keep);
          expect(spread.slice(0, keep)).toEqual(items.slice(0, keep));
          expect([...spread].sort()).toEqual([...items].sort());
          for (const d of new Set(docs)) {
            const mine = (list: string[]) => list.filter((item) => doc(item) === d);
            expect(mine(spread)).toEqual(mine(items));
          }
          const page = spread.slice(0, size);
          const overfull: string[] = [...new Set(docs)].filter(
            (d) => page.filter((item) => doc(item) === d).length > cap,
          );
          // past the kept ones, a document passes the cap only when no other document's item is left off the page
          if (overfull.length > 0 && keep === 0) {
            const rest = spread.slice(size);
            expect(rest.every((item) => overfull.includes(doc(item)))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('crowded', () => {
  it('says when one document holds more than the cap', () => {
    expect(crowded(['a', 'b', 'a', 'a'], 2)).toBe(true);
    expect(crowded(['a', 'b', 'a', 'b'], 2)).toBe(false);
  });
});

describe('documentOfUrl', () => {
  it('drops the anchor', () => {
    expect(documentOfUrl('/ja/hyuga/ordinance/#art-26-p2')).toBe('/ja/hyuga/ordinance/');
  });
});
