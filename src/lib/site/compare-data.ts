import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ContactInfo, findContact } from '../compare/contact.ts';
import { compareDefinitions, type DefinitionRow, type TermDefinition } from '../compare/definitions.ts';
import { documentKey, loadCompareCorpus, type ParsedDocument } from '../compare/documents.ts';
import { extractFacts, type Fact } from '../compare/facts.ts';
import { allFactLayers, type CityLayers, layerCityFacts } from '../compare/layers.ts';
import { diffPairs, type PairDiff, type TopicColumn, topicPairs } from '../compare/pairs.ts';
import { buildRightsGuide, type RightsGuide } from '../compare/rights.ts';
import { getTokenizer, type JapaneseTokenizer } from '../compare/tokenizer.ts';
import { loadTopicScheme, type TopicScheme } from '../compare/topic-scheme.ts';
import { assignTopics, type DocumentTopics } from '../compare/topics.ts';
import {
  type DefinitionWording,
  diffWordings,
  groupWordings,
  type WordingDiff,
} from '../compare/wordings.ts';
import { GENERATED_DIR } from '../generated/index.ts';
import type { CityEntry } from '../ingest/index.ts';

/** Everything the compare pages, the rights guides and CityFacts are built from. */
interface CompareData {
  cities: CityEntry[];
  documents: ParsedDocument[];
  scheme: TopicScheme;
  topics: DocumentTopics[];
  facts: Fact[];
  definitions: DefinitionRow[];
  tokenizer: JapaneseTokenizer;
  /** the document of a city and name */
  document(city: string, doc: string): ParsedDocument | undefined;
  /** a city's rights guide */
  guide(city: string): RightsGuide;
  /** a municipality's facts, layered: what applies today, and what older texts said */
  layers(city: string): CityLayers;
  /** a topic's documents, those silent on it, and the word diffs of its pairs (the same for both languages) */
  comparison(topic: string): TopicComparison;
  /** the terms more than one document defines, with their wordings and the word diffs between them */
  sharedDefinitions(): SharedDefinition[];
  /**
   * what `/api/facts.json` and `.csv` list: the facts each document states, then for every
   * municipality the national rules that apply to it today (allFactLayers)
   */
  exportedFacts(): Fact[];
}

/** A term several documents define: what the definitions page shows of it. */
interface SharedDefinition extends DefinitionRow {
  /** `term-{n}`: its anchor on the page */
  id: string;
  wordings: DefinitionWording[];
  diffs: WordingDiff[];
}

/** What a topic page shows. */
interface TopicComparison {
  columns: TopicColumn[];
  absent: TopicColumn[];
  diffs: PairDiff[];
}

/**
 * Where the data is kept: on the process, not in this module, which a build may load more than
 * once (bundled pages and unbundled code). Keyed by the content build's output, so a new
 * `npm run content` is seen.
 */
const LOADED = Symbol.for('reiki-atlas.compare-data');
type Loaded = { key: string; data: Promise<CompareData> };

/**
 * Load, once per build, the corpus (the trees and definitions the content build wrote for the
 * document pages), the topic scheme and the tokenizer; assign topics and extract facts and
 * definitions.
 */
export function loadCompareData(): Promise<CompareData> {
  const store = globalThis as { [LOADED]?: Loaded };
  const manifest = resolve(GENERATED_DIR, 'manifest.json');
  const key = `${manifest}\0${existsSync(manifest) ? statSync(manifest).mtimeMs : 0}`;
  if (store[LOADED]?.key !== key) store[LOADED] = { key, data: build() };
  return store[LOADED].data;
}

async function build(): Promise<CompareData> {
  const [corpus, scheme, tokenizer] = await Promise.all([
    loadCompareCorpus({ generatedDir: GENERATED_DIR }),
    loadTopicScheme(),
    getTokenizer(),
  ]);
  const { cities, documents } = corpus;
  const topics = documents.map(
    (document): DocumentTopics =>
      document.topics
        ? { city: document.city, doc: document.doc, units: document.topics, messages: [] }
        : assignTopics(document, scheme, tokenizer),
  );
  const byKey = new Map(documents.map((document) => [documentKey(document), document]));
  const facts = extractFacts(documents);
  const guides = new Map<string, RightsGuide>();
  const comparisons = new Map<string, TopicComparison>();
  let shared: SharedDefinition[] | undefined;
  let exported: Fact[] | undefined;
  const definitions = compareDefinitions(documents, scheme.terms);
  const self: CompareData = {
    cities,
    documents,
    scheme,
    topics,
    facts,
    definitions,
    tokenizer,
    document: (city, doc) => byKey.get(`${city}/${doc}`),
    layers: (city) => layerCityFacts(city, facts, documents),
    guide(city) {
      let guide = guides.get(city);
      if (!guide) {
        const own = documents.filter((document) => document.city === city);
        const contact = own.map(findContact).find((found): found is ContactInfo => Boolean(found));
        const layers = layerCityFacts(city, facts, documents);
        guide = buildRightsGuide(
          city,
          layers.today,
          own.map((document) => document.doc),
          contact,
          layers,
        );
        guides.set(city, guide);
      }
      return guide;
    },
    comparison(topic) {
      let comparison = comparisons.get(topic);
      if (!comparison) {
        const { columns, absent, pairs } = topicPairs(self, topic);
        comparison = { columns, absent, diffs: diffPairs(tokenizer, pairs) };
        comparisons.set(topic, comparison);
      }
      return comparison;
    },
    sharedDefinitions() {
      const langOf = (definition: TermDefinition) => byKey.get(documentKey(definition))?.tree.lang ?? 'ja';
      shared ??= definitions
        .filter((row) => row.definitions.length > 1)
        .map((row, index) => {
          const id = `term-${index + 1}`;
          const wordings = groupWordings(row.definitions, langOf, `${id}-wording`);
          return { ...row, id, wordings, diffs: diffWordings(tokenizer, wordings) };
        });
      return shared;
    },
    exportedFacts() {
      exported ??= allFactLayers(facts, documents);
      return exported;
    },
  };
  return self;
}
