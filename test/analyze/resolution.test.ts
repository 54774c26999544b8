import { describe, expect, it } from 'vitest';
import { analyzeText, refAt, refsAt } from './helpers.ts';

/** Resolution corner cases on small national-style texts. */
const LAW = `架空法

令和三年法律第九十号

第一章　総則

（定義）

第一条　この法律において「記録」とは、文書をいう。

２　前項の規定は、次に掲げる場合には、適用しない。

一　法令に基づく場合

二　同項の規定により難い場合

３　次の各号のいずれかに該当するときは、第一項の規定を適用する。

一　本人の同意があるとき。

二　前項第一号に該当するとき。

第二条　第一条第二号に掲げる場合は、同項に規定する場合とみなす。第一条第三項第一号の規定は、準用しない。

２　前条第一項ただし書及び前項の規定にかかわらず、同号の規定を適用する。

第三条　記録は、第一章第二節の規定により保存する。

附　則

（施行期日）

第一条　この法律は、公布の日から施行する。ただし、附則第三条の規定は、令和四年四月一日から施行する。

（経過措置）

第二条　前条の規定にかかわらず、第二条の規定は、附則第一条ただし書に規定する日から適用する。

第三条　附則第一条から前条までの規定の施行に関し必要な事項は、政令で定める。

附　則（令和五年五月一日法律第十二号）

第一条　この法律は、公布の日から施行する。ただし、第二条及び附則第三条の規定は、公布の日から起算して一年を経過した日から施行する。

第二条　前条の規定による改正後の架空法第一条第一項の規定は、この法律の施行の日以後にされた請求について適用する。
`;

describe('resolution corner cases', () => {
  const { result, messages } = analyzeText(LAW);
  const reported = (text: string, rule: string) =>
    messages.some((m) => m.ruleId === rule && m.reason.includes(`\`${text}\``));

  it('reads an item of paragraph 3 named with its paragraph, and 前項 from an item of paragraph 3', () => {
    expect(refAt(result, 'art-1-p3', '第一項').targets).toEqual(['art-1-p1']);
    expect(refAt(result, 'art-1-p3-i2', '前項第一号').targets).toEqual(['art-1-p2-i1']);
  });

  it('reports 第N条第M号 in an article whose several paragraphs have items as ambiguous', () => {
    const ref = refAt(result, 'art-2-p1', '第一条第二号');
    expect(ref.targets).toEqual([]);
    expect(ref.resolved).toBe(false);
    expect(reported('第一条第二号', 'ambiguous-reference')).toBe(true);
    expect(refAt(result, 'art-2-p1', '第一条第三項第一号').targets).toEqual(['art-1-p3-i1']);
  });

  it('reads 同項 in an item as the paragraph its lead-in mentioned', () => {
    expect(refAt(result, 'art-1-p2-i2', '同項').targets).toEqual(['art-1-p1']);
  });

  it('reports 同号 with no item mentioned before it, as an info', () => {
    expect(refAt(result, 'art-2-p2', '同号').resolved).toBe(false);
    expect(reported('同号', 'unresolved-reference')).toBe(true);
    expect(messages.find((m) => m.ruleId === 'unresolved-reference')?.fatal).toBeUndefined();
  });

  it('reports a section a chapter does not have as dangling, as a warning', () => {
    expect(refAt(result, 'art-3-p1', '第一章第二節').targets).toEqual([]);
    expect(reported('第一章第二節', 'dangling-reference')).toBe(true);
    expect(messages.find((m) => m.ruleId === 'dangling-reference')?.fatal).toBe(false);
  });

  it('reads 附則第N条 and 前条 in supplementary provisions with articles', () => {
    expect(refAt(result, 'suppl-1-art-1-p1', '附則第三条').targets).toEqual(['suppl-1-art-3']);
    expect(refAt(result, 'suppl-1-art-2-p1', '前条').targets).toEqual(['suppl-1-art-1']);
    // 第二条 in the law's own supplementary provisions is the main provisions'
    expect(refAt(result, 'suppl-1-art-2-p1', '第二条').targets).toEqual(['art-2']);
    expect(refAt(result, 'suppl-1-art-2-p1', '附則第一条ただし書').targets).toEqual(['suppl-1-art-1']);
    expect(refAt(result, 'suppl-1-art-3-p1', '附則第一条から前条まで').targets).toEqual([
      'suppl-1-art-1',
      'suppl-1-art-2',
    ]);
  });

  it('reads an amending act’s own articles as that act’s, and the amended law by its title as this one', () => {
    const own = refAt(result, 'suppl-2-art-1-p1', '第二条');
    expect(own.targets).toEqual([]);
    expect(own.external).toMatchObject({
      lawNum: '令和5年法律第12号',
      lawId: '505AC0000000012',
      anchor: 'art-2',
    });
    // 附則第三条 of the amending act: its supplementary provisions, where this excerpt stands
    expect(refAt(result, 'suppl-2-art-1-p1', '附則第三条').external?.lawId).toBe('505AC0000000012');
    expect(refAt(result, 'suppl-2-art-2-p1', '前条').targets).toEqual(['suppl-2-art-1']);
    expect(refAt(result, 'suppl-2-art-2-p1', '架空法第一条第一項').targets).toEqual(['art-1-p1']);
  });

  it('resolves or reports every reference', () => {
    const at = new Set(
      messages.flatMap((m) => (m.place && 'start' in m.place ? [m.place.start.offset] : [])),
    );
    expect(result.references.filter((r) => !r.resolved && !at.has(r.start))).toEqual([]);
  });
});

describe('各号 and 前N条 resolved in the tree', () => {
  const { result } = analyzeText(
    [
      '○参照試験条例',
      '',
      '第1条 この条例は、目的を定める。',
      '',
      '第2条 市長は、次の各号に掲げる事項を定める。',
      '一 甲',
      '二 乙',
      '',
      '第3条 前二条の規定は、次の各号のいずれかに該当するときは、適用しない。この場合において、当該各号に定める者は、各号の区分に応じ届け出る。',
      '一 丙',
      '二 丁',
      '2 第2条各号に掲げる事項のうち当該各号に定めるものは、前3条に定める手続による。',
      '',
      '第4条 前2条及び前条の規定は、第3条第1項各号に掲げる者が行う当該各号に定める業務に適用する。',
      '',
    ].join('\n'),
  );
  const at = (from: string, text: string) => refsAt(result, from, text).map((r) => r.targets);

  it('reads 次の各号, 当該各号 and 各号 alone as the items of their paragraph', () => {
    expect(at('art-2-p1', '次の各号')).toEqual([['art-2-p1-i1', 'art-2-p1-i2']]);
    expect(at('art-3-p1', '次の各号')).toEqual([['art-3-p1-i1', 'art-3-p1-i2']]);
    expect(at('art-3-p1', '当該各号')).toEqual([['art-3-p1-i1', 'art-3-p1-i2']]);
    expect(at('art-3-p1', '各号')).toEqual([['art-3-p1-i1', 'art-3-p1-i2']]);
  });

  it('reads 当該各号 after 第N条各号 as those items', () => {
    expect(at('art-3-p2', '当該各号')).toEqual([['art-2-p1-i1', 'art-2-p1-i2']]);
    expect(at('art-4-p1', '当該各号')).toEqual([['art-3-p1-i1', 'art-3-p1-i2']]);
  });

  it('reads 前N条 as the N preceding articles, and reports more than there are', () => {
    expect(at('art-3-p1', '前二条')).toEqual([['art-1', 'art-2']]);
    expect(at('art-4-p1', '前2条')).toEqual([['art-2', 'art-3']]);
    expect(at('art-4-p1', '前条')).toEqual([['art-3']]);
    const tooMany = refsAt(result, 'art-3-p2', '前3条')[0]!;
    expect(tooMany.targets).toEqual([]);
    expect(tooMany.resolved).toBe(false);
  });
});
