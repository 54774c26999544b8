/**
 * The meaning of (以下「X」という。) is the phrase the parenthesis closes, read from the sentence's
 * grammar: back over coordinations and modifiers, never across a topic, a clause boundary or a
 * parenthesis that names another phrase. Sentences in the style of national statutes and municipal
 * ordinances, written for these tests; each is one article of one document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseStart } from '../../src/lib/analyze/definition-phrase.ts';
import { analyzeText } from './helpers.ts';

/** [sentence, term, the meaning as shown] */
const CASES: Array<[string, string, string]> = [
  // a modifier chain, ended by a particle, a topic or a 、 after a particle
  [
    '市長は、附属機関として日向市個人情報保護審議会（以下「審議会」という。）を置く。',
    '審議会',
    '日向市個人情報保護審議会',
  ],
  [
    '実施機関は、個人情報を取り扱う事務（以下「個人情報取扱事務」という。）を開始しようとするときは、あらかじめ、市長に届け出なければならない。',
    '個人情報取扱事務',
    '個人情報を取り扱う事務',
  ],
  [
    '個人情報取扱事業者は、個人情報を取り扱うに当たっては、その利用の目的（以下「利用目的」という。）をできる限り特定しなければならない。',
    '利用目的',
    'その利用の目的',
  ],
  [
    'この条例は、公布の日から起算して三月を経過した日（以下「施行日」という。）から施行する。',
    '施行日',
    '公布の日から起算して三月を経過した日',
  ],
  [
    '第三条の規定による改正前の地方自治法（以下「旧地方自治法」という。）第二百五十二条の規定は、なおその効力を有する。',
    '旧地方自治法',
    '第三条の規定による改正前の地方自治法',
  ],
  [
    '実施機関は、当該請求に係る公文書に記録されている情報（以下「記録情報」という。）の全部を開示しなければならない。',
    '記録情報',
    '当該請求に係る公文書に記録されている情報',
  ],
  [
    '申請者は、次に掲げる事項を記載した書面（以下「申請書」という。）を市長に提出しなければならない。',
    '申請書',
    '次に掲げる事項を記載した書面',
  ],
  [
    'この場合、前項の規定による通知（以下「開示通知」という。）は、書面により行う。',
    '開示通知',
    '前項の規定による通知',
  ],
  [
    '市長は、審議会の意見を聴いて、個人情報の保護に関する基本的な方針（以下「基本方針」という。）を定めなければならない。',
    '基本方針',
    '個人情報の保護に関する基本的な方針',
  ],
  [
    '事業者が委託を受けた場合であって、当該委託に係る個人データ（以下「委託データ」という。）を取り扱うときは、この限りでない。',
    '委託データ',
    '当該委託に係る個人データ',
  ],
  [
    '市長は、前項の規定により意見を聴き、当該意見を踏まえて定める計画（以下「実施計画」という。）を公表するものとする。',
    '実施計画',
    '当該意見を踏まえて定める計画',
  ],
  [
    '法人その他の団体で、市の区域内に事務所を有するもの（以下「市内法人」という。）は、この条例の定めるところにより届け出るものとする。',
    '市内法人',
    '市の区域内に事務所を有するもの',
  ],
  [
    'この法律の施行の際現にこの法律による改正前の住民基本台帳法（以下「旧法」という。）第三十条の規定により交付されている証明書は、なお効力を有する。',
    '旧法',
    'この法律による改正前の住民基本台帳法',
  ],
  [
    '何人も、行政機関の長に対し、当該行政機関の保有する自己を本人とする保有個人情報（以下「自己情報」という。）の開示を請求することができる。',
    '自己情報',
    '当該行政機関の保有する自己を本人とする保有個人情報',
  ],
  // a provision cited by a law named with its number, and a defined law inside the phrase
  [
    '地方自治法（昭和二十二年法律第六十七号）第二百四十四条の二第三項に規定する指定管理者（以下単に「指定管理者」という。）は、この条例を遵守しなければならない。',
    '指定管理者',
    '地方自治法第二百四十四条の二第三項に規定する指定管理者',
  ],
  [
    'この法律による改正後の番号法（以下「新番号法」という。）第十九条に規定する特定個人情報（以下この条において単に「特定個人情報」という。）の提供は、施行日から行うことができる。',
    '特定個人情報',
    'この法律による改正後の番号法第十九条に規定する特定個人情報',
  ],
  // coordinations: the whole list, each member with the modifiers the others have
  [
    '国及び地方公共団体（以下「国等」という。）は、個人情報の適正な取扱いを確保するために必要な施策を講ずるものとする。',
    '国等',
    '国及び地方公共団体',
  ],
  [
    '実施機関は、市長、教育委員会、選挙管理委員会、監査委員及び議会（以下「市の機関」という。）の保有する情報を管理する。',
    '市の機関',
    '市長、教育委員会、選挙管理委員会、監査委員及び議会',
  ],
  [
    '事業者は、本市の区域内の事業所、営業所その他の施設及び附属の設備（以下「事業所等」という。）において個人情報を適正に取り扱わなければならない。',
    '事業所等',
    '事業所、営業所その他の施設及び附属の設備',
  ],
  [
    '市長は、第五条第一項の登録事項及び同条第二項の変更事項（以下「登録事項等」という。）を公示しなければならない。',
    '登録事項等',
    '第五条第一項の登録事項及び同条第二項の変更事項',
  ],
  [
    '実施機関の職員又は職員であった者（以下「職員等」という。）は、職務上知り得た個人情報をみだりに他人に知らせてはならない。',
    '職員等',
    '実施機関の職員又は職員であった者',
  ],
  [
    '市の機関及び市が設立した地方独立行政法人（以下「市の機関等」という。）は、この条例を遵守しなければならない。',
    '市の機関等',
    '市の機関及び市が設立した地方独立行政法人',
  ],
  [
    '個人情報取扱事業者（以下「事業者」という。）及び認定個人情報保護団体（以下「認定団体」という。）は、相互に協力しなければならない。',
    '認定団体',
    '認定個人情報保護団体',
  ],
  [
    '個人情報取扱事業者、仮名加工情報取扱事業者又は匿名加工情報取扱事業者（以下この章において「事業者等」という。）の個人情報、仮名加工情報又は匿名加工情報（以下この章において「個人情報等」という。）の取扱いについて、苦情を処理する。',
    '個人情報等',
    '個人情報、仮名加工情報又は匿名加工情報',
  ],
  [
    '市長は、当該保有個人情報の利用の停止、消去又は提供の停止（以下「利用停止」という。）を行わなければならない。',
    '利用停止',
    '利用の停止、消去又は提供の停止',
  ],
  [
    '当該区域内の建築物、工作物その他の物件（以下「建築物等」という。）の所有者は、市長の指示に従わなければならない。',
    '建築物等',
    '建築物、工作物その他の物件',
  ],
  // glosses and 「X」とは: the meaning is inside
  [
    'この条例において「実施機関」とは、市長、教育委員会、選挙管理委員会、監査委員及び議会をいう。',
    '実施機関',
    '市長、教育委員会、選挙管理委員会、監査委員及び議会',
  ],
  [
    '実施機関は、保有個人情報（実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関が保有しているもの（公文書に記録されているものに限る。）をいう。以下同じ。）を適正に管理しなければならない。',
    '保有個人情報',
    '実施機関の職員が職務上作成し、又は取得した個人情報であって、当該実施機関が保有しているもの',
  ],
  [
    '電磁的記録（電子的方式、磁気的方式その他人の知覚によっては認識することができない方式で作られる記録をいう。以下同じ。）を含む。',
    '電磁的記録',
    '電子的方式、磁気的方式その他人の知覚によっては認識することができない方式で作られる記録',
  ],
];

/** One document, an article per case. */
function document(cases: Array<[string, string, string]>): string {
  return `○定義読取試験条例\n\n${cases.map(([text], k) => `第${k + 1}条 ${text}`).join('\n\n')}\n`;
}

describe('the phrase a defined term stands for', () => {
  const { result } = analyzeText(document(CASES));
  for (const [k, [text, term, meaning]] of CASES.entries()) {
    it(`${term}: ${text.slice(0, 40)}…`, () => {
      const found = result.definitions.filter((d) => d.term === term && d.at.startsWith(`art-${k + 1}-`));
      expect(found.map((d) => d.meaning)).toContain(meaning);
    });
  }

  it('never shows the article label or a nested parenthetical', () => {
    expect(result.definitions.length).toBeGreaterThanOrEqual(CASES.length);
    for (const d of result.definitions) {
      expect(d.meaning ?? '').not.toMatch(/^第[0-9０-９一二三四五六七八九十百]+条[ 　]/);
      expect(d.meaning ?? '').not.toMatch(/[()（）]/);
    }
  });

  it('finds nothing defined in text quoted to be replaced', () => {
    const { result: amended } = analyzeText(
      '○改正条例\n\n第1条 第五条中「市長（以下「長」という。）」を「市長」に改め、「記録（電磁的方法による記録をいう。以下同じ。）」を削る。\n',
    );
    expect(amended.definitions.map((d) => d.term)).toEqual([]);
  });
});

describe('phraseStart', () => {
  it('stays within the text before the parenthesis and reads a bounded stretch of it', () => {
    const pieces = [
      'の',
      '、',
      '及び',
      'は、',
      '(注)',
      '個人情報',
      'する',
      'に規定する',
      '第3条',
      'その他の',
      'を',
      'かかり、',
      '「語」',
      '。',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 300 }), (words) => {
        const s = words.join('');
        const start = phraseStart(s, s.length, '語等');
        expect(start).toBeGreaterThanOrEqual(Math.max(0, s.length - 600));
        expect(start).toBeLessThanOrEqual(s.length);
      }),
    );
  });

  it('reads a phrase at the end of a line of a million characters without reading the line', () => {
    const s = `${'個人情報の保護に関する事務、'.repeat(80_000)}市の保有する情報`;
    expect(s.length).toBeGreaterThan(1_000_000);
    expect(s.slice(phraseStart(s, s.length, '保有情報'))).toBe('市の保有する情報');
  });
});
