/**
 * What a query asks for, read in the browser with the same tokenizer as the index: its words as
 * Pagefind terms (the exact phrase and all words), readings of romaji words (kaiji → 開示), and
 * citations (第26条, 26条, 第十一条の二, 第26条第2項, Article 26, Art. 11-2).
 */

import { englishAmounts } from './amounts.ts';
import { citationKey, definitionKey, encodeKey } from './encode.ts';
import type { SiteLang } from './localize.ts';
import { normalizeForSearch } from './normalize.ts';
import { ENGLISH_STOPWORDS, englishStem, englishWords, findAlternatives } from './related.ts';
import { romajiToKana } from './romaji.ts';
import { correctSpelling, knownEnglishWords } from './spelling.ts';
import { readKana, tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A citation of an article: the record it resolves to and the exact anchor (with paragraph, item). */
interface Citation {
  /** the article's anchor: art-26, art-11_2 */
  article: string;
  /** the anchor to land on: art-26-p2 for 第26条第2項, else the article */
  anchor: string;
  /** the Pagefind word that finds the article in every document */
  term: string;
  /** the law or ordinance named with it (個人情報保護法第27条, 条例第20条, "APPI article 27"), as typed */
  within?: string;
}

/** One way of reading the query: the Pagefind terms to run and the words to highlight. */
interface Reading {
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
  /** the query with a word replaced by a related term (手数料 → 費用, deadline → 期限), weaker evidence */
  related: Reading[];
  /** 「個人情報とは」, "what is personal information": the Pagefind words of the definitions asked for */
  definitions?: string[];
  /** for a citation naming its law: the cited article's word with the law's words, one search each */
  scopedCitations?: string[];
  /**
   * The literal reading of a short query without one of its words, each as terms: searched when
   * few records hold every word. Only words no related term stands for are dropped ("people" in
   * "notify people about a data breach"); a word read otherwise ("annual" as 毎年) is the question.
   */
  loose?: string[];
}

/** Queries of this many words, and at least three, may be read without one of them. */
const LOOSE_MAX_WORDS = 4;

/** How many related readings a query is searched with, at most. */
const MAX_RELATED = 12;

/** 「Xとは」「Xとは何ですか」「Xって何」「Xってどういう意味」「Xとはどんなもの」「Xの意味」「Xの定義」 */
const JA_DEFINITION =
  /^(.+?)(?:(?:とは|って)(?:何|なに|どういう(?:意味|もの|こと)|どんな(?:もの|こと)|どういうこと)(?:ですか|でしょうか|なの)?|とは(?:ですか|でしょうか)?|の(?:意味|定義)(?:は)?)[?？。\s]*$/u;
/** "what is X", "what are X", "what does X mean", "define X", "definition of X", "meaning of X", "X meaning" */
const EN_DEFINITION =
  /^(?:(?:what(?:'s|\s+is|\s+are|\s+does)|define|definition\s+of|meaning\s+of)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+mean)?|(.+?)\s+(?:definition|meaning))\s*\??$/iu;

/** 第26条第2項, with the law it is of before it (個人情報保護法第27条, 個人情報保護法の第35条, 法76条, 条例第二十条) */
const JA_CITATION =
  /^(?:(.*?(?:法|法律|条例|規則|令|規程|要綱))の?)?第?([0-9]+)条((?:の[0-9]+)*)(?:第?([0-9]+)項)?(?:第?([0-9]+)号)?$/;
/** Article 26(2), with the law before or after it ("APPI article 27", "Article 27 of the APPI") */
const EN_CITATION =
  /^(?:(.+?)\s+)?(?:article|art\.?)\s*([0-9]+)((?:-[0-9]+)*)(?:\s*(?:,\s*)?(?:\(([0-9]+)\)|paragraph\s*\(?([0-9]+)\)?))?(?:\s+of\s+(?:the\s+)?(.+))?$/;
const JAPANESE = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]/;

/**
 * English questions residents ask, as the word the texts use for what they ask about: "how long
 * does the city have" asks for a deadline, "how much is a copy" for a fee. The word is a member of
 * a related group (content/search-synonyms.yaml), so its related terms are searched too; Japanese
 * questions (何日, いつまで, いくら) are members of those groups themselves.
 */
const EN_QUESTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:how\s+long|how\s+many\s+days|how\s+soon|by\s+when|until\s+when|within\s+how\s+many\s+days)\b/giu,
    'deadline',
  ],
  [/\b(?:how\s+much)\b/giu, 'fee'],
  // "how many members (people, commissioners)" asks a body's size, which the texts state where
  // they say what it is composed of: 「委員8人以内で組織する」, "composed of … members" (Organization)
  [/\bhow\s+many\s+(?:members|people|persons|commissioners|seats)\b/giu, 'members organization'],
  // "will not be disclosed", "can't be released" asks what is withheld: 不開示情報
  [
    /\b(?:will\s+not|won'?t|cannot|can'?t|could\s+not|couldn'?t|does\s+not|doesn'?t|is\s+not|isn'?t|are\s+not|aren'?t|not)\s+(?:be\s+|get\s+)?(?:disclos\w*|releas\w*|revealed|shown)\b/giu,
    'non-disclosure information',
  ],
  // "I don't want the city to use my information" asks to stop the use: 利用停止
  [
    /\b(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+want\s+(?:[\p{L}']+\s+){0,3}?to\s+(?:use|keep)\b/giu,
    'stop using',
  ],
];

/**
 * The verbs a Japanese question is framed with, which name nothing the texts hold: 「返事はいつ
 * 来ますか」 asks when (いつ), 「どこに言えばいい」 where, 「教えてください」 only asks, 「窓口に行く
 * とき」 only goes. Their kanji would stay in the query as words (来, 言, 教, 行) and find unrelated
 * words they begin (来年, 言語, 行う).
 */
const JA_QUESTION_VERBS =
  /(?:来(?:ます|ません|ない|る|た)|行(?:く|けば|きます|きたい)|かか(?:ります|る)|届(?:きます|かない|く|いた)|言(?:えば|ったら|う)|教え(?:てください|て)|知り(?:たい|ます)|欲し(?:い))(?:か|の|でしょうか|ですか|いい|いいですか|いいの)*[?？。]*/gu;

/**
 * Japanese questions, as the word the texts use for what they ask: 「いつ」「いつまで」 (hiragana that
 * is no word of the texts, which the tokenizer would drop) and 「何日」 (whose 何 would find
 * 何人も, the opening of every right to request) ask for a deadline; 「いつから」 asks for the date a
 * text takes effect (施行).
 */
const JA_QUESTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  // 「いつから」 asks when a text took effect (施行), not a deadline
  [/いつから/gu, ' 施行 '],
  // 「何人」「人数」 ask a body's size, which the texts state where they say what it is composed of
  // (委員8人以内で組織する); 何人も is the texts' "any person" and stays
  [/何人(?!も)|人数/gu, ' 組織 '],
  // 「開示されない」「開示してもらえない」: the negation is hiragana, which the tokenizer drops, so
  // the question would read as disclosure itself; it asks what is withheld, 非開示 (不開示情報).
  // 「開示しない」 is the city's decision not to disclose (開示をしない旨の決定), and stays
  [
    /開示(?:を)?(?:されない|できない|してもらえない|してくれない|されません|できません|してもらえません)/gu,
    ' 非開示 ',
  ],
  [/いつまで|いつ|何日(?:以内)?/gu, ' 期限 '],
];

/** A question's frame read as what it asks for (see EN_QUESTIONS, JA_QUESTIONS, JA_QUESTION_VERBS). */
export function readQuestion(query: string): string {
  if (JAPANESE.test(query)) {
    const asked = JA_QUESTIONS.reduce((text, [frame, word]) => text.replace(frame, word), query)
      .replace(JA_QUESTION_VERBS, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
    return asked || query;
  }
  return EN_QUESTIONS.reduce((text, [frame, word]) => text.replace(frame, word), query);
}

/** Read a query typed on the `lang` site. */
export function planQuery(query: string, lang: SiteLang, vocab: Vocabulary): QueryPlan {
  const trimmed = query.trim();
  const citation = readCitation(trimmed);
  const asked = definitionAsked(trimmed);
  const searched = asked ?? readQuestion(trimmed);
  const readings: Reading[] = [];
  const literal = literalReading(searched, lang, vocab);
  if (literal) readings.push(literal);
  const reading = romajiReading(searched, vocab, lang);
  if (reading && reading.terms !== literal?.terms) {
    // On the Japanese site a query of romaji words only (tokumei kakou jouhou) is Japanese typed
    // without an IME: its reading goes first, before pages whose English text the letters meet.
    if (
      lang === 'ja' &&
      literal &&
      literal.keys.every((key) => /^[a-z'-]+$/.test(key)) &&
      reading.keys.length > 0
    )
      readings.unshift(reading);
    else readings.push(reading);
  }
  // an English slip (persnal informaton, apeal) is read as the word it slipped from, after the
  // words as typed: the corrected query's own reading leads its related readings
  const corrected = citation ? undefined : spellingOf(searched, lang, vocab);
  const related = citation
    ? []
    : uniqueReadings([
        ...(corrected
          ? [literalReading(corrected, lang, vocab), ...relatedReadings(corrected, lang, vocab)]
          : []),
        // "one million yen" as the texts write it (100万円): English records hold those keys too
        ...amountReadings(searched, lang, vocab),
        ...relatedReadings(searched, lang, vocab),
      ]).slice(0, MAX_RELATED);
  // a definition question searches the term asked, so its correction is the corrected term
  const definitions = asked ? definitionTerms(corrected ?? asked, vocab) : [];
  const scopedCitations = citation?.within ? scopedTerms(citation, lang, vocab) : [];
  const loose = literal && !citation && !asked ? looseReadings(literal, searched, lang, vocab) : [];
  return {
    query: trimmed,
    ...(citation ? { citation } : {}),
    readings,
    related,
    ...(definitions.length > 0 ? { definitions } : {}),
    ...(scopedCitations.length > 0 ? { scopedCitations } : {}),
    ...(loose.length > 0 ? { loose } : {}),
  };
}

const knownWords = new WeakMap<Vocabulary, Map<string, string>>();

/** An English query with its slips corrected against the related groups' words, if it has any. */
function spellingOf(query: string, lang: SiteLang, vocab: Vocabulary): string | undefined {
  if (lang !== 'en' || JAPANESE.test(query)) return undefined;
  let known = knownWords.get(vocab);
  if (!known) {
    known = knownEnglishWords(vocab.related);
    knownWords.set(vocab, known);
  }
  return correctSpelling(query, known);
}

/** The sums of yen an English query names, each as a reading of the Japanese texts' words. */
function amountReadings(query: string, lang: SiteLang, vocab: Vocabulary): Reading[] {
  if (lang !== 'en' || JAPANESE.test(query)) return [];
  return englishAmounts(query).flatMap((amount) => literalReading(amount, lang, vocab) ?? []);
}

/** Readings without repeats (the same terms), first kept. */
function uniqueReadings(readings: ReadonlyArray<Reading | undefined>): Reading[] {
  const seen = new Set<string>();
  return readings.filter((reading): reading is Reading => {
    if (!reading || seen.has(reading.terms)) return false;
    seen.add(reading.terms);
    return true;
  });
}

/**
 * The query without each word that no related term stands for (see QueryPlan.loose): its literal
 * reading and its first related reading, since the words left may be ones residents say
 * otherwise (マイナンバーを他に提供 without 他 is found as 特定個人情報 … 提供).
 */
function looseReadings(literal: Reading, query: string, lang: SiteLang, vocab: Vocabulary): string[] {
  const terms = literal.terms.split(' ');
  if (terms.length < 3 || terms.length > LOOSE_MAX_WORDS) return [];
  const english = lang === 'en' && !JAPANESE.test(query);
  // each word with the query as it reads without it
  const words: Array<{ key: string; without: string }> = english
    ? contentWords(englishWords(query)).map((key, index, all) => ({
        key,
        without: all.filter((_, k) => k !== index).join(' '),
      }))
    : tokenize(query, vocab, { readings: true }).map((token) => ({
        key: token.key,
        without: `${query.slice(0, token.start)} ${query.slice(token.end)}`,
      }));
  if (words.length !== terms.length) return [];
  const read = new Set<number>();
  const keys = words.map((word) => word.key);
  for (const at of findAlternatives(keys, vocab.related, vocab, { english: lang === 'en' }))
    for (let k = 0; k < at.length; k++) read.add(at.start + k);
  const out = new Set<string>();
  words.forEach((word, index) => {
    if (read.has(index)) return;
    out.add(terms.filter((_, k) => k !== index).join(' '));
    const related = relatedReadings(word.without, lang, vocab)[0];
    if (related) out.add(related.terms);
  });
  return [...out];
}

/**
 * The cited article's word with the words of the law named (個人情報保護法 → 個人 情報 保護 法,
 * which the document title holds; "APPI" → its related terms): these find the article of that
 * law before the same number in every other document.
 */
function scopedTerms(citation: Citation, lang: SiteLang, vocab: Vocabulary): string[] {
  const within = citation.within!;
  const readings = [literalReading(within, lang, vocab), ...relatedReadings(within, lang, vocab)];
  const terms = new Set<string>();
  for (const reading of readings) if (reading) terms.add(`${citation.term} ${reading.terms}`);
  return [...terms];
}

/** The term a query asks the meaning of (個人情報とは → 個人情報, "what is a proxy" → proxy), if it asks one. */
export function definitionAsked(query: string): string | undefined {
  const text = query.trim();
  const ja = JA_DEFINITION.exec(text);
  if (ja && JAPANESE.test(ja[1]!)) return ja[1]!.trim();
  const en = EN_DEFINITION.exec(text);
  const term = en?.[1] ?? en?.[2];
  return term?.trim() || undefined;
}

/** The definition words of a term: its keys, and for English its Japanese terms by the related groups. */
function definitionTerms(term: string, vocab: Vocabulary): string[] {
  const terms = new Set<string>();
  const add = (keys: readonly string[]) => {
    if (keys.length > 0) terms.add(encodeKey(definitionKey(keys.join(''))));
  };
  if (JAPANESE.test(term)) add(tokenize(term, vocab).map((token) => token.key));
  else {
    const words = englishWords(term);
    for (const alternative of findAlternatives(words, vocab.related, vocab, { english: true })) {
      if (
        alternative.start !== 0 ||
        alternative.length !== words.filter((w) => !ENGLISH_STOPWORDS.has(englishStem(w))).length
      )
        continue;
      for (const replacement of alternative.replacements) if (!replacement.english) add(replacement.keys);
    }
  }
  return [...terms];
}

/**
 * The query with one stretch (then two) replaced by a related term, as readings: on the English
 * site English words and Japanese keys alike (English records hold the Japanese text's keys too).
 */
function relatedReadings(query: string, lang: SiteLang, vocab: Vocabulary): Reading[] {
  const english = lang === 'en' && !JAPANESE.test(query);
  const base: Array<{ term: string; key?: string; word?: string }> = english
    ? contentWords(englishWords(query)).map((word) => ({ term: word, word }))
    : tokenize(query, vocab, { readings: true }).map((token) => ({
        term: lang === 'en' && /^[a-z]+$/.test(token.key) ? token.key : encodeKey(token.key),
        key: token.key,
      }));
  if (base.length === 0) return [];
  const matched = english ? base.map((part) => part.word!) : base.map((part) => part.key!);
  const alternatives = findAlternatives(matched, vocab.related, vocab, { english: lang === 'en' });
  const readings: Reading[] = [];
  const seen = new Set<string>();
  const substitute = (choices: Array<{ at: (typeof alternatives)[number]; index: number }>) => {
    const parts: Array<{ term: string; key?: string; word?: string }> = [];
    for (let position = 0; position < base.length; ) {
      const choice = choices.find((c) => c.at.start === position);
      if (!choice) {
        parts.push(base[position]!);
        position++;
        continue;
      }
      const replacement = choice.at.replacements[choice.index]!;
      for (const key of replacement.keys) {
        parts.push(replacement.english ? { term: key, word: key } : { term: encodeKey(key), key });
      }
      position += choice.at.length;
    }
    const reading = makeReading(
      parts.map((part) => part.term),
      parts.flatMap((part) => (part.key ? [part.key] : [])),
      parts.flatMap((part) => (part.word ? [part.word] : [])),
    );
    if (!seen.has(reading.terms)) {
      seen.add(reading.terms);
      readings.push(reading);
    }
  };
  // every stretch in Japanese first (what the texts say), then one stretch at a time, taking
  // each stretch's replacements in turn so that no one stretch uses up the readings
  const japanese = alternatives.map((at) =>
    at.replacements.flatMap((replacement, index) => (replacement.english ? [] : [index])),
  );
  if (alternatives.length > 1) {
    for (let k = 0; k < 3; k++) {
      if (japanese.every((list) => list[k] !== undefined))
        substitute(alternatives.map((at, i) => ({ at, index: japanese[i]![k]! })));
    }
  }
  const longest = Math.max(0, ...alternatives.map((at) => at.replacements.length));
  for (let index = 0; index < longest && readings.length < MAX_RELATED; index++) {
    for (const at of alternatives) if (index < at.replacements.length) substitute([{ at, index }]);
  }
  return readings.slice(0, MAX_RELATED);
}

/** English words without the stopwords, unless nothing else is left. */
function contentWords(words: string[]): string[] {
  const content = words.filter((word) => !ENGLISH_STOPWORDS.has(word));
  return content.length > 0 ? content : words;
}

/** 第26条, 26条, 第11条の2, 第26条第2項第1号, Article 26, Art. 11-2, Article 26(2) → a citation. */
export function readCitation(query: string): Citation | undefined {
  const text = normalizeForSearch(query).text.replace(/\s+/g, ' ').trim();
  const ja = JA_CITATION.exec(text.replace(/ /g, ''));
  if (ja) {
    const branches = [...ja[3]!.matchAll(/の([0-9]+)/g)].map((m) => m[1]);
    const article = `art-${[ja[2], ...branches].join('_')}`;
    const anchor = `${article}${ja[4] ? `-p${ja[4]}` : ''}${ja[4] && ja[5] ? `-i${ja[5]}` : ''}`;
    return { article, anchor, term: encodeKey(citationKey(article)), ...(ja[1] ? { within: ja[1] } : {}) };
  }
  const en = EN_CITATION.exec(text);
  if (en) {
    const branches = en[3] ? en[3].split('-').filter(Boolean) : [];
    const article = `art-${[en[2], ...branches].join('_')}`;
    const paragraph = en[4] ?? en[5];
    const within = en[1] ?? en[6];
    return {
      article,
      anchor: paragraph ? `${article}-p${paragraph}` : article,
      term: encodeKey(citationKey(article)),
      ...(within ? { within } : {}),
    };
  }
  return undefined;
}

function literalReading(query: string, lang: SiteLang, vocab: Vocabulary): Reading | undefined {
  if (lang === 'en' && !JAPANESE.test(query)) {
    const words = contentWords(englishWords(query));
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
function romajiReading(query: string, vocab: Vocabulary, lang: SiteLang): Reading | undefined {
  const words = normalizeForSearch(query).text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !words.some((word) => /^[a-z'-]+$/.test(word))) return undefined;
  // on the English site English words are no romaji: only a query read as Japanese throughout is
  if (
    lang === 'en' &&
    !words.every((word) => /^[a-z'-]+$/.test(word) && readKana(romajiToKana(word) ?? '', vocab))
  )
    return undefined;
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
