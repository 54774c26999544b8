import { describe, expect, it } from 'vitest';
import { detectWrapWidth, splitLines } from '../../src/lib/parse/lines.ts';
import { leafText, nodesOf, parseText } from './helpers.ts';

const wrap = (text: string, width: number) => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
};

describe('the wrap width of a PDF extraction', () => {
  const sentence =
    '所有者等は、空き家等が管理不全な状態にならないよう、自らの責任において適切に管理しなければならない。町長は、必要な措置について助言又は指導をすることができる。';

  it('finds a column of a two-column page, 17 characters wide', () => {
    const lines = ['○東山町空き家条例', ...wrap(sentence + sentence, 17)];
    expect(detectWrapWidth(splitLines(lines.join('\n')))).toBe(34);
  });

  it('finds none in a text printed one unit per line with short items', () => {
    const items = [
      '第三条　都の機関等は、次に掲げる事項を記載した帳簿を作成しなければならない。',
      '一　保有個人情報を取り扱う事務の名称',
      '二　保有個人情報を取り扱う組織の名称',
      '三　保有個人情報を取り扱う事務の目的',
      '四　保有個人情報の記録項目',
      '五　保有個人情報の対象者の範囲',
      '六　前各号に掲げるもののほか、規則で定める事項',
      '七　保有個人情報の収集方法',
      '八　保有個人情報の経常的な提供先',
      '九　保有個人情報の保存期間',
      '十　その他必要な事項',
    ];
    expect(detectWrapWidth(splitLines(items.join('\n')))).toBeUndefined();
  });
});

describe('no wrap width where lines run past it', () => {
  // a web copy: each paragraph a line of its own, far wider than the pieces a link broke off
  const paragraph =
    '行政庁の処分に不服がある者は、法律に特別の定めがある場合を除くほか、この法律の定めるところにより、審査請求をすることができる。';
  const pieces = [
    '第四条　審査請求は、次の各号に掲げる場合の区分に応じ、当該各号に定める行政庁に対してするものとする。',
    '一　処分庁等が主任の大臣若しくは内閣府設置法',
    '（平成十一年法律第八十九号）第四十九条第一項',
    '若しくは国家行政組織法第三条第二項',
    '（昭和二十三年法律第百二十号）第三条第二項',
    '二　宮内庁長官又は内閣府設置法第四十九条第一項',
    '若しくは第二項若しくは国家行政組織法第三条',
    'に規定する庁の長である場合　当該処分庁等',
  ];

  it('finds none when more lines are wider than the width than come close to it', () => {
    const lines = [...pieces, ...Array.from({ length: 10 }, (_, i) => `${paragraph.slice(0, 30 + i * 5)}。`)];
    expect(detectWrapWidth(splitLines(lines.join('\n')))).toBeUndefined();
  });

  it('still finds the width of a wrapped text with a few wider lines (a table row, a hung 。)', () => {
    const wrapped = wrap(paragraph.repeat(6), 20);
    const lines = [...wrapped, '区分　　　　　　　　単位　　　　　　　　　　　　金額　　　　　　　　備考'];
    expect(detectWrapWidth(splitLines(lines.join('\n')))).toBe(40);
  });
});

describe('the wrap width of a short PDF extraction with many short items', () => {
  it('is the width its few long lines run to, each broken off mid-sentence, though the items outnumber them', () => {
    const text = [
      '架空法施行令',
      '（令和六年三月一日政令第一号）最終改正：令和七年三月一日政令第二号',
      '第一条　甲子、法第十二条第一項に規定する事業者は、同',
      '条第二項の規定により報告しなければならない。',
      '　一　甲丑、道路運送法第九条の許可の年月日',
      '　二　甲寅、道路運送法第九条の許可の年月日',
      '第二条　甲卯、法第十二条第一項に規定する事業者は、同',
      '- 1 -',
      '条第二項の規定により報告しなければならない。',
      '　一　甲辰、道路運送法第九条の許可の年月日',
      '第三条　甲巳、この政令は、架空法（令和五年法律第九十',
      '九号。以下「法」という。）第三条第一項及び第四条の規',
      '定に基づき、必要な事項を定めるものとする。',
      '- 2 -',
    ];
    expect(detectWrapWidth(splitLines(text.join('\n')))).toBe(52);
  });
});

describe('the wrap width of a PDF extraction with a hanging indent', () => {
  it('is the width its long lines run to, though one ends its sentence there and the items outnumber them', () => {
    const text = [
      '架空法施行令',
      '（令和六年三月一日政令第一号）最終改正：令和七年三月一日政令第二号',
      '第一条　甲子、この政令は、架空法（令和五年法律第九十',
      '　九号。以下「法」という。）第三条第一項及び第四条の',
      '　規定に基づき、必要な事項を定めるものとする。',
      '　一　甲丑、道路運送法第九条の許可の年月日',
      '　二　甲寅、道路運送法第九条の許可の年月日',
      '２　甲卯、法第十二条第一項に規定する事業者は、同条第',
      '- 1 -',
      '　二項の規定により報告しなければならない。',
      '第二条　甲辰、法第五条第二項の規定による届出は、書面',
      '　でしなければならない。',
      '　一　甲巳、道路運送法第九条の許可の年月日',
      '　二　甲午、道路運送法第九条の許可の年月日',
      '２　甲未、法第十二条第一項に規定する事業者は、同条第',
      '　二項の規定により報告しなければならない。',
      '- 2 -',
      '第三条　甲申、前項の規定は、法第八条、第九条第三項又',
      '　は第十条の規定による届出について準用する。',
      '- 3 -',
    ];
    expect(detectWrapWidth(splitLines(text.join('\n')))).toBe(52);
  });
});

describe('the wrap width of a short text printed one unit per line', () => {
  it('is none when its long lines without 。 are items each followed by the next label', () => {
    const text = [
      '○架空町行政手続条例',
      '平成9年3月21日',
      '条例第1号',
      '第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定める。',
      '(1)　条例等　条例及び地方自治法第15条第1項の規則をいう',
      '(2)　処分　町の機関の処分その他公権力の行使に当たる行為',
      '(3)　申請　条例等に基づき町の機関の許可を求める行為をいう',
      '(4)　届出　町の機関に対し一定の事項の通知をする行為をいう',
      '第3条　この条例は、公布の日から施行する。',
    ];
    expect(detectWrapWidth(splitLines(text.join('\n')))).toBeUndefined();
  });
});

describe('the wrap width of a long text printed one unit per line', () => {
  it('is none when its long lines are items without 。, each followed by the next label', () => {
    const items = Array.from(
      { length: 14 },
      (_, k) => `(${k + 1})　保有個人情報の記録項目及び対象者の範囲に関する事項その他の事項`,
    );
    const text = ['第2条　この条例において、次の各号に掲げる用語の意義は、当該各号に定める。', ...items];
    expect(detectWrapWidth(splitLines(text.join('\n')))).toBeUndefined();
  });
});

describe('running heads of a PDF extraction whose provisions repeat', () => {
  it('keeps a wrapped line that recurs at the top of pages as text, since it runs to the wrap width', () => {
    const text = [
      '架空法施行令',
      '（令和六年三月一日政令第一号）最終改正：令和七年三月一日政令第二号',
      '（趣旨）',
      '第一条　甲子、法第五条第二項の規定による届出は、書',
      '面でしなければならない。',
      '（届出）',
      '第二条　甲丑、この政令は、架空法（令和五年法律第九',
      '- 1 -',
      '十九号。以下「法」という。）第三条第一項及び第四条',
      'の規定に基づき、必要な事項を定めるものとする。',
      '　一　甲寅、氏名及び住所',
      '　二　甲卯、氏名及び住所',
      '（報告）',
      '第三条　甲辰、この政令は、架空法（令和五年法律第九',
      '- 2 -',
      '十九号。以下「法」という。）第三条第一項及び第四条',
      'の規定に基づき、必要な事項を定めるものとする。',
      '- 3 -',
    ].join('\n');
    const { tree, file } = parseText(text, { style: 'law' });
    expect(file.messages.filter((m) => m.ruleId === 'running-head')).toEqual([]);
    const paragraph = nodesOf(tree, 'paragraph').find((p) => p.id === 'art-3-p1')!;
    expect(leafText(paragraph)).toContain('十九号。以下「法」という。）第三条第一項及び第四条');
  });
});
