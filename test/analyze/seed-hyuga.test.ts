import { describe, expect, it } from 'vitest';
import { analyzeFile, refAt, seedPath } from './helpers.ts';

/**
 * 日向市個人情報保護条例 (seed 003), read by hand: every expectation below was checked against
 * the text. Covers relative pointers inside items, 同 after a list, lost separators (art. 51),
 * lost sub-item markers, the drafting slip of art. 29, laws of every kind, 旧条例, and the
 * supplementary provisions of amending ordinances.
 */
const path = seedPath('hyuga');
if (!path)
  console.warn('Hyuga seed tests skipped: neither content/sources/hyuga nor ../shared/seeds is present');

const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-i${i + 1}`);

const INTERNAL: Array<[string, string, string[]]> = [
  ['art-2-p7-i2', '前号', ['art-2-p7-i1']],
  ['art-6-p2', '前項', ['art-6-p1']],
  ['art-8-p2-i6', '第11条第2項各号', items('art-11-p2', 8)],
  ['art-8-p2-i7', 'この号', ['art-8-p2-i7']],
  ['art-8-p2-i8', '前各号', items('art-8-p2', 7)],
  ['art-8-p2-i8', '第51条', ['art-51']],
  ['art-8-p2-i8', 'この章', ['ch-2']],
  ['art-8-p3', '前項第1号', ['art-8-p2-i1']],
  ['art-11-p1', 'この条', ['art-11']],
  ['art-12-p1', '次項', ['art-12-p2']],
  ['art-12-p1', '第18条第2項各号', items('art-18-p2', 7)],
  ['art-16-p2', '同項', ['art-16-p1']],
  // 次項 written in an item of paragraph 1 is paragraph 2
  ['art-18-p1-i5', '次項第6号', ['art-18-p2-i6']],
  ['art-18-p1-i10', '前各号', items('art-18-p1', 9)],
  // 前項 written in an item of paragraph 2 is paragraph 1
  ['art-18-p2-i3', '前項', ['art-18-p1']],
  ['art-18-p5', '第1項第6号', ['art-18-p1-i6']],
  ['art-18-p5', '第7号', ['art-18-p1-i7']],
  ['art-19-p2', 'この節から第3節まで', ['ch-3-sec-1', 'ch-3-sec-2', 'ch-3-sec-3']],
  ['art-20-p1-i3', '前2号', ['art-20-p1-i1', 'art-20-p1-i2']],
  ['art-20-p2', '前条第2項', ['art-19-p2']],
  // (以下この号及び次号次条第2項並びに第29条第1項において同じ。): a separator lost between 次号 and 次条
  ['art-21-p1-i2', '第19条第2項', ['art-19-p2']],
  ['art-21-p1-i2', 'この号', ['art-21-p1-i2']],
  ['art-21-p1-i2', '次号', ['art-21-p1-i3']],
  ['art-21-p1-i2', '次条第2項', ['art-22-p2']],
  ['art-21-p1-i2', '第29条第1項', ['art-29-p1']],
  // sub-item markers lost in extraction, read back by the parser: 前号ア is the first
  ['art-21-p1-i4', '前号ア', ['art-21-p1-i3-s1']],
  ['art-21-p1-i6', 'この号', ['art-21-p1-i6']],
  ['art-21-p1-i6', '次号', ['art-21-p1-i7']],
  ['art-21-p1-i6', '第8号', ['art-21-p1-i8']],
  ['art-22-p2', '前条第2号', ['art-21-p1-i2']],
  ['art-22-p2', '同号', ['art-21-p1-i2']],
  ['art-25-p1', '第7条第2号', ['art-7-p1-i2']],
  ['art-25-p1', '第3号', ['art-7-p1-i3']],
  ['art-25-p2', '前条', ['art-24']],
  ['art-26-p1', '前条第1項', ['art-25-p1']],
  ['art-26-p1', '第2項', ['art-25-p2']],
  ['art-26-p1', '第20条第3項', ['art-20-p3']],
  ['art-27-p1', '前条', ['art-26']],
  ['art-27-p1', '同条第1項', ['art-26-p1']],
  ['art-27-p1-i1', 'この条', ['art-27']],
  ['art-28-p3', '第25条第1項', ['art-25-p1']],
  ['art-29-p1', 'この条', ['art-29']],
  ['art-29-p1', '第49条', ['art-49']],
  ['art-29-p2-i1', '第21条第2号エ', ['art-21-p1-i2-s4']],
  ['art-29-p2-i1', '同条第3号ただし書', ['art-21-p1-i3']],
  ['art-29-p3', '前2項', ['art-29-p1', 'art-29-p2']],
  ['art-29-p3', '第48条第1項第2号', ['art-48-p1-i2']],
  ['art-31-p3', '前6条', ['art-25', 'art-26', 'art-27', 'art-28', 'art-29', 'art-30']],
  ['art-32-p1', 'この項', ['art-32-p1']],
  ['art-32-p1', '同項本文', ['art-30-p1']],
  ['art-33-p1', '同項', ['art-30-p1']],
  ['art-34-p1', '第42条第1項', ['art-42-p1']],
  ['art-35-p1-i4', '前3号', items('art-35-p1', 3)],
  ['art-42-p1', 'この節', ['ch-3-sec-3']],
  ['art-42-p1-i1', '第6条第2項', ['art-6-p2']],
  ['art-42-p1-i1', '第11条の2', ['art-11_2']],
  ['art-42-p1-i2', '第11条の4', ['art-11_4']],
  ['art-48-p1-i2', '次条第2号', ['art-49-p1-i2']],
  // art. 51: 第8条第2項第8号第9条ただし書第11条第2項第8号第12条第1項第13条第2号及び第16条第2項
  ['art-51-p2-i1', '第8条第2項第8号', ['art-8-p2-i8']],
  ['art-51-p2-i1', '第9条ただし書', ['art-9']],
  ['art-51-p2-i1', '第11条第2項第8号', ['art-11-p2-i8']],
  ['art-51-p2-i1', '第12条第1項', ['art-12-p1']],
  ['art-51-p2-i1', '第13条第2号', ['art-13-p1-i2']],
  ['art-51-p2-i1', '第16条第2項', ['art-16-p2']],
  ['art-53-p1', 'この章', ['ch-4']],
  ['art-61-p1', '第2条第7項第1号', ['art-2-p7-i1']],
  ['art-62-p1', '前条', ['art-61']],
  ['suppl-1-p1', '第61条から第64条まで', ['art-61', 'art-62', 'art-63', 'art-64']],
  ['suppl-1-p3', '第18条第1項', ['art-18-p1']],
  ['suppl-1-p3', '同項', ['art-18-p1']],
  // amending ordinance: 第2条中 is its own article; what follows 中 is this ordinance
  ['suppl-5-p1-i1', '第21条第2号オ', ['art-21-p1-i2-s5']],
  ['suppl-5-p1-i2', '第28条第1項', ['art-28-p1']],
  ['suppl-5-p1-i2', '第41条', ['art-41']],
  ['suppl-5-p1-i2', '第42条第1項各号列記以外の部分', ['art-42-p1']],
  // the ordinance cited by its own title, then as 同条例
  ['suppl-6-p3', '日向市個人情報保護条例第3章第4節', ['ch-3-sec-4']],
  ['suppl-6-p3', '日向市個人情報保護条例第25条第1項', ['art-25-p1']],
  ['suppl-6-p3', '同条例第37条第1項', ['art-37-p1']],
];

const EXTERNAL: Array<[string, string, string, string | null]> = [
  ['art-2-p2', '地方公務員法(昭和25年法律第261号)第3条第2項', '325AC0000000261', 'art-3-p2'],
  [
    'art-2-p2',
    '地方教育行政の組織及び運営に関する法律(昭和31年法律第162号)第43条',
    '331AC0000000162',
    'art-43',
  ],
  // later by its title alone
  ['art-2-p2', '地方公務員法第3条第3項', '325AC0000000261', 'art-3-p3'],
  [
    'art-2-p4',
    '行政機関の保有する個人情報の保護に関する法律(平成15年法律第58号)第2条第3項',
    '415AC0000000058',
    'art-2-p3',
  ],
  [
    'art-2-p6',
    '日向市情報公開条例(平成12年日向市条例第46号)第2条第2号',
    'ordinance:平成12年日向市条例第46号',
    'art-2-p1-i2',
  ],
  // by the abbreviation defined for it, and a list inheriting the law
  ['art-2-p10', '番号法第23条第1項', '425AC0000000027', 'art-23-p1'],
  ['art-2-p10', '第2項', '425AC0000000027', 'art-23-p2'],
  ['art-2-p10', '番号法第26条', '425AC0000000027', 'art-26'],
  ['art-2-p12', '地方独立行政法人法(平成15年法律第118号)第2条第1項', '415AC0000000118', 'art-2-p1'],
  ['art-11_4-p1', '番号法第19条各号', '425AC0000000027', 'art-19'],
  [
    'art-13-p1-i2-s1',
    '不正アクセス行為の禁止等に関する法律(平成11年法律第128号)第2条第4項',
    '411AC0000000128',
    'art-2-p4',
  ],
  ['art-16-p1', '地方自治法(昭和22年法律第67号)第244条の2第3項', '322AC0000000067', 'art-244_2-p3'],
  ['art-21-p1-i2-s5', '国家公務員法(昭和22年法律第120号)第2条第1項', '322AC0000000120', 'art-2-p1'],
  ['art-41-p1', '番号法第19条第7号', '425AC0000000027', 'art-19-p1-i7'],
  ['art-42-p1-i1', '番号法第2条第9項', '425AC0000000027', 'art-2-p9'],
  // a law cited without a provision is a reference to the law as a whole
  ['art-48-p1', '行政不服審査法(平成26年法律第68号)', '426AC0000000068', null],
  // 同法 is the law last cited
  ['art-48-p2', '行政不服審査法第9条第3項', '426AC0000000068', 'art-9-p3'],
  ['art-48-p2', '同法第29条第2項', '426AC0000000068', 'art-29-p2'],
  ['art-48-p2', '同法第30条第2項', '426AC0000000068', 'art-30-p2'],
  ['art-48-p5', '行政不服審査法第9条第1項本文', '426AC0000000068', 'art-9-p1'],
  // 同条 repeats the article of the law just cited, not one of this ordinance
  ['art-58-p1-i1', '統計法(平成19年法律第53号)第2条第6項', '419AC0000000053', 'art-2-p6'],
  ['art-58-p1-i1', '同条第7項', '419AC0000000053', 'art-2-p7'],
  ['art-58-p1-i1', '同法第52条第1項', '419AC0000000053', 'art-52-p1'],
  // the repealed ordinance, by the name the supplement gives it
  ['suppl-1-p4', '旧条例第15条第1項', 'ordinance:昭和58年日向市条例第2号', 'art-15-p1'],
  ['suppl-1-p5', '旧条例第12条', 'ordinance:昭和58年日向市条例第2号', 'art-12'],
  // articles of the amending ordinances themselves
  ['suppl-5-p1-i1', '第1条', 'ordinance:平成27年9月18日条例第27号', 'art-1'],
  ['suppl-5-p1-i2', '第3条', 'ordinance:平成27年9月18日条例第27号', 'art-3'],
  ['suppl-5-p1-i2', '番号法附則第1条第5号', '425AC0000000027', 'suppl-1-art-1-p1-i5'],
  ['suppl-6-p3', '第7条', 'ordinance:平成28年2月22日条例第2号', 'art-7'],
];

const DEFINITIONS: Array<[string, string, string]> = [
  ['実施機関', 'art-2-p1', 'document'],
  ['実施機関の職員', 'art-2-p2', 'document'],
  ['個人情報', 'art-2-p3', 'document'],
  // X(…をいう。以下同じ。): the word before the parenthesis
  ['記述等', 'art-2-p3-i1', 'following'],
  ['電磁的記録', 'art-2-p3-i1', 'following'],
  ['保有個人情報', 'art-2-p6', 'document'],
  ['公文書', 'art-2-p6', 'following'],
  ['本人', 'art-2-p8', 'document'],
  ['番号法', 'art-2-p9', 'document'],
  ['利用目的', 'art-6-p2', 'following'],
  ['法令等', 'art-8-p2', 'following'],
  ['国等', 'art-8-p2-i7', 'art-8-p2-i7'],
  ['審議会', 'art-8-p2-i8', 'ch-2'],
  // (次項において「記録項目」という。)
  ['記録項目', 'art-12-p1', 'art-12-p2'],
  // X(…をいう。) without 以下同じ: the unit itself
  ['不正アクセス行為', 'art-13-p1-i2-s1', 'art-13-p1-i2-s1'],
  ['記録項目', 'art-18-p1-i4', 'art-18'],
  ['法定代理人', 'art-19-p2', 'ch-3-sec-1..ch-3-sec-3'],
  ['開示請求者', 'art-20-p3', 'following'],
  ['開示請求者', 'art-21-p1-i2', 'art-21-p1-i2,art-21-p1-i3,art-22-p2,art-29-p1'],
  ['法人等情報', 'art-21-p1-i3', 'art-21-p1-i4'],
  ['国等', 'art-21-p1-i6', 'art-21-p1-i6,art-21-p1-i7,art-21-p1-i8'],
  // the slip's target is dropped from the scope, the rest kept
  ['第三者', 'art-29-p1', 'art-29,art-49'],
  ['反対意見書', 'art-29-p3', 'art-48-p1-i2'],
  ['参加人', 'art-48-p3-i1', 'art-48'],
  ['審議会', 'art-51-p1', 'following'],
  ['旧条例', 'suppl-1-p2', 'document'],
];

/** [unit, term, the definition it links to]; the term defined twice links by scope. */
const USES: Array<[string, string, string | null]> = [
  ['art-10-p1', '保有個人情報', 'art-2-p6'],
  ['art-11_2-p1', '保有特定個人情報', 'art-2-p11'],
  ['art-18-p3', '個人情報ファイル', 'art-2-p7'],
  ['art-18-p4', '個人情報ファイル簿', 'art-18-p1'],
  ['art-9-p1', '審議会', 'art-8-p2-i8'],
  ['art-12-p1', '審議会', 'art-8-p2-i8'],
  ['art-52-p1', '審議会', 'art-51-p1'],
  ['art-53-p1', '審議会', 'art-51-p1'],
  ['art-12-p2-i1', '記録項目', 'art-12-p1'],
  ['art-18-p5', '記録項目', 'art-18-p1-i4'],
  ['art-21-p1-i3', '開示請求者', 'art-21-p1-i2'],
  ['art-23-p1', '開示請求者', 'art-20-p3'],
  ['art-21-p1-i7', '国等', 'art-21-p1-i6'],
  ['art-49-p1-i1', '第三者', 'art-29-p1'],
  ['art-7-p1-i2', '第三者', null],
  ['art-20-p2', '法定代理人', 'art-19-p2'],
  ['art-21-p1-i9', '法定代理人', 'art-19-p2'],
  ['art-42-p2', '法定代理人', 'art-19-p2'],
  ['art-7-p1', '電磁的記録', 'art-2-p3-i1'],
  ['art-2-p1', '実施機関', null],
];

describe.skipIf(!path)('seed 003, Hyuga ordinance', () => {
  const { result, messages } = analyzeFile(path!);

  it.each(INTERNAL)('%s: %s', (from, text, targets) => {
    const ref = refAt(result, from, text);
    expect(ref.targets).toEqual(targets);
    expect(ref.external).toBeNull();
  });

  it.each(EXTERNAL)('%s: %s → %s %s', (from, text, lawId, anchor) => {
    const ref = refAt(result, from, text);
    expect(ref.targets).toEqual([]);
    expect(ref.external).toMatchObject({ lawId, anchor });
    expect(ref.resolved).toBe(true);
  });

  it('keeps the drafting slip of art. 29 (第48条第2項第3号: art-48-p2 has no items) unlinked and reports it', () => {
    for (const [from, text] of [
      ['art-29-p1', '第48条第2項第3号'],
      ['art-29-p3', '第2項第3号'],
    ] as const) {
      const ref = refAt(result, from, text);
      expect(ref.targets).toEqual([]);
      expect(ref.resolved).toBe(false);
      const message = messages.find(
        (m) =>
          m.ruleId === 'dangling-reference' &&
          m.place &&
          'start' in m.place &&
          m.place.start.offset === ref.start,
      );
      expect(message?.reason).toContain('art-48-p2 has no item 3');
      expect(message?.source).toBe('reiki-refs');
    }
  });

  it('resolves or reports every reference', () => {
    const reported = new Set(
      messages.flatMap((m) =>
        m.source === 'reiki-refs' && m.place && 'start' in m.place ? [m.place.start.offset] : [],
      ),
    );
    const silent = result.references.filter((r) => !r.resolved && !reported.has(r.start));
    expect(silent).toEqual([]);
    expect(result.references.filter((r) => !r.resolved).map((r) => r.text)).toEqual([
      '第48条第2項第3号',
      '第2項第3号',
    ]);
  });

  it('never links an article of another law into the ordinance', () => {
    for (const ref of result.references) {
      if (ref.external) expect(ref.targets).toEqual([]);
      // a law's name right before the pointer: only the ordinance's own title may stay internal
      if (
        /(?:法|法律|条例)(?:\([^)]*\))?(?:第|附則)/.test(ref.text) &&
        !/^(?:日向市個人情報保護条例|同条例)/.test(ref.text)
      ) {
        expect(ref.external, ref.text).not.toBeNull();
        expect(ref.targets, ref.text).toEqual([]);
      }
    }
  });

  it('reads no pointer in この条例', () => {
    expect(result.references.some((r) => r.text.includes('この条例'))).toBe(false);
  });

  it.each(DEFINITIONS)('defines %s at %s for %s', (term, at, scope) => {
    expect(result.definitions.filter((d) => d.term === term && d.at === at).map((d) => d.scope)).toEqual([
      scope,
    ]);
  });

  it('gives law abbreviations the law', () => {
    expect(result.definitions.find((d) => d.term === '番号法')?.law?.lawId).toBe('425AC0000000027');
    expect(result.definitions.find((d) => d.term === '旧条例')?.law?.lawId).toBe(
      'ordinance:昭和58年日向市条例第2号',
    );
  });

  it.each(USES)('%s: %s → %s', (at, term, definition) => {
    const found = result.termRefs.filter((u) => u.at === at && u.term === term).map((u) => u.definition);
    if (definition === null) expect(found).toEqual([]);
    else expect(found.length).toBeGreaterThan(0);
    if (definition !== null) expect(new Set(found)).toEqual(new Set([definition]));
  });

  it('lets the longest term win: 保有特定個人情報 is not also 保有個人情報, 特定個人情報 or 個人情報', () => {
    const at = result.termRefs.filter((u) => u.at === 'art-11_2-p1');
    const spans = at.map((u) => [u.start, u.end]);
    for (const [s, e] of spans) expect(spans.filter(([s2, e2]) => s2! < e! && s! < e2!)).toHaveLength(1);
  });
});
