import { describe, expect, it } from 'vitest';
import { externalAnchor } from '../../src/lib/analyze/external.ts';
import { findLawMentions } from '../../src/lib/analyze/laws.ts';
import { normalizeForMatching } from '../../src/lib/analyze/normalize.ts';
import { egovUrl, parseLawNumber } from '../../src/lib/text/law-number.ts';
import { analyzeText, refAt } from './helpers.ts';

describe('law numbers and e-Gov law IDs', () => {
  it.each([
    ['昭和22年法律第67号', '昭和22年法律第67号', '322AC0000000067'],
    ['平成十五年法律第五十七号', '平成15年法律第57号', '415AC0000000057'],
    ['明治29年法律第89号', '明治29年法律第89号', '129AC0000000089'],
    ['令和元年法律第16号', '令和1年法律第16号', '501AC0000000016'],
    // an amendment's label carries the date, the law number does not
    ['平成一五年五月三〇日法律第六一号', '平成15年法律第61号', '415AC0000000061'],
    ['平成15年政令第507号', '平成15年政令第507号', '415CO0000000507'],
    // acts introduced by members of the Diet: the documented exceptions
    ['平成10年法律第7号', '平成10年法律第7号', '410AC1000000007'],
    ['平成13年法律第31号', '平成13年法律第31号', '413AC0100000031'],
    // municipal enactments are outside e-Gov
    ['平成12年日向市条例第46号', '平成12年日向市条例第46号', 'ordinance:平成12年日向市条例第46号'],
    ['令和4年12月16日条例第28号', '令和4年12月16日条例第28号', 'ordinance:令和4年12月16日条例第28号'],
    ['平成28年2月22日条例第2号抄', '平成28年2月22日条例第2号', 'ordinance:平成28年2月22日条例第2号'],
    ['平成18年日向市規則第3号', '平成18年日向市規則第3号', 'ordinance:平成18年日向市規則第3号'],
  ])('%s → %s, %s', (printed, lawNum, lawId) => {
    expect(parseLawNumber(normalizeForMatching(printed).text)).toMatchObject({ lawNum, lawId });
  });

  it('keeps the number but no ID for ministerial ordinances and commission rules', () => {
    expect(parseLawNumber('平成28年個人情報保護委員会規則第3号')).toEqual({
      lawNum: '平成28年個人情報保護委員会規則第3号',
      kind: 'ministerial',
      lawId: null,
    });
  });

  it('builds anchors and deep links: branch articles, items of a one-paragraph article', () => {
    expect(externalAnchor({ article: '244_2', paragraph: '3' })).toBe('art-244_2-p3');
    expect(externalAnchor({ article: '2', item: '2' })).toBe('art-2-p1-i2');
    expect(externalAnchor({ chapter: '4', section: '2' })).toBe('ch-4-sec-2');
    expect(externalAnchor({ suppl: true, article: '1', item: '5' })).toBe('suppl-1-art-1-p1-i5');
    expect(egovUrl('322AC0000000067', { article: '244_2', paragraph: '3' })).toBe(
      'https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_244_2-Pr_3',
    );
    expect(egovUrl('425AC0000000027', { article: '19', item: '7' })).toBe(
      'https://laws.e-gov.go.jp/law/425AC0000000027#Mp-At_19-Pr_1-It_7',
    );
    expect(egovUrl('425AC0000000027', { suppl: true, article: '1' })).toBe(
      'https://laws.e-gov.go.jp/law/425AC0000000027',
    );
    expect(egovUrl('ordinance:平成12年日向市条例第46号', { article: '2' })).toBeNull();
  });
});

describe('laws named with their number', () => {
  const titles = (text: string) =>
    findLawMentions(normalizeForMatching(text).text).map((m) => [
      m.law.title,
      m.law.lawId,
      m.alias?.term ?? null,
    ]);

  it.each([
    // the name ends where the sentence's own words begin
    ['開示決定等について行政不服審査法(平成26年法律第68号)による審査請求', '行政不服審査法'],
    ['実施機関に属する地方公務員法(昭和25年法律第261号)第3条第2項', '地方公務員法'],
    // connecting words inside titles are kept
    [
      '職員(地方教育行政の組織及び運営に関する法律(昭和31年法律第162号)第43条',
      '地方教育行政の組織及び運営に関する法律',
    ],
    [
      '独立行政法人等(独立行政法人等の保有する個人情報の保護に関する法律(平成15年法律第59号)',
      '独立行政法人等の保有する個人情報の保護に関する法律',
    ],
    [
      'とは、行政手続における特定の個人を識別するための番号の利用等に関する法律(平成25年法律第27号)',
      '行政手続における特定の個人を識別するための番号の利用等に関する法律',
    ],
    [
      'この法律は、民法等の一部を改正する法律（令和八年法律第四十五号）の施行の日',
      '民法等の一部を改正する法律',
    ],
    // 並びに/及び between two names is not part of the second
    ['内閣府、宮内庁並びに内閣府設置法（平成十一年法律第八十九号）第四十九条', '内閣府設置法'],
    // okurigana inside a title's noun (取締り, 取扱い) is part of the name
    [
      '申請者が行う指定漁業の許可及び取締り等に関する省令（昭和三十八年農林省令第五号）第十一条',
      '指定漁業の許可及び取締り等に関する省令',
    ],
    ['市長が行う廃棄物の取扱い等に関する規則（平成二年規則第三号）第二条', '廃棄物の取扱い等に関する規則'],
  ])('%s', (text, title) => {
    expect(titles(text)[0]?.[0]).toBe(title);
  });

  it('reads the abbreviation given in the parentheses, with or without a scope', () => {
    expect(
      titles('法律（平成十一年法律第四十二号。以下この章において「行政機関情報公開法」という。）')[0]?.[2],
    ).toBe('行政機関情報公開法');
    expect(titles('(昭和58年日向市条例第2号。以下「旧条例」という。)')[0]?.slice(1)).toEqual([
      'ordinance:昭和58年日向市条例第2号',
      '旧条例',
    ]);
  });
});

describe('references into other laws', () => {
  const ORDINANCE = `○架空市個人情報保護法施行条例

令和5年3月1日

条例第1号

(定義)

第1条 この条例において「法」とは、個人情報の保護に関する法律(平成15年法律第57号)をいう。

2 この条例において使用する用語は、法において使用する用語の例による。

(開示)

第2条 法第76条第1項の規定による開示請求は、法第77条第1項各号に掲げる事項を記載した書面によりしなければならない。

2 戸籍法第129条の規定による請求については、前項の規定は適用しない。

3 同法第10条の規定による請求についても、同様とする。

(手数料)

第3条 法第89条第2項の手数料の額は、開示請求に係る保有個人情報1件につき300円とする。この方法は、第2条の規定による。
`;
  const { result, messages } = analyzeText(ORDINANCE);

  it('reads 法 as the law it was defined as', () => {
    expect(result.definitions.find((d) => d.term === '法')?.law?.lawId).toBe('415AC0000000057');
    expect(refAt(result, 'art-2-p1', '法第76条第1項').external).toMatchObject({
      lawId: '415AC0000000057',
      anchor: 'art-76-p1',
    });
    expect(refAt(result, 'art-2-p1', '法第77条第1項各号').external?.anchor).toBe('art-77-p1');
    expect(refAt(result, 'art-3-p1', '法第89条第2項').external?.anchor).toBe('art-89-p2');
  });

  it('does not read 法 inside another word (この方法, 法律) as the abbreviation', () => {
    expect(refAt(result, 'art-3-p1', '第2条').targets).toEqual(['art-2']);
    const uses = result.termRefs.filter((u) => u.term === '法');
    expect(uses.map((u) => u.at)).toEqual(['art-1-p2', 'art-2-p1', 'art-2-p1', 'art-3-p1']);
  });

  it('keeps a law cited without its number external, unresolved and reported', () => {
    const ref = refAt(result, 'art-2-p2', '戸籍法第129条');
    expect(ref.targets).toEqual([]);
    expect(ref.external).toMatchObject({ title: '戸籍法', lawId: null, anchor: 'art-129' });
    expect(ref.resolved).toBe(false);
    expect(
      messages.some((m) => m.ruleId === 'unresolved-reference' && m.reason.includes('戸籍法第129条')),
    ).toBe(true);
  });

  it('reads 同法 as the law last cited', () => {
    expect(refAt(result, 'art-2-p3', '同法第10条').external).toMatchObject({
      title: '戸籍法',
      anchor: 'art-10',
    });
  });
});
