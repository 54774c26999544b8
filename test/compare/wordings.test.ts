import { beforeAll, describe, expect, it } from 'vitest';
import type { TermDefinition } from '../../src/lib/compare/definitions.ts';
import { MAX_PAIRED } from '../../src/lib/compare/pairs.ts';
import { getTokenizer, type JapaneseTokenizer } from '../../src/lib/compare/tokenizer.ts';
import { diffWordings, groupWordings } from '../../src/lib/compare/wordings.ts';

const MODEL =
  'この条例において「個人情報」とは、個人に関する情報であって、特定の個人を識別することができるものをいう。';

function definition(city: string, text: string): TermDefinition {
  return {
    city,
    doc: 'ordinance',
    term: '個人情報',
    key: '個人情報',
    anchor: 'art-2-p1',
    text,
    rule: 'analyze',
  };
}

describe('definitions grouped by wording', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  }, 60_000);

  it('shows a wording once with every document that uses it, the most used first, whatever the spacing', () => {
    const definitions = [
      definition('a', MODEL.replace('特定の', '生存する特定の')),
      definition('b', MODEL),
      definition('c', MODEL.replace('、', '、 ')),
      definition('d', MODEL),
    ];
    const wordings = groupWordings(definitions, () => 'ja', 'term-1-wording');
    expect(wordings.map((wording) => wording.definitions.map((d) => d.city))).toEqual([
      ['b', 'c', 'd'],
      ['a'],
    ]);
    expect(wordings.map((wording) => wording.id)).toEqual(['term-1-wording-1', 'term-1-wording-2']);
    expect(wordings[0]!.text).toBe(MODEL);
  });

  it('keeps wordings of different languages apart and never diffs across them', () => {
    const english = definition('e', 'We define "Personal Information" as information that identifies you.');
    const wordings = groupWordings(
      [definition('a', MODEL), english],
      (d) => (d.city === 'e' ? 'en' : 'ja'),
      'w',
    );
    expect(wordings).toHaveLength(2);
    expect(diffWordings(tokenizer, wordings)).toEqual([]);
  });

  it('diffs every pair of a few wordings, and each against the most used one beyond MAX_PAIRED', () => {
    const few = Array.from({ length: 4 }, (_, i) =>
      definition(`c${i}`, MODEL.replace('個人に', `${'第'.repeat(i + 1)}個人に`)),
    );
    expect(
      diffWordings(
        tokenizer,
        groupWordings(few, () => 'ja', 'w'),
      ),
    ).toHaveLength(6);

    const cities = Array.from({ length: 400 }, (_, i) => i);
    // one wording used by half the documents, and 200 others
    const many = cities.map((i) =>
      definition(`c${i}`, i % 2 === 0 ? MODEL : MODEL.replace('個人に関する', `${i}番目の個人に関する`)),
    );
    const wordings = groupWordings(many, () => 'ja', 'w');
    expect(wordings.length).toBeGreaterThan(MAX_PAIRED);
    const diffs = diffWordings(tokenizer, wordings);
    expect(diffs).toHaveLength(wordings.length - 1);
    expect(diffs.every((diff) => diff.a === wordings[0])).toBe(true);
    const inserted = diffs[0]!.parts.filter((part) => part.type === 'insert').map((part) => part.text);
    expect(inserted.join('')).toMatch(/^\d+番目の$/);
    expect(diffs[0]!.percent).toBeGreaterThan(80);
  });
});
