import { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { readDefinitions, type TermDefinition } from './definitions.ts';
import type { ParsedDocument } from './documents.ts';
import { type JapaneseTokenizer, toLemmas } from './tokenizer.ts';
import type { Topic, TopicScheme } from './topic-scheme.ts';
import { listUnits, type TopicUnit } from './units.ts';

/** Why a unit has a topic. */
interface TopicEvidence {
  topic: string;
  /** caption/context: a caption or enclosing title; defines: a term it defines; kind: its kind; text: lemmas, words, patterns; override: the document's metadata */
  rule: 'caption' | 'context' | 'defines' | 'kind' | 'text' | 'override';
  /** what matched: the caption, the term, the lemmas with their count … */
  match: string;
}

/** The topics of one unit. */
/** `{city}/{doc}.topics.json`: the topics of each unit, for the compare pages and search. */
export interface GeneratedTopics {
  units: UnitTopics[];
}

export interface UnitTopics {
  unit: TopicUnit;
  /** topic ids, in the order of the scheme */
  topics: string[];
  evidence: TopicEvidence[];
  /** the document's metadata set the topics */
  overridden: boolean;
}

/** The topics of every unit of a document. */
export interface DocumentTopics {
  city: string;
  doc: string;
  units: UnitTopics[];
  /** problems with the document's overrides (unknown anchors or topics) */
  messages: VFileMessage[];
}

/** `overrides.topics` in a document's metadata: anchor → topic ids. */
const topicOverridesSchema = z.record(z.string(), z.array(z.string()));

/**
 * Assign topics to every unit of a document (articles, page sections, policy clauses, preamble,
 * contact) by the scheme's rules, then apply the document's `overrides.topics`. See
 * content/topics.yaml for the rules.
 */
export function assignTopics(
  document: ParsedDocument,
  scheme: TopicScheme,
  tokenizer: JapaneseTokenizer,
  definitions: readonly TermDefinition[] = readDefinitions(document, scheme.terms),
): DocumentTopics {
  const units = listUnits(document.tree).map((unit) =>
    matchUnit(unit, scheme.topics, tokenizer, definitions),
  );
  const messages = applyOverrides(document, units, scheme);
  return { city: document.city, doc: document.doc, units, messages };
}

function matchUnit(
  unit: TopicUnit,
  topics: readonly Topic[],
  tokenizer: JapaneseTokenizer,
  definitions: readonly TermDefinition[],
): UnitTopics {
  const evidence: TopicEvidence[] = [];
  const nearest = unit.context.at(-1);
  const caption = captionOf(unit);
  const anchors = new Set(unit.anchors);
  const defined = definitions.filter((definition) => anchors.has(definition.anchor));
  for (const topic of topics) {
    const own = matchCaption(topic, caption);
    if (own) evidence.push({ topic: topic.id, rule: 'caption', match: own });
    const context = matchCaption(topic, nearest);
    if (context && !own) evidence.push({ topic: topic.id, rule: 'context', match: context });
    if (topic.kinds.includes(unit.kind)) evidence.push({ topic: topic.id, rule: 'kind', match: unit.kind });
    const term = defined.find((definition) =>
      topic.defines.some((name) => name === '*' || name === definition.key),
    );
    if (term) evidence.push({ topic: topic.id, rule: 'defines', match: term.term });
  }
  const structural = new Set(evidence.map((item) => item.topic));
  const text = caption === unit.heading ? unit.text : `${unit.heading}\n${unit.text}`;
  const lemmas = toLemmas(tokenizer, text);
  const lower = text.toLowerCase();
  for (const topic of topics) {
    if (structural.has(topic.id) || (structural.size > 0 && !topic.crossCutting)) continue;
    const hits = countHits(topic, lemmas, lower, text);
    if (hits.total >= topic.minHits)
      evidence.push({ topic: topic.id, rule: 'text', match: hits.matched.join(', ') });
  }
  const found = new Set(evidence.map((item) => item.topic));
  return {
    unit,
    topics: topics.filter((topic) => found.has(topic.id)).map((topic) => topic.id),
    evidence,
    overridden: false,
  };
}

/** Page headings longer than this are read as text, and only their head noun as a caption. */
const MAX_CAPTION = 20;

/**
 * The unit's caption. A long page heading is a phrase or a sentence: only its head noun, after
 * the last の, is a caption (令和4年度の保有個人情報の開示等の運用状況 → 運用状況; …への提供を防ぐために → none).
 */
function captionOf(unit: TopicUnit): string | undefined {
  const heading = unit.heading;
  if (unit.kind !== 'section' || !heading || heading.length <= MAX_CAPTION) return heading;
  const head = heading.slice(heading.lastIndexOf('の') + 1);
  return head.length > 0 && head.length <= 8 && !/[をにがはで]/u.test(head) ? head : undefined;
}

/** The caption substring that assigns a topic, unless an excluded substring is there too. */
function matchCaption(topic: Topic, caption: string | undefined): string | undefined {
  if (!caption) return undefined;
  if (topic.excludeCaptions.some((excluded) => caption.includes(excluded))) return undefined;
  return topic.captions.find((keyword) => caption.includes(keyword));
}

/** Occurrences of a topic's lemma sequences, English words and patterns in a text. */
function countHits(
  topic: Topic,
  lemmas: readonly string[],
  lower: string,
  text: string,
): { total: number; matched: string[] } {
  const matched: string[] = [];
  let total = 0;
  const add = (what: string, count: number) => {
    if (count === 0) return;
    total += count;
    matched.push(`${what}×${count}`);
  };
  for (const rule of topic.lemmas) add(rule, countSequence(lemmas, rule.split(' ')));
  for (const word of topic.words) add(word, lower.split(word).length - 1);
  for (const pattern of topic.patterns) add(pattern, text.match(new RegExp(pattern, 'gu'))?.length ?? 0);
  return { total, matched };
}

function countSequence(lemmas: readonly string[], sequence: readonly string[]): number {
  let count = 0;
  for (let start = 0; start + sequence.length <= lemmas.length; start++) {
    if (sequence.every((lemma, offset) => lemmas[start + offset] === lemma)) count++;
  }
  return count;
}

/** Replace the topics of the units a document's metadata names; report unknown anchors and topics. */
function applyOverrides(document: ParsedDocument, units: UnitTopics[], scheme: TopicScheme): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const place = `content/sources/${document.city}/${document.doc}.yaml`;
  const report = (reason: string, ruleId: string) => {
    const message = new VFileMessage(reason, { ruleId, source: 'reiki-compare' });
    message.file = place;
    messages.push(message);
  };
  const raw = document.meta.overrides?.topics;
  if (raw === undefined) return messages;
  const parsed = topicOverridesSchema.safeParse(raw);
  if (!parsed.success) {
    report(
      'Unexpected overrides.topics, expected a map of anchors to lists of topic ids',
      'invalid-override',
    );
    return messages;
  }
  const known = new Set(scheme.topics.map((topic) => topic.id));
  for (const [anchor, ids] of Object.entries(parsed.data)) {
    const unit = units.find((candidate) => candidate.unit.id === anchor);
    if (!unit) {
      report(
        `Unexpected anchor \`${anchor}\` in overrides.topics, expected an article, clause or section of the document`,
        'unknown-override',
      );
      continue;
    }
    const unknown = ids.filter((id) => !known.has(id));
    for (const id of unknown) {
      report(
        `Unexpected topic \`${id}\` in overrides.topics.${anchor}, expected one of content/topics.yaml`,
        'unknown-topic',
      );
    }
    const chosen = new Set(ids.filter((id) => known.has(id)));
    unit.topics = scheme.topics.filter((topic) => chosen.has(topic.id)).map((topic) => topic.id);
    unit.evidence = unit.topics.map((topic) => ({ topic, rule: 'override' as const, match: anchor }));
    unit.overridden = true;
  }
  return messages;
}
