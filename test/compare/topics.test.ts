import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareCorpus, ParsedDocument } from '../../src/lib/compare/documents.ts';
import { getTokenizer, type JapaneseTokenizer } from '../../src/lib/compare/tokenizer.ts';
import { loadTopicScheme, parseTopicScheme, type TopicScheme } from '../../src/lib/compare/topic-scheme.ts';
import { assignTopics, type DocumentTopics } from '../../src/lib/compare/topics.ts';
import { loadSeeds, seed } from './seeds.ts';

/**
 * Topics of seed units as a reader would label them (content/sources/{city}/*.txt). Units marked
 * `override` get their topics from the document's metadata (overrides.topics), not from the rules.
 */
const LABELS: Record<string, Record<string, readonly string[]>> = {
  hyuga: {
    'art-1': ['purpose'],
    'art-2': ['definitions', 'agencies'],
    'art-4': ['duties'],
    'art-5': ['duties'],
    'art-8': ['collection'],
    'art-9': ['collection', 'sensitive'],
    'art-10': ['security'],
    'art-11': ['use-provision'],
    'art-13': ['use-provision'],
    'art-16': ['outsourcing'],
    'art-18': ['files'],
    'art-19': ['disclosure'],
    'art-26': ['disclosure', 'deadlines'],
    'art-33': ['disclosure', 'fees'],
    'art-34': ['correction', 'deadlines'],
    'art-38': ['correction', 'deadlines'],
    'art-41': ['correction'],
    'art-46': ['suspension', 'deadlines'],
    'art-48': ['appeals'],
    'art-50': ['appeals'],
    'art-51': ['council'],
    'art-58': ['scope'],
    'art-59': ['reporting'],
    'art-61': ['penalties'],
    'art-64': ['penalties'],
  },
  mutsu: {
    'h-1': ['purpose'],
    'h-2': ['definitions'],
    'h-4': ['definitions', 'agencies'],
    'h-7': ['duties'],
    'h-11': ['collection'],
    'h-12': ['use-provision'],
    'h-13': ['security'],
    'h-14': ['outsourcing'],
    'h-17': ['reporting'],
    contact: ['contact'],
  },
  nagareyama: {
    'h-1': ['definitions'],
    'h-2': ['purpose'],
    'h-3': ['agencies'],
    'h-4': ['collection', 'sensitive', 'files'],
    'h-5': ['use-provision'],
    'h-6': ['security', 'outsourcing'],
    'h-8': ['disclosure'],
    'h-9': ['correction'],
    'h-10': ['suspension'],
    'h-12': ['disclosure', 'correction', 'suspension'],
    'h-14': ['disclosure', 'correction', 'deadlines'],
    'h-16': ['fees'],
    'h-17': ['duties'],
    contact: ['contact'],
  },
  odawara: {
    preamble: ['purpose'],
    'art-1': ['scope'],
    'art-2': ['definitions'],
    'art-4': ['collection', 'use-provision'],
    'art-5': ['use-provision'],
    'art-6': ['international'],
    'art-7': ['outsourcing'],
    'art-8': ['security'],
    'art-9': ['disclosure', 'correction', 'suspension'],
    'art-11': ['contact'],
  },
  minato: {
    'h-1': ['collection', 'use-provision', 'security'],
    'h-2': ['definitions'],
    'h-3': ['use-provision'],
    'h-4': ['use-provision'],
    'h-5': ['security'],
    'h-6': ['website'],
    contact: ['contact'],
  },
};

/** Units whose labels come from metadata overrides. */
const OVERRIDDEN = new Set(['nagareyama h-12', 'nagareyama h-13', 'odawara art-9']);

describe('topic assignment on labelled seed units', () => {
  let corpus: CompareCorpus;
  let scheme: TopicScheme;
  let tokenizer: JapaneseTokenizer;
  const assigned = new Map<string, DocumentTopics>();
  beforeAll(async () => {
    [corpus, scheme, tokenizer] = await Promise.all([loadSeeds(), loadTopicScheme(), getTokenizer()]);
    for (const document of corpus.documents)
      assigned.set(document.city, assignTopics(document, scheme, tokenizer));
  });

  it('has at least 30 labelled units across the five seeds', () => {
    expect(Object.values(LABELS).flatMap(Object.keys).length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(LABELS).sort()).toEqual(['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara']);
  });

  describe.each(Object.entries(LABELS))('%s', (city, labels) => {
    it.each(Object.entries(labels))('%s has its labelled topics', (anchor, expected) => {
      const unit = assigned.get(city)?.units.find((candidate) => candidate.unit.id === anchor);
      expect(unit, `unit #${anchor}`).toBeDefined();
      const order = (id: string) => scheme.topics.findIndex((topic) => topic.id === id);
      expect(unit!.topics).toEqual([...expected].sort((a, b) => order(a) - order(b)));
      expect(unit!.overridden).toBe(OVERRIDDEN.has(`${city} ${anchor}`));
    });
  });

  it('gives every unit with text at least one topic, and reports no override problems', () => {
    // the seeds' units are labelled; a national law's provisions are not compared by topic
    for (const document of [...assigned.values()].filter((d) => d.city in LABELS)) {
      expect(document.messages.map(String)).toEqual([]);
      const bare = document.units.filter((unit) => unit.unit.text && unit.topics.length === 0);
      expect(bare.map((unit) => `${document.city} ${unit.unit.id}`)).toEqual([]);
    }
  });

  it('assigns every topic of the scheme somewhere, except those no seed addresses', () => {
    const used = new Set(
      [...assigned.values()].flatMap((document) => document.units.flatMap((unit) => unit.topics)),
    );
    expect(scheme.topics.map((topic) => topic.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('overrides in document metadata', () => {
  let scheme: TopicScheme;
  let tokenizer: JapaneseTokenizer;
  let nagareyama: ParsedDocument;
  beforeAll(async () => {
    [scheme, tokenizer] = await Promise.all([loadTopicScheme(), getTokenizer()]);
    nagareyama = seed(await loadSeeds(), 'nagareyama');
  });

  it('reports unknown anchors and topics instead of failing', () => {
    const document = {
      ...nagareyama,
      meta: { ...nagareyama.meta, overrides: { topics: { 'h-99': ['fees'], 'h-16': ['fees', 'nope'] } } },
    };
    const result = assignTopics(document, scheme, tokenizer);
    expect(result.messages.map((message) => message.ruleId)).toEqual(['unknown-override', 'unknown-topic']);
    expect(result.units.find((unit) => unit.unit.id === 'h-16')?.topics).toEqual(['fees']);
  });

  it('reports overrides that are not a map of lists', () => {
    const document = { ...nagareyama, meta: { ...nagareyama.meta, overrides: { topics: ['fees'] } } };
    expect(assignTopics(document, scheme, tokenizer).messages.map((message) => message.ruleId)).toEqual([
      'invalid-override',
    ]);
  });
});

describe('the topic scheme file', () => {
  it('rejects duplicate ids, bad patterns and the reserved id `facts`, naming the line', () => {
    const text = [
      'topics:',
      '  - { id: fees, label: { ja: 費用, en: Fees }, description: { ja: 説明, en: About } }',
      '  - { id: fees, label: { ja: 費用, en: Fees }, description: { ja: 説明, en: About }, patterns: ["("] }',
      '  - { id: facts, label: { ja: 事実, en: Facts }, description: { ja: 説明, en: About } }',
    ].join('\n');
    expect(() => parseTopicScheme(text, 'topics.yaml')).toThrow(
      /duplicate topic id[\s\S]*invalid regular expression[\s\S]*facts/,
    );
  });
});
