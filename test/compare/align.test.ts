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

  it('diffs only sentences that regulate the same thing: never disclosure against correction', () => {
    const [clause] = alignClauses(
      tokenizer,
      units('hyuga', 'deadlines'),
      units('nagareyama', 'deadlines'),
    ).filter((c) => c.a?.id === 'art-26' && c.b?.id === 'h-14');
    expect(clause).toBeDefined();
    const inserted = clause!.parts.filter((part) => part.type === 'insert').map((part) => part.text);
    const deleted = clause!.parts.filter((part) => part.type === 'delete').map((part) => part.text);
    // Nagareyama's sentence on correction has no counterpart in 第26条: inserted whole
    expect(
      inserted.some((text) => /^訂正の請求については.*30日以内に諾否を決定して通知します。$/.test(text)),
    ).toBe(true);
    // 第26条第2項 (extending the disclosure deadline) is deleted whole, not reworded into it
    expect(deleted.some((text) => text.startsWith('2') || text.includes('延長することができる'))).toBe(true);
    expect(clause!.parts.some((part) => part.type === 'equal' && /訂正/.test(part.text))).toBe(false);
    // the disclosure sentences are diffed word by word: 14日以内 is kept, 原則として shown as added
    expect(clause!.parts.some((part) => part.type === 'equal' && part.text.includes('14日以内'))).toBe(true);
    expect(inserted.join('')).toContain('原則として');
  });
});
