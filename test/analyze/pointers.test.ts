import { describe, expect, it } from 'vitest';
import { LawRegistry } from '../../src/lib/analyze/laws.ts';
import { normalizeForMatching } from '../../src/lib/analyze/normalize.ts';
import type { Group } from '../../src/lib/analyze/pointers.ts';
import { tokenizePointers } from '../../src/lib/analyze/tokenize.ts';

/** Pointer chains of a text as compact data: REL:level[:num|:count] parts, chains joined by their link. */
function read(text: string): string[] {
  const { text: s } = normalizeForMatching(text);
  return tokenizePointers(s, [], new LawRegistry(undefined, undefined)).map((g) => describeGroup(g));
}

function describeGroup(group: Group): string {
  return group.chains
    .map((c) => {
      const parts = c.parts
        .map((p) =>
          [p.rel, p.level, p.num ?? p.letter ?? (p.count !== undefined ? `×${p.count}` : '')]
            .filter(Boolean)
            .join(':'),
        )
        .join(' ');
      const extra = [
        c.link === 'first' ? '' : `${c.link}>`,
        c.suppl ? '附則 ' : '',
        c.law ? `[${c.law.kind}${c.law.kind === 'same' ? `:${c.law.which}` : ''}] ` : '',
      ].join('');
      const range = c.rangeTo
        ? ` … ${c.rangeTo.parts.map((p) => `${p.rel}:${p.level}${p.num ? `:${p.num}` : ''}`).join(' ')}`
        : '';
      return `${extra}${parts}${c.qualifier ? ` (${c.qualifier})` : ''}${range}`;
    })
    .join(' | ');
}

describe('normalizeForMatching', () => {
  it.each([
    ['第十一条の二第一項', '第11条の2第1項'],
    ['第１１条の２第１項', '第11条の2第1項'],
    ['前二項', '前2項'],
    ['平成十五年法律第五十七号', '平成15年法律第57号'],
    ['平成一五年五月三〇日法律第六一号', '平成15年5月30日法律第61号'],
    ['令和元年', '令和1年'],
    ['第 4 章第２節', '第4章第2節'],
    ['（第百条）', '(第100条)'],
    // words that only look like numerals stay
    ['一定の事務、統一的に、第三者', '一定の事務、統一的に、第三者'],
    ['第二号の一部を改正', '第2号の一部を改正'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeForMatching(text).text).toBe(expected);
  });

  it('maps every character back to the text it came from', () => {
    const text = '前条　第二十三条の二第十一項';
    const { text: s, origin: map, originEnd: mapEnd } = normalizeForMatching(text);
    expect(s).toBe('前条第23条の2第11項');
    const at = s.indexOf('23');
    expect(text.slice(map[at]!, mapEnd[at + 1]!)).toBe('二十三');
    expect(text.slice(map[s.indexOf('11')]!, mapEnd[s.length - 1]!)).toBe('十一項');
    expect(map[s.length]).toBe(text.length);
  });
});

/** [municipal, national, chains] — the same pointers in both numeral styles read the same. */
const CASES: Array<[string, string, string[]]> = [
  ['前条第1項の規定', '前条第一項の規定', ['PREV:article ABS:paragraph:1']],
  ['同項第2号', '同項第二号', ['SAME:paragraph ABS:item:2']],
  ['前各項', '前各項', ['PREV:paragraph:×all']],
  ['前2号に掲げる', '前二号に掲げる', ['PREV:item:×2']],
  ['前6条の規定', '前六条の規定', ['PREV:article:×6']],
  ['第11条第2項各号', '第十一条第二項各号', ['ABS:article:11 ABS:paragraph:2 EACH:item']],
  ['第11条の2第3項', '第十一条の二第三項', ['ABS:article:11_2 ABS:paragraph:3']],
  ['第244条の2第3項', '第二百四十四条の二第三項', ['ABS:article:244_2 ABS:paragraph:3']],
  ['次条第2号ア', '次条第二号イ', [`NEXT:article ABS:item:2 ABS:subitem:${'ア'}`]],
  ['この条の規定', 'この条の規定', ['HERE:article']],
  ['本条及び次項', '本条及び次項', ['HERE:article | list>NEXT:paragraph']],
  ['第3章第4節', '第三章第四節', ['ABS:chapter:3 ABS:section:4']],
  // appended tables and forms, by their label
  ['別表第2に掲げる法人', '別表第二に掲げる法人', ['ABS:appendix:別表第2']],
  ['別記様式第1号による', '別記様式第一号による', ['ABS:appendix:別記様式第1号']],
  ['前章', '前章', ['PREV:chapter']],
  ['附則第2項', '附則第二項', ['附則 ABS:paragraph:2']],
  ['附則第2条第1項', '附則第二条第一項', ['附則 ABS:article:2 ABS:paragraph:1']],
  // qualifiers name a part of the unit: the unit is the target
  ['第9条ただし書', '第九条ただし書', ['ABS:article:9 (ただし書)']],
  ['同項本文', '同項本文', ['SAME:paragraph (本文)']],
  ['前条後段', '前条後段', ['PREV:article (後段)']],
  [
    '第42条第1項各号列記以外の部分',
    '第四十二条第一項各号列記以外の部分',
    ['ABS:article:42 ABS:paragraph:1 (各号列記以外の部分)'],
  ],
  // lists: later members inherit what they omit (resolved later)
  ['第7条第2号又は第3号', '第七条第二号又は第三号', ['ABS:article:7 ABS:item:2 | list>ABS:item:3']],
  [
    '第8条第1項及び第2項並びに第9条',
    '第八条第一項及び第二項並びに第九条',
    ['ABS:article:8 ABS:paragraph:1 | list>ABS:paragraph:2 | list>ABS:article:9'],
  ],
  [
    '第28条第1項、第40条第1項',
    '第二十八条第一項、第四十条第一項',
    ['ABS:article:28 ABS:paragraph:1 | list>ABS:article:40 ABS:paragraph:1'],
  ],
  [
    '第21条第2号ア又はイ',
    '第二十一条第二号イ又はロ',
    [`ABS:article:21 ABS:item:2 ABS:subitem:ア | list>ABS:subitem:イ`],
  ],
  // separators lost: a part at the same or an outer level starts the next chain
  [
    '第8条第2項第8号第9条ただし書第11条第2項第8号',
    '第八条第二項第八号第九条ただし書第十一条第二項第八号',
    [
      'ABS:article:8 ABS:paragraph:2 ABS:item:8 | run>ABS:article:9 (ただし書) | run>ABS:article:11 ABS:paragraph:2 ABS:item:8',
    ],
  ],
  [
    'この号次号次条第2項',
    'この号次号次条第二項',
    ['HERE:item | run>NEXT:item | run>NEXT:article ABS:paragraph:2'],
  ],
  // ranges
  ['第61条から第64条まで', '第六十一条から第六十四条まで', ['ABS:article:61 … ABS:article:64']],
  ['第2条から前条まで', '第二条から前条まで', ['ABS:article:2 … PREV:article']],
  ['この節から第3節まで', 'この節から第三節まで', ['HERE:section … ABS:section:3']],
];

/** The national column spells sub-items in iroha: ア → イ, イ → ロ. */
const IROHA: Record<string, string> = { ア: 'イ', イ: 'ロ' };

describe.each([
  ['municipal', 0],
  ['national', 1],
] as const)('pointer chains, %s numerals', (style, column) => {
  it.each(CASES)('%s / %s', (...row) => {
    const expected = row[2].map((e) =>
      style === 'national' ? e.replace(/:([アイ])/g, (_, c: string) => `:${IROHA[c]}`) : e,
    );
    expect(read(row[column])).toEqual(expected);
  });
});

describe('各号 without a provision before it', () => {
  it.each([
    ['次の各号のいずれかに該当する', 'EACH:item'],
    ['当該各号に定める', 'EACH:item'],
    ['各号に掲げる者', 'EACH:item'],
    ['前項各号に掲げる者', 'PREV:paragraph EACH:item'],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('is not 各号列記以外の部分', () => {
    expect(read('各号列記以外の部分')).toEqual([]);
  });
});

describe('words that are not pointers', () => {
  it.each([
    'この条例は、公布の日から施行する。',
    '本条例の規定',
    'この規則、この法律、本法',
    'この条件を満たす',
    'この項目について',
    '第三者に提供する',
    '平成18年日向市条例第58号',
    '「前各項」とあるのは「第41条第6項」と読み替える',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads 同条例 as the same ordinance, not 同条', () => {
    expect(read('同条例第37条第1項')).toEqual(['[same:条例] ABS:article:37 ABS:paragraph:1']);
  });
});

describe('parentheses after a chain', () => {
  it('mark the groups inside them as narrowing that chain', () => {
    const { text: s } = normalizeForMatching('第二十七条（第四項を除き、第五項及び第六項の規定）');
    const groups = tokenizePointers(s, [], new LawRegistry(undefined, undefined));
    expect(groups.map(describeGroup)).toEqual([
      'ABS:article:27',
      'ABS:paragraph:4',
      'ABS:paragraph:5 | list>ABS:paragraph:6',
    ]);
    expect(groups[1]!.inside).toBe(groups[0]!.chains[0]);
    expect(groups[2]!.inside).toBe(groups[0]!.chains[0]);
  });
});
