import { describe, expect, it } from 'vitest';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import type { Node } from '../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf, parseText } from './helpers.ts';

// Tokyo's implementing ordinance as the vendor 例規集 publishes it (content/sources, unchanged):
// kanji numerals, 一三〇-style numbers, a hidden list of element ids, scripts.
const TOKYO = 'content/sources/tokyo/personal-information-protection-act-enforcement-ordinance.html';

function textOf(node: Node, skip: ReadonlySet<string>): string {
  if (!('children' in node)) return node.type === 'text' ? node.value : '';
  if (skip.has(node.type)) return '';
  return node.children.map((child) => textOf(child, skip)).join('');
}

describe('Tokyo’s 個人情報の保護に関する法律施行条例 (vendor 例規集 HTML)', () => {
  const file = readSourceSync(TOKYO);
  const tree = parseSource(file);

  it('reads its title, date and 一三〇-style number', () => {
    expect(tree.title).toBe('個人情報の保護に関する法律施行条例');
    expect(tree).toMatchObject({ promulgatedIso: '2022-12-22', number: '条例第一三〇号' });
  });

  it('finds the nine articles with their captions and both supplementary provisions', () => {
    expect(nodesOf(tree, 'article').map((a) => `${a.id} ${a.caption ?? '-'}`)).toEqual([
      'art-1 趣旨',
      'art-2 用語の意義',
      'art-3 登録簿',
      'art-4 開示請求書',
      'art-5 不開示情報',
      'art-6 開示請求に係る手数料',
      'art-7 行政機関等匿名加工情報の利用に係る手数料',
      'art-8 審議会への諮問',
      'art-9 委任',
      'suppl-1-art-1 施行期日',
      'suppl-1-art-2 東京都個人情報の保護に関する条例等の廃止',
      'suppl-1-art-3 経過措置',
      // (令六条例一〇七・一部改正) records the amendment of 第3条: it is no caption of 第4条
      'suppl-1-art-4 -',
    ]);
    expect(byId(tree, 'art-6-p1')?.text).toBe(
      '法第八十九条第二項の規定により納付しなければならない手数料の額は、零円とする。',
    );
    expect(byId(tree, 'art-7-p2-i2')?.id).toBe('art-7-p2-i2');
    expect(byId(tree, 'suppl-2')).toMatchObject({ amendment: '令和六年条例第一〇七号' });
    expect(byId(tree, 'suppl-2-p1')?.text).toBe('この条例は、令和七年六月一日から施行する。');
  });

  it('keeps the amendment record as text of the article it follows', () => {
    expect(
      byId(tree, 'suppl-1-art-3')
        ?.children.map((child) => textOf(child, new Set()))
        .join(''),
    ).toContain('(令六条例一〇七・一部改正)');
  });

  it('keeps scripts and the vendor’s id list as chrome, never as text, and loses nothing', () => {
    const text = textOf(tree, new Set(['chrome']));
    expect(text).not.toContain('selectTab');
    expect(text).not.toContain('iPadLoadStyle');
    expect(text).not.toMatch(/e0000001\d\d/);
    expect(leafText(tree)).toBe(String(file.value));
  });
});

describe('an amendment record line (例規集)', () => {
  it('is not the caption of the next article', () => {
    const { tree } = parseText(
      '第1条　この条例は、公布の日から施行する。\n(平16条例12・一部改正)\n第2条　前条の規定は、適用しない。\n(目的)\n第3条　目的を定める。\n',
    );
    expect(nodesOf(tree, 'article').map((a) => a.caption ?? '-')).toEqual(['-', '-', '目的']);
  });
});
