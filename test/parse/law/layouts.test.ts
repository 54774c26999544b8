import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseText } from '../helpers.ts';

/**
 * Published layouts the web samples do not show: laws of paragraphs only, old laws with ranges
 * of deleted articles (乃至), number lines followed by notes and amendment histories. Each text is
 * written here in the shape municipalities and the national gazette print it; each is read with
 * the style guessed, as `reiki parse FILE` reads an unknown file.
 */
function read(text: string, style?: 'law') {
  const { tree, file } = parseText(text, style ? { style } : {});
  expect(leafText(tree)).toBe(text);
  return { tree, file, rules: file.messages.map((m) => m.ruleId) };
}

const ids = (tree: DocumentNode, type: string) => nodesOf(tree, type).map((n) => n.id);
const text = (tree: DocumentNode, id: string) => byId(tree, id)?.text?.replace(/[\s\u3000]/g, '');
const topTypes = (tree: DocumentNode) => tree.children.filter((c) => 'children' in c).map((c) => c.type);

describe('a law of paragraphs only', () => {
  const municipal = [
    '○○市個人情報の保護に関する法律施行条例の施行期日を定める規則',
    '令和五年三月三十一日',
    '規則第十二号',
    '１　○○市個人情報の保護に関する法律施行条例（令和五年○○市条例第三号）の施行期日は、令和五年四月一日とする。',
    '２　この規則の施行に関し必要な事項は、市長が別に定める。',
    '附　則',
    'この規則は、公布の日から施行する。',
    '',
  ].join('\n');

  it('reads 1/2 and 附則 as a law whose paragraphs hang under the document, as e-Gov anchors them', () => {
    const { tree, file, rules } = read(municipal);
    expect(tree.style).toBe('law');
    expect(tree.number).toBe('規則第十二号');
    expect(topTypes(tree)).toEqual(['title', 'enactment', 'paragraph', 'paragraph', 'supplement']);
    expect(ids(tree, 'paragraph')).toEqual(['p1', 'p2', 'suppl-1-p1']);
    expect(text(tree, 'p2')).toBe('この規則の施行に関し必要な事項は、市長が別に定める。');
    expect(rules).toContain('paragraphs-only');
    const message = file.messages.find((m) => m.ruleId === 'paragraphs-only')!;
    expect(message.line).toBe(4);
  });

  it('reads a 告示 with half-width numbers, items and a signature before the provisions', () => {
    const kokuji = [
      '○○市告示第四十五号',
      '　個人情報の保護に関する法律施行条例第五条の規定に基づき、次のとおり定める。',
      '　　令和六年四月一日',
      '　　　　　　　　　　○○市長　山田　太郎',
      '1　保有個人情報の開示請求に係る手数料の額は、無料とする。',
      '2　写しの交付に要する費用は、次のとおりとする。',
      '(1)　白黒複写　1枚につき10円',
      '(2)　カラー複写　1枚につき50円',
      '3　前項の費用は、写しの交付の際に徴収する。',
    ].join('\n');
    const { tree } = read(kokuji);
    expect(tree.style).toBe('law');
    expect(ids(tree, 'paragraph')).toEqual(['p1', 'p2', 'p3']);
    expect(ids(tree, 'item')).toEqual(['p2-i1', 'p2-i2']);
    expect(nodesOf(tree, 'preamble')).toHaveLength(3);
  });

  it('reads the national style: an unnumbered first paragraph after the enactment statement, then ２', () => {
    const national = [
      '架空法施行令の一部を改正する政令の施行期日を定める政令',
      '（令和五年政令第九十九号）',
      '内閣は、架空法の一部を改正する法律（令和三年法律第三十七号）附則第一条第七号の規定に基づき、この政令を制定する。',
      '　架空法施行令の一部を改正する政令の施行期日は、令和五年四月一日とする。',
      '２　前項の規定にかかわらず、第三条の改正規定は、公布の日から施行する。',
    ].join('\n');
    const { tree } = read(national);
    expect(tree.style).toBe('law');
    expect(nodesOf(tree, 'preamble')).toHaveLength(1);
    expect(ids(tree, 'paragraph')).toEqual(['p1', 'p2']);
    expect(text(tree, 'p1')).toBe('架空法施行令の一部を改正する政令の施行期日は、令和五年四月一日とする。');
  });

  it('keeps a 別表 after the paragraphs out of them', () => {
    const withTable = [
      '○○町手数料規則',
      '規則第三号',
      '1　手数料の額は、別表のとおりとする。',
      '2　手数料は、申請の際に徴収する。',
      '別表（第1項関係）',
      '住民票の写し　1通につき300円',
    ].join('\n');
    const { tree } = read(withTable);
    expect(ids(tree, 'paragraph')).toEqual(['p1', 'p2']);
    expect(ids(tree, 'appendix')).toEqual(['appx-1']);
  });

  it('leaves a page of numbered headings a page, and a law of articles a law of articles', () => {
    const page = ['個人情報の取扱いについて', '1　利用目的', '2　第三者提供', '3　お問い合わせ'].join('\n');
    expect(read(page).tree.style).toBe('page');
    const articles = [
      '○○条例',
      '第1条　この条例は、定める。',
      '2　前項は、適用しない。',
      '附　則',
      '施行する。',
    ].join('\n');
    const { tree, rules } = read(articles, 'law');
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-1-p2', 'suppl-1-p1']);
    expect(rules).not.toContain('paragraphs-only');
  });
});

describe('old laws: 旧仮名, katakana, ranges of deleted articles', () => {
  const old = [
    '架空信託法',
    '（大正十一年四月二十一日法律第六十二号）',
    '最終改正：平成十八年一二月一五日法律第一〇九号',
    '第一条　本法ニ於テ信託ト称スルハ財産ノ管理又ハ処分ヲ為サシムルヲ謂フ',
    '第二条　信託ハ遺言ニ依リテモ之ヲ為スコトヲ得',
    '２　有価証券ニ付テハ信託ハ之ヲ以テ第三者ニ対抗スルコトヲ得ス',
    '第三条乃至第五条　削除',
    '第六条　削除',
    '第六条ノ二　受託者ハ左ノ各号ニ掲グル行為ヲ為スコトヲ得ス',
    '一　信託財産ヲ固有財産ト為スコト',
    '二　信託財産ニ付権利ヲ取得スルコト',
    '第六条ノ三　前条ノ規定ハ受益者ノ承諾アル場合ニハ之ヲ適用セス',
    '第七条　訴訟行為ヲ為サシムルコトヲ主タル目的トシテ信託ヲ為スコトヲ得ス',
    '　　　附　則',
    '第七十四条　本法施行ノ期日ハ勅令ヲ以テ之ヲ定ム',
  ].join('\n');

  it('reads 第三条乃至第五条 as one deleted range and ノ branch numbers in sequence', () => {
    const { tree, rules } = read(old);
    expect(ids(tree, 'article')).toEqual([
      'art-1',
      'art-2',
      'art-3',
      'art-6',
      'art-6_2',
      'art-6_3',
      'art-7',
      'suppl-1-art-74',
    ]);
    const range = byId(tree, 'art-3')!;
    expect(range.through).toBe('5');
    expect(range.deleted).toBe(true);
    expect(ids(tree, 'table')).toEqual([]);
    expect(nodesOf(byId(tree, 'art-2')!, 'paragraph')).toHaveLength(2);
    expect(ids(tree, 'item')).toEqual(['art-6_2-p1-i1', 'art-6_2-p1-i2']);
    expect(rules).not.toContain('out-of-order');
  });
});

describe('the header: number line, notes of the last amendment, amendment history', () => {
  const provisions = [
    '第一条　この条例は、手数料について定める。',
    '附　則',
    'この条例は、公布の日から施行する。',
  ];

  it.each([
    ['最終改正　令和四年十二月十六日条例第二十号'],
    ['最終改正：令和四年十二月十六日条例第二十号'],
    ['最終改正令和4年12月16日条例第20号'],
    ['施行日　令和五年四月一日'],
  ])('keeps %s with the header, never as a preamble, and never as the number', (note) => {
    const law = ['○○町手数料条例', '平成十二年三月十日条例第三号', note, ...provisions].join('\n');
    const { tree } = read(law, 'law');
    expect(nodesOf(tree, 'preamble')).toHaveLength(0);
    expect(tree.number).toBe('条例第三号');
    expect(tree.promulgatedIso).toBe('2000-03-10');
  });

  it('keeps an amendment history under the number line with the header', () => {
    const law = [
      '○○市情報公開条例',
      '平成十二年三月二十七日',
      '条例第五号',
      '改正　平成十四年三月二十六日条例第八号',
      '平成十七年三月二十八日条例第二号',
      '令和5年3月20日条例第5号',
      '（目的）',
      ...provisions,
    ].join('\n');
    const { tree } = read(law, 'law');
    expect(nodesOf(tree, 'preamble')).toHaveLength(0);
    expect(tree.number).toBe('条例第五号');
    expect(tree.promulgatedIso).toBe('2000-03-27');
    expect(byId(tree, 'art-1')?.caption).toBe('目的');
  });

  it('keeps an enactment statement with a date in it a preamble', () => {
    const law = [
      '○○町手数料条例',
      '条例第三号',
      '令和5年4月1日から施行する法律第3号の規定に基づき、この条例を制定する。',
      ...provisions,
    ].join('\n');
    expect(nodesOf(read(law, 'law').tree, 'preamble')).toHaveLength(1);
  });
});

describe('PDF extractions', () => {
  // the lines of a PDF at 20 characters, with the law's name above each page and a page number
  // under it; a caption is the last line of page 1, and a sentence ends on the last column
  const pdf = [
    '架空手数料条例',
    '令和六年三月一日条例第一号',
    '（趣旨）',
    '第一条　この条例は、手数料の額及び徴収の',
    '　方法について必要な事項を定めるものとす',
    '　る。',
    '（手数料の額）',
    '第二条　手数料の額は、一件につき三百円と',
    '　する。ただし、市長が特に必要と認めると',
    '　きは、これを減額し、又は免除することが',
    '　できる。',
    '２　前項の規定にかかわらず、写しの交付は',
    '　一枚につき十円とし、手数料は前納とする。',
    '　ただし、郵送による場合は、この限りでな',
    '　い。',
    '（徴収の方法）',
    '－１－',
    '架空手数料条例',
    '第三条　手数料は、申請の際に徴収する。た',
    '　だし、市長が認めるときは、後納とするこ',
    '　とができる。',
    '第四条　既納の手数料は、還付しない。ただ',
    '　し、市長が特別の理由があると認めるとき',
    '－２－',
    '架空手数料条例',
    '　は、この限りでない。',
    '附　則',
    'この条例は、令和六年四月一日から施行する。',
    '－３－',
  ].join('\n');

  it('keeps page numbers and the running header out of the sentences they interrupt', () => {
    const { tree, rules } = read(pdf);
    expect(ids(tree, 'article').filter((id) => !id!.startsWith('suppl'))).toEqual([
      'art-1',
      'art-2',
      'art-3',
      'art-4',
    ]);
    expect(text(tree, 'art-4-p1')).toBe(
      '既納の手数料は、還付しない。ただし、市長が特別の理由があると認めるときは、この限りでない。',
    );
    expect(rules.filter((r) => r === 'running-head')).toHaveLength(2);
    const chrome: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'chrome' && 'value' in node) chrome.push(String(node.value));
    });
    expect(chrome).toEqual(expect.arrayContaining(['－１－', '架空手数料条例', '－２－']));
  });

  it('gives a caption its article across the page break between them', () => {
    const { tree } = read(pdf);
    expect(byId(tree, 'art-3')?.caption).toBe('徴収の方法');
    expect(text(tree, 'art-3-p1')).toBe(
      '手数料は、申請の際に徴収する。ただし、市長が認めるときは、後納とすることができる。',
    );
  });

  it('goes on after a sentence that ends on the last column when the next line opens nothing', () => {
    const { tree } = read(pdf);
    expect(nodesOf(tree, 'paragraph').filter((p) => p.id?.startsWith('art-2'))).toHaveLength(2);
    expect(text(tree, 'art-2-p2')).toBe(
      '前項の規定にかかわらず、写しの交付は一枚につき十円とし、手数料は前納とする。ただし、郵送による場合は、この限りでない。',
    );
  });

  it('keeps a repeated sentence beside page breaks as text', () => {
    const repeated = [
      '架空条例',
      '第一条　甲は、これを定める。',
      '　必要な事項',
      '- 1 -',
      '第二条　乙は、これを定める。',
      '　必要な事項',
      '- 2 -',
    ].join('\n');
    const { rules } = read(repeated, 'law');
    expect(rules).not.toContain('running-head');
  });

  it('reads a 例規集 volume head above page 1 as furniture, not as the title, when the title follows it', () => {
    const volume = [
      '架空市例規集　第３編　行政通則',
      '',
      '○架空市手数料規則',
      '令和６年３月１日',
      '規則第３号',
      '第１条　手数料は、申請の際に徴収する。',
      '－１－',
      '架空市例規集　第３編　行政通則',
      '第２条　既納の手数料は、還付しない。',
      '－２－',
    ].join('\n');
    const { tree, rules } = read(volume);
    expect(tree.title).toBe('架空市手数料規則');
    expect(tree.number).toBe('規則第3号');
    expect(rules.filter((r) => r === 'running-head')).toHaveLength(2);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2']);
  });

  it('keeps the law’s name as its title when its number follows it, printed again above page 2', () => {
    const named = [
      '架空市手数料規則',
      '令和６年３月１日規則第３号',
      '第１条　甲。',
      '－１－',
      '架空市手数料規則',
      '第２条　乙。',
      '－２－',
    ];
    const { tree } = read(named.join('\n'));
    expect(tree.title).toBe('架空市手数料規則');
  });
});

describe('labels inline, sentences broken at links', () => {
  it('joins a line that opens with the rest of a citation (の規定, 又は …) to its sentence', () => {
    const law = [
      '架空省令',
      '（令和五年農林水産省令第四十号）',
      '第一条　架空法',
      '（令和五年法律第九十九号）第五十二条第一項',
      'の規定による許可又は同法第五十四条第一項',
      'の規定による認可の申請については、手数料を要しない。',
      '第二条　前条の規定は、法第五十五条第一項',
      '又は第五十九条第一号',
      'の規定による申請について準用する。',
      '２　前項の申請は、書面でしなければならない。',
    ].join('\n');
    const { tree, rules } = read(law, 'law');
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-2-p1', 'art-2-p2']);
    expect(text(tree, 'art-2-p1')).toBe(
      '前条の規定は、法第五十五条第一項又は第五十九条第一号の規定による申請について準用する。',
    );
    expect(text(tree, 'art-1-p1')).toBe(
      '架空法（令和五年法律第九十九号）第五十二条第一項の規定による許可又は同法第五十四条第一項の規定による認可の申請については、手数料を要しない。',
    );
    expect(rules).toContain('joined-line');
  });
});

describe('the e-Gov published layout: captions on their own line, labels inline', () => {
  // The layout e-Gov and the official gazette print: a caption line above its article, 第N条 and ２
  // opening their sentences, items 一 / イ / （１） indented, headings of 章 and 節 between articles.
  const published = [
    '架空個人情報法',
    '（令和五年法律第九十九号）',
    '目次',
    '　第一章　総則（第一条・第二条）',
    '　第二章　義務（第三条―第三十一条）',
    '　附則',
    '　　　第一章　総則',
    '　（目的）',
    '第一条　この法律は、個人の権利を保護することを目的とする。',
    '　（定義）',
    '第二条　この法律において「個人情報」とは、次の各号のいずれかに該当するものをいう。',
    '　一　当該情報に含まれる氏名等により特定の個人を識別することができるもの（次に掲げるものを含む。）',
    '　　イ　文書、図画若しくは電磁的記録に記載され、又は記録されたもの',
    '　　　（１）　氏名',
    '　　　（２）　生年月日',
    '　　ロ　音声、動作その他の方法を用いて表された一切の事項',
    '　二　個人識別符号が含まれるもの',
    '２　この法律において「個人識別符号」とは、次に掲げるものをいう。',
    '　　　第二章　義務',
    '　　　　第一節　通則',
    '第三条　事業者は、第二条第一項第一号イに掲げる情報を適正に取り扱わなければならない。',
    '２　前項の規定は、次条の規定の適用を妨げない。',
    '第四条から第三十条まで　削除',
    '　　　　第二節　雑則',
    '　（適用除外）',
    '第三十一条　第三条の規定は、次に掲げる者には、適用しない。ただし、同条第二項の規定は、この限りでない。',
    '　一　国の機関',
    '　二　地方公共団体',
    '　　　附　則',
    '　（施行期日）',
    '第一条　この法律は、公布の日から施行する。ただし、次の各号に掲げる規定は、当該各号に定める日から施行する。',
    '　一　第三十一条の規定　令和六年四月一日',
    '　（経過措置）',
    '第二条　この法律の施行前にした行為については、なお従前の例による。',
    '',
  ].join('\n');

  it('gives each caption to the article below it and each label its own sentence', () => {
    const { tree } = read(published);
    expect(tree.style).toBe('law');
    expect(ids(tree, 'article')).toEqual([
      'art-1',
      'art-2',
      'art-3',
      'art-4',
      'art-31',
      'suppl-1-art-1',
      'suppl-1-art-2',
    ]);
    expect(nodesOf(tree, 'article').map((a) => a.caption ?? null)).toEqual([
      '目的',
      '定義',
      null,
      null,
      '適用除外',
      '施行期日',
      '経過措置',
    ]);
    expect(ids(tree, 'chapter')).toEqual(['ch-1', 'ch-2']);
    expect(ids(tree, 'section')).toEqual(['ch-2-sec-1', 'ch-2-sec-2']);
    expect(text(tree, 'art-1-p1')).toBe('この法律は、個人の権利を保護することを目的とする。');
    expect(text(tree, 'art-2-p2')).toBe('この法律において「個人識別符号」とは、次に掲げるものをいう。');
    expect(text(tree, 'art-31-p1')).toBe(
      '第三条の規定は、次に掲げる者には、適用しない。ただし、同条第二項の規定は、この限りでない。',
    );
  });

  it('nests items, イ and （１） by their markers and reads 第四条から第三十条まで as one deleted range', () => {
    const { tree } = read(published);
    expect(ids(tree, 'item')).toEqual([
      'art-2-p1-i1',
      'art-2-p1-i2',
      'art-31-p1-i1',
      'art-31-p1-i2',
      'suppl-1-art-1-p1-i1',
    ]);
    expect(ids(tree, 'subitem')).toEqual([
      'art-2-p1-i1-s1',
      'art-2-p1-i1-s1-s1',
      'art-2-p1-i1-s1-s2',
      'art-2-p1-i1-s2',
    ]);
    expect(text(tree, 'art-2-p1-i1-s1-s2')).toBe('生年月日');
    const range = byId(tree, 'art-4')!;
    expect(range.through).toBe('30');
    expect(range.deleted).toBe(true);
    expect(text(tree, 'art-4-p1')).toBe('削除');
  });
});

describe('circled numbers: paragraphs of old 例規集, or a circled list', () => {
  it('reads ② under an article as its second paragraph, and ① ② after a list announcement as items', () => {
    const law = [
      '第一條　市長ハ左ノ事務ヲ掌ル。',
      '①　公告ニ関スル事務',
      '②　掲示ニ関スル事務',
      '②　前項ノ事務ハ之ヲ委任スルコトヲ得。',
      '③　委任ノ手続ハ規則ヲ以テ之ヲ定ム。',
      '第二條　此ノ條例ハ公布ノ日ヨリ之ヲ施行ス。',
      '②　前條ノ規定ハ規則ニ付テ之ヲ準用ス。',
      '',
    ].join('\n');
    const { tree, rules } = read(law);
    expect(tree.style).toBe('law');
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-1-p2', 'art-1-p3', 'art-2-p1', 'art-2-p2']);
    expect(ids(tree, 'item')).toEqual(['art-1-p1-i1', 'art-1-p1-i2']);
    expect(text(tree, 'art-1-p3')).toBe('委任ノ手続ハ規則ヲ以テ之ヲ定ム。');
    expect(rules).not.toContain('numbering-gap');
  });

  it('keeps a circled list whose numbers run on from the article’s paragraphs a list', () => {
    const law = [
      '第1条　次に掲げる事項を定める。',
      '①　目的',
      '②　対象',
      '③　方法',
      '2　前項の事項は、公表する。',
      '',
    ].join('\n');
    const { tree } = read(law, 'law');
    expect(ids(tree, 'item')).toEqual(['art-1-p1-i1', 'art-1-p1-i2', 'art-1-p1-i3']);
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-1-p2']);
  });
});

describe('a web copy whose sub-item text has no 。', () => {
  it('opens （１） alone on its line as the next level’s first marker, not as the sentence’s rest', () => {
    const copy = [
      '第一条',
      '　次に掲げる事項を定める。',
      '一',
      '　事業の内容に関する次に掲げる事項',
      'イ',
      '　取り扱う物品の種類',
      '（１）',
      '　金属製品',
      '（２）',
      '　その他の物品',
      '第二条',
      '　この法律は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree } = read(copy);
    expect(ids(tree, 'subitem')).toEqual(['art-1-p1-i1-s1', 'art-1-p1-i1-s1-s1', 'art-1-p1-i1-s1-s2']);
    expect(text(tree, 'art-1-p1-i1-s1')).toBe('取り扱う物品の種類');
  });
});

describe('a city page around a law', () => {
  it('reads the date and number lines after the page’s update line as the law’s header, not as that line’s rest', () => {
    const page = [
      '北川村公の施設使用料規則',
      '更新日：2024年4月1日',
      '平成20年3月25日',
      '規則第6号',
      '第1条',
      'この規則は、使用料に関し必要な事項を定める。',
      '第2条',
      'この規則は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree } = read(page);
    expect(tree).toMatchObject({
      title: '北川村公の施設使用料規則',
      number: '規則第6号',
      promulgatedIso: '2008-03-25',
    });
    expect(nodesOf(tree, 'preamble').map((p) => p.text ?? '')).toHaveLength(1);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2']);
  });
});

describe('a 例規集 page copied from the browser', () => {
  const copied = [
    '南山市例規集',
    'トップページ > 第3編 行政通則 > 第1章 行政手続',
    '前の例規　次の例規',
    '条項目次',
    '○南山市行政手続条例',
    '平成9年3月21日',
    '条例第1号',
    '改正',
    '平成27年3月20日条例第10号',
    '(目的)',
    '第1条　この条例は、行政手続に関し共通する事項を定める。',
    '附　則',
    'この条例は、平成9年7月1日から施行する。',
    '',
  ].join('\n');

  it('keeps the lines above the ○ title as page furniture, and reads title, number and history', () => {
    const { tree, rules } = read(copied);
    expect(tree).toMatchObject({
      title: '南山市行政手続条例',
      number: '条例第1号',
      promulgatedIso: '1997-03-21',
    });
    expect(nodesOf(tree, 'preamble')).toHaveLength(0);
    expect(nodesOf(tree, 'toc')).toHaveLength(0);
    expect(rules.filter((r) => r === 'page-furniture')).toHaveLength(4);
    const chrome: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'chrome' && 'value' in node) chrome.push(`${node.kind} ${node.value}`);
    });
    expect(chrome[0]).toBe('navigation 南山市例規集');
    expect(byId(tree, 'art-1')?.caption).toBe('目的');
  });

  it('leaves a text that opens with its ○ title as it was', () => {
    const { rules } = read(copied.split('\n').slice(4).join('\n'));
    expect(rules).not.toContain('page-furniture');
  });
});

describe('a table printed in columns inside an article', () => {
  const law = (after: string) =>
    [
      '第1条　手数料の額は、次の表のとおりとする。',
      '   区分                    単位        金額',
      '   住民票の写しの交付      1通につき   300円',
      '   印鑑登録証明書の交付    1通につき   300円',
      after,
      '第2条　この条例は、公布の日から施行する。',
      '',
    ].join('\n');

  it('ends at the next paragraph’s sentence', () => {
    const { tree } = read(law('2  前項の表に掲げる手数料は、申請の際に徴収する。'), 'law');
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-1-p2', 'art-2-p1']);
    expect(nodesOf(tree, 'row')).toHaveLength(3);
    expect(text(tree, 'art-1-p2')).toBe('前項の表に掲げる手数料は、申請の際に徴収する。');
  });

  it('keeps a numbered row of figures a row', () => {
    const { tree } = read(law('   2                       1件につき   200円'), 'law');
    expect(ids(tree, 'paragraph')).toEqual(['art-1-p1', 'art-2-p1']);
    expect(nodesOf(tree, 'row')).toHaveLength(4);
  });
});

describe('a 前文 between the table of contents and the first chapter', () => {
  const law = (label: string[]) =>
    [
      '架空文化振興基本法',
      '（令和元年法律第二十九号）',
      ...label,
      '第一章　総則（第一条）',
      '附則',
      '',
      '　架空文化は、人々の創造性をはぐくむものである。',
      '　ここに、この法律を制定する。',
      '第一章　総則',
      '第一条　この法律は、架空文化の振興を目的とする。',
      '附　則',
      'この法律は、公布の日から施行する。',
      '',
    ].join('\n');

  it.each([
    ['labelled 目次', ['目次']],
    ['found by its content', []],
  ])('is read as the preamble, not as the TOC’s last entry (%s)', (_, label) => {
    const { tree } = read(law(label));
    const entries = nodesOf(tree, 'tocEntry').map((e) => e.label);
    expect(entries).toEqual(['第一章', '附則']);
    expect(nodesOf(tree, 'preamble').map((p) => leafText(p).trim())).toEqual([
      '架空文化は、人々の創造性をはぐくむものである。',
      'ここに、この法律を制定する。',
    ]);
    expect(ids(tree, 'article')).toEqual(['art-1']);
  });
});
