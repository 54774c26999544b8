/**
 * A law cited in a definition item right after the item's term (二　地方税　地方税法(昭和二十五年法律第
 * 二百二十六号)…): the normalised text has no spaces, but the law's name starts after the printed gap,
 * so neither the reference, the law's title nor a later abbreviation of it takes in the term.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.ts';

const TEXT = `○某町税条例

第1条　この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　国税　国が課する税をいう。
二　地方税　地方税法（昭和二十五年法律第二百二十六号）第一条第一項第十四号に規定する地方団体の徴収金をいう。
三　道路管理者　道路法（昭和二十七年法律第百八十号）第十八条第一項に規定する道路管理者をいう。

第2条　町税の賦課徴収については、地方税法（昭和二十五年法律第二百二十六号。以下「法」という。）その他の法令に定めがあるもののほか、この条例の定めるところによる。
`;

describe('a law named right after a definition item’s term', () => {
  const { result } = analyzeText(TEXT, {}, 'gap.txt');

  it('starts the reference and the title at the law’s name', () => {
    const cited = result.references.filter((r) => r.from === 'art-1-p1-i2' && r.external);
    expect(cited.map((r) => [r.text, r.external?.title])).toEqual([
      ['地方税法（昭和二十五年法律第二百二十六号）第一条第一項第十四号', '地方税法'],
    ]);
  });

  it('reads a later abbreviation of the law as its title alone', () => {
    const law = result.definitions.find((d) => d.term === '法');
    expect(law?.meaning).toBe('地方税法');
  });

  it('does not take an item whose meaning only starts with a law for an abbreviation of it', () => {
    const item = result.definitions.find((d) => d.term === '道路管理者');
    expect(item?.meaning).toBe('道路法第十八条第一項に規定する道路管理者');
    expect(item?.law).toBeUndefined();
  });
});
