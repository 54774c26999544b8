import { beforeAll, describe, expect, it } from 'vitest';
import { readCitation } from '../../src/lib/search/query.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';
import type { Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { corpusVocabulary, seedVocabulary } from './corpus-vocabulary.ts';

let vocab: Vocabulary;
beforeAll(async () => {
  vocab = await seedVocabulary();
});

const keys = (text: string) => tokenize(text, vocab).map((token) => token.key);
const queryKeys = (text: string) => tokenize(text, vocab, { readings: true }).map((token) => token.key);

describe('variants are one word at index and query time', () => {
  it.each([
    ['okurigana', ['取扱い', '取り扱い', '取扱']],
    ['okurigana of 手続', ['手続', '手続き']],
    ['okurigana of 申出', ['申出', '申し出']],
    ['及び / および', ['及び', 'および']],
    ['又は / または', ['又は', 'または']],
    ['若しくは / もしくは', ['若しくは', 'もしくは']],
    ['full-width digits', ['14日', '１４日']],
    ['kanji numerals', ['14日', '十四日']],
    ['counters', ['3か月', '3ヶ月', '三箇月']],
  ])('%s', (_name, spellings) => {
    const [first, ...rest] = spellings.map(keys);
    expect(first!.length).toBeGreaterThan(0);
    for (const other of rest) expect(other).toEqual(first);
  });

  it('a verb and its noun share the word (取り扱う, 取扱い)', () => {
    expect(keys('取り扱う')).toEqual(keys('取扱い'));
  });
});

describe('segmentation', () => {
  it('splits compounds into the words that find them', () => {
    expect(keys('個人情報保護条例')).toEqual(['個人', '情報', '保護', '条例']);
    expect(keys('開示請求')).toEqual(['開示', '請求']);
    expect(keys('開示請求')).toContain(keys('開示')[0]);
  });

  it('skips particles, so a phrase with の matches the same phrase in the text', () => {
    expect(keys('開示請求の手続')).toEqual(['開示', '請求', '手続']);
    expect(keys('削除の申し出')).toEqual(keys('削除の申出'));
  });

  it('keeps hiragana words', () => {
    expect(keys('あらかじめ')).toEqual(['あらかじめ']);
    expect(keys('個人情報及び特定個人情報')).toEqual(['個人', '情報', 'および', '特定', '個人', '情報']);
  });

  it('keeps katakana words whole, known or not', () => {
    expect(keys('クーポン')).toEqual(['クーポン']);
    expect(keys('ﾃｽﾄﾜｰﾄﾞ')).toEqual(['テストワード']);
  });

  it('reads numbers and ASCII words as words', () => {
    expect(keys('SSL暗号化')).toEqual(['ssl', ...keys('暗号化')]);
    expect(keys('1,000円')).toEqual(['1000', '円']);
  });

  it('points every word back at the original text', () => {
    const text = '十四日以内に取り扱う';
    for (const token of tokenize(text, vocab)) expect(token.end).toBeGreaterThan(token.start);
    const [fourteen] = tokenize(text, vocab);
    expect(text.slice(fourteen!.start, fourteen!.end)).toBe('十四');
  });
});

describe('readings in queries', () => {
  it('read hiragana as the words it spells', () => {
    expect(queryKeys('かいじせいきゅう')).toEqual(['開示', '請求']);
    expect(queryKeys('てすうりょう')).toEqual(keys('手数料'));
    expect(queryKeys('しんぎかい')).toEqual(keys('審議会'));
  });

  it('complete a reading still being typed', () => {
    expect(queryKeys('かいじせいき')).toEqual(['開示', '請求']);
  });

  it('read through a particle between words typed in kana', () => {
    expect(queryKeys('ていせいせいきゅうのてつづき')).toEqual([...keys('訂正請求'), ...keys('手続')]);
    // the reading with fewer words wins over one that spells the particle into a word
    expect(queryKeys('こじんじょうほうのかいじ')).toEqual([...keys('個人情報'), ...keys('開示')]);
  });

  it('are not guessed in the text', () => {
    expect(keys('かいじせいきゅう')).toEqual([]);
    expect(keys('ていせいせいきゅうのてつづき')).toEqual([]);
  });
});

describe('citations', () => {
  it.each([
    ['第26条', 'art-26', 'art-26'],
    ['26条', 'art-26', 'art-26'],
    ['第二十六条', 'art-26', 'art-26'],
    ['第２６条', 'art-26', 'art-26'],
    ['第11条の2', 'art-11_2', 'art-11_2'],
    ['第十一条の二', 'art-11_2', 'art-11_2'],
    ['第26条第2項', 'art-26', 'art-26-p2'],
    ['Article 26', 'art-26', 'art-26'],
    ['art. 11-2', 'art-11_2', 'art-11_2'],
    ['Article 26(2)', 'art-26', 'art-26-p2'],
    ['Article 26, paragraph 2', 'art-26', 'art-26-p2'],
  ])('%s → %s', (query, article, anchor) => {
    expect(readCitation(query)).toMatchObject({ article, anchor });
  });

  it('are not read in other queries', () => {
    expect(readCitation('26日')).toBeUndefined();
    expect(readCitation('第26条の規定')).toBeUndefined();
    expect(readCitation('開示請求第26条')).toBeUndefined();
  });

  it.each([
    ['個人情報保護法第27条', 'art-27', '個人情報保護法'],
    ['法76条', 'art-76', '法'],
    ['条例第二十条', 'art-20', '条例'],
    ['APPI article 27', 'art-27', 'appi'],
    ['Article 27 of the APPI', 'art-27', 'appi'],
  ])('%s names the law it cites (%s of %s)', (query, article, within) => {
    expect(readCitation(query)).toMatchObject({ article, within });
  });
});

describe('readings in katakana', () => {
  it('read an unknown katakana run as the words it spells', async () => {
    const vocabulary = await seedVocabulary();
    expect(tokenize('カイジセイキュウ', vocabulary, { readings: true }).map((token) => token.key)).toEqual([
      '開示',
      '請求',
    ]);
    expect(tokenize('クーポン', vocabulary, { readings: true }).map((token) => token.key)).toEqual([
      'クーポン',
    ]);
  });

  it('keep a loanword with a long-vowel mark whole, not read as kanji (マイ・ナン・バー)', async () => {
    const vocabulary = await seedVocabulary();
    expect(tokenize('マイナンバー', vocabulary, { readings: true }).map((token) => token.key)).toEqual([
      'マイナンバー',
    ]);
  });
});

describe('a sentence typed as a query', () => {
  it('keeps its content words only', async () => {
    const vocabulary = await seedVocabulary();
    expect(
      tokenize('開示請求をしたいのですがどうすればいいですか', vocabulary, { readings: true }).map(
        (token) => token.key,
      ),
    ).toEqual(['開示', '請求']);
  });
});

describe('readings with the national law in the corpus', () => {
  it('are not cut by item markers, prefer common words, and leave particles between kanji alone', async () => {
    const vocabulary = await corpusVocabulary();
    const read = (text: string) => tokenize(text, vocabulary, { readings: true }).map((token) => token.key);
    const plain = (text: string) => tokenize(text, vocabulary).map((token) => token.key);
    expect(vocabulary.words.has('イ')).toBe(false);
    expect(read('カイジセイキュウ')).toEqual(['開示', '請求']);
    expect(read('しんぎかい')).toEqual(plain('審議会'));
    expect(read('外国にある第三者')).toEqual(plain('外国にある第三者'));
  }, 60_000);
});
