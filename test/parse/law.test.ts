import { describe, expect, it } from 'vitest';
import { byId, leafText, nodesOf, parseFile, parseText } from './helpers.ts';

describe('national style (kanji numerals, iroha sub-items)', () => {
  const { tree, file } = parseFile('test/fixtures/laws/national-style.txt');

  it('reads the title and law number', () => {
    expect(tree.title).toBe('架空市民情報保護法');
    expect(tree.number).toBe('令和五年法律第九十九号');
    expect(tree.promulgated).toBe('令和五年');
    expect(tree.promulgatedIso).toBeUndefined();
  });

  it('keeps the table of contents apart from the body', () => {
    const toc = nodesOf(tree, 'toc')[0]!;
    expect(nodesOf(toc, 'tocEntry').map((e) => e.label)).toEqual([
      '第一章',
      '第二章',
      '第一節',
      '第二章の二',
      '附則',
    ]);
    expect(nodesOf(toc, 'article')).toHaveLength(0);
  });

  it('numbers chapters, branch chapters and sections', () => {
    expect(nodesOf(tree, 'chapter').map((c) => c.id)).toEqual(['ch-1', 'ch-2', 'ch-2_2']);
    expect(nodesOf(tree, 'section').map((c) => c.id)).toEqual(['ch-2-sec-1']);
  });

  it('nests items, iroha sub-items and (1) under a sub-item by their markers', () => {
    expect(byId(tree, 'art-2-p1-i3')?.text).toBe('電磁的記録であって、次のいずれかに該当するもの');
    expect(byId(tree, 'art-2-p1-i3-s1')?.label).toBe('イ');
    expect(byId(tree, 'art-2-p1-i3-s2')?.label).toBe('ロ');
    expect(byId(tree, 'art-2-p1-i3-s2-s1')?.text).toBe('光ディスク');
    expect(byId(tree, 'art-2-p1-i3-s2-s2')?.label).toBe('（２）');
    expect(byId(tree, 'art-2-p2')?.label).toBe('２');
  });

  it('reads deleted ranges and branch articles', () => {
    const deleted = byId(tree, 'art-4')!;
    expect(deleted.deleted).toBe(true);
    expect(deleted.through).toBe('5');
    expect(byId(tree, 'art-5_2')?.label).toBe('第五条の二');
  });

  it('keeps supplementary provisions with their articles and amendment labels', () => {
    const suppl = nodesOf(tree, 'supplement');
    expect(suppl.map((s) => s.id)).toEqual(['suppl-1', 'suppl-2']);
    expect(byId(tree, 'suppl-1-art-2')?.caption).toBe('経過措置');
    expect(suppl[1]!.amendment).toBe('令和六年六月一日法律第十号');
    expect(byId(tree, 'suppl-2-p1')?.text).toBe('この法律は、公布の日から施行する。');
  });

  it('loses nothing and reports nothing for a clean text', () => {
    expect(leafText(tree)).toBe(String(file.value));
    expect(file.messages.filter((m) => m.fatal === false)).toEqual([]);
  });
});

describe('the number line of a cabinet-office ordinance (府令)', () => {
  it.each([
    ['内閣府令第三号', '内閣府令第三号'],
    ['平成二十六年内閣府令第五十七号', '平成二十六年内閣府令第五十七号'],
    ['(令和五年内閣府・総務省令第九号)', '令和五年内閣府・総務省令第九号'],
  ])('reads %s under the title as the number', (line, number) => {
    const { tree } = parseText(`架空事務取扱府令\n${line}\n\n第一条 この府令は、公布の日から施行する。\n`, {
      style: 'law',
    });
    expect(tree.number).toBe(number);
  });
});

describe('municipal style (Arabic numerals, gojūon sub-items, lost markers)', () => {
  const { tree, file } = parseFile('test/fixtures/laws/municipal-style.txt');

  it('reads title, date and number', () => {
    expect(tree.title).toBe('架空町個人情報保護条例');
    expect(tree.promulgatedIso).toBe('2021-03-31');
    expect(tree.number).toBe('条例第12号');
  });

  it('nests (ア) under ア under (1)', () => {
    expect(byId(tree, 'art-2-p1-i2-s2-s1')?.text).toBe('西暦によるもの');
    expect(byId(tree, 'art-2-p2')?.text).toBe('前項第2号イに掲げる情報は、公文書に記録されたものに限る。');
  });

  it('infers sub-item markers an extraction lost, and flags them', () => {
    const first = byId(tree, 'art-3-p1-i1')!;
    expect(first.inferred).toBe(true);
    expect(first.label).toBe('(1)');
    expect(first.text).toBe('法令により公にできない情報');
    expect(file.messages.some((m) => m.ruleId === 'inferred-marker')).toBe(true);
  });

  it('handles 削除 articles and ranges', () => {
    expect(byId(tree, 'art-3_2')?.deleted).toBe(true);
    expect(byId(tree, 'art-4')?.through).toBe('6');
  });

  it('numbers supplement paragraphs and attaches their captions', () => {
    expect(byId(tree, 'suppl-1-p2')?.caption).toBe('経過措置');
    expect(byId(tree, 'suppl-2-p1')?.text).toBe('この条例は、公布の日から施行する。');
  });

  it('loses nothing', () => {
    expect(leafText(tree)).toBe(String(file.value));
  });
});

describe('diagnostics on numbering chaos', () => {
  const text = [
    '第1条 一つ目。',
    '2 二つ目。',
    '4 四つ目。',
    '(1) 号。',
    '(3) 跳んだ号。',
    '(3) 重複した号。',
    '第3条 三条。',
    '第2条 戻った条。',
    '',
  ].join('\n');
  const { tree, file } = parseText(text, { style: 'law' });
  const rules = file.messages.map((m) => m.ruleId);

  it('reports gaps, repeats and steps back with positions', () => {
    expect(rules).toContain('numbering-gap');
    expect(rules).toContain('duplicate-number');
    expect(rules).toContain('out-of-order');
    const gap = file.messages.find((m) => m.ruleId === 'numbering-gap')!;
    expect(gap.line).toBe(3);
    expect(gap.column).toBe(1);
  });

  it('still keeps every unit and every character', () => {
    expect(byId(tree, 'art-1-p4')?.text).toBe('四つ目。');
    expect(leafText(tree)).toBe(text);
  });
});

describe('この条 versus この条例 in article detection', () => {
  it('does not read a sentence starting with a reference as an article', () => {
    const { tree } = parseText('第1条 本則。\n第2条第1項の規定は、適用しない。\n第2条 次条。\n', {
      style: 'law',
    });
    expect(nodesOf(tree, 'article').map((a) => a.id)).toEqual(['art-1', 'art-2']);
  });
});

describe('appended tables (別表) after the supplementary provisions', () => {
  const { tree, file } = parseFile('test/fixtures/laws/national-style.txt');

  it('opens an appendix per 別表/別記 with its table or text', () => {
    const appendices = nodesOf(tree, 'appendix');
    expect(appendices.map((a) => `${a.id} ${a.label} ${a.title ?? ''}`.trim())).toEqual([
      'appx-1 別表第一 第二条関係',
      'appx-2 別記',
    ]);
    const rows = nodesOf(appendices[0]!, 'row').map((r) => nodesOf(r, 'cell').map((c) => c.text));
    expect(rows).toEqual([
      ['名称', '根拠法'],
      ['架空機構', '架空機構法（令和五年法律第一号）'],
    ]);
    expect(nodesOf(appendices[1]!, 'block')[0]!.text).toBe('様式の説明文。');
    expect(leafText(tree)).toBe(String(file.value));
  });
});
