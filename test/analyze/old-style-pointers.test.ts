import { describe, expect, it } from 'vitest';
import { analyzeText, refAt } from './helpers.ts';

/**
 * Old laws (明治–昭和初期, katakana) count with 條 and 號, write ranges with 乃至 and no まで,
 * and their connectives in katakana (及ヒ, 又ハ, 若クハ): each points where the modern form does.
 */
const LAW = [
  '第一條　甲ハ之ヲ定ム',
  '第二條　乙ハ左ノ如シ',
  '一　丙',
  '二　丁',
  '第三條　丙ハ之ヲ定ム',
  '第四條　第一條乃至第三條ノ規定ハ丁ニ之ヲ準用ス',
  '第五條　第一條及ヒ第三條ノ規定又ハ第四條ノ規定ハ此限ニ在ラス',
  '第六條　第二條第二號若クハ第三條ニ掲ケタル者ハ此限ニ在ラス',
  '第七條　第一条ないし第三条の規定は、戊に準用する。',
  '',
].join('\n');

describe('pointers of old laws', () => {
  const { result } = analyzeText(LAW);

  it('reads 第N條 and 第N號 as articles and items', () => {
    expect(refAt(result, 'art-6-p1', '第二條第二號').targets).toEqual(['art-2-p1-i2']);
    expect(refAt(result, 'art-6-p1', '第三條').targets).toEqual(['art-3']);
  });

  it('reads 乃至 and ないし as a range without まで', () => {
    expect(refAt(result, 'art-4-p1', '第一條乃至第三條').targets).toEqual(['art-1', 'art-2', 'art-3']);
    expect(refAt(result, 'art-7-p1', '第一条ないし第三条').targets).toEqual(['art-1', 'art-2', 'art-3']);
  });

  it('joins a list over katakana connectives (及ヒ, 又ハ)', () => {
    expect(refAt(result, 'art-5-p1', '第一條').targets).toEqual(['art-1']);
    expect(refAt(result, 'art-5-p1', '第三條').targets).toEqual(['art-3']);
    expect(refAt(result, 'art-5-p1', '第四條').targets).toEqual(['art-4']);
  });
});

describe('katakana particles after a 號 and before a law name', () => {
  const { result } = analyzeText(
    [
      '第一條　甲ハ左ニ掲ク',
      '一　丙',
      '二　丁',
      '第二條　前條第一號ニ掲ケタル者ハ同條第二號ノ規定ニ依ル',
      '第三條　前條ノ規定ハ商法（明治三十二年法律第四十八號）第五十二條第二項ノ會社ニ之ヲ準用ス',
      '',
    ].join('\n'),
  );

  it('reads ニ and ノ after 號 as particles, not sub-item letters', () => {
    expect(refAt(result, 'art-2-p1', '前條第一號').targets).toEqual(['art-1-p1-i1']);
    expect(refAt(result, 'art-2-p1', '同條第二號').targets).toEqual(['art-1-p1-i2']);
  });

  it('ends a law name at the topic particle ハ', () => {
    const ref = refAt(result, 'art-3-p1', '商法（明治三十二年法律第四十八號）第五十二條第二項');
    expect(ref.external?.anchor).toBe('art-52-p2');
  });
});
