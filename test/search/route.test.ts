/**
 * The route table of a split index (route.ts): a search names every bundle holding a record it
 * could find, and only those, with Pagefind's matching (every word, prefixes, English stems).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeKey } from '../../src/lib/search/encode.ts';
import {
  formatParts,
  isDocumentCitation,
  parseParts,
  partOfRouteId,
  RouteIndex,
  type RouteShard,
  RouteTable,
  stemPrefix,
} from '../../src/lib/search/route.ts';

const record = (content: string, caption = '') => ({ content, meta: { c: caption, t: '', x: '', d: '' } });

/** A route index over `table`, counting the shards it fetches. */
function indexOf(table: RouteTable) {
  const { meta, shards } = table.shards();
  const fetched: number[] = [];
  const index = new RouteIndex(meta, async (shard) => {
    fetched.push(shard);
    return JSON.parse(JSON.stringify(shards[shard])) as RouteShard;
  });
  return { index, fetched, meta };
}

async function partsFound(index: RouteIndex, term: string): Promise<number[]> {
  return (await index.search(term)).results.map((result) => partOfRouteId(result.id)!);
}

describe('bundle numbers as ranges', () => {
  it('round-trips any set of bundles', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 2_000 }), { maxLength: 200 }), (parts) => {
        expect(parseParts(formatParts(new Set(parts)))).toEqual([...parts].sort((a, b) => a - b));
      }),
    );
    const every = new Set(Array.from({ length: 749 }, (_, index) => index + 2));
    expect(formatParts(every)).toBe('2-750');
    expect(formatParts(new Set([2, 3, 4, 70, 90, 100]))).toBe('2-4,70,90,100');
    // a scattered fifth of 750 bundles: a bit each
    const scattered = new Set([...every].filter((part) => part % 5 === 0));
    expect(formatParts(scattered).length).toBeLessThanOrEqual(130);
  });
});

describe('the route of a search', () => {
  const kaiji = encodeKey('開示');
  const seikyu = encodeKey('請求');
  const tesuryo = encodeKey('手数料');
  const rare = encodeKey('特定個人情報');

  const table = new RouteTable(6);
  // bundles 2-5 hold the common words; only bundle 6, a small town, holds the rare one
  for (const part of [2, 3, 4, 5]) table.add(part, record(`${kaiji} ${seikyu} payments`));
  table.add(4, record(tesuryo, tesuryo));
  table.add(5, record(tesuryo));
  table.add(6, record(`${kaiji} ${rare} disclosure`));

  it('names exactly the bundles holding every word', async () => {
    const { index } = indexOf(table);
    expect((await partsFound(index, `${kaiji} ${seikyu}`)).sort()).toEqual([2, 3, 4, 5]);
    expect(await partsFound(index, rare)).toEqual([6]);
    expect(await partsFound(index, `${kaiji} ${rare}`)).toEqual([6]);
    expect(await partsFound(index, `${seikyu} ${rare}`)).toEqual([]);
  });

  it('names a bundle exactly when one of its records could match (property)', async () => {
    const vocabulary = ['開示', '開示請求', '請求', '手数料', '期限', '日向', '審議会', '罰則'].map((word) =>
      encodeKey(word),
    );
    const bundle = fc.array(fc.array(fc.constantFrom(...vocabulary), { maxLength: 5 }), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(bundle, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }),
        async (bundles, query) => {
          const table = new RouteTable(bundles.length + 1);
          bundles.forEach((records, index) => {
            for (const words of records) table.add(index + 2, record(words.join(' ')));
          });
          const { index } = indexOf(table);
          // every word of the query in the bundle (Pagefind: a query word matches the words it begins)
          const expected = bundles
            .map((records, index) => ({ part: index + 2, words: records.flat() }))
            .filter(({ words }) => query.every((q) => words.some((word) => word.startsWith(q))))
            .map(({ part }) => part);
          expect((await partsFound(index, query.join(' '))).sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });

  it('puts a bundle holding the word in a caption first', async () => {
    const { index } = indexOf(table);
    expect(await partsFound(index, tesuryo)).toEqual([4, 5]);
  });

  it('matches prefixes, as Pagefind does for a word being typed', async () => {
    const { index } = indexOf(table);
    expect((await partsFound(index, rare.slice(0, 9))).sort()).toContain(6);
    expect(await partsFound(index, `"${kaiji} ${rare}"`)).toEqual([6]);
  });

  it('matches English words by their stem', async () => {
    const { index } = indexOf(table);
    expect(await partsFound(index, 'disclosures')).toEqual([6]);
    expect((await partsFound(index, 'payment')).sort()).toEqual([2, 3, 4, 5]);
  });

  it('fetches only the shards of the query’s words', async () => {
    const big = new RouteTable(3);
    for (let n = 0; n < 500; n++) big.add(2 + (n % 2), record(encodeKey(`語${n}`)));
    const { index, fetched, meta } = indexOf(big);
    expect(meta.shards.length).toBeGreaterThan(3);
    expect(await partsFound(index, encodeKey('語499'))).toEqual([3]);
    // a prefix finds the words it begins: 語7 is also the start of 語70 … 語79
    expect((await partsFound(index, encodeKey('語7'))).sort()).toEqual([2, 3]);
    expect(fetched.length).toBeLessThanOrEqual(2);
  });

  it('leaves out citations of an article in its own document', () => {
    expect(isDocumentCitation(encodeKey('§hyuga/ordinance#art-26'))).toBe(true);
    expect(isDocumentCitation(encodeKey('§art-26'))).toBe(false);
    expect(isDocumentCitation('article')).toBe(false);
  });
});

describe('English stems', () => {
  it('are a prefix of every form a stemmer reads alike', () => {
    for (const [a, b] of [
      ['copies', 'copy'],
      ['disclosures', 'disclosure'],
      ['disclosed', 'disclose'],
      ['requesting', 'request'],
      ['privacy', 'privacies'],
      ['penalties', 'penalty'],
      ['fee', 'fees'],
    ] as const) {
      expect(b.startsWith(stemPrefix(a)), `${a} → ${stemPrefix(a)}`).toBe(true);
      expect(a.startsWith(stemPrefix(b)), `${b} → ${stemPrefix(b)}`).toBe(true);
    }
    expect(stemPrefix(encodeKey('開示'))).toBe(encodeKey('開示'));
    expect(stemPrefix('26')).toBe('26');
  });
});
