import { describe, expect, it } from 'vitest';
import { normalizeForSearch, toHiragana } from '../../src/lib/search/normalize.ts';
import { kanaToRomaji, looseReading, romajiToKana } from '../../src/lib/search/romaji.ts';

const norm = (text: string) => normalizeForSearch(text).text;

describe('characters', () => {
  it('reads full-width letters and digits as ASCII, lower case', () => {
    expect(norm('１４日')).toBe('14日');
    expect(norm('ＳＳＬ')).toBe('ssl');
    expect(norm('第１１条の２')).toBe('第11条の2');
  });

  it('composes half-width katakana with their voicing marks', () => {
    expect(norm('ｸｰﾎﾟﾝ')).toBe('クーポン');
    expect(norm('ﾃﾞｰﾀ')).toBe('データ');
  });

  it('keeps, for every unit, the offset it came from', () => {
    const { text, origin } = normalizeForSearch('ｸｰﾎﾟﾝ１４日');
    expect(text).toBe('クーポン14日');
    expect([...origin]).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
  });
});

describe('kanji numerals', () => {
  it('become Arabic where they count', () => {
    expect(norm('十四日')).toBe('14日');
    expect(norm('第二十六条')).toBe('第26条');
    expect(norm('第十一条の二')).toBe('第11条の2');
    expect(norm('百二十円')).toBe('120円');
    expect(norm('五十万円')).toBe('50万円');
  });

  it('stay kanji inside words', () => {
    expect(norm('一般')).toBe('一般');
    expect(norm('統一')).toBe('統一');
    expect(norm('一部を開示')).toBe('一部を開示');
  });

  it('read counters written four ways as one', () => {
    for (const written of ['3ヶ月', '3ケ月', '3カ月', '3箇月', '3か月', '三箇月'])
      expect(norm(written)).toBe('3か月');
  });

  it('map a converted numeral back to the kanji it replaced', () => {
    const { text, origin } = normalizeForSearch('第二十六条');
    expect(text).toBe('第26条');
    expect([...origin]).toEqual([0, 1, 1, 4, 5]);
  });
});

describe('readings', () => {
  it('write hiragana in Hepburn romaji', () => {
    expect(kanaToRomaji('かいじせいきゅう')).toBe('kaijiseikyuu');
    expect(kanaToRomaji('じょうほう')).toBe('jouhou');
    expect(kanaToRomaji('きっぷ')).toBe('kippu');
    expect(kanaToRomaji(toHiragana('コーナー'))).toBe('koonaa');
  });

  it('meet in one loose key whatever the spelling of long vowels', () => {
    const keys = ['jouhou', 'johou', 'joho', 'jōhō', 'zyouhou'].map((spelling) =>
      looseReading(romajiToKana(spelling)!),
    );
    expect(new Set(keys)).toEqual(new Set([looseReading('じょうほう')]));
  });

  it('read Hepburn, Kunrei and keyboard romaji as kana', () => {
    expect(romajiToKana('kaiji')).toBe('かいじ');
    expect(romajiToKana('seikyuu')).toBe('せいきゅう');
    expect(romajiToKana('tetuduki')).toBe('てつづき');
    expect(romajiToKana('shimbun')).toBe('しんぶん');
    expect(romajiToKana("ken'in")).toBe('けんいん');
  });

  it('refuse words that are not romaji', () => {
    for (const word of ['ssl', 'policy', 'https', 'privacy', 'deleted'])
      expect(romajiToKana(word)).toBeUndefined();
  });
});
