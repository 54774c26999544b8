/**
 * Which bundles of a split index a search reads: the national laws in the first bundle, which
 * every search loads, and a search filtered by a municipality adds only that municipality's.
 */
import { describe, expect, it } from 'vitest';
import { type SearchSource, splitForBundles } from '../../src/lib/search/build-index.ts';
import { bundlesFor } from '../../src/lib/search/paths.ts';

const source = (city: string, units: number): SearchSource =>
  ({ city, doc: 'doc', units: Array.from({ length: units }) }) as unknown as SearchSource;
const cities = (parts: SearchSource[][]) => parts.map((part) => part.map((entry) => entry.city));

describe('the national laws in a split index', () => {
  it('come first, in a bundle of their own, wherever the corpus lists them', () => {
    const sources = [source('a', 30), source('national', 50), source('b', 40), source('c', 10)];
    expect(cities(splitForBundles(sources, 60))).toEqual([['national'], ['a'], ['b', 'c']]);
  });

  it('stay with the municipalities when the index is not split', () => {
    const sources = [source('a', 30), source('national', 50)];
    expect(cities(splitForBundles(sources, 1_000))).toEqual([['a', 'national']]);
    expect(cities(splitForBundles([source('national', 500)], 100))).toEqual([['national']]);
  });
});

describe('the bundles a search reads', () => {
  const data = { bundles: { ja: 4, en: 4 }, cityBundles: { national: 1, a: 2, b: 3, c: 3, d: 4 } };

  it('filtered by a municipality: the first and that municipality’s', () => {
    expect(bundlesFor(data, 'ja', 'c')).toEqual([3]);
    expect(bundlesFor(data, 'en', 'national')).toEqual([]);
  });

  it('without a filter, or for a city the index does not know: every bundle', () => {
    expect(bundlesFor(data, 'ja', undefined)).toEqual([2, 3, 4]);
    expect(bundlesFor(data, 'ja', 'nowhere')).toEqual([2, 3, 4]);
    expect(bundlesFor({}, 'ja', 'a')).toEqual([]);
  });
});
