import {
  type CompareCorpus,
  loadCompareCorpus,
  type ParsedDocument,
} from '../../src/lib/compare/documents.ts';

/** The five seed documents, parsed as the site parses them (from content/sources). */
export async function loadSeeds(): Promise<CompareCorpus> {
  return loadCompareCorpus({ sourcesDir: 'content/sources' });
}

/** The document of a seed city. */
export function seed(corpus: CompareCorpus, city: string): ParsedDocument {
  const document = corpus.documents.find((candidate) => candidate.city === city);
  if (!document) throw new Error(`No seed document for ${city} in content/sources`);
  return document;
}
