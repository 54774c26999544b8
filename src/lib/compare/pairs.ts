import { type AlignedClause, alignClauses } from './align.ts';
import type { JapaneseTokenizer } from './tokenizer.ts';
import type { Localized } from './topic-scheme.ts';
import type { TopicUnit } from './units.ts';

/** One document's side of a topic comparison. */
export interface TopicColumn {
  /** `hyuga-personal-information-protection-ordinance`: unique, usable as an HTML id */
  id: string;
  city: string;
  doc: string;
  title: Localized;
  /** language of the source text */
  lang: 'ja' | 'en';
  units: TopicUnit[];
}

/** How many documents of a topic get pairwise word differences (8 → 28 diffs per topic page). */
export const MAX_PAIRED = 8;

/** Two documents to compare word by word. */
interface TopicPair {
  /** `diff-{a}--{b}`: the anchor of the pair on the topic page */
  id: string;
  a: TopicColumn;
  b: TopicColumn;
}

/** What the compare data provides for this (see src/lib/site/compare-data.ts). */
interface TopicSource {
  topics: ReadonlyArray<{
    city: string;
    doc: string;
    units: ReadonlyArray<{ unit: TopicUnit; topics: string[] }>;
  }>;
  document(
    city: string,
    doc: string,
  ): { meta: { title: Localized }; tree: { lang: 'ja' | 'en' } } | undefined;
}

/**
 * The documents that address a topic (with their units), those that do not, and every pair of
 * the former, in corpus order: n documents give n(n−1)/2 pairs, which keeps pages few (one per
 * topic) and small enough.
 */
export function topicPairs(
  data: TopicSource,
  topic: string,
): { columns: TopicColumn[]; absent: TopicColumn[]; pairs: TopicPair[] } {
  const all = data.topics.map((entry): TopicColumn => {
    const document = data.document(entry.city, entry.doc);
    const units = entry.units.filter((unit) => unit.topics.includes(topic)).map((unit) => unit.unit);
    return {
      id: `${entry.city}-${entry.doc}`,
      city: entry.city,
      doc: entry.doc,
      title: document?.meta.title ?? { ja: entry.doc, en: entry.doc },
      lang: document?.tree.lang ?? 'ja',
      units,
    };
  });
  const columns = all.filter((column) => column.units.length > 0);
  const absent = all.filter((column) => column.units.length === 0);
  // n documents give n(n−1)/2 diffs: fine for a handful of cities, a million at national scale;
  // beyond MAX_PAIRED documents the word differences cover the first ones, in corpus order
  const paired = columns.slice(0, MAX_PAIRED);
  const pairs = paired.flatMap((a, index) =>
    paired.slice(index + 1).map((b) => ({ id: `diff-${a.id}--${b.id}`, a, b })),
  );
  return { columns, absent, pairs };
}

/** A pair of documents with their corresponding clauses (none across languages). */
export interface PairDiff extends TopicPair {
  /** clauses both documents have, word-diffed; undefined when the two are in different languages */
  clauses?: AlignedClause[];
  onlyA?: TopicUnit[];
  onlyB?: TopicUnit[];
}

/** Each pair's clauses set against each other (alignClauses) and word-diffed. */
export function diffPairs(tokenizer: JapaneseTokenizer, pairs: readonly TopicPair[]): PairDiff[] {
  return pairs.map((pair) => {
    if (pair.a.lang !== pair.b.lang) return { ...pair };
    const aligned = alignClauses(tokenizer, pair.a.units, pair.b.units);
    return {
      ...pair,
      clauses: aligned.filter((clause) => clause.a && clause.b),
      onlyA: aligned.flatMap((clause) => (clause.a && !clause.b ? [clause.a] : [])),
      onlyB: aligned.flatMap((clause) => (clause.b && !clause.a ? [clause.b] : [])),
    };
  });
}
