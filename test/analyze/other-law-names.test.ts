import { describe, expect, it } from 'vitest';
import type { RefsResult } from '../../src/lib/analyze/types.ts';
import { analyzeText, refAt } from './helpers.ts';

/**
 * How far back the name of another law reaches, and which law an order's 法 and 令 are, in an
 * order or rule printed as e-Gov's pages print them (labels alone, sentences broken at links).
 * Each document has articles 1–4 of its own, so a citation read as this text's would resolve.
 */

const OWN =
  '第一条\n　この政令は、公布の日から施行する。\n第二条\n　前条の規定は、適用しない。\n第三条\n　前条に規定する事項は、公示する。\n第四条\n　前条の公示は、官報でする。\n';

function order(title: string, sentence: string, statement = ''): RefsResult {
  return analyzeText(`${title}\n（平成十六年三月一日政令第十号）\n${statement}${OWN}第五条\n　${sentence}\n`)
    .result;
}

function expectExternal(result: RefsResult, text: string, title: string | null, anchor: string): void {
  const ref = refAt(result, 'art-5-p1', text);
  expect(ref.targets, text).toEqual([]);
  expect(ref.external?.title, text).toBe(title);
  expect(ref.external?.anchor, text).toBe(anchor);
}

describe('the name of another law before a provision', () => {
  it.each([
    [
      '証券取引法等の一部を改正する法律中金融商品取引法第二条の改正規定は、適用しない。',
      '金融商品取引法第二条',
    ],
    [
      '会社法の施行に伴う関係法律の整備等に関する法律の規定による改正後の金融商品取引法第二条の規定による。',
      '金融商品取引法第二条',
    ],
    ['この政令による改正前の金融商品取引法第二条の規定は、なお効力を有する。', '金融商品取引法第二条'],
  ])('does not swallow the law it is printed in or the amendment it went through: %s', (sentence, text) => {
    expectExternal(order('試験法施行令', sentence), text, '金融商品取引法', 'art-2');
  });

  it('keeps 同法 on the law named last, in or out of such a phrase', () => {
    const result = order(
      '試験法施行令',
      '証券取引法等の一部を改正する法律中金融商品取引法第二条の改正規定及び同法第三条の規定は、適用しない。',
    );
    expectExternal(result, '同法第三条', '金融商品取引法', 'art-3');
  });

  it.each([
    [
      '日本国とアメリカ合衆国との間の相互協力及び安全保障条約第三条の規定による。',
      '安全保障条約第三条',
      'art-3',
    ],
    [
      '日本国における合衆国軍隊の地位に関する協定第二条第一項の施設には、適用しない。',
      '日本国における合衆国軍隊の地位に関する協定第二条第一項',
      'art-2-p1',
    ],
    ['国際民間航空条約第四条の航空機には、適用しない。', '国際民間航空条約第四条', 'art-4'],
    [
      '千九百七十三年の船舶による汚染の防止のための国際条約に関する千九百七十八年の議定書第一条の規定による。',
      '千九百七十三年の船舶による汚染の防止のための国際条約に関する千九百七十八年の議定書第一条',
      'art-1',
    ],
  ])('reads a treaty or agreement as another instrument, never this text: %s', (sentence, text, anchor) => {
    const ref = refAt(order('試験法施行令', sentence), 'art-5-p1', text);
    expect(ref.targets).toEqual([]);
    expect(ref.external?.anchor).toBe(anchor);
  });

  it('reads a treaty numbered in parentheses, and 同条約 after it, as that treaty', () => {
    const result = order(
      '試験法施行令',
      '国際民間航空条約\n（昭和二十八年条約第二十一号）第三条\nの航空機及び同条約第二条の領域には、適用しない。',
    );
    const named = refAt(result, 'art-5-p1', '国際民間航空条約（昭和二十八年条約第二十一号）第三条');
    expect(named.targets).toEqual([]);
    expect(named.external).toMatchObject({ lawNum: '昭和28年条約第21号', lawId: null, anchor: 'art-3' });
    expect(refAt(result, 'art-5-p1', '同条約第二条').external).toMatchObject({
      title: '国際民間航空条約',
      anchor: 'art-2',
    });
    expect(result.references.filter((r) => r.from === 'art-5-p1' && r.targets.length > 0)).toEqual([]);
  });

  it('reads this text as it stood before an amendment as another version, not as its own articles', () => {
    const result = order(
      '試験法施行令',
      'この政令による改正前の試験法施行令第二条の規定は、なお効力を有する。',
    );
    const ref = refAt(result, 'art-5-p1', '試験法施行令第二条');
    expect(ref.targets).toEqual([]);
    expect(ref.external?.anchor).toBe('art-2');
  });

  it('still reads this text named without 改正前の as its own', () => {
    const ref = refAt(
      order('試験法施行令', '試験法施行令第二条の規定は、適用しない。'),
      'art-5-p1',
      '試験法施行令第二条',
    );
    expect(ref.targets).toEqual(['art-2']);
  });
});

describe('法 and 令 in an order or rule that never defines them', () => {
  const statement =
    '　内閣は、試験法\n（平成十五年法律第六十一号）第二条\nの規定に基づき、この政令を制定する。\n';

  it('reads 法 in a 施行令 as the law it implements, numbered where the statement cites it', () => {
    const result = order(
      '試験法施行令',
      '法第三条第二項\nの規定による届出は、第一条\nの書面でする。',
      statement,
    );
    const ref = refAt(result, 'art-5-p1', '法第三条第二項');
    expect(ref.targets).toEqual([]);
    expect(ref.external).toMatchObject({ title: '試験法', lawNum: '平成15年法律第61号', anchor: 'art-3-p2' });
    expect(refAt(result, 'art-5-p1', '第一条').targets).toEqual(['art-1']);
  });

  it('reads 法 and 令 in a 施行規則 as the law and its order, even unnumbered', () => {
    const result = order('試験法施行規則', '法第三条及び令第二条の規定による。');
    expectExternal(result, '法第三条', '試験法', 'art-3');
    expectExternal(result, '令第二条', '試験法施行令', 'art-2');
  });

  it('reads the parent of an order whose title ends in 法律施行令', () => {
    const result = order('試験の実施に関する法律施行令', '法第三条の規定による。');
    expectExternal(result, '法第三条', '試験の実施に関する法律', 'art-3');
  });

  it('leaves a definition the text gives first', () => {
    const result = order('試験法施行令', '別試験法（以下「法」という。）第二条及び法第三条の規定による。');
    expect(refAt(result, 'art-5-p1', '法第三条').external?.title).toBe('別試験法');
  });
});
