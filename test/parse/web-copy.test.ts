import { describe, expect, it } from 'vitest';
import type { Parent } from '../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseFile, parseText } from './helpers.ts';

/**
 * A national law as copied from e-Gov's 2013 pages, written for the cases a law not among the
 * samples brings: the number line and its 最終改正 note, a contents list without the word 目次,
 * deleted ranges and chapters, branch articles and items, three levels of sub-items, several
 * 附則 blocks (one amending law's captions over labels alone), appendices after them.
 */
const FIXTURE = 'test/fixtures/laws/web-copy.txt';

/** Ids and own texts of every unit: what must not change when only the typography does. */
function units(tree: Parent): string[] {
  return ['article', 'paragraph', 'item', 'subitem', 'supplement', 'appendix', 'chapter'].flatMap((type) =>
    nodesOf(tree, type).map(
      (n) => `${n.id} ${(n.text ?? n.caption ?? n.title ?? '').replace(/[\s\u3000]/g, '')}`,
    ),
  );
}

describe('a national law copied from a web page', () => {
  const { tree, file } = parseFile(FIXTURE);
  const source = String(file.value);

  it('reads the number line and a 最終改正 note under it as the enactment, never as a preamble', () => {
    expect(tree.title).toBe('試験用施設の整備等に関する法律');
    expect(tree.number).toBe('法律第六十一号');
    expect(tree.promulgatedIso).toBe('2003-05-30');
    expect(nodesOf(tree, 'preamble')).toEqual([]);
    const enactment = nodesOf(tree, 'enactment');
    expect(enactment).toHaveLength(1);
    expect(leafText(enactment[0]!)).toContain('最終改正');
  });

  it('reads the note on the number line itself the same way', () => {
    const oneLine = source.replace('号）\n最終改正', '号）最終改正');
    const { tree: t } = parseText(oneLine, {}, 'one-line.txt');
    expect(t.number).toBe('法律第六十一号');
    expect(nodesOf(t, 'preamble')).toEqual([]);
    expect(units(t)).toEqual(units(tree));
  });

  it('finds the contents without the word 目次 and says so', () => {
    expect(nodesOf(nodesOf(tree, 'toc')[0]!, 'tocEntry').map((e) => e.label)).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '附則',
    ]);
    expect(file.messages.map((m) => m.ruleId)).toContain('toc-by-content');
  });

  it('keeps a deleted chapter and a deleted range of articles', () => {
    expect(nodesOf(tree, 'chapter').map((c) => `${c.id} ${c.title}`)).toEqual([
      'ch-1 総則',
      'ch-2 施設の整備',
      'ch-3 削除',
      'ch-4 雑則',
    ]);
    const range = byId(tree, 'art-5')!;
    expect(range.deleted).toBe(true);
    expect(range.through).toBe('7');
    expect(byId(tree, 'art-8')?.caption).toBe('計画の認定');
  });

  it('numbers branch articles and items, and nests iroha, (1) and (i) sub-items', () => {
    expect(byId(tree, 'art-4_2_2')?.label).toBe('第四条の二の二');
    expect(byId(tree, 'art-2-p1-i1_2')?.text).toBe('試験場');
    expect(byId(tree, 'art-2-p1-i2-s2')?.label).toBe('ロ');
    expect(byId(tree, 'art-2-p1-i2-s2-s2')?.text).toBe('市町村');
    expect(byId(tree, 'art-2-p1-i2-s2-s2-s2')?.text).toBe('一部事務組合');
    expect(byId(tree, 'art-2-p1-i2-s3')?.text).toBe('その他のもの');
  });

  it('keeps 前段 and 後段 in one paragraph and joins a sentence broken at its links', () => {
    expect(byId(tree, 'art-2-p2')?.text).toMatch(/をいう。この場合において、.*ならない。$/);
    expect(byId(tree, 'art-3-p2')?.text).toBe(
      '基本方針は、金融商品取引法（昭和二十三年法律第二十五号）第二条第一項に規定する有価証券に関する事項を含むものとする。',
    );
    expect(file.messages.filter((m) => m.ruleId === 'joined-line').length).toBeGreaterThan(0);
  });

  it('reads each 附則 block, with captions over paragraph labels printed alone', () => {
    expect(nodesOf(tree, 'supplement').map((s) => s.amendment ?? '')).toEqual([
      '',
      '平成一七年七月二六日法律第八七号',
      '平成二五年六月一四日法律第四四号',
    ]);
    expect(byId(tree, 'suppl-1-art-2')?.caption).toBe('経過措置');
    expect(byId(tree, 'suppl-2-p1')?.text).toBe('この法律は、会社法の施行の日から施行する。');
    expect(byId(tree, 'suppl-3-p1')?.caption).toBe('施行期日');
    expect(byId(tree, 'suppl-3-p1')?.text).toBe('この法律は、公布の日から施行する。');
    expect(byId(tree, 'suppl-3-p2')?.caption).toBe('経過措置');
    expect(file.messages.map((m) => m.ruleId)).not.toContain('label-in-sentence');
  });

  it('opens an appendix for a 別表 and for a 別記様式 after the supplementary provisions', () => {
    expect(nodesOf(tree, 'appendix').map((a) => `${a.id} ${a.label} ${a.title}`)).toEqual([
      'appx-1 別表第一 第二条関係',
      'appx-2 別記様式第一 第四条関係',
    ]);
  });

  it('reads CRLF line ends and ASCII spaces as the same law, losing nothing', () => {
    for (const variant of [source.replace(/\n/g, '\r\n'), source.replace(/\u3000/g, '  ')]) {
      const { tree: t } = parseText(variant, {}, 'variant.txt');
      expect(units(t)).toEqual(units(tree));
      expect(leafText(t)).toBe(variant);
    }
    expect(leafText(tree)).toBe(source);
  });
});

describe('a law of a single article', () => {
  it('is read as a law when its 附則 follows, not as a web page', () => {
    const { tree } = parseText(
      '試験法\n（平成十五年五月三十日法律第六十一号）\n\n（目的）\n第一条\n　この法律は、目的とする。\n\n　　　附　則\n　この法律は、公布の日から施行する。\n',
    );
    expect(tree.style).toBe('law');
    expect(byId(tree, 'art-1')?.caption).toBe('目的');
    expect(byId(tree, 'suppl-1-p1')?.text).toBe('この法律は、公布の日から施行する。');
  });

  it('still reads a page that names one article as a page', () => {
    const { tree } = parseText(
      'お知らせ\n\n条例第一条の規定により公表します。\n\n第一条に基づく手続\n\n窓口へどうぞ。\n',
    );
    expect(tree.style).toBe('page');
  });
});

describe('an old law copied from a web page (katakana, ノ branch numbers, parts)', () => {
  const { tree, file } = parseFile('test/fixtures/laws/web-copy-old.txt');

  it('reads 第二条ノ二 as a branch article, also after a jump in the numbering', () => {
    expect(nodesOf(tree, 'article').map((a) => a.id)).toEqual([
      'art-1',
      'art-2',
      'art-2_2',
      'art-3',
      'art-4',
      'art-5',
      'art-123_25',
    ]);
    expect(byId(tree, 'art-2')?.deleted).toBe(true);
    expect(byId(tree, 'art-2_2')?.text).toBeUndefined();
    expect(byId(tree, 'art-2_2-p1')?.text).toBe('前条ノ規定ハ之ヲ適用セズ');
  });

  it('nests chapters and sections in parts, and counts paragraphs and items past ten', () => {
    expect(nodesOf(tree, 'part').map((p) => p.id)).toEqual(['part-1', 'part-2']);
    expect(byId(tree, 'ch-2-sec-1')?.title).toBe('申請');
    expect(byId(tree, 'art-3-p12')?.label).toBe('１２');
    expect(
      nodesOf(byId(tree, 'art-4-p1')!, 'item')
        .map((i) => i.id)
        .at(-1),
    ).toBe('art-4-p1-i12');
  });

  it('keeps sentences without 。 apart when the next label runs on in sequence', () => {
    expect(byId(tree, 'art-1-p1')?.text).toBe('本法ハ試験ニ関スル事項ヲ定ムルモノトス');
    expect(byId(tree, 'suppl-1-p1')?.text).toBe('本法施行ノ期日ハ勅令ヲ以テ之ヲ定ム');
    expect(leafText(tree)).toBe(String(file.value));
  });
});

describe('a sentence that opens with a citation broken at its link', () => {
  /** e-Gov pages end a line at each link: 第二条 / 　第一条 / の規定は… */
  const source =
    '試験法\n（平成十五年五月三十日法律第六十一号）\n\n\n第一条\n\n　この法律は、目的とする。\n\n\n第二条\n\n　第一条\nの規定は、適用しない。\n\n\n第三条\n\n　第四条\nの規定による届出は、書面でする。\n２\n\n　第二項\nの規定は、適用しない。\n\n\n第四条\n\n　届出は、書面でする。\n一\n\n　第二号\nに掲げるもの\n\n二\n\n　一\nの書類\n\n\n第五条\n\n　法\n第三条の規定は適用しない。\n';
  const { tree, file } = parseText(source);

  it('reads the label-shaped head of the sentence as its text, not as a unit', () => {
    expect(nodesOf(tree, 'article').map((a) => a.id)).toEqual(['art-1', 'art-2', 'art-3', 'art-4', 'art-5']);
    expect(byId(tree, 'art-2-p1')?.text).toBe('第一条の規定は、適用しない。');
    expect(byId(tree, 'art-3-p1')?.text).toBe('第四条の規定による届出は、書面でする。');
    expect(byId(tree, 'art-4-p1-i2')?.text).toBe('一の書類');
    expect(leafText(tree)).toBe(source);
  });

  it('says so for each such line, and reports no numbering defect', () => {
    const rules = file.messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'label-in-sentence')).toHaveLength(3);
    expect(rules).not.toContain('duplicate-number');
    expect(rules).not.toContain('out-of-order');
  });
});

describe('articles deleted together', () => {
  it.each([
    [
      'published',
      '試験法\n\n第一条　この法律は、目的とする。\n第二条及び第三条　削除\n第四条　届出は、書面でする。\n',
    ],
    [
      'web copy',
      '試験法\n\n\n第一条\n\n　この法律は、目的とする。\n\n\n第二条及び第三条\n\n　削除\n\n\n第四条\n\n　届出は、書面でする。\n',
    ],
  ])('reads 第二条及び第三条　削除 as one deleted unit through article 3 (%s)', (_layout, source) => {
    const { tree } = parseText(source);
    expect(nodesOf(tree, 'article').map((a) => a.id)).toEqual(['art-1', 'art-2', 'art-4']);
    expect(byId(tree, 'art-2')).toMatchObject({ label: '第二条及び第三条', deleted: true, through: '3' });
    expect(byId(tree, 'art-1-p1')?.text).toBe('この法律は、目的とする。');
  });
});
