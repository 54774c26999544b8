/**
 * English typing slips (persnal, informaton, apeal, disclousre): a query word the search knows no
 * spelling of is read as the known word one edit away (two for long words), so the related terms and
 * the glossary can take it from there. The words known are the English words of the related groups
 * (content/search-synonyms.yaml and the glossary), which the browser already has: they name what
 * the texts are about, so a slip in a word that matters is a slip in one of them. Pure.
 */
import type { RelatedGroup } from './related.ts';
import { ENGLISH_STOPWORDS, englishStem, englishWords } from './related.ts';

/** Words shorter than this are left alone: too many short words are one edit from another. */
const MIN_LENGTH = 4;
/** From this length on, two edits are allowed (informaton, disclousre); below it, one. */
const TWO_EDITS_FROM = 8;

/** The English words of the related groups, by stem (its shortest spelling): what a query word may be corrected to. */
export function knownEnglishWords(groups: readonly RelatedGroup[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const group of groups) {
    for (const phrase of [...group.en, ...(group.asked ?? [])]) {
      for (const word of englishWords(phrase)) {
        if (!/^[a-z]+$/.test(word) || ENGLISH_STOPWORDS.has(word)) continue;
        // a stem's shortest spelling (appeal, not appeals) is what a slip is read as
        const stem = englishStem(word);
        const before = known.get(stem);
        if (before === undefined || word.length < before.length) known.set(stem, word);
      }
    }
  }
  return known;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours), giving up past `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known word a query word is a slip of, if it is unknown and exactly one known word (by stem)
 * is nearest within the allowed edits; the first letter must agree (slips rarely start a word).
 */
export function correctWord(word: string, known: ReadonlyMap<string, string>): string | undefined {
  const stem = englishStem(word);
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || known.has(stem) || ENGLISH_STOPWORDS.has(word))
    return undefined;
  const limit = word.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tied = false;
  for (const [knownStem, knownWord] of known) {
    if (knownStem[0] !== stem[0] || knownStem.length < MIN_LENGTH) continue;
    // a known word with an ending (deleted, deleting) or one still being typed (disclos) is no slip
    if (
      knownWord.startsWith(word) ||
      (word.startsWith(knownWord) && /^(?:d|ed|ing|er|ly|s|es)$/.test(word.slice(knownWord.length)))
    )
      return undefined;
    const distance = Math.min(editDistance(stem, knownStem, limit), editDistance(word, knownWord, limit));
    if (distance < bestDistance) {
      best = knownWord;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance && best !== undefined && englishStem(best) !== knownStem)
      tied = true;
  }
  return best !== undefined && !tied ? best : undefined;
}

/** The query with each slipped word corrected, or undefined when no word is corrected. */
export function correctSpelling(query: string, known: ReadonlyMap<string, string>): string | undefined {
  let changed = false;
  const corrected = query.replace(/[A-Za-z]+/g, (word) => {
    const fixed = correctWord(word.toLowerCase(), known);
    if (!fixed) return word;
    changed = true;
    return fixed;
  });
  return changed ? corrected : undefined;
}
