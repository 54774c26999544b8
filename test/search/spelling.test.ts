import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RelatedGroup } from '../../src/lib/search/related.ts';
import { readRelatedGroups } from '../../src/lib/search/related-source.ts';
import {
  correctSpelling,
  correctWord,
  editDistance,
  knownEnglishWords,
} from '../../src/lib/search/spelling.ts';

const groups: RelatedGroup[] = [
  { ja: ['開示'], en: ['disclosure'], asked: ['see'] },
  { ja: ['個人情報'], en: ['personal information'] },
  { ja: ['審査請求'], en: ['appeal', 'appeals'] },
  { ja: ['訂正'], en: ['correction', 'correct'] },
  { ja: ['期限'], en: ['deadline'] },
  { ja: ['外国'], en: ['foreign country'] },
];
const known = knownEnglishWords(groups);

describe('edit distance', () => {
  it.each([
    ['apeal', 'appeal', 1],
    ['disclousre', 'disclosure', 1],
    ['informaton', 'information', 1],
    ['persnal', 'personal', 1],
    ['deadlnie', 'deadline', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
  });

  it('gives up past its limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric, zero only for equal words, and never above the longer length', () => {
    const word = fc.stringMatching(/^[a-e]{0,9}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const limit = 12;
        const d = editDistance(a, b, limit);
        expect(d).toBe(editDistance(b, a, limit));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('typing slips in English queries', () => {
  it.each([
    ['persnal informaton definition', 'personal information definition'],
    ['apeal', 'appeal'],
    ['disclousre request', 'disclosure request'],
    ['corection', 'correction'],
    ['Deadlnie', 'deadline'],
  ])('%s reads as %s', (query, corrected) => {
    expect(correctSpelling(query, known)).toBe(corrected);
  });

  it.each([
    'personal information',
    // plural and possessive forms of known words are known
    'appeals',
    // unknown words with no known word near them are left as typed: the texts may hold them
    'library records',
    'location data',
    // short words are too close to other short words to correct
    'fee',
    'seee',
    // a slip must keep the first letter
    'ppeal',
    // a known word with an ending, or one still being typed, is no slip
    'appealed',
    'disclos',
  ])('%s is left as typed', (query) => {
    expect(correctSpelling(query, known)).toBeUndefined();
  });

  it('corrects nothing when two known words are equally near', () => {
    const tie = knownEnglishWords([{ ja: ['x'], en: ['cart', 'card'] }]);
    expect(correctWord('carx', tie)).toBeUndefined();
  });

  it('never changes a word the groups know, and never yields an unknown word', () => {
    const project = knownEnglishWords(readRelatedGroups());
    const words = [...project.values()];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.nat(),
        fc.constantFrom('a', 'e', 'x', ''),
        (word, at, letter) => {
          expect(correctWord(word, project)).toBeUndefined();
          const i = at % (word.length + 1);
          const slipped = `${word.slice(0, i)}${letter}${word.slice(i + 1)}`;
          const fixed = correctWord(slipped, project);
          if (fixed !== undefined) expect(words).toContain(fixed);
        },
      ),
    );
  });
});
