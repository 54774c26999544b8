import { describe, expect, it } from 'vitest';
import type { DocumentNode, Node } from '../../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseText } from '../helpers.ts';

/** Parses a small law (as a law: one article would read as a page) and checks that nothing was lost. */
function read(text: string) {
  const { tree, file } = parseText(text, { style: 'law' });
  expect(leafText(tree)).toBe(text);
  return { tree, file, rules: file.messages.map((m) => m.ruleId) };
}

const articleIds = (tree: DocumentNode) =>
  nodesOf(tree, 'article')
    .filter((a) => !a.id!.startsWith('suppl-'))
    .map((a) => a.id);
const text = (tree: DocumentNode, id: string) => byId(tree, id)?.text?.replace(/[\s\u3000]/g, '');

describe('labels alone on their line (web copies)', () => {
  const law = [
    '架空法',
    '（令和五年法律第九十九号）',
    '（目的）',
    '第一条',
    '',
    '　この法律は、架空の事項を定める。',
    '',
    '（定義）',
    '第二条',
    '',
    '　この法律において次の各号に掲げる用語の意義は、それぞれ当該各号に定めるところによる。',
    '一',
    '',
    '　文書　紙に記載されたもの',
    '',
    '二',
    '',
    '　図画　紙に描かれたもの',
    '',
    '２',
    '',
    '　前項の規定は、適用しない。',
    '',
    '○３',
    '',
    '　前二項の規定にかかわらず、なお従前の例による。',
    '',
  ].join('\n');

  it('opens each unit at its label and gives it the sentence that follows', () => {
    const { tree, rules } = read(law);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
    expect(byId(tree, 'art-1')?.caption).toBe('目的');
    expect(text(tree, 'art-1-p1')).toBe('この法律は、架空の事項を定める。');
    expect(text(tree, 'art-2-p1-i1')).toBe('文書紙に記載されたもの');
    expect(text(tree, 'art-2-p1-i2')).toBe('図画紙に描かれたもの');
    expect(text(tree, 'art-2-p2')).toBe('前項の規定は、適用しない。');
    expect(byId(tree, 'art-2-p3')?.label).toBe('３');
    expect(text(tree, 'art-2-p3')).toBe('前二項の規定にかかわらず、なお従前の例による。');
    expect(rules).not.toContain('numbering-gap');
  });

  it('reads the same law with its labels inline', () => {
    const inline = law.replace(/\n(第[一二]条|一|二|２|○３)\n\n　/g, '\n$1　');
    const { tree } = read(inline);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
    expect(text(tree, 'art-2-p1-i2')).toBe('図画紙に描かれたもの');
    expect(text(tree, 'art-2-p3')).toBe('前二項の規定にかかわらず、なお従前の例による。');
  });
});

describe('sentences broken where the page had a link', () => {
  const law = [
    '（趣旨）',
    '第一条',
    '',
    '　この政令は、架空法',
    '（令和五年法律第九十九号。以下「法」という。）第三条第一項',
    '及び第四条',
    'の規定に基づき、必要な事項を定めるものとする。',
    '',
    '（手続）',
    '第二条',
    '',
    '　法第五条',
    '第二項の規定による届出は、書面でしなければならない。',
    '２',
    '',
    '　前項の書面には、次に掲げる事項を記載しなければならない。',
    '一',
    '',
    '　氏名（法人にあつては、名称',
    '）',
    '',
  ].join('\n');

  it('joins the lines into one sentence and says so', () => {
    const { tree, file } = read(law);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
    expect(text(tree, 'art-1-p1')).toBe(
      'この政令は、架空法（令和五年法律第九十九号。以下「法」という。）第三条第一項及び第四条の規定に基づき、必要な事項を定めるものとする。',
    );
    expect(text(tree, 'art-2-p1')).toBe('法第五条第二項の規定による届出は、書面でしなければならない。');
    expect(text(tree, 'art-2-p2-i1')).toBe('氏名（法人にあつては、名称）');
    const joined = file.messages.filter((m) => m.ruleId === 'joined-line');
    expect(joined.length).toBe(5);
    expect(joined[0]!.line).toBe(5);
    expect(joined.every((m) => m.fatal === undefined)).toBe(true);
  });

  it('joins a line that opens with a citation (第五条第一号, 同条第九項) in a copy whose labels are inline', () => {
    const inline = [
      '第一条　国立公文書館等の長は、次に掲げる場合を除き、利用させなければならない。',
      '一　次に掲げる情報が記録されている場合',
      'イ　架空情報公開法',
      '第五条第一号',
      'に掲げる情報',
      'ロ　架空情報公開法第五条第二号',
      '又は同条第九項',
      'に掲げる情報',
      '第二条　この法律は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree, rules } = read(inline);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
    expect(nodesOf(tree, 'subitem').map((n) => n.text)).toEqual([
      '架空情報公開法第五条第一号に掲げる情報',
      '架空情報公開法第五条第二号又は同条第九項に掲げる情報',
    ]);
    expect(rules.filter((r) => r === 'joined-line')).toHaveLength(4);
  });

  it('goes on past a 。 inside parentheses, and with a line that opens with a closing bracket', () => {
    const law = [
      '第一条　この法律において「個人番号」とは、住民票コード（住民基本台帳法第七条第十三号に規定する住民票コードをいう。',
      '以下同じ。）を変換して得られる番号をいう。',
      '第二条　この規則は、南浦市情報公開条例(平成13年南浦市条例第3号。以下「条例」という。',
      ')の施行に関し必要な事項を定める。',
      '第三条　この法律は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree } = read(law);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2', 'art-3']);
    expect(text(tree, 'art-1-p1')).toBe(
      'この法律において「個人番号」とは、住民票コード（住民基本台帳法第七条第十三号に規定する住民票コードをいう。以下同じ。）を変換して得られる番号をいう。',
    );
    expect(text(tree, 'art-2-p1')).toBe(
      'この規則は、南浦市情報公開条例(平成13年南浦市条例第3号。以下「条例」という。)の施行に関し必要な事項を定める。',
    );
  });

  it('reads a label-shaped line that breaks the numbering as part of the sentence', () => {
    const broken = [
      '第一条',
      '',
      '　この法律は、他の法律の',
      '第九条',
      'の規定を準用する。',
      '第二条',
      '',
      '　次条の規定は、適用しない。',
      '',
    ].join('\n');
    const { tree, rules } = read(broken);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
    expect(text(tree, 'art-1-p1')).toBe('この法律は、他の法律の第九条の規定を準用する。');
    expect(rules).toContain('label-in-sentence');
  });

  it('joins an enactment statement the page broke at each link, and says so', () => {
    const statement = [
      '架空法施行規則',
      '（令和六年三月一日総務省令第一号）',
      '　架空法',
      '（令和五年法律第九十九号）第四条',
      '、第六条第一項',
      '及び第四項',
      '並びに架空法施行令',
      '（令和五年政令第九号）第九条',
      'の規定に基づき、架空法施行規則を次のように定める。',
      '',
      '（趣旨）',
      '第一条',
      '',
      '　この省令は、必要な事項を定める。',
      '',
      '第二条',
      '',
      '　この省令は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree, file } = read(statement);
    // the number line before it, when not read as the enactment, is a preamble of its own
    const preambles = nodesOf(tree, 'preamble').map((p) => leafText(p).replace(/[\s\u3000]/g, ''));
    expect(preambles.filter((p) => !/^（[^）]*）$/.test(p))).toEqual([
      '架空法（令和五年法律第九十九号）第四条、第六条第一項及び第四項並びに架空法施行令（令和五年政令第九号）第九条の規定に基づき、架空法施行規則を次のように定める。',
    ]);
    expect(file.messages.filter((m) => m.ruleId === 'joined-line').map((m) => m.line)).toEqual([
      4, 5, 6, 7, 8, 9,
    ]);
    expect(articleIds(tree)).toEqual(['art-1', 'art-2']);
  });

  it('keeps the sentences of a preamble apart where each ends', () => {
    const preamble = [
      '架空法',
      '（令和五年法律第九十九号）',
      '　我らは、架空の事項を定める。',
      '　ここに、この法律を制定する。',
      '',
      '第一条',
      '',
      '　この法律は、架空の事項を定める。',
      '',
      '第二条',
      '',
      '　この法律は、公布の日から施行する。',
      '',
    ].join('\n');
    const { tree, rules } = read(preamble);
    const preambles = nodesOf(tree, 'preamble').map((p) => leafText(p).trim());
    expect(preambles.filter((p) => !/^（[^）]*）$/.test(p))).toEqual([
      '我らは、架空の事項を定める。',
      'ここに、この法律を制定する。',
    ]);
    expect(rules).not.toContain('joined-line');
  });

  it('reads a label-shaped line after a line that ran to the wrap width as the sentence’s rest, and says so', () => {
    const filler = 'この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとし、';
    const wrappedLaw = [
      '架空市個人情報保護条例',
      ...Array.from({ length: 8 }, (_, k) => [`第${k + 1}条　${filler}`, `${filler.slice(0, 20)}。`]).flat(),
      '第9条　実施機関は、個人情報の保護に関する法律第',
      '4 章第２節の規定により第１６条第２項に規定する者',
      'が講ずべき措置に準じて、必要な措置を講ずる。',
    ].join('\n');
    const { tree, file } = read(`${wrappedLaw}\n`);
    expect(articleIds(tree)).toEqual([
      'art-1',
      'art-2',
      'art-3',
      'art-4',
      'art-5',
      'art-6',
      'art-7',
      'art-8',
      'art-9',
    ]);
    expect(text(tree, 'art-9-p1')).toContain('法律第4章第２節の規定により');
    const notes = file.messages.filter((m) => m.ruleId === 'label-after-wrap');
    expect(notes.map((m) => [m.line, m.fatal])).toEqual([[19, undefined]]);
  });

  it('joins a paragraph broken off before its 。 in a short extraction, and keeps a table after an open sentence apart', () => {
    const short = [
      '架空法施行令',
      '第一条　法第五条第二項の規定による',
      '届出は、書面でしなければならない。',
      '- 1 -',
      '第二条　手数料の額は、次のとおり',
      '区分　　金額',
      '写し　　十円',
      '',
    ].join('\n');
    const { tree, rules } = read(short);
    expect(text(tree, 'art-1-p1')).toBe('法第五条第二項の規定による届出は、書面でしなければならない。');
    expect(rules).toContain('joined-line');
    expect(text(tree, 'art-2-p1')).toBe('手数料の額は、次のとおり');
  });

  it('reads a caption a page broke at a link', () => {
    const caption = [
      '架空法施行令',
      '（架空法',
      'の施行期日）',
      '第一条',
      '',
      '　架空法の施行期日は、令和六年四月一日とする。',
      '',
    ].join('\n');
    const { tree } = read(caption);
    expect(byId(tree, 'art-1')?.caption).toBe('架空法の施行期日');
    expect(text(tree, 'art-1-p1')).toBe('架空法の施行期日は、令和六年四月一日とする。');
  });
});

describe('captions', () => {
  it('names the article that follows it, inline or alone, in any numeral style', () => {
    for (const label of ['第一条', '第１条', '第1条']) {
      const { tree } = read(`（目的）\n${label}　この条例は、目的を定める。\n`);
      expect(byId(tree, 'art-1')?.caption).toBe('目的');
    }
  });

  it('printed after a label alone, opens the first paragraph, as old laws print it', () => {
    const law =
      '第一条\n\n（この法律の趣旨）\n\n　この法律は、趣旨を定める。\n\n第二条\n\n（所在地）\n\n　委員会は、東京都に置く。\n';
    const { tree, rules } = read(law);
    expect(byId(tree, 'art-1')?.caption).toBeUndefined();
    expect(text(tree, 'art-1-p1')).toBe('（この法律の趣旨）この法律は、趣旨を定める。');
    expect(text(tree, 'art-2-p1')).toBe('（所在地）委員会は、東京都に置く。');
    expect(rules).toContain('caption-after-label');
  });
});

describe('tables of contents', () => {
  const body = [
    '第一章　総則',
    '（目的）',
    '第一条　この法律は、目的を定める。',
    '第二章　雑則',
    '第二条　この法律は、公布の日から施行する。',
    '附　則',
    'この法律は、公布の日から施行する。',
    '',
  ].join('\n');

  it.each([
    ['labelled 目次, with article ranges', '目次\n第一章　総則（第一条）\n第二章　雑則（第二条）\n附則\n'],
    ['labelled with the law name, without ranges', '架空法目次\n　第一章　総則\n　第二章　雑則\n　附則\n'],
    ['without a label', '\n　第一章　総則\n\n　第二章　雑則\n\n　附則\n\n'],
    ['without a label, with ranges', '第一章　総則（第一条）\n第二章　雑則（第二条）\n附則\n'],
    [
      'whose range a page wrapped inside its parentheses',
      '目次\n第一章　総則（第一条の二―第一条の\n三）\n第二章　雑則（第二条）\n附則\n',
    ],
  ])('keeps a TOC %s apart from the body', (_name, toc) => {
    const { tree } = read(`架空法\n${toc}${body}`);
    const tocNode = nodesOf(tree, 'toc')[0]!;
    expect(nodesOf(tocNode, 'tocEntry').map((e) => e.label)).toEqual(['第一章', '第二章', '附則']);
    expect(nodesOf(tree, 'chapter').map((c) => c.id)).toEqual(['ch-1', 'ch-2']);
    expect(nodesOf(byId(tree, 'ch-1')!, 'article').map((a) => a.id)).toEqual(['art-1']);
    expect(nodesOf(tree, 'supplement')).toHaveLength(1);
    expect(text(tree, 'suppl-1-p1')).toBe('この法律は、公布の日から施行する。');
  });

  it('reports a TOC found without a label', () => {
    const { rules } = read(`架空法\n第一章　総則\n第二章　雑則\n附則\n${body}`);
    expect(rules).toContain('toc-by-content');
  });

  it('does not take chapter headings for a TOC when they are printed once', () => {
    const { tree } = read(`架空法\n${body}`);
    expect(nodesOf(tree, 'toc')).toHaveLength(0);
    expect(nodesOf(tree, 'chapter')).toHaveLength(2);
  });
});

describe('numbering', () => {
  it('reads branch articles, branch items and deleted articles', () => {
    const law = [
      '第一条　この法律は、目的を定める。',
      '第一条の二　この法律において、次に掲げる。',
      '一　甲',
      '一の二　乙',
      '二　丙',
      '第二条　削除',
      '第三条',
      '　削除',
      '第四条から第六条まで　削除',
      '第十一条の二　この法律は、施行する。',
      '',
    ].join('\n');
    const { tree } = read(law);
    expect(articleIds(tree)).toEqual(['art-1', 'art-1_2', 'art-2', 'art-3', 'art-4', 'art-11_2']);
    expect(nodesOf(byId(tree, 'art-1_2')!, 'item').map((i) => i.id)).toEqual([
      'art-1_2-p1-i1',
      'art-1_2-p1-i1_2',
      'art-1_2-p1-i2',
    ]);
    expect(byId(tree, 'art-2')?.deleted).toBe(true);
    expect(byId(tree, 'art-3')?.deleted).toBe(true);
    expect(byId(tree, 'art-4')).toMatchObject({ deleted: true, through: '6' });
  });

  it.each([
    ['inline', '第三条から第五条まで　削除'],
    ['alone', '第三条から第五条まで\n削除'],
  ])(
    'opens the next article after a deleted range, its label %s, however far the numbers jump (an excerpt copied from a web page)',
    (_name, deleted) => {
      const law = [
        '第一条',
        'この法律は、目的を定める。',
        '第二条',
        'この法律において、定義を定める。',
        deleted,
        '第三十条の五',
        '都道府県知事は、本人確認情報を記録しなければならない。',
        '',
      ].join('\n');
      const { tree, rules } = read(law);
      expect(articleIds(tree)).toEqual(['art-1', 'art-2', 'art-3', 'art-30_5']);
      expect(byId(tree, 'art-3')).toMatchObject({ deleted: true, through: '5' });
      expect(text(tree, 'art-30_5-p1')).toBe('都道府県知事は、本人確認情報を記録しなければならない。');
      expect(rules).not.toContain('label-in-sentence');
    },
  );

  it('nests iroha and gojūon sub-items and (1) below them, in both styles', () => {
    const national =
      '第一条　次に掲げる。\n一　甲\nイ　甲の一\nロ　甲の二\n（１）　細目\n（２）　細目二\nハ　甲の三\n二　乙\n';
    const { tree } = read(national);
    expect(byId(tree, 'art-1-p1-i1-s2-s2')?.text).toBe('細目二');
    expect(byId(tree, 'art-1-p1-i1-s3')?.label).toBe('ハ');
    expect(byId(tree, 'art-1-p1-i2')?.text).toBe('乙');
    const municipal = '第1条 次に掲げる。\n(1) 甲\nア 甲の一\nイ 甲の二\n(2) 乙\n';
    const second = read(municipal).tree;
    expect(byId(second, 'art-1-p1-i1-s2')?.text).toBe('甲の二');
    expect(byId(second, 'art-1-p1-i2')?.text).toBe('乙');
  });

  it('splits off a first sub-item a page glued to the item text', () => {
    const law = '第一条\n\n　次に掲げる。\n一\n\n　資産イ　土地\nロ　建物\nハ　現金\n二\n\n　負債\n';
    const { tree, rules } = read(law);
    expect(text(tree, 'art-1-p1-i1')).toBe('資産');
    expect(nodesOf(byId(tree, 'art-1-p1-i1')!, 'subitem').map((s) => `${s.label}${s.text}`)).toEqual([
      'イ土地',
      'ロ建物',
      'ハ現金',
    ]);
    expect(text(tree, 'art-1-p1-i2')).toBe('負債');
    expect(rules).toContain('glued-marker');
  });
});

describe('supplementary provisions', () => {
  it('keeps several 附則 blocks with amendment labels, with articles or paragraphs only', () => {
    const law = [
      '第一条　この法律は、目的を定める。',
      '附　則　抄',
      '（施行期日）',
      '第一条　この法律は、公布の日から施行する。',
      '（経過措置）',
      '第二条　従前の例による。',
      '附　則　（平成五年五月七日法律第三九号）',
      'この法律は、公布の日から施行する。',
      '附　則　（平成十年六月一日法律第九十号）　抄',
      '１　この法律は、平成十一年四月一日から施行する。',
      '２　前項の規定にかかわらず、なお従前の例による。',
      '',
    ].join('\n');
    const { tree } = read(law);
    const suppl = nodesOf(tree, 'supplement');
    expect(suppl.map((s) => s.id)).toEqual(['suppl-1', 'suppl-2', 'suppl-3']);
    expect(suppl[1]!.amendment).toBe('平成五年五月七日法律第三九号');
    expect(byId(tree, 'suppl-1-art-2')?.caption).toBe('経過措置');
    expect(text(tree, 'suppl-2-p1')).toBe('この法律は、公布の日から施行する。');
    expect(text(tree, 'suppl-3-p2')).toBe('前項の規定にかかわらず、なお従前の例による。');
    expect(articleIds(tree)).toEqual(['art-1']);
  });
});

describe('size', () => {
  it('parses a 1 MB line and keeps it whole', () => {
    const line = `第一条　${'この法律は、目的を定める。'.repeat(80_000)}`;
    const { tree } = read(line);
    expect(byId(tree, 'art-1-p1')?.text?.length).toBe(line.length - 4);
  });

  it('parses a 10 MB law of numbered articles, paragraphs and items', () => {
    const article = (n: number) =>
      `（目的）\n第${n}条　この条例は、次に掲げる事項を定める。\n(1)　甲\nア　甲の一\n(2)　乙\n2　前項の規定は、適用しない。\n`;
    const parts: string[] = [];
    let size = 0;
    for (let n = 1; size < 10 * 1024 * 1024; n++) {
      const a = article(n);
      parts.push(a);
      size += a.length * 3;
    }
    const text = parts.join('');
    const { tree } = parseText(text, { style: 'law' });
    expect(nodesOf(tree, 'article').length).toBe(parts.length);
    expect(leafText(tree).length).toBe(text.length);
  }, 300_000);

  it('keeps a long run of repeated numbers flat: no unit nests deeper than a few levels', () => {
    const unit = '第一条　次に掲げる。\n（１）　甲\n（１）　乙\nア　丙\n（１）　丁\n';
    const { tree } = parseText(unit.repeat(2000), { style: 'law' });
    let deepest = 0;
    const stack: Array<{ node: Node; depth: number }> = [{ node: tree, depth: 0 }];
    while (stack.length) {
      const { node, depth } = stack.pop()!;
      deepest = Math.max(deepest, depth);
      if ('children' in node)
        for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    }
    expect(deepest).toBeLessThan(12);
  }, 120_000);
});
