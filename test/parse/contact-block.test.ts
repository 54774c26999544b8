import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/lib/parse/contact.ts';
import type { Node, Parent } from '../../src/lib/tree/types.ts';
import { parseText } from './helpers.ts';

function contacts(node: Node): Parent[] {
  if (!('children' in node)) return [];
  const own = node.type === 'contact' ? [node] : [];
  return [...own, ...node.children.flatMap(contacts)];
}

const LINES = [
  '総務部総務課',
  '〒100-0001 東京都千代田区千代田1-1',
  '電話：03-1234-5678（代表）',
  'ファクス：03-1234-5679',
  'メール：soumu@example.lg.jp',
];

describe('contact block data', () => {
  it('is the data of every line after the block title, read once the page is read', () => {
    const text = ['個人情報の取扱い', '', '本市の方針です。', '', 'お問い合わせ', ...LINES, ''].join('\n');
    const { tree } = parseText(text, { style: 'page', lang: 'ja' });
    const [block] = contacts(tree);
    expect(block?.contact).toEqual(parseContact(LINES));
    expect(block?.contact?.email).toBe('soumu@example.lg.jp');
  });

  it('gives a block of its title alone empty data', () => {
    const { tree } = parseText(['案内', '', '本文です。', '', 'お問い合わせ', ''].join('\n'), {
      style: 'page',
      lang: 'ja',
    });
    for (const block of contacts(tree)) expect(block.contact).toEqual({});
  });

  it('reads a long block whole (each line once, not every line again at each line)', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `第${i + 1}係`);
    const text = [
      '案内',
      '',
      '本文です。',
      '',
      'お問い合わせ',
      ...many,
      'メール：kakari@example.lg.jp',
      '',
    ].join('\n');
    const { tree } = parseText(text, { style: 'page', lang: 'ja' });
    const [block] = contacts(tree);
    expect(block?.contact?.email).toBe('kakari@example.lg.jp');
  });
});
