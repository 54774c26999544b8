import type { CityEntry } from '../ingest/index.ts';
import { type ContactInfo, findContact } from './contact.ts';
import { compareDefinitions, type DefinitionRow } from './definitions.ts';
import { documentKey, loadCompareCorpus, type ParsedDocument } from './documents.ts';
import { extractFacts, type Fact, factsByKey } from './facts.ts';
import { buildRightsGuide, type RightsGuide } from './rights.ts';
import { getTokenizer, type JapaneseTokenizer } from './tokenizer.ts';
import { loadTopicScheme, type TopicScheme } from './topic-scheme.ts';
import { assignTopics, type DocumentTopics } from './topics.ts';

/** Everything the compare pages, the rights guides and CityFacts are built from. */
export interface CompareData {
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
}

let data: Promise<CompareData> | undefined;

/**
 * Load, once per build, the corpus (parsed as the document pages are), the topic scheme and the
 * tokenizer; assign topics and extract facts and definitions.
 */
export function loadCompareData(): Promise<CompareData> {
  data ??= build();
  return data;
}

async function build(): Promise<CompareData> {
  const [corpus, scheme, tokenizer] = await Promise.all([
    loadCompareCorpus(),
    loadTopicScheme(),
    getTokenizer(),
  ]);
  const { cities, documents } = corpus;
  const topics = documents.map((document) => assignTopics(document, scheme, tokenizer));
  const byKey = new Map(documents.map((document) => [documentKey(document), document]));
  const facts = extractFacts(documents);
  const guides = new Map<string, RightsGuide>();
  return {
    cities,
    documents,
    scheme,
    topics,
    facts,
    definitions: compareDefinitions(documents, scheme.terms),
    tokenizer,
    document: (city, doc) => byKey.get(`${city}/${doc}`),
    guide(city) {
      let guide = guides.get(city);
      if (!guide) {
        const own = documents.filter((document) => document.city === city);
        const contact = own.map(findContact).find((found): found is ContactInfo => Boolean(found));
        guide = buildRightsGuide(
          city,
          factsByKey(facts, city),
          own.map((document) => document.doc),
          contact,
        );
        guides.set(city, guide);
      }
      return guide;
    },
  };
}
