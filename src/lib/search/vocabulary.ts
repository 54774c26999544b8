/**
 * The corpus vocabulary the tokenizer segments with, built from kuromoji's analysis of the
 * corpus at build time (see build-vocabulary.ts) and shipped to the browser as a small JSON
 * file, so that a query is cut into the same words as the text was.
 */
import type { RelatedGroup } from './related.ts';
import { looseReading } from './romaji.ts';
import type { RouteMeta } from './route.ts';

/** The vocabulary as stored in `/search/vocab.dat` (gzip-compressed JSON). */
export interface VocabularyData {
  /** format version */
  v: 1;
  /**
   * Words written with kanji or katakana, most frequent first, space-separated, each followed by
   * its reading in hiragana when it has one: `開示かいじ 請求せいきゅう 条 …`. Words are keys:
   * okurigana removed (取扱い, 取り扱い and 取扱 are all 取扱).
   */
  words: string;
  /** Words written in hiragana only (および, あらかじめ, おそれ), space-separated. */
  kana: string;
  /** Spellings read as another word before segmenting, `from=to`, space-separated (及び=および). */
  variants: string;
  /** related terms (content/search-synonyms.yaml and the glossary), see related.ts */
  related?: RelatedGroup[];
  /** how many Pagefind bundles each language's index is split into, when more than one (see paths.ts) */
  bundles?: Partial<Record<'ja' | 'en', number>>;
  /**
   * The bundle (1, 2 …) holding each city's records, when the index is split: a search filtered
   * by city merges only that bundle into the first one (which holds the national laws).
   */
  cityBundles?: Record<string, number>;
  /**
   * The route table of a split index, per language (route.ts): how many bundles, and the first word
   * of each shard. A search without a city filter merges the bundles the table names for it.
   */
  routes?: Partial<Record<'ja' | 'en', RouteMeta>>;
  /**
   * The values of the weight filter the records carry (`w30`, `w60` …; run.ts WEIGHT_FILTER): the
   * page reads each one's records without asking Pagefind for every filter, which would load the
   * city, kind and topic filters of every record too.
   */
  weights?: string[];
}

/**
 * Spellings of conjunctions and adverbs that official texts write either way; the corpus adds
 * the ones it holds (build-vocabulary.ts). Both sides read them as the hiragana word.
 */
export const BUILTIN_VARIANTS: Readonly<Record<string, string>> = {
  及び: 'および',
  又は: 'または',
  並びに: 'ならびに',
  若しくは: 'もしくは',
  且つ: 'かつ',
  但し: 'ただし',
  予め: 'あらかじめ',
  既に: 'すでに',
  更に: 'さらに',
  直ちに: 'ただちに',
  併せて: 'あわせて',
  専ら: 'もっぱら',
  殊に: 'ことに',
  概ね: 'おおむね',
  恐れ: 'おそれ',
  虞: 'おそれ',
};

/** Lookup structures over VocabularyData. */
export class Vocabulary {
  /** kanji/katakana words */
  readonly words: ReadonlySet<string>;
  /** hiragana words */
  readonly kana: ReadonlySet<string>;
  /** spelling → word, longest spellings first per first character */
  readonly variants: ReadonlyMap<string, ReadonlyArray<[string, string]>>;
  /** loose romaji reading → the most frequent word read so */
  readonly readings: ReadonlyMap<string, string>;
  /** loose romaji readings in frequency order, for completing a partly typed reading */
  readonly readingList: ReadonlyArray<[string, string]>;
  readonly longestWord: number;
  readonly longestKana: number;
  readonly related: readonly RelatedGroup[];
  /** how common a word is: its place in the vocabulary, most frequent first */
  readonly rank: ReadonlyMap<string, number>;

  constructor(data: VocabularyData) {
    const words = new Set<string>();
    const rank = new Map<string, number>();
    const readings = new Map<string, string>();
    const readingList: Array<[string, string]> = [];
    for (const entry of data.words.split(' ')) {
      if (!entry) continue;
      const split = entry.search(/[\u3041-\u3096]/);
      const word = split < 0 ? entry : entry.slice(0, split);
      words.add(word);
      if (!rank.has(word)) rank.set(word, rank.size);
      if (split >= 0) {
        const loose = looseReading(entry.slice(split));
        if (!readings.has(loose)) readings.set(loose, word);
        readingList.push([loose, word]);
      }
    }
    const kana = new Set(data.kana.split(' ').filter(Boolean));
    for (const word of kana) {
      const loose = looseReading(word);
      if (!readings.has(loose)) readings.set(loose, word);
      readingList.push([loose, word]);
    }
    const pairs = new Map<string, string>(Object.entries(BUILTIN_VARIANTS));
    for (const pair of data.variants.split(' ')) {
      const [from, to] = pair.split('=');
      if (from && to) pairs.set(from, to);
    }
    const variants = new Map<string, Array<[string, string]>>();
    for (const [from, to] of pairs) {
      kana.add(to);
      const list = variants.get(from[0]!) ?? [];
      list.push([from, to]);
      list.sort((a, b) => b[0].length - a[0].length);
      variants.set(from[0]!, list);
    }
    this.words = words;
    this.kana = kana;
    this.variants = variants;
    this.readings = readings;
    this.readingList = readingList;
    this.longestWord = Math.max(1, ...[...words].map((w) => w.length));
    this.longestKana = Math.max(1, ...[...kana].map((w) => w.length));
    this.related = data.related ?? [];
    this.rank = rank;
  }
}
