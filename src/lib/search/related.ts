/**
 * Related terms: a query is also read with each of its words replaced by a related term, so 手数料
 * finds 第33条（費用の負担）, "disclosure deadline" finds 開示決定等の期限 and "penalties" the
 * chapter 罰則. Groups come from the documented synonym table (content/search-synonyms.yaml) and
 * from the glossary (each term with its English rendering); the browser receives them with the
 * vocabulary. Pure: shared by the index build (tests) and the browser.
 */
import { normalizeForSearch } from './normalize.ts';
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Terms that stand for one another: Japanese terms (as written) and English words or phrases (lower case). */
export interface RelatedGroup {
  ja: string[];
  en: string[];
  /**
   * Words residents type for the group's terms (返事, 断られた, "refused", "my data"): a query
   * holding one is read as the members, but they are never searched for themselves, since no
   * text says them (or says them about something else).
   */
  asked?: string[];
}

/** A stretch of the query and what it may be read as instead. */
interface Alternative {
  /** first query word of the stretch, and how many words it spans */
  start: number;
  length: number;
  /** replacements: Japanese as keys, English as words */
  replacements: Array<{ keys: string[]; english: boolean }>;
}

const JAPANESE = /[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]/u;

/** Short words an English query carries that no record needs to hold. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  'a an the of for to in on at by with about and or is are was were be been do does did can could will would should have has had get gets got i my me we our you your how what which when where who it its this that there any if until need needs want wants happen happens happened like thing things please make makes take takes s he she him his her they them their us'.split(
    ' ',
  ),
);

/** An English word without its plural or possessive ending, for matching, not for searching. */
export function englishStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** English text as words: lower case, letters and digits. */
export function englishWords(text: string): string[] {
  return normalizeForSearch(text)
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Where a query's words (Japanese keys or English words) match a member of a group, the other
 * members as replacements, longest matches first and without overlaps. Japanese members are
 * tokenized as the index is; English members match by stem, stopwords left out.
 */
export function findAlternatives(
  words: readonly string[],
  groups: readonly RelatedGroup[],
  vocab: Vocabulary,
  options: { english: boolean },
): Alternative[] {
  const asJapanese = (terms: readonly string[]) =>
    terms.map((term) => tokenize(term, vocab).map((token) => token.key)).filter((keys) => keys.length);
  const asEnglish = (phrases: readonly string[]) =>
    phrases.map((phrase) => englishWords(phrase)).filter((phrase) => phrase.length);
  const members = groups.map((group) => {
    const asked = group.asked ?? [];
    const askedJa = asked.filter((term) => JAPANESE.test(term));
    const askedEn = asked.filter((term) => !JAPANESE.test(term));
    return {
      ja: asJapanese(group.ja),
      en: asEnglish(group.en),
      // what a query may hold: the members and the words residents type for them
      typed: { ja: asJapanese([...group.ja, ...askedJa]), en: asEnglish([...group.en, ...askedEn]) },
    };
  });
  const stems = words.map(englishStem);
  const matches: Array<{ start: number; length: number; group: number; member: string[]; english: boolean }> =
    [];
  members.forEach((group, index) => {
    for (const [list, english] of [
      [group.typed.ja, false],
      [group.typed.en, true],
    ] as const) {
      for (const member of list) {
        const sought = english ? member.map(englishStem).filter((w) => !ENGLISH_STOPWORDS.has(w)) : member;
        // "how to request" is no synonym of "request": a phrase must keep two words without its stopwords
        if (sought.length === 0 || (sought.length < member.length && sought.length < 2)) continue;
        const sequence = english ? stems : words;
        for (let start = 0; start + sought.length <= sequence.length; start++) {
          if (sought.every((word, k) => sequence[start + k] === word)) {
            matches.push({ start, length: sought.length, group: index, member, english });
          }
        }
      }
    }
  });
  matches.sort((a, b) => b.length - a.length || a.start - b.start);
  const taken = new Set<number>();
  const byStretch = new Map<string, Alternative>();
  const seen = new Set<string>();
  for (const match of matches) {
    const key = `${match.start}:${match.length}`;
    const covered = [...Array(match.length).keys()].map((k) => match.start + k);
    if (!byStretch.has(key) && covered.some((position) => taken.has(position))) continue;
    for (const position of covered) taken.add(position);
    const alternative = byStretch.get(key) ?? { start: match.start, length: match.length, replacements: [] };
    byStretch.set(key, alternative);
    const group = members[match.group]!;
    const typed = words.slice(match.start, match.start + match.length).join(' ');
    const candidates = [
      ...group.ja.map((keys) => ({ keys, english: false })),
      ...(options.english ? group.en.map((keys) => ({ keys, english: true })) : []),
    ];
    for (const candidate of candidates) {
      const words = candidate.english
        ? candidate.keys.filter((word) => !ENGLISH_STOPWORDS.has(word))
        : candidate.keys;
      const id = `${key}|${candidate.english}|${words.join(' ')}`;
      if (words.length === 0 || seen.has(id) || words.join(' ') === typed) continue;
      if (
        candidate.english &&
        words.map(englishStem).join(' ') === stems.slice(match.start, match.start + match.length).join(' ')
      )
        continue;
      seen.add(id);
      alternative.replacements.push({ keys: words, english: candidate.english });
    }
  }
  return [...byStretch.values()].filter((alternative) => alternative.replacements.length > 0);
}
