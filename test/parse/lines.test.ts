import { describe, expect, it } from 'vitest';
import { detectWrapWidth, splitLines } from '../../src/lib/parse/lines.ts';

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
