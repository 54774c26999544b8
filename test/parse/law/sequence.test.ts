import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseText } from '../helpers.ts';

/**
 * Where a text reads two ways — a label-shaped line after a line as wide as the widest, in a
 * text uniform enough to look wrapped at a width — the reading under which the numbering runs
 * in sequence wins, and a law's number line is never a sentence to go on.
 */
function read(text: string) {
  const { tree, file } = parseText(text, { style: 'law' });
  expect(leafText(tree)).toBe(text);
  return { tree, rules: file.messages.map((m) => m.ruleId) };
}

const ids = (tree: DocumentNode, type: string) => nodesOf(tree, type).map((n) => n.id);
const text = (tree: DocumentNode, id: string) => byId(tree, id)?.text?.replace(/[\s\u3000]/g, '');

/** A short national regulation printed with its labels inline, each unit on one line. */
const KANJI_BODY = [
  '第一条　事業者は、事業を開始したときは、次に掲げる事項を届け出なければならない。',
  '一　氏名又は名称及び住所並びに法人にあっては、その代表者の氏名',
  '二　事業所の名称及び所在地並びに事業の開始の年月日及び事業の内容',
  '２　前項の届出は、事業を開始した日から三十日以内にしなければならない。',
  '第二条　事業者は、前条第一項の事項に変更があったときは、次に掲げる書類を提出しなければならない。',
  '一　変更の内容及び変更の年月日並びに変更の理由を記載した書面',
  '二　変更後の事業所の所在地を示す図面及び事業の計画を記載した書面',
  '２　前項の書類は、変更のあった日から三十日以内に提出しなければならない。',
  '第三条　事業者は、事業を廃止したときは、次に掲げる事項を届け出なければならない。',
  '一　廃止の年月日及び廃止の理由並びに廃止後の連絡先の住所及び氏名',
  '二　廃止の時に保有していた記録の処分の方法及び処分の年月日の予定',
  '２　前項の届出は、事業を廃止した日から三十日以内にしなければならない。',
];

describe('labels inline in a text that looks wrapped', () => {
  it('opens article 1 after a wide law-number line with its 最終改正 note', () => {
    const law = [
      '架空事業届出令',
      '（令和六年三月一日政令第一号）最終改正：令和七年三月一日政令第二号、令和七年九月一日政令第三号',
      ...KANJI_BODY,
    ].join('\n');
    const { tree, rules } = read(`${law}\n`);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2', 'art-3']);
    expect(ids(tree, 'paragraph')).toEqual([
      'art-1-p1',
      'art-1-p2',
      'art-2-p1',
      'art-2-p2',
      'art-3-p1',
      'art-3-p2',
    ]);
    expect(ids(tree, 'item')).toHaveLength(6);
    expect(text(tree, 'art-1-p1')).toBe(
      '事業者は、事業を開始したときは、次に掲げる事項を届け出なければならない。',
    );
    for (const p of nodesOf(tree, 'preamble')) expect(leafText(p)).not.toContain('第一条');
    expect(rules).not.toContain('label-after-wrap');
  });

  it('opens article 1 after a wide enactment statement that runs on without 。', () => {
    const law = [
      '架空事業届出令',
      '（令和六年三月一日政令第一号）',
      '内閣は、架空事業法（令和五年法律第九十九号）第三条第一項及び第四条の規定に基づき、この政令を制定する',
      ...KANJI_BODY,
    ].join('\n');
    const { tree } = read(`${law}\n`);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2', 'art-3']);
    expect(text(tree, 'art-1-p2')).toBe('前項の届出は、事業を開始した日から三十日以内にしなければならない。');
  });

  it('reads the same law without any header line', () => {
    const { tree } = read(`架空事業届出令\n${KANJI_BODY.join('\n')}\n`);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2', 'art-3']);
    expect(ids(tree, 'item')).toHaveLength(6);
  });

  it('reads an ordinance in Arabic numerals with its number and date lines', () => {
    const body = KANJI_BODY.map((line) =>
      line
        .replace(/^第([一二三])条/, (_, n: string) => `第${'一二三'.indexOf(n) + 1}条`)
        .replace(/^([一二])　/, (_, n: string) => `(${'一二'.indexOf(n) + 1})　`)
        .replace(/三十日/g, '30日'),
    );
    const law = [
      '架空市事業届出条例',
      '令和6年3月1日',
      '（令和6年3月1日条例第1号）最終改正：令和7年3月1日条例第2号、令和7年9月1日条例第3号',
      ...body,
    ].join('\n');
    const { tree, rules } = read(`${law}\n`);
    expect(ids(tree, 'article')).toEqual(['art-1', 'art-2', 'art-3']);
    expect(ids(tree, 'item')).toEqual([
      'art-1-p1-i1',
      'art-1-p1-i2',
      'art-2-p1-i1',
      'art-2-p1-i2',
      'art-3-p1-i1',
      'art-3-p1-i2',
    ]);
    expect(rules).not.toContain('label-after-wrap');
  });
});

describe('a label-shaped line that really is the rest of a wrapped sentence', () => {
  /** An ordinance as a PDF extraction wraps it: every full line is 36 characters wide. */
  const filler = 'この条例は、個人情報の適正な取扱いに関し必要な事項を定めるものとし、';
  const articles = Array.from({ length: 8 }, (_, k) => [
    `第${k + 1}条　${filler}`,
    `${filler.slice(0, 20)}。`,
  ]).flat();

  it('stays joined when the next article number follows a break where a citation goes on', () => {
    const law = [
      '架空市個人情報保護条例',
      ...articles,
      '第9条　実施機関は、個人情報の保護に関する法律の規定により、同法第9条及び',
      '第10条　第2項に規定する者が講ずべき措置に準じて、必要な措置を講ずる。',
      '第10条　実施機関は、この条例の施行に関し必要な事項を定める。',
    ].join('\n');
    const { tree, rules } = read(`${law}\n`);
    expect(ids(tree, 'article').at(-2)).toBe('art-9');
    expect(ids(tree, 'article').at(-1)).toBe('art-10');
    expect(text(tree, 'art-9-p1')).toContain('同法第9条及び第10条第2項に規定する者');
    expect(text(tree, 'art-10-p1')).toBe('実施機関は、この条例の施行に関し必要な事項を定める。');
    expect(rules).toContain('label-after-wrap');
  });

  it('stays joined when a paragraph number in sequence is the number a 第 broke off from', () => {
    const law = [
      '架空市個人情報保護条例',
      ...articles,
      '第9条　実施機関は、個人情報の保護に関する法律の規定により、同法第',
      '2 条第2項に規定する者が講ずべき措置に準じて、必要な措置を講ずる。',
    ].join('\n');
    const { tree, rules } = read(`${law}\n`);
    expect(ids(tree, 'paragraph').at(-1)).toBe('art-9-p1');
    expect(text(tree, 'art-9-p1')).toContain('同法第2条第2項に規定する者');
    expect(rules).toContain('label-after-wrap');
  });

  it('opens the next paragraph in sequence after a full line that ends with no citation', () => {
    const law = [
      '架空市個人情報保護条例',
      ...articles,
      '第9条　実施機関は、個人情報の保護に関する法律の規定に準じて、必要な措置を講ずる',
      '2 実施機関は、前項の措置の内容を公表するものとし、その方法は、規則で定める。',
    ].join('\n');
    const { tree } = read(`${law}\n`);
    expect(ids(tree, 'paragraph').slice(-2)).toEqual(['art-9-p1', 'art-9-p2']);
  });
});

describe('a number line without a date under the title', () => {
  it('reads (令和五年法律第九十九号) as the law’s number, not as the caption of article 1', () => {
    const law =
      '架空法\n（令和五年法律第九十九号）\n第一条　この法律は、架空の事項を定める。\n第二条　この法律は、公布の日から施行する。\n';
    const { tree } = read(law);
    expect(tree.number).toBe('令和五年法律第九十九号');
    expect(byId(tree, 'art-1')?.caption).toBeUndefined();
    expect(nodesOf(tree, 'enactment').map(leafText)).toEqual(['（令和五年法律第九十九号）\n']);
    expect(nodesOf(tree, 'preamble')).toEqual([]);
  });

  it('still reads a caption in parentheses as a caption', () => {
    const { tree } = read(
      '架空法\n（目的）\n第一条　この法律は、架空の事項を定める。\n第二条　この法律は、公布の日から施行する。\n',
    );
    expect(byId(tree, 'art-1')?.caption).toBe('目的');
  });
});
