import { describe, expect, it } from 'vitest';
import { englishAmounts, japaneseYen } from '../../src/lib/search/amounts.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';

describe('sums of yen asked in English', () => {
  it.each([
    ['fine of one million yen or less', '百万円'],
    ['100 million yen fine for a corporation', '一億円'],
    ['a fine of not more than 1,000,000 yen', '百万円'],
    ['ten yen per page', '十円'],
    ['21,000 yen', '二万一千円'],
    ['fifty thousand yen', '五万円'],
    ['one hundred million yen', '一億円'],
    ['3,950 yen for each hour', '三千九百五十円'],
  ])('%s is written as the texts write %s', (query, kanji) => {
    // the texts' kanji numerals, normalized as the index normalizes them
    expect(englishAmounts(query)).toEqual([normalizeForSearch(kanji).text]);
  });

  it('name no sum without a number before yen', () => {
    expect(englishAmounts('how much is it in yen')).toEqual([]);
    expect(englishAmounts('a yen for fees')).toEqual([]);
    expect(englishAmounts('fee of one million')).toEqual([]);
  });

  it('keep every unit of a sum', () => {
    expect(japaneseYen(123_456_789)).toBe('1億2345万6789円');
    expect(japaneseYen(100_000_000)).toBe('1億円');
    expect(japaneseYen(7)).toBe('7円');
  });
});
