import { describe, expect, it } from 'vitest';
import type { QueryPlan } from '../../src/lib/search/query.ts';
import { type PagefindApi, type PagefindResult, runPlan } from '../../src/lib/search/run.ts';

/**
 * A stand-in for Pagefind over records given as their words: a search finds the records holding
 * every word of the term (a quoted phrase too, which is enough here), scored by the words held.
 */
function fakePagefind(records: Record<string, string[]>): PagefindApi {
  return {
    async search(term) {
      if (term === null) return { results: [] };
      const words = term.replace(/"/g, '').split(' ').filter(Boolean);
      const results: PagefindResult[] = Object.entries(records)
        .filter(([, held]) => words.every((word) => held.includes(word)))
        .map(([id, held]) => ({
          id,
          score: words.length / held.length,
          data: async () => ({ url: `/${id}`, meta: {} }),
        }));
      return { results };
    },
  };
}

const plan = (terms: string, loose: string[] = []): QueryPlan => ({
  query: terms,
  readings: [{ terms, keys: [], words: terms.split(' ') }],
  related: [],
  loose,
});

describe('a question holding a word no record has', () => {
  it('finds the record holding all the other words first', async () => {
    // "how long does a correction decision take": no record says take
    const pagefind = fakePagefind({
      answer: ['deadline', 'correction', 'decision', 'article'],
      filler: ['take', 'decision', 'review', 'board', 'proceedings'],
      other: ['deadline', 'disclosure'],
    });
    const ranked = await runPlan(
      pagefind,
      plan('deadline correction decision take', ['deadline correction decision', 'deadline decision take']),
    );
    expect(ranked[0]?.id).toBe('answer');
  });

  it('weighs a partial match by how many of the words a record holds', async () => {
    // six words, no record holds five: the one holding four beats the one holding two rare words
    const common = Object.fromEntries(
      Array.from({ length: 30 }, (_, n) => [`noise-${n}`, ['staff', 'contractor', 'secret']]),
    );
    const pagefind = fakePagefind({
      ...common,
      answer: ['contractor', 'staff', 'secret', 'leak', 'duty'],
      rare: ['confidentiality', 'obligation', 'unrelated'],
    });
    const ranked = await runPlan(pagefind, plan('contractor staff secret leak confidentiality obligation'));
    expect(ranked[0]?.id).toBe('answer');
    expect(ranked.findIndex((r) => r.id === 'answer')).toBeLessThan(ranked.findIndex((r) => r.id === 'rare'));
  });

  it('puts records holding every word before those holding all but one', async () => {
    const pagefind = fakePagefind({
      all: ['notify', 'data', 'breach', 'report'],
      most: ['notify', 'breach', 'report'],
    });
    const ranked = await runPlan(pagefind, plan('notify data breach'));
    expect(ranked.map((r) => r.id)).toEqual(['all', 'most']);
  });
});
