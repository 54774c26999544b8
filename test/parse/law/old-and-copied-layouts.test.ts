import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/lib/parse/law/classify.ts';
import { toHalfwidth } from '../../../src/lib/text/chars.ts';
import type { Parent } from '../../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseText } from '../helpers.ts';

const classify = (raw: string) => classifyLine(toHalfwidth(raw).trimEnd(), raw);
const cellTexts = (row: Parent) =>
  row.children
    .filter((c): c is Parent => 'children' in c && c.type === 'cell')
    .map((c) => leafText(c).trim());

describe('circled paragraph numbers set against their sentence (old law books)', () => {
  it('reads ② with no space after it as a paragraph number', () => {
    expect(classify('②前項ノ規定ニ反スル行爲ハ之ヲ取消スコトヲ得')).toMatchObject({
      kind: 'paragraph',
      num: 2,
      circled: true,
      restStart: 1,
    });
  });

  it('numbers the paragraphs of an article in sequence, and leaves a ② out of sequence in its sentence', () => {
    const text = [
      '第一條　私權ハ公共ノ福祉ニ遵フ',
      '②權利ノ行使及ヒ義務ノ履行ハ信義ニ從ヒ誠實ニ之ヲ爲スコトヲ要ス',
      '③權利ノ濫用ハ之ヲ許サス',
      '第二條　外國人ハ法令又ハ條約ニ禁止アル場合ヲ除ク外私權ヲ享有ス',
      '④此ノ行ハ番號ガ飛ブ',
      '',
    ].join('\n');
    const { tree } = parseText(text);
    expect(nodesOf(byId(tree, 'art-1')!, 'paragraph').map((p) => p.id)).toEqual([
      'art-1-p1',
      'art-1-p2',
      'art-1-p3',
    ]);
    expect(byId(tree, 'art-1-p2')!.text).toBe('權利ノ行使及ヒ義務ノ履行ハ信義ニ從ヒ誠實ニ之ヲ爲スコトヲ要ス');
    expect(byId(tree, 'art-2-p4')).toBeUndefined();
    expect(leafText(tree)).toBe(text);
  });
});

describe('an amendment record under a unit whose sentence has no 。 (例規集 page, labels alone)', () => {
  it('is never joined to the sub-item or item above it', () => {
    const text = [
      '○テスト市情報公開条例',
      '（定義）',
      '第１条',
      'この条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。',
      '（１）　公文書　実施機関の職員が職務上作成した文書をいう。ただし、次に掲げるものを除く。',
      'ア　官報、公報その他不特定多数の者に販売することを目的として発行されるもの',
      'イ　図書館において一般の利用に供することを目的として管理されているもの',
      '（平１７条例１０・一部改正）',
      '（委任）',
      '第２条',
      'この条例の施行に関し必要な事項は、規則で定める。',
      '',
    ].join('\n');
    const { tree, file } = parseText(text);
    expect(byId(tree, 'art-1-p1-i1-s2')!.text).toBe(
      '図書館において一般の利用に供することを目的として管理されているもの',
    );
    expect(file.messages.some((m) => m.ruleId === 'joined-line' && m.line === 8)).toBe(false);
    expect(leafText(tree)).toBe(text);
  });
});

describe('a 別表 copied one cell a line', () => {
  const head = [
    '○テスト市手数料条例',
    '(手数料の額)',
    '第1条　手数料の額は、別表のとおりとする。',
    '附　則',
    'この条例は、公布の日から施行する。',
    '別表(第1条関係)',
  ];

  it('is rebuilt as rows when every row ends with an amount at the same period', () => {
    const cells = ['区分', '単位', '金額', '住民票の写し', '1通', '300円', '印鑑登録証明書', '1通', '300円'];
    const text = [...head, ...cells.flatMap((c) => [c, ''])].join('\n');
    const { tree, file } = parseText(text);
    const rows = nodesOf(tree, 'row');
    expect(rows.map(cellTexts)).toEqual([cells.slice(0, 3), cells.slice(3, 6), cells.slice(6)]);
    expect(rows[0]!.header).toBe(true);
    expect(rows[1]!.header).toBeUndefined();
    expect(file.messages.filter((m) => m.ruleId === 'cell-per-line-table')).toHaveLength(1);
    expect(leafText(tree)).toBe(text);
  });

  it('stays one block a line when the amounts do not repeat exactly', () => {
    const cells = [
      '区分',
      '金額',
      '閲覧',
      '無料',
      '写しの交付',
      '1枚につき10円',
      '郵送',
      '実費',
      '電磁的記録',
      '100円',
    ];
    const text = [...head, ...cells].join('\n');
    const { tree, file } = parseText(text);
    expect(nodesOf(tree, 'row')).toHaveLength(0);
    expect(file.messages.some((m) => m.ruleId === 'cell-per-line-table')).toBe(false);
    expect(leafText(tree)).toBe(text);
  });

  it('ends the rows before a note under the table', () => {
    const cells = ['区分', '金額', '写しの交付', '10円', '光ディスク', '100円'];
    const text = [...head, ...cells, '備考　金額には消費税を含む。'].join('\n');
    const { tree } = parseText(text);
    expect(nodesOf(tree, 'row').map(cellTexts)).toEqual([
      ['区分', '金額'],
      ['写しの交付', '10円'],
      ['光ディスク', '100円'],
    ]);
    expect(leafText(nodesOf(tree, 'table')[0]!)).not.toContain('備考');
    expect(leafText(tree)).toBe(text);
  });
});

describe('labels a PDF extraction set apart with spaces', () => {
  it.each([
    ['第 1 条　この規則は…', '1'],
    ['第 3 条 の 2　前条の…', '3_2'],
    ['第十一 条　この法律は…', '11'],
  ])('reads %s as the article label', (line, num) => {
    expect(classify(line)).toMatchObject({ kind: 'article', num });
  });

  it('reads 第 2 章 as a chapter heading, and the words after 第 as no label', () => {
    expect(classify('第 2 章　公文書の管理')).toMatchObject({
      kind: 'division',
      key: '章2',
      title: '公文書の管理',
    });
    expect(classify('第 三者に提供する')).toMatchObject({ kind: 'text' });
  });

  it('parses a rule printed so into articles, paragraphs and items', () => {
    const text = [
      '○テスト市公文書管理規則',
      '（趣旨）',
      '第 1 条　この規則は、公文書の管理に関し必要な事項を定めるものとする。',
      '（定義）',
      '第 2 条　この規則において「公文書」とは、職員が職務上作成した文書をいう。',
      '2 　前項の規定にかかわらず、次に掲げるものは公文書としない。',
      '( 1 )　官報',
      '( 2 )　新聞',
      '附　則',
      'この規則は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree } = parseText(text);
    expect(byId(tree, 'art-1')!.caption).toBe('趣旨');
    expect(nodesOf(byId(tree, 'art-2-p2')!, 'item').map((i) => i.text)).toEqual(['官報', '新聞']);
    expect(nodesOf(tree, 'supplement')).toHaveLength(1);
    expect(leafText(tree)).toBe(text);
  });
});

describe('page numbers printed bare', () => {
  // the PDF extractions of test/fixtures/blind read the same with bare page numbers (blind.test.ts)
  it('leave a web copy’s paragraph numbers alone, however far apart', () => {
    const items = ['一', '二', '三', '四', '五', '六'].flatMap((n) => [n, '', `　${n}号の事項`, '']);
    const text = [
      '',
      '　　　附　則',
      '',
      '１',
      '',
      '　この法律は、次の各号に掲げる規定ごとに、当該各号に定める日から施行する。',
      ...items,
      '２',
      '',
      '　前項の規定にかかわらず、次条の規定は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree, file } = parseText(`第一条\n\n　この法律は、公布の日から施行する。\n${text}`);
    expect(file.messages.some((m) => m.ruleId === 'bare-page-number')).toBe(false);
    expect(nodesOf(nodesOf(tree, 'supplement')[0]!, 'paragraph')).toHaveLength(2);
  });

  it('leave alone a 項 number printed alone after an article whose label is inline (e-Gov law search copies)', () => {
    // pieces broken off at links come close to one width, but the paragraphs run far past it
    const article = (n: string, first: string, second: string) => [`第${n}条　${first}`, '２', second];
    const filler = Array.from(
      { length: 12 },
      (_, i) =>
        `第${['三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'][i]}条　この法律の規定による届出は、${'書面により行う。'.repeat((i % 4) + 1)}`,
    );
    const text = [
      ...article(
        '一',
        'この法律は、行政の適正な運営を確保することを目的とする。',
        '他の法律に特別の定めがある場合を除くほか、この法律の定めるところによる。',
      ),
      '第二条　審査請求は、内閣府設置法',
      '（平成十一年法律第八十九号）第四十九条第一項',
      '若しくは国家行政組織法',
      '（昭和二十三年法律第百二十号）第三条第二項',
      'に規定する庁の長に対してする。',
      ...filler,
      ...article(
        '十五',
        '処分についての審査請求は、三月を経過したときは、することができない。',
        '処分についての審査請求は、一年を経過したときは、することができない。',
      ),
      '３',
      '前二項に規定する期間の計算については、送付に要した日数は、算入しない。',
    ].join('\n');
    const { tree, file } = parseText(text);
    expect(file.messages.some((m) => m.ruleId === 'bare-page-number')).toBe(false);
    expect(nodesOf(byId(tree, 'art-1')!, 'paragraph')).toHaveLength(2);
    expect(nodesOf(byId(tree, 'art-15')!, 'paragraph')).toHaveLength(3);
    expect(leafText(tree)).toBe(text);
  });
});
