import { describe, expect, it } from 'vitest';
import { analyzeText, refAt } from './helpers.ts';

// A repealed ordinance named by its title (numbered earlier), then given an abbreviation whose
// parenthesis stands between the title and the provision: the provision is the old ordinance's.
const TEXT = `○架空市個人情報保護法施行条例
第1条　この条例は、個人情報の保護に関する法律(平成15年法律第57号。以下「法」という。)の施行に関し、必要な事項を定める。
第2条　この条例で使用する用語は、法で使用する用語の例による。
附　則
(廃止)
第1条　架空市個人情報保護条例(平成10年架空市条例第3号)は、廃止する。
(経過措置)
第2条　前条の規定による廃止前の架空市個人情報保護条例(以下「旧条例」という。)第2条第1項に規定する実施機関及び同じく廃止前の架空市個人情報保護条例(以下単に「旧条例」という。)第26条の規定による請求については、なお従前の例による。
`;

describe('a law named before the parenthesis that abbreviates it', () => {
  const { result, messages } = analyzeText(TEXT);

  it('reads the provision after the parenthesis as that law’s, not this document’s', () => {
    const second = refAt(
      result,
      'suppl-1-art-2-p1',
      '架空市個人情報保護条例(以下「旧条例」という。)第2条第1項',
    );
    expect(second.targets).toEqual([]);
    expect(second.external).toMatchObject({ title: '架空市個人情報保護条例', anchor: 'art-2-p1' });
  });

  it('leaves no article this document lacks dangling', () => {
    const missing = refAt(
      result,
      'suppl-1-art-2-p1',
      '架空市個人情報保護条例(以下単に「旧条例」という。)第26条',
    );
    expect(missing.external).toMatchObject({ title: '架空市個人情報保護条例', anchor: 'art-26' });
    expect(messages.filter((message) => message.ruleId === 'dangling-reference')).toEqual([]);
  });
});
