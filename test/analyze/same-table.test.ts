/**
 * 同表 repeats the appended table last cited, this document's (別表第2の上欄…同表の下欄) or another
 * law's (番号法別表第1の上欄…同表の下欄, an external anchor appx-N); 同表示 is a word.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, refAt } from './helpers.ts';

const TEXT = `○別表参照試験条例

第1条 行政手続における特定の個人を識別するための番号の利用等に関する法律（平成二十五年法律第二十七号）別表第一の上欄に掲げる者が同表の下欄に掲げる事務を処理するときは、第2条の規定による。

第2条 別表第二の上欄に掲げる者は、同表の下欄に掲げる事務を行う。同表示の方法は、第1条による。

第3条 次の表の上欄に掲げる規定中同表の中欄に掲げる字句は、同表の下欄に掲げる字句とする。

別表第一
甲　乙
別表第二
丙　丁
`;

describe('同表', () => {
  const { result, messages } = analyzeText(TEXT);

  it("repeats this document's table last cited", () => {
    expect(refAt(result, 'art-2-p1', '同表').targets).toEqual(['appx-2']);
    expect(result.references.filter((r) => r.from === 'art-2-p1').map((r) => r.text)).toEqual([
      '別表第二',
      '同表',
      '第1条',
    ]);
  });

  it('is no reference after no appended table (次の表…同表: the table printed in the text)', () => {
    expect(result.references.filter((r) => r.from.startsWith('art-3'))).toEqual([]);
  });

  it("repeats another law's table, which gets that law's anchor", () => {
    const table = refAt(result, 'art-1-p1', '同表');
    expect(table.targets).toEqual([]);
    expect(table.external).toMatchObject({ lawId: '425AC0000000027', anchor: 'appx-1' });
    expect(refAt(result, 'art-1-p1', '第2条').targets).toEqual(['art-2']);
    expect(messages.map((m) => m.reason)).toEqual([]);
  });
});
