/**
 * Build-time only: kuromoji reads the corpus and decides what the words are. The result is the
 * VocabularyData the tokenizer segments with, in the index build and in the browser.
 */
import type kuromoji from 'kuromoji';
import { getTokenizer } from '../kuromoji/index.ts';
import { classifyChar, normalizeForSearch, toHiragana } from './normalize.ts';
import { BUILTIN_VARIANTS, type VocabularyData } from './vocabulary.ts';

/** Where a sentence ends: after 。, and at a line break. */
const SENTENCE_END = /(?<=。)|\n/u;

/** Parts of speech that carry no searchable meaning. */
const FUNCTION_POS = new Set(['記号', '助詞', '助動詞', 'フィラー', 'その他', '連体詞', '感動詞']);
/** Nouns of these kinds may be hiragana words; 非自立 (こと, もの, とき), pronouns and suffixes may not. */
const KANA_NOUNS = new Set(['一般', 'サ変接続', '形容動詞語幹', '副詞可能', 'ナイ形容詞語幹']);
/** Kinds of words whose kanji spelling is read as hiragana (及び → および). */
const VARIANT_POS = new Set(['接続詞', '副詞']);
/** Hiragana words too common or too short to tell anything, or that hide in verb endings. */
const KANA_STOP = new Set([
  'なお',
  'また',
  'まで',
  'ほか',
  'ため',
  'こと',
  'もの',
  'とき',
  'よう',
  'ところ',
  'とも',
  // words of questions and polite phrasing, which a sentence typed as a query is full of
  'どう',
  'よく',
  'いただき',
  'もって',
  'そこで',
]);

/** Counts collected while reading the corpus. */
interface Tally {
  words: Map<string, { count: number; readings: Map<string, number> }>;
  kana: Map<string, number>;
  variants: Map<string, string>;
}

/**
 * Analyse `texts` with kuromoji and return the vocabulary: words written with kanji/katakana as
 * keys without okurigana and with their most frequent reading, hiragana words, and kanji
 * spellings of conjunctions and adverbs. Compounds that split into known words of two or more
 * characters are left out, so that their parts find them (開示 finds 開示請求 even if IPADIC
 * knew 開示請求 as one word).
 */
export async function buildVocabulary(texts: Iterable<string>): Promise<VocabularyData> {
  const tokenizer = await getTokenizer();
  const tally: Tally = { words: new Map(), kana: new Map(), variants: new Map() };
  // Each distinct sentence once: municipalities copy model ordinances, so a corpus repeats whole
  // sentences under other article numbers, and the vocabulary needs the words, not how often a
  // repeated sentence holds them. (kuromoji reads a text sentence by sentence anyway.)
  const seen = new Set<string>();
  for (const text of new Set(texts)) {
    for (const sentence of normalizeForSearch(text).text.split(SENTENCE_END)) {
      if (!sentence || seen.has(sentence)) continue;
      seen.add(sentence);
      for (const token of tokenizer.tokenize(sentence)) countToken(token, tally);
    }
  }
  const words = [...tally.words].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : a > b ? 1 : 0));
  const keys = new Set(words.map(([key]) => key));
  // a lone katakana is an item marker (イ, ロ, ハ; ア, イ, ウ), not a word: as one it would cut
  // katakana typed as a reading (カイジセイキュウ) into カ, イ …
  const kept = words.filter(
    ([key]) => !isCompoundOf(key, keys) && !(key.length === 1 && classifyChar(key) === 'katakana'),
  );
  const kana = [...tally.kana]
    .filter(([word]) => !KANA_STOP.has(word))
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const variants = [...tally.variants].filter(([from]) => BUILTIN_VARIANTS[from] === undefined).sort();
  return {
    v: 1,
    words: kept.map(([key, { readings }]) => key + (mostFrequent(readings) ?? '')).join(' '),
    kana: kana.map(([word]) => word).join(' '),
    variants: variants.map(([from, to]) => `${from}=${to}`).join(' '),
  };
}

function countToken(token: kuromoji.IpadicFeatures, tally: Tally): void {
  const surface = token.surface_form;
  if (FUNCTION_POS.has(token.pos) || !/\S/.test(surface)) return;
  const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : undefined;
  const written = [...surface].some((c) => isWordChar(c));
  if (written) {
    if (VARIANT_POS.has(token.pos) && reading && /[\u3041-\u3096]/.test(surface)) {
      tally.variants.set(surface, reading);
      tally.kana.set(reading, (tally.kana.get(reading) ?? 0) + 1);
      return;
    }
    const key = [...surface].filter((c) => isWordChar(c)).join('');
    const entry = tally.words.get(key) ?? { count: 0, readings: new Map<string, number>() };
    entry.count++;
    if (reading && /^[\u3041-\u3096ー]+$/.test(reading)) {
      entry.readings.set(reading, (entry.readings.get(reading) ?? 0) + 1);
    }
    tally.words.set(key, entry);
    return;
  }
  if (!/^[\u3041-\u3096ー]{2,}$/.test(surface)) return;
  const kanaWord =
    token.pos === '副詞' ||
    token.pos === '接続詞' ||
    (token.pos === '名詞' && KANA_NOUNS.has(token.pos_detail_1));
  if (kanaWord) tally.kana.set(surface, (tally.kana.get(surface) ?? 0) + 1);
}

function isWordChar(c: string): boolean {
  const kind = classifyChar(c);
  return kind === 'kanji' || kind === 'katakana';
}

/** True when `key` (3+ kanji) is a sequence of other keys of two or more characters. */
function isCompoundOf(key: string, keys: ReadonlySet<string>): boolean {
  if (key.length < 3 || ![...key].every((c) => classifyChar(c) === 'kanji')) return false;
  const reachable = [true];
  for (let i = 0; i < key.length; i++) {
    if (!reachable[i]) continue;
    for (let j = i + 2; j <= key.length; j++) {
      if (!(i === 0 && j === key.length) && keys.has(key.slice(i, j))) reachable[j] = true;
    }
  }
  return reachable[key.length] === true;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
