import { beforeAll, describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/lib/compare/align.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { getTokenizer, type JapaneseTokenizer } from '../../src/lib/compare/tokenizer.ts';
import { loadTopicScheme, type TopicScheme } from '../../src/lib/compare/topic-scheme.ts';
import { assignTopics } from '../../src/lib/compare/topics.ts';
import type { TopicUnit } from '../../src/lib/compare/units.ts';
import { loadSeeds, seed } from './seeds.ts';

describe('aligning the clauses of two documents on a topic', () => {
  let corpus: CompareCorpus;
  let scheme: TopicScheme;
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    [corpus, scheme, tokenizer] = await Promise.all([loadSeeds(), loadTopicScheme(), getTokenizer()]);
  });

  const units = (city: string, topic: string): TopicUnit[] =>
    assignTopics(seed(corpus, city), scheme, tokenizer)
      .units.filter((unit) => unit.topics.includes(topic))
      .map((unit) => unit.unit);
  const pairs = (a: string, b: string, topic: string) =>
    alignClauses(tokenizer, units(a, topic), units(b, topic))
      .filter((clause) => clause.a && clause.b)
      .map((clause) => `${clause.a!.id}~${clause.b!.id}`);

  it('sets corresponding clauses against each other', () => {
    expect(pairs('hyuga', 'nagareyama', 'deadlines')).toEqual(['art-26~h-14']);
    expect(pairs('hyuga', 'mutsu', 'security')).toEqual(['art-10~h-13']);
    expect(pairs('hyuga', 'mutsu', 'purpose')).toEqual(['art-1~h-1']);
    expect(pairs('hyuga', 'nagareyama', 'disclosure')).toContain('art-20~h-13');
  });

  it('shows every unit once, in the first document order', () => {
    const first = units('hyuga', 'disclosure');
    const second = units('nagareyama', 'disclosure');
    const aligned = alignClauses(tokenizer, first, second);
    expect(aligned.flatMap((clause) => (clause.a ? [clause.a.id] : []))).toEqual(
      first.map((unit) => unit.id),
    );
    expect(aligned.flatMap((clause) => (clause.b ? [clause.b.id] : [])).sort()).toEqual(
      second.map((unit) => unit.id).sort(),
    );
    for (const clause of aligned) {
      if (!clause.b) expect(clause.parts.every((part) => part.type === 'delete')).toBe(true);
      if (!clause.a) expect(clause.parts.every((part) => part.type === 'insert')).toBe(true);
    }
  });
});
