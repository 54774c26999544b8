import { describe, expect, it } from 'vitest';
import type { Reference, RefsResult } from '../../src/lib/analyze/types.ts';
import { analyzeText, refAt, refsAt } from './helpers.ts';

/**
 * Which law owns a pointer when a sentence has cited another one: the grammar national laws and
 * their implementing orders follow (a cited law owns the members of its list, 同条 repeats the
 * article last named, quoted words name a law's provision only with the law's name), and the
 * other side of each rule: what is this document's stays this document's.
 *
 * Each case is an implementing order (施行令) of a fictitious act, with articles 1–12 of its own and
 * the sentence under test as article 20; every sentence is given in kanji and in Arabic numerals.
 */

const ACT = '架空交通整備法';

function document(sentence: string, extra = ''): string {
  const own = Array.from(
    { length: 12 },
    (_, k) =>
      `第${k + 1}条　都道府県知事は、この政令の定めるところにより報告させることができる。\n２　前項の報告は、書面でしなければならない。\n３　前二項の規定は、市町村長について準用する。`,
  ).join('\n');
  return `${ACT}施行令\n（平成二十年政令第十号）\n${own}\n${extra}第二十条　${ACT}（平成十九年法律第五十九号。以下「法」という。）第一条の規定を適用する。\n第二十一条　${sentence}\n`;
}

function analyze(sentence: string, extra = ''): RefsResult {
  return analyzeText(document(sentence, extra)).result;
}

/** The reference of article 21 reading `text`, which must be external into `anchor`. */
function expectExternal(result: RefsResult, text: string, anchor: string, index = 0): Reference {
  const found = refsAt(result, 'art-21-p1', text);
  const ref = found[index];
  if (!ref) throw new Error(`no reference ${text} in art-21-p1: ${refsIn(result).join(' | ')}`);
  expect(ref.targets, text).toEqual([]);
  expect(ref.external?.anchor, text).toBe(anchor);
  return ref;
}

function expectInternal(result: RefsResult, text: string, targets: string[]): void {
  const ref = refAt(result, 'art-21-p1', text);
  expect(ref.external, text).toBeNull();
  expect(ref.targets, text).toEqual(targets);
}

function refsIn(result: RefsResult): string[] {
  return result.references.filter((r) => r.from.startsWith('art-21')).map((r) => r.text);
}

describe('quoted words that name another law', () => {
  it.each([
    [
      '第十条の規定の適用については、同条第一項中「都道府県知事」とあるのは「国土交通大臣」と、「法第四十一条第一項」とあるのは「法第四十三条第一項の規定により読み替えて適用される法第四十一条第一項」とする。',
      [
        ['法第四十一条第一項', 'art-41-p1'],
        ['法第四十三条第一項', 'art-43-p1'],
      ],
    ],
    [
      '第4条中「軌道法第3条の特許」とあるのは、「軌道法第16条第1項若しくは第22条ノ2の許可又は同法第22条の認可」と読み替える。',
      [
        ['軌道法第3条', 'art-3'],
        ['軌道法第16条第1項', 'art-16-p1'],
        ['第22条ノ2', 'art-22_2'],
        ['同法第22条', 'art-22'],
      ],
    ],
    [
      '同項第一号中「当該土地につき法第三条に規定する資格を有する者から徴収すること」とあるのは「当該市町村に負担させること」と読み替える。',
      [['法第三条', 'art-3']],
    ],
    [
      '前条中「法第5条第2項(法第9条において準用する場合を含む。)又は第7条第1項」とあるのは「法第6条」とする。',
      [
        ['法第5条第2項', 'art-5-p2'],
        ['法第9条', 'art-9'],
        ['第7条第1項', 'art-7-p1'],
        ['法第6条', 'art-6'],
      ],
    ],
    [
      '第2条中「道路運送法(昭和26年法律第183号)第9条第3項」とあるのは「同法第9条の3第2項」とする。',
      [
        ['道路運送法(昭和26年法律第183号)第9条第3項', 'art-9-p3'],
        ['同法第9条の3第2項', 'art-9_3-p2'],
      ],
    ],
  ])('reads the law’s provisions in %s', (sentence, expected) => {
    const result = analyze(sentence);
    for (const [text, anchor] of expected) expectExternal(result, text!, anchor!);
  });

  it.each([
    ['第3条中「第5条第2項」とあるのは「第6条第1項」とする。', ['第5条第2項', '第6条第1項']],
    ['第3条中「前各項」とあるのは「第4条及び次条」とする。', ['前各項', '第4条', '次条']],
    ['同条第2項中「同項」とあるのは「同条第1項」とする。', ['同項', '同条第1項']],
    ['第3条中「この政令第5条」とあるのは「この政令第6条」とする。', ['この政令第5条', 'この政令第6条']],
    ['第3条中「同法第5条」とあるのは「法第6条」とする。', ['同法第5条']],
  ])('does not read bare or relative pointers in %s', (sentence, unread) => {
    const texts = refsIn(analyze(sentence));
    for (const text of unread)
      expect(texts.some((t) => t.endsWith(text) && t.length === text.length)).toBe(false);
  });

  it('lets 同条 after the quote repeat the article the sentence named before it', () => {
    const result = analyze(
      '第十条の規定の適用については、同条第一項中「法第四十一条第一項」とあるのは「法第四十三条第一項」と、同条第二項中「法第四十一条第一項」とあるのは「法第四十三条第一項」とする。',
    );
    expectInternal(result, '第十条', ['art-10']);
    expectInternal(result, '同条第一項', ['art-10-p1']);
    expectInternal(result, '同条第二項', ['art-10-p2']);
    expectExternal(result, '法第四十一条第一項', 'art-41-p1', 1);
  });

  it('does not let 同法 after the quote repeat a law only the quote named', () => {
    const result = analyze(
      '地方税法(昭和25年法律第226号)第3条中「道路運送法(昭和26年法律第183号)第9条」とあるのは「法第6条」と、同法第4条中「市町村」とあるのは「都道府県」とする。',
    );
    const ref = refAt(result, 'art-21-p1', '同法第4条');
    expect(ref.external?.title).toBe('地方税法');
  });
});

describe('a list that goes on after a parenthesis', () => {
  it.each([
    [
      '法第六条第一項（法第十六条第一項において準用する場合を含む。）又は第十六条第二項に規定する施行地区',
      '第十六条第二項',
      'art-16-p2',
    ],
    [
      '法第6条第1項(第16条第1項において準用する場合を含む。以下同じ。)及び第18条に規定する計画',
      '第18条',
      'art-18',
    ],
    ['法第15条、第16条第1項(軌道の譲渡に係る部分に限る。)若しくは第22条ノ2の許可', '第22条ノ2', 'art-22_2'],
    ['法第30条(第3号を除く。)、第31条の規定による届出', '第31条', 'art-31'],
    [
      '法第5条第1項(法第9条において準用する場合を含む。)並びに第7条第2項及び第3項の規定',
      '第7条第2項',
      'art-7-p2',
    ],
  ])('keeps %s in the cited law', (sentence, text, anchor) => {
    expectExternal(analyze(`${sentence}は、別表に定める。`), text, anchor);
  });

  it.each([
    ['第3条(第2項を除く。)又は第4条の規定は、準用する。', '第4条', ['art-4']],
    ['第5条第1項(同条第3項において準用する場合を含む。)及び第6条の規定により報告する。', '第6条', ['art-6']],
    ['法第3条の規定により第4条(第2項を除く。)及び第5条の規定を準用する。', '第5条', ['art-5']],
  ])('keeps this document’s list in this document: %s', (sentence, text, targets) => {
    expectInternal(analyze(sentence), text, targets);
  });

  it('does not join members that a parenthesis and words keep apart', () => {
    const result = analyze(
      '法第6条第1項(法第16条第1項において準用する場合を含む。)の規定による届出及び第7条の規定による報告',
    );
    expectInternal(result, '第7条', ['art-7']);
  });
});

describe('同条 repeats the article last named', () => {
  it.each([
    [
      '法第二十一条第三項に規定する事項は、法第十四条第一項に規定する認可に係る公告にあつては第一号から第四号まで、同条第三項に規定する認可に係る公告にあつては第一号及び第二号に掲げるものとする。',
      '同条第三項',
      'art-14-p3',
    ],
    [
      '法第90条第5項の規定により負担させる負担金(前項に掲げるものを除く。)及び同条第9項の規定により負担させる負担金',
      '同条第9項',
      'art-90-p9',
    ],
    [
      '法第8条第2項の規定による届出(第1項の届出を除く。)は、同条第3項の期間内にしなければならない。',
      '同条第3項',
      'art-8-p3',
    ],
  ])('reads 同条 in %s as the other law’s article', (sentence, text, anchor) => {
    const result = analyze(sentence);
    expectExternal(result, text, anchor);
  });

  it.each([
    ['第5条第1項の報告は、同条第2項の書面でしなければならない。', '同条第2項', ['art-5-p2']],
    ['法第3条の規定による報告は、第5条の規定により、同条第3項の例による。', '同条第3項', ['art-5-p3']],
    ['第5条第3項（同条第2項において準用する場合を含む。）の認定を受けたとき', '同条第2項', ['art-5-p2']],
  ])(
    'keeps 同条 in %s this document’s when this document’s article was named last',
    (sentence, text, targets) => {
      const result = analyze(sentence);
      expectInternal(result, text, targets);
    },
  );
});

describe('pointers relative to where they are written', () => {
  it.each([
    ['法第3条及び次条の規定により報告する。', '次条', ['art-22']],
    ['法第3条又は前条の規定により報告する。', '前条', ['art-20']],
    ['法第3条第1項及びこの条の規定により報告する。', 'この条', ['art-21']],
  ])('stay this document’s after another law’s pointer in a list: %s', (sentence, text, targets) => {
    const result = analyzeText(`${document(sentence)}第二十二条　報告は、書面でする。\n`).result;
    expectInternal(result, text, targets);
  });
});

describe('old branch numbers and abbreviating parentheses', () => {
  it.each([
    ['軌道法第22条ノ2の許可', 'art-22_2'],
    ['軌道法第二十二条ノ二第一項の許可', 'art-22_2-p1'],
    ['軌道法第3条ノ2ノ3の許可', 'art-3_2_3'],
  ])('reads %s with its branch', (sentence, anchor) => {
    const result = analyze(`${sentence}を受けた者とみなす。`);
    expect(result.references.some((r) => r.external?.anchor === anchor)).toBe(true);
  });

  it.each([
    [
      '土地区画整理法施行令（第二十四条において「令」という。）第六十九条に規定する様式',
      '第六十九条',
      'art-69',
      '土地区画整理法施行令',
    ],
    [
      '道路整備特別措置法施行令（以下この条において「整備令」という。）第4条第2項の規定',
      '第4条第2項',
      'art-4-p2',
      '道路整備特別措置法施行令',
    ],
    ['港湾運送事業法（以下単に「事業法」という。）第3条の許可', '第3条', 'art-3', '港湾運送事業法'],
  ])('reads the provision after %s as that law’s', (sentence, text, anchor, title) => {
    const result = analyze(`${sentence}は、別記様式とする。`);
    const ref = result.references.find((r) => r.from === 'art-21-p1' && r.external?.anchor === anchor);
    expect(ref?.external?.title, refsIn(result).join(' | ')).toBe(title);
    expect(ref?.text.endsWith(text) || ref?.text.endsWith(text.replace(/[一-九十]/g, ''))).toBe(true);
  });

  it('keeps the scope article inside the parenthesis this document’s', () => {
    const result = analyze('土地区画整理法施行令（第十条において「令」という。）第六十九条に規定する様式');
    expectInternal(result, '第十条', ['art-10']);
  });
});

describe("articles in parentheses after another law's chapter", () => {
  it('are carved out of that chapter, so they are that law’s; after an article they stay this one’s', () => {
    const result = analyze(
      '行政手続法（平成五年法律第八十八号）第三章（第十二条及び第十四条を除く。）の規定は、第十条第一項の規定による処分については、適用しない。',
    );
    expectExternal(result, '行政手続法（平成五年法律第八十八号）第三章', 'ch-3');
    expectExternal(result, '第十二条', 'art-12');
    expectExternal(result, '第十四条', 'art-14');
    expectInternal(result, '第十条第一項', ['art-10-p1']);
    const own = analyze('第三章（第十二条を除く。）の規定は、前条の場合について準用する。');
    expectInternal(own, '第十二条', ['art-12']);
  });
});
