import { describe, expect, it } from 'vitest';
import { decodeKey, encodeKey, hideText, showText } from '../../src/lib/search/encode.ts';

describe('keys as Pagefind words', () => {
  it('round-trip', () => {
    for (const key of ['開示', '取扱', 'クーポン', '14', 'ssl', '§art-11_2', '𠮷野']) {
      expect(decodeKey(encodeKey(key))).toBe(key);
    }
  });

  it('are one word of consonants only, which no segmenter or stemmer splits', () => {
    expect(encodeKey('個人情報保護条例')).toMatch(/^q[bcdfghjklmnprtvwxz]+$/);
  });

  it('keep prefixes, so partial input still matches', () => {
    expect(encodeKey('情報').startsWith(encodeKey('情'))).toBe(true);
    expect(encodeKey('情報').startsWith(encodeKey('報'))).toBe(false);
  });

  it('are not words of other spellings', () => {
    expect(decodeKey('policy')).toBeUndefined();
  });
});

describe('hidden text', () => {
  it('round-trips and holds no word character for Pagefind to index', () => {
    const text = '第26条（開示決定等の期限）𠮷 Article 26';
    expect(showText(hideText(text))).toBe(text);
    expect(hideText(text)).toMatch(/^[!#$%()*+,\-./:;=?@]+$/);
  });
});
