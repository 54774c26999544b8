import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, FIXTURES, refAt, refsAt, sameText } from './helpers.ts';

/**
 * One fictional ordinance written twice: municipal style (第11条, (1), ア) and national style
 * (第十一条, 一, イ with iroha sub-items). Every pattern must resolve to the same anchors in both.
 */
const STYLES = [
  { style: 'municipal (Arabic numerals)', path: join(FIXTURES, 'municipal.txt') },
  { style: 'national (kanji numerals)', path: join(FIXTURES, 'national.txt') },
];

/** [unit, reference as printed in municipal style, targets]; the national text is the same in kanji. */
const INTERNAL: Array<[string, string, string[], string?]> = [
  // この条 — and nothing for この条例 / 本条例 in the same sentence
  ['art-1-p1', 'この条', ['art-1']],
  // 次の各号, 当該各号 with nothing cited before: the items of their own paragraph
  ['art-2-p1', '次の各号', ['art-2-p1-i1', 'art-2-p1-i2', 'art-2-p1-i3']],
  ['art-2-p1', '当該各号', ['art-2-p1-i1', 'art-2-p1-i2', 'art-2-p1-i3']],
  ['art-3-p2', '次の各号', ['art-3-p2-i1', 'art-3-p2-i2', 'art-3-p2-i3', 'art-3-p2-i4']],
  // absolute paragraph of the same article
  ['art-3-p2', '第4項', ['art-3-p4']],
  // 前N号 and 前各号 inside items
  ['art-3-p2-i3', '前2号', ['art-3-p2-i1', 'art-3-p2-i2']],
  ['art-3-p2-i4', '前各号', ['art-3-p2-i1', 'art-3-p2-i2', 'art-3-p2-i3']],
  // 前項各号 (EACH) and 前項第2号
  ['art-3-p3', '前項各号', ['art-3-p2-i1', 'art-3-p2-i2', 'art-3-p2-i3', 'art-3-p2-i4']],
  ['art-3-p3', '前項第2号', ['art-3-p2-i2']],
  // 前N項 and この項
  ['art-3-p4', '前3項', ['art-3-p1', 'art-3-p2', 'art-3-p3']],
  ['art-3-p4', 'この項', ['art-3-p4']],
  // 前条第2項第3号, then 同項 = the paragraph just mentioned
  ['art-4-p1', '前条第2項第3号', ['art-3-p2-i3']],
  ['art-4-p1', '同項第1号', ['art-3-p2-i1']],
  // ただし書 targets the paragraph; 次条 + a list inheriting its article (single paragraph → p1's items)
  ['art-4-p2', '前項', ['art-4-p1']],
  ['art-4-p2', '第3条第2項ただし書', ['art-3-p2']],
  ['art-4-p2', '次条第1号', ['art-5-p1-i1']],
  ['art-4-p2', '第3号', ['art-5-p1-i3']],
  // sub-item letters: the second sub-item is イ (gojūon) in one text and ロ (iroha) in the other
  ['art-6-p1', '第5条第2号イ', ['art-5-p1-i2-s2'], '第五条第二号ロ'],
  ['art-6-p1', '第5条第1号', ['art-5-p1-i1']],
  ['art-6-p1', '第3号', ['art-5-p1-i3']],
  // ranges, one end relative
  ['art-6-p2', '前項', ['art-6-p1']],
  ['art-6-p2', '第2条から前条まで', ['art-2', 'art-3', 'art-4', 'art-5']],
  ['art-6-p3', '前2項', ['art-6-p1', 'art-6-p2']],
  ['art-6-p3', '前各項', ['art-6-p1', 'art-6-p2']],
  ['art-6-p3', '第3条から第5条まで', ['art-3', 'art-4', 'art-5']],
  // a run whose separators were lost: each 第N条 starts a new reference
  ['art-6-p4', '前3項', ['art-6-p1', 'art-6-p2', 'art-6-p3']],
  ['art-6-p4', '第3条第1項', ['art-3-p1']],
  ['art-6-p4', '第4条', ['art-4']],
  ['art-6-p4', '第5条第2号', ['art-5-p1-i2']],
  ['art-6-p4', '第1条', ['art-1']],
  ['art-7-p3', 'この条', ['art-7']],
  // structure: sections and chapters, relative and absolute
  ['art-8-p2', 'この節から第2節まで', ['ch-2-sec-1', 'ch-2-sec-2']],
  ['art-8-p2', '前項', ['art-8-p1']],
  ['art-9-p1', '次節', ['ch-2-sec-2']],
  ['art-9-p1', 'この節', ['ch-2-sec-1']],
  ['art-9-p1', '第2章第2節', ['ch-2-sec-2']],
  ['art-10-p1', '前節', ['ch-2-sec-1']],
  ['art-10-p1', '前条第1項', ['art-9-p1']],
  ['art-10-p1', 'この章', ['ch-2']],
  // supplementary provisions: 附則第1項 is the supplement's paragraph; 第N条 the main provisions'
  ['suppl-1-p1', '第7条', ['art-7']],
  ['suppl-1-p2', '前項ただし書', ['suppl-1-p1']],
  ['suppl-1-p2', '附則第1項', ['suppl-1-p1']],
  ['suppl-1-p2', '第8条から第10条まで', ['art-8', 'art-9', 'art-10']],
];

/** [unit, reference, lawId, anchor]: references into other laws, never into the document. */
const EXTERNAL: Array<[string, string, string, string | null]> = [
  [
    'art-2-p2',
    '行政手続における特定の個人を識別するための番号の利用等に関する法律(平成25年法律第27号。以下「番号法」という。)第2条第8項',
    '425AC0000000027',
    'art-2-p8',
  ],
  ['art-7-p1', '地方自治法(昭和22年法律第67号)第244条の2第3項', '322AC0000000067', 'art-244_2-p3'],
  ['art-7-p1', '同法第100条', '322AC0000000067', 'art-100'],
  ['art-7-p2', '番号法第19条各号', '425AC0000000027', 'art-19'],
  [
    'art-7-p3',
    '架空市情報公開条例(平成12年架空市条例第3号)第2条第2号',
    'ordinance:平成12年架空市条例第3号',
    'art-2-p1-i2',
  ],
  ['art-7-p3', '地方自治法第2条第2項', '322AC0000000067', 'art-2-p2'],
  // a list after a law's name stays in that law, articles included
  ['art-7-p4', '番号法第23条第1項', '425AC0000000027', 'art-23-p1'],
  ['art-7-p4', '第2項', '425AC0000000027', 'art-23-p2'],
  ['art-7-p4', '第9条', '425AC0000000027', 'art-9'],
];

/** [unit, reference, why]: targets that do not exist stay unlinked and are reported. */
const DANGLING: Array<[string, string, string, string?]> = [
  ['art-6-p1', 'ウ', 'art-5-p1-i2 has no sub-item ウ', 'ハ'],
  ['art-9-p2', '第8条第3項', 'art-8 has no paragraph 3'],
  ['art-10-p2', '第1章第1節', 'ch-1 has no section 1'],
];

describe.each(STYLES)('references in $style', ({ path }) => {
  const { result, messages } = analyzeFile(path);

  it.each(INTERNAL)('%s: %s', (from, text, targets, national) => {
    const found = refsAt(result, from, text);
    const ref = found.length > 0 ? refAt(result, from, text) : refAt(result, from, national ?? text);
    expect(ref.targets).toEqual(targets);
    expect(ref.external).toBeNull();
    expect(ref.resolved).toBe(true);
  });

  it.each(EXTERNAL)('%s: %s → %s %s', (from, text, lawId, anchor) => {
    const ref = refAt(result, from, text);
    expect(ref.targets).toEqual([]);
    expect(ref.external?.lawId).toBe(lawId);
    expect(ref.external?.anchor).toBe(anchor);
    expect(ref.resolved).toBe(true);
  });

  it.each(DANGLING)('%s: %s stays unlinked (%s)', (from, text, _why, national) => {
    const found = refsAt(result, from, text);
    const ref = found.length > 0 ? refAt(result, from, text) : refAt(result, from, national ?? text);
    expect(ref.targets).toEqual([]);
    expect(ref.resolved).toBe(false);
    const reported = messages.filter(
      (m) => m.ruleId === 'dangling-reference' && m.place && 'start' in m.place,
    );
    expect(reported.some((m) => (m.place as { start: { offset?: number } }).start.offset === ref.start)).toBe(
      true,
    );
  });

  it('reads この条例 and 本条例 as the ordinance, never as この条', () => {
    const art1 = result.references.filter((r) => r.from === 'art-1-p1');
    expect(art1.map((r) => r.text)).toEqual(['この条']);
    expect(result.references.some((r) => /条例$/.test(r.text))).toBe(false);
  });

  it('finds every reference of the fixture, and no others', () => {
    expect(result.references).toHaveLength(INTERNAL.length + EXTERNAL.length + DANGLING.length);
  });

  it('gives start/end as source offsets of the printed reference', () => {
    const source = String(analyzeFile(path).file.value);
    for (const ref of result.references) {
      const printed = source.slice(ref.start, ref.end).replace(/\s/g, '');
      expect(sameText(printed, ref.text)).toBe(true);
    }
  });
});

describe.each(STYLES)('definitions in $style', ({ path }) => {
  const { result } = analyzeFile(path);
  const defs = result.definitions.map((d) => [d.term, d.at, d.scope]);

  it('reads definition items (次の各号に掲げる用語の意義) with document scope', () => {
    expect(defs).toContainEqual(['実施機関', 'art-2-p1-i1', 'document']);
    expect(defs).toContainEqual(['個人情報', 'art-2-p1-i2', 'document']);
    expect(defs).toContainEqual(['保有個人情報', 'art-2-p1-i3', 'document']);
  });

  it('reads 「X」とは with この条例において as document-wide, and a law abbreviation', () => {
    expect(defs).toContainEqual(['特定個人情報', 'art-2-p2', 'document']);
    expect(defs).toContainEqual(['保有特定個人情報', 'art-2-p3', 'document']);
    const law = result.definitions.find((d) => d.term === '番号法');
    expect(law?.law?.lawId).toBe('425AC0000000027');
  });

  it('scopes (以下「X」という。), 以下この条, and 以下この節から第2節まで', () => {
    expect(defs).toContainEqual(['指定管理者', 'art-7-p1', 'following']);
    expect(defs).toContainEqual(['公文書', 'art-7-p3', 'art-7']);
    expect(defs).toContainEqual(['法定代理人', 'art-8-p2', 'ch-2-sec-1..ch-2-sec-2']);
    expect(defs).toContainEqual(['開示請求', 'art-8-p2', 'following']);
  });

  it('links each use to the definition in scope, the longest term winning', () => {
    const uses = (at: string) =>
      result.termRefs.filter((u) => u.at === at).map((u) => [u.term, u.definition]);
    expect(uses('art-3-p1')).toEqual([
      ['実施機関', 'art-2-p1-i1'],
      ['個人情報', 'art-2-p1-i2'],
    ]);
    // 保有特定個人情報 is one use, not 保有個人情報 or 特定個人情報 or 個人情報 inside it
    expect(uses('art-4-p1')).toContainEqual(['保有特定個人情報', 'art-2-p3']);
    expect(uses('art-4-p1').filter(([t]) => t === '特定個人情報')).toEqual([]);
    // inside its scope (section 2), and not outside (chapter 3)
    expect(uses('art-10-p2')).toContainEqual(['法定代理人', 'art-8-p2']);
    expect(uses('art-11-p1').map(([t]) => t)).not.toContain('法定代理人');
    // 公文書 is defined for article 7 only
    expect(uses('art-7-p4')).toContainEqual(['公文書', 'art-7-p3']);
    expect(uses('art-9-p1').map(([t]) => t)).not.toContain('公文書');
  });

  it('does not count a definition as a use of its own term', () => {
    for (const d of result.definitions) {
      expect(result.termRefs.some((u) => u.start === d.termStart && u.term === d.term)).toBe(false);
    }
  });
});
