/**
 * The one kuromoji tokenizer of a process (IPA dictionary from node_modules), shared by the
 * compare pages (lemmas, word diffs) and the search vocabulary.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';

/** A kuromoji tokenizer with the IPA dictionary. */
export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

/**
 * No IPADIC entry is longer than this (the longest are about 20 characters); see
 * `boundPrefixSearch`.
 */
const LONGEST_DICTIONARY_WORD = 64;

let tokenizer: Promise<JapaneseTokenizer> | undefined;

/**
 * The kuromoji tokenizer, built once per process (building reads the dictionary, ~1–2 s).
 * The dictionary is found beside the installed package, whatever the working directory.
 */
export function getTokenizer(): Promise<JapaneseTokenizer> {
  tokenizer ??= new Promise((resolve, reject) => {
    const dicPath = dictionaryPath();
    kuromoji.builder({ dicPath }).build((error, built) => {
      if (error) {
        tokenizer = undefined;
        reject(
          new Error(
            `Cannot build the kuromoji tokenizer from ${dicPath} (${String(error)}); is kuromoji installed?`,
          ),
        );
      } else resolve(boundPrefixSearch(built));
    });
  });
  return tokenizer;
}

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** The part of kuromoji 0.1's internals the lattice builder looks words up with. */
interface PrefixSearchTrie {
  commonPrefixSearch(key: string): Array<{ k: string; v: number }>;
}

/**
 * kuromoji looks up the dictionary words starting at each character by handing the trie the whole
 * rest of the sentence, which it first converts to UTF-8: quadratic in the length of a segment
 * between 、 and 。, and legal sentences run long. A word can be no longer than the longest
 * dictionary entry, so the lookup is given at most that many characters: the same words, in
 * linear time. Left as it is if a kuromoji version has other internals.
 */
function boundPrefixSearch(built: JapaneseTokenizer): JapaneseTokenizer {
  const trie = (built as unknown as { viterbi_builder?: { trie?: PrefixSearchTrie } }).viterbi_builder?.trie;
  if (!trie || typeof trie.commonPrefixSearch !== 'function') return built;
  const search = trie.commonPrefixSearch.bind(trie);
  trie.commonPrefixSearch = (key) => search(key.length > LONGEST_DICTIONARY_WORD ? headOf(key) : key);
  return built;
}

/** The first LONGEST_DICTIONARY_WORD code units, never ending inside a surrogate pair (the trie's UTF-8 encoder rejects half a pair). */
function headOf(key: string): string {
  const end = isHighSurrogate(key.charCodeAt(LONGEST_DICTIONARY_WORD - 1))
    ? LONGEST_DICTIONARY_WORD - 1
    : LONGEST_DICTIONARY_WORD;
  return key.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
