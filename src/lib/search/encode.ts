/**
 * Search keys as Pagefind words. Pagefind splits Japanese again on both sides (lindera when
 * indexing, the browser's Intl.Segmenter when searching) and the two disagree; a key written as
 * letters is one word to both, so the words Pagefind matches are exactly the keys our tokenizer
 * made. The spelling is `q` + four letters per UTF-16 unit, from consonants only: no English word
 * looks like it, the English stemmer (which needs vowels and s/y endings) leaves it alone, and it
 * keeps prefixes (the word of 情 is a prefix of the word of 情報), so partial input still matches.
 */

const ALPHABET = 'bcdfghjklmnprtvwxz';
const BASE = ALPHABET.length;
const WIDTH = 4;
const PREFIX = 'q';
const DIGITS = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The Pagefind word of a key: 開示 → q + 8 letters. */
export function encodeKey(key: string): string {
  let out = PREFIX;
  for (let i = 0; i < key.length; i++) {
    let code = key.charCodeAt(i);
    let unit = '';
    for (let d = 0; d < WIDTH; d++) {
      unit = ALPHABET[code % BASE] + unit;
      code = Math.floor(code / BASE);
    }
    out += unit;
  }
  return out;
}

/** The key of a Pagefind word made by encodeKey, or undefined for any other word. */
export function decodeKey(word: string): string | undefined {
  if (!word.startsWith(PREFIX) || (word.length - 1) % WIDTH !== 0) return undefined;
  let out = '';
  for (let i = 1; i < word.length; i += WIDTH) {
    let code = 0;
    for (let d = 0; d < WIDTH; d++) {
      const digit = DIGITS.get(word[i + d]!);
      if (digit === undefined) return undefined;
      code = code * BASE + digit;
    }
    out += String.fromCharCode(code);
  }
  return out;
}

/** The citation key of an anchor (art-26, art-11_2): one word that finds that article in every document. */
export function citationKey(anchor: string): string {
  return `§${anchor}`;
}

/** The citation key of an article in one document (hyuga/personal-…, art-26): finds that one record. */
export function docCitationKey(doc: string, anchor: string): string {
  return `§${doc}#${anchor}`;
}

/** The definition key of a term (its keys joined): one word that finds the units defining it. */
export function definitionKey(term: string): string {
  return `§def:${term}`;
}

/** Sixteen ASCII punctuation marks: Pagefind makes no word of them. */
const HIDDEN = '!#$%()*+,-./:;=?@';

/**
 * Text Pagefind stores but does not index: each UTF-16 unit as four punctuation marks. Used for
 * what a result shows (title, text …), which Pagefind would otherwise index as meta words.
 */
export function hideText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out +=
      HIDDEN[(code >> 12) & 15]! + HIDDEN[(code >> 8) & 15]! + HIDDEN[(code >> 4) & 15]! + HIDDEN[code & 15]!;
  }
  return out;
}

/** The text hidden by hideText. */
export function showText(hidden: string | undefined): string {
  if (!hidden) return '';
  let out = '';
  for (let i = 0; i + 3 < hidden.length; i += 4) {
    let code = 0;
    for (let k = 0; k < 4; k++) code = code * 16 + HIDDEN.indexOf(hidden[i + k]!);
    out += String.fromCharCode(code);
  }
  return out;
}
