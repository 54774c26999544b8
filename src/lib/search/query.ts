/**
 * What a query asks for, read in the browser with the same tokenizer as the index: its words as
 * Pagefind terms (the exact phrase and all words), readings of romaji words (kaiji → 開示), and
 * citations (第26条, 26条, 第十一条の二, 第26条第2項, Article 26, Art. 11-2).
 */

import { citationKey, encodeKey } from './encode.ts';
import type { SiteLang } from './localize.ts';
import { normalizeForSearch } from './normalize.ts';
import { romajiToKana } from './romaji.ts';
import { readKana, tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A citation of an article: the record it resolves to and the exact anchor (with paragraph, item). */
export interface Citation {
  /** the article's anchor: art-26, art-11_2 */
  article: string;
  /** the anchor to land on: art-26-p2 for 第26条第2項, else the article */
  anchor: string;
  /** the Pagefind word that finds the article in every document */
  term: string;
}

/** One way of reading the query: the Pagefind terms to run and the words to highlight. */
export interface Reading {
  /** every word, as a Pagefind term (all must match) */
  terms: string;
  /** the exact phrase, quoted (only for two or more words) */
  phrase?: string;
  /** keys to highlight in Japanese text */
  keys: string[];
  /** plain words (English) to highlight */
  words: string[];
}

/** The query as the search runs it. */
export interface QueryPlan {
  /** the query as typed, trimmed */
  query: string;
  citation?: Citation;
  /** the literal reading first, then readings of romaji words (kaiji → 開示) */
  readings: Reading[];
}

const JA_CITATION = /^第?([0-9]+)条((?:の[0-9]+)*)(?:第?([0-9]+)項)?(?:第?([0-9]+)号)?$/;
const EN_CITATION =
  /^(?:article|art\.?)\s*([0-9]+)((?:-[0-9]+)*)(?:\s*(?:,\s*)?(?:\(([0-9]+)\)|paragraph\s*\(?([0-9]+)\)?))?$/;
const JAPANESE = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]/;

/** Read a query typed on the `lang` site. */
export function planQuery(query: string, lang: SiteLang, vocab: Vocabulary): QueryPlan {
  const trimmed = query.trim();
  const citation = readCitation(trimmed);
  const readings: Reading[] = [];
  const literal = literalReading(trimmed, lang, vocab);
  if (literal) readings.push(literal);
  const reading = romajiReading(trimmed, vocab);
  if (reading && reading.terms !== literal?.terms) readings.push(reading);
  return { query: trimmed, ...(citation ? { citation } : {}), readings };
}

/** 第26条, 26条, 第11条の2, 第26条第2項第1号, Article 26, Art. 11-2, Article 26(2) → a citation. */
export function readCitation(query: string): Citation | undefined {
  const text = normalizeForSearch(query).text.replace(/\s+/g, ' ').trim();
  const ja = JA_CITATION.exec(text.replace(/ /g, ''));
  if (ja) {
    const branches = [...ja[2]!.matchAll(/の([0-9]+)/g)].map((m) => m[1]);
    const article = `art-${[ja[1], ...branches].join('_')}`;
    const anchor = `${article}${ja[3] ? `-p${ja[3]}` : ''}${ja[3] && ja[4] ? `-i${ja[4]}` : ''}`;
    return { article, anchor, term: encodeKey(citationKey(article)) };
  }
  const en = EN_CITATION.exec(text);
  if (en) {
    const branches = en[2] ? en[2].split('-').filter(Boolean) : [];
    const article = `art-${[en[1], ...branches].join('_')}`;
    const paragraph = en[3] ?? en[4];
    return {
      article,
      anchor: paragraph ? `${article}-p${paragraph}` : article,
      term: encodeKey(citationKey(article)),
    };
  }
  return undefined;
}

function literalReading(query: string, lang: SiteLang, vocab: Vocabulary): Reading | undefined {
  if (lang === 'en' && !JAPANESE.test(query)) {
    const words = normalizeForSearch(query)
      .text.split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length === 0) return undefined;
    return makeReading(words, [], words);
  }
  const tokens = tokenize(query, vocab, { readings: true });
  if (tokens.length === 0) return undefined;
  const keys = tokens.map((token) => token.key);
  // On the English site the words of English text are Pagefind's own; only Japanese is keyed.
  const terms = keys.map((key) => (lang === 'en' && /^[a-z]+$/.test(key) ? key : encodeKey(key)));
  return makeReading(terms, keys, lang === 'en' ? keys.filter((key) => /^[a-z]+$/.test(key)) : []);
}

/** Latin words that spell readings of vocabulary words (kaiji seikyu → 開示 請求), or undefined. */
function romajiReading(query: string, vocab: Vocabulary): Reading | undefined {
  const words = normalizeForSearch(query).text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.some((word) => /^[a-z'-]+$/.test(word))) return undefined;
  const keys: string[] = [];
  for (const word of words) {
    const kana = /^[a-z'-]+$/.test(word) ? romajiToKana(word) : undefined;
    const read = kana ? readKana(kana, vocab) : undefined;
    if (kana && !read) return undefined;
    keys.push(...(read ?? tokenize(word, vocab).map((token) => token.key)));
  }
  if (keys.length === 0) return undefined;
  return makeReading(
    keys.map((key) => encodeKey(key)),
    keys,
    [],
  );
}

function makeReading(terms: string[], keys: string[], words: string[]): Reading {
  return {
    terms: terms.join(' '),
    ...(terms.length > 1 ? { phrase: `"${terms.join(' ')}"` } : {}),
    keys,
    words,
  };
}
