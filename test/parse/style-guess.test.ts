import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/parse/index.ts';

const styleOf = (text: string) => parseSource(new VFile({ path: 'a.txt', value: text })).style;

describe('parseSource: the style guessed from the text', () => {
  const article = (n: string) => `第${n}条　この条例は、必要な事項を定めるものとする。`;

  it('reads two or more 第N条 lines as a law, wherever they stand', () => {
    expect(styleOf([article('1'), article('2')].join('\n'))).toBe('law');
    expect(styleOf(['お知らせ', '', `　${article('一')}`, `\u3000${article('二')}`].join('\n'))).toBe('law');
    const long = Array.from({ length: 3000 }, (_, i) => article(String(i + 1))).join('\n');
    expect(styleOf(long)).toBe('law');
  });

  it('reads one 第N条 line as a law only with a 附則 line', () => {
    expect(styleOf([article('1'), '', '附　則', 'この条例は、公布の日から施行する。'].join('\n'))).toBe(
      'law',
    );
    expect(styleOf(['お知らせ', article('1'), '詳しくはお問い合わせください。'].join('\n'))).toBe('page');
  });

  it('counts only lines that start with the label', () => {
    const cited = [
      '個人情報保護条例の概要',
      '同条例第1条に目的を定めています。',
      '同条例第2条に定義があります。',
    ];
    expect(styleOf(cited.join('\n'))).toBe('page');
  });

  it('guesses each text afresh: a long law read before does not carry over', () => {
    const law = Array.from({ length: 50 }, (_, i) => article(String(i + 1))).join('\n');
    for (let round = 0; round < 3; round++) {
      expect(styleOf(law)).toBe('law');
      expect(styleOf(['お知らせ', article('1'), '以上'].join('\n'))).toBe('page');
    }
  });
});
