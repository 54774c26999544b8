import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/lib/parse/law/classify.ts';
import { toHalfwidth } from '../../../src/lib/text/chars.ts';

/** Classifies a line as the reader does: its half-width view without indent. */
const classify = (raw: string) => {
  const body = raw.trimStart();
  return classifyLine(toHalfwidth(body).trimEnd(), body);
};

describe('the line classifier', () => {
  it.each([
    ['第一条', '1'],
    ['第１条', '1'],
    ['第1条', '1'],
    ['第十一条の二', '11_2'],
    ['第三十二条の三の二', '32_3_2'],
    ['第百二十五条', '125'],
    ['第一條', '1'],
    ['第二條ノ二', '2_2'],
  ])('reads the article label %s alone on its line', (line, num) => {
    expect(classify(line)).toMatchObject({ kind: 'article', num, alone: true });
  });

  it('reads an article label with its sentence, an inline caption, a deletion and a deleted range', () => {
    expect(classify('第二条　この法律において…')).toMatchObject({
      kind: 'article',
      num: '2',
      alone: false,
      restStart: 4,
    });
    expect(classify('第1条(目的) この条例は、…')).toMatchObject({
      kind: 'article',
      caption: '目的',
      labelLength: 3,
    });
    expect(classify('第五条　削除')).toMatchObject({ kind: 'article', deleted: true });
    expect(classify('第三條　此ノ條例ニ定ムルモノノ外…')).toMatchObject({
      kind: 'article',
      num: '3',
      restStart: 4,
    });
    expect(classify('第三條乃至第五條　削除')).toMatchObject({
      kind: 'article',
      through: '5',
      deleted: true,
    });
    expect(classify('第4条から第6条まで 削除')).toMatchObject({
      kind: 'article',
      num: '4',
      through: '6',
      deleted: true,
    });
  });

  it('does not take a sentence that starts with an article reference for a label', () => {
    expect(classify('第三条の規定により').kind).toBe('text');
    expect(classify('第一節の規定にかかわらず、…').kind).not.toBe('division');
  });

  it.each([
    ['２', 2, 0, true],
    ['2', 2, 0, true],
    ['○２', 2, 1, true],
    ['２　前項の規定は…', 2, 0, false],
    ['10 前項の…', 10, 0, false],
  ])('reads the paragraph number %s', (line, num, prefixLength, alone) => {
    expect(classify(line)).toMatchObject({ kind: 'paragraph', num, prefixLength, alone });
  });

  it('reads item and sub-item markers inline or alone, kanji with branch numbers', () => {
    expect(classify('一')).toMatchObject({
      kind: 'marker',
      alone: true,
      readings: [{ family: 'kanji', num: 1 }],
    });
    expect(classify('九の二')).toMatchObject({ readings: [{ family: 'kanji', num: 9, branch: '2' }] });
    expect(classify('二　個人識別符号が含まれるもの')).toMatchObject({ kind: 'marker', alone: false });
    expect(classify('イ　鉄道事業者')).toMatchObject({ readings: [{ family: 'katakana', letter: 'イ' }] });
    expect(classify('ロ')).toMatchObject({ kind: 'marker', alone: true });
    expect(classify('（十二）　公布ノ年月日')).toMatchObject({
      kind: 'marker',
      readings: [{ family: 'paren-kanji', num: 12, label: '（十二）' }],
    });
    expect(classify('（１）　法令に基づくとき。')).toMatchObject({
      readings: [{ family: 'paren-arabic', num: 1 }],
    });
    expect(classify('(ア) 氏名')).toMatchObject({ readings: [{ family: 'paren-katakana', letter: 'ア' }] });
  });

  it.each([
    ['様式第1号(第3条関係)　[PDF:125KB]', '様式第1号', '第3条関係'],
    ['様式第２号（第５条関係）　［Ｗｏｒｄ：３２ＫＢ］', '様式第２号', '第5条関係'],
    ['別記様式第一(第十条関係)(pdf 58KB)', '別記様式第一', '第十条関係'],
    ['別表第2 (第4条、第6条関係) 【エクセルファイル/12KB】', '別表第2', '第4条、第6条関係'],
  ])('reads the form or table link %s with its file note as an appendix', (line, label, title) => {
    const cls = classify(line);
    expect(cls).toMatchObject({ kind: 'appendix', title });
    expect(line.slice(0, (cls as { labelLength: number }).labelLength)).toBe(label);
  });

  it('reads headings, supplements, appendices and TOC labels', () => {
    expect(classify('第一章　総則')).toMatchObject({
      kind: 'division',
      division: 'chapter',
      num: '1',
      title: '総則',
    });
    expect(classify('第五節の二　鉄道事業再構築事業（第二十五条の二―第二十五条の四）')).toMatchObject({
      kind: 'division',
      division: 'section',
      num: '5_2',
    });
    expect(classify('附則')).toMatchObject({ kind: 'supplement' });
    expect(classify('附　則　（平成五年五月七日法律第三九号）')).toMatchObject({
      kind: 'supplement',
      amendment: '平成五年五月七日法律第三九号',
    });
    expect(classify('附則抄')).toMatchObject({ kind: 'supplement' });
    expect(classify('別表第一（第二条関係）')).toMatchObject({ kind: 'appendix', title: '第二条関係' });
    expect(classify('目次')).toMatchObject({ kind: 'toc-label' });
    expect(classify('目　次')).toMatchObject({ kind: 'toc-label' });
    expect(classify('労働基準法目次')).toMatchObject({ kind: 'toc-label' });
  });

  it('reads a caption line, and not a parenthesis with text after it', () => {
    expect(classify('（目的）')).toMatchObject({ kind: 'caption', caption: '目的' });
    expect(classify('（以下「法」という。）第六条第一項').kind).toBe('text');
    expect(classify('(1)')).toMatchObject({ kind: 'caption', readings: [{ family: 'paren-arabic' }] });
  });

  it('classifies a 1 MB line without trouble', () => {
    const long = `第一章 ${'あ'.repeat(1_000_000)}`;
    expect(classify(long).kind).toBe('division');
    expect(classify('あ'.repeat(1_000_000)).kind).toBe('text');
    expect(classify(`(${'あ '.repeat(300_000)}`).kind).toBe('text');
  });
});
