/**
 * The one tokenizer of the search: the index build runs it over every record and the browser over
 * every query, so both cut text into the same words.
 *
 * After normalizeForSearch, kanji and katakana are segmented by longest match against the corpus
 * vocabulary. Hiragana between them is okurigana or a particle and is skipped, so the kanji on
 * either side meet (取り扱い, 取扱い and 取扱 are all 取扱; 開示請求の手続 is 開示 請求 手続), unless it
 * holds a hiragana word of the vocabulary (および, あらかじめ). Conjunctions written in kanji are
 * read as hiragana first (及び → および). Numbers and ASCII words are words of their own. In
 * queries, a hiragana run that holds no word may be a reading (かいじせいきゅう → 開示 請求).
 */
import { classifyChar, normalizeForSearch, toHiragana } from './normalize.ts';
import { looseReading } from './romaji.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A word of the text: its key, and where it was written in the original text. */
interface Token {
  key: string;
  /** offset in the original text where the word starts */
  start: number;
  /** offset in the original text after the word */
  end: number;
}

/** Tokenizer options. */
interface TokenizeOptions {
  /** read hiragana runs that are no word as readings (queries only; default false) */
  readings?: boolean;
}

const NUMBER = /[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?/y;
const ALNUM = /[a-z0-9]+/y;

/** Cut `source` into words. Deterministic; offsets point into `source`. */
export function tokenize(source: string, vocab: Vocabulary, options: TokenizeOptions = {}): Token[] {
  const { text, origin } = normalizeForSearch(source);
  const tokens: Token[] = [];
  const push = (key: string, from: number, to: number) =>
    tokens.push({ key, start: origin[from]!, end: origin[to]! });
  /** text indices of the kanji and katakana waiting to be segmented together */
  let pending: number[] = [];
  const flush = () => {
    if (pending.length > 0) segmentRun(text, pending, vocab, push, options.readings === true);
    pending = [];
  };

  let i = 0;
  while (i < text.length) {
    const variant = vocab.variants.get(text[i]!)?.find(([from]) => text.startsWith(from, i));
    if (variant) {
      flush();
      push(variant[1], i, i + variant[0].length);
      i += variant[0].length;
      continue;
    }
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    const kind = classifyChar(text.slice(i, i + width));
    if (kind === 'kanji' || kind === 'katakana') {
      for (let k = 0; k < width; k++) pending.push(i + k);
      i += width;
    } else if (kind === 'hiragana') {
      let j = i;
      while (j < text.length && (classifyChar(text[j]!) === 'hiragana' || text[j] === 'ー')) j++;
      const words = findKanaWords(text, i, j, vocab);
      // kana next to kanji is okurigana or a particle (外国にある第三者), not a reading typed in kana
      const besideKanji = [text[i - 1], text[j]].some(
        (c) => c !== undefined && ['kanji', 'katakana'].includes(classifyChar(c)),
      );
      const read =
        words.length === 0 && options.readings && j - i >= 3 && !besideKanji
          ? readKanaRun(text.slice(i, j), vocab)
          : undefined;
      if (words.length > 0) {
        flush();
        for (const [key, from, to] of words) push(key, from, to);
      } else if (read) {
        flush();
        for (const key of read) push(key, i, j);
      }
      i = j;
    } else if (kind === 'alnum') {
      flush();
      NUMBER.lastIndex = i;
      const number = NUMBER.exec(text);
      ALNUM.lastIndex = i;
      const word = ALNUM.exec(text)![0];
      if (number && number[0].length >= word.length) {
        push(number[0].replace(/,/g, ''), i, i + number[0].length);
        i += number[0].length;
      } else {
        push(word, i, i + word.length);
        i += word.length;
      }
    } else {
      flush();
      i += width;
    }
  }
  flush();
  return tokens;
}

/** Longest match of kanji/katakana against the vocabulary; unknown katakana stays one word, unknown kanji one character each. */
function segmentRun(
  text: string,
  indices: number[],
  vocab: Vocabulary,
  push: (key: string, from: number, to: number) => void,
  readings: boolean,
): void {
  const run = indices.map((index) => text[index]!).join('');
  let p = 0;
  while (p < run.length) {
    let length = Math.min(vocab.longestWord, run.length - p);
    while (length > 0 && !vocab.words.has(run.slice(p, p + length))) length--;
    if (length === 0) {
      if (classifyChar(run[p]!) === 'katakana') {
        length = 1;
        while (p + length < run.length && classifyChar(run[p + length]!) === 'katakana') length++;
        // A query may spell a reading in katakana (カイジセイキュウ); a word with a long-vowel mark
        // is a loanword (マイナンバー), not a reading (マイ・ナン・バー would be 枚 何 場合).
        const word = run.slice(p, p + length);
        const read =
          readings && length >= 3 && !word.includes('ー') ? readKana(toHiragana(word), vocab) : undefined;
        if (read) {
          for (const key of read) push(key, indices[p]!, indices[p + length - 1]! + 1);
          p += length;
          continue;
        }
      } else {
        length = run.codePointAt(p)! > 0xffff ? 2 : 1;
      }
    }
    push(run.slice(p, p + length), indices[p]!, indices[p + length - 1]! + 1);
    p += length;
  }
}

/** Hiragana words of the vocabulary in text[from, to), by longest match: [key, from, to]. */
function findKanaWords(
  text: string,
  from: number,
  to: number,
  vocab: Vocabulary,
): Array<[string, number, number]> {
  const found: Array<[string, number, number]> = [];
  let p = from;
  while (p < to) {
    let length = Math.min(vocab.longestKana, to - p);
    while (length > 1 && !vocab.kana.has(text.slice(p, p + length))) length--;
    if (length > 1) {
      found.push([text.slice(p, p + length), p, p + length]);
      p += length;
    } else {
      p++;
    }
  }
  return found;
}

/** Particles a reading typed in kana runs through between its words (ていせいせいきゅうのてつづき). */
const PARTICLES = new Set(['の', 'を', 'は', 'が', 'に', 'で', 'と', 'や', 'へ']);

/**
 * A kana run read as words, or as words on either side of a particle: a query typed without an IME
 * keeps its particles (ていせいせいきゅうのてつづき is 訂正 請求 の 手続). Each side must read on its
 * own; the reading with fewer words wins, as in readKana.
 */
function readKanaRun(kana: string, vocab: Vocabulary): string[] | undefined {
  const whole = readKana(kana, vocab);
  const split = readAroundParticle(kana, vocab);
  // fewer words is the likelier reading: こじんじょうほうのかいじ is 個人 情報 の 開示, not 個人 条 本 置 維持
  return split && (!whole || split.length < whole.length) ? split : whole;
}

/** The kana run read as the words on either side of its first particle that leaves both readable. */
function readAroundParticle(kana: string, vocab: Vocabulary): string[] | undefined {
  for (let k = 2; k <= kana.length - 3; k++) {
    if (!PARTICLES.has(kana[k]!)) continue;
    const before = readKana(kana.slice(0, k), vocab);
    const after = before && readKana(kana.slice(k + 1), vocab);
    if (before && after) return [...before, ...after];
  }
  return undefined;
}

/**
 * Words whose readings spell `kana` (かいじせいきゅう → 開示, 請求), fewest words first; the last
 * may be partly typed (かいじせいき). Undefined when the run cannot be read, or only as a string
 * of one-kana words (which would be a guess, not a reading).
 */
export function readKana(kana: string, vocab: Vocabulary): string[] | undefined {
  const loose = looseReading(kana);
  const n = loose.length;
  // fewest words, then the most common ones: しんぎかい is 審議 会, not 新 議会
  const best: Array<{ count: number; rarity: number; words: string[] } | undefined> = [
    { count: 0, rarity: 0, words: [] },
  ];
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    for (let j = i + 1; j <= n; j++) {
      const word = vocab.readings.get(loose.slice(i, j));
      if (word === undefined) continue;
      const count = here.count + 1;
      const rarity = here.rarity + (vocab.rank.get(word) ?? vocab.rank.size);
      const there = best[j];
      if (!there || count < there.count || (count === there.count && rarity < there.rarity))
        best[j] = { count, rarity, words: [...here.words, word] };
    }
  }
  // A partly typed last word (かいじせいき) may read better as a completion than as short words.
  // In romaji せいき is no prefix of せいきゅう (seiki, seikyu): a last i may begin a yōon.
  let result = best[n];
  for (let i = n - 2; i >= 0; i--) {
    const here = best[i];
    if (!here || (result && here.count + 1 >= result.count)) continue;
    const rest = loose.slice(i);
    const stem = rest.endsWith('i') ? rest.slice(0, -1) : rest;
    const completion = vocab.readingList.find(
      ([reading]) =>
        reading !== rest && (reading.startsWith(rest) || (stem.length >= 2 && reading.startsWith(stem))),
    );
    if (completion)
      result = { count: here.count + 1, rarity: here.rarity, words: [...here.words, completion[1]] };
  }
  if (!result || result.count === 0 || result.count > Math.ceil([...kana].length / 2)) return undefined;
  return result.words;
}
