import { readFileSync } from 'node:fs';
import { documentSchema, parseMetadata, readSourceSync } from '../../src/lib/ingest/index.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import type { DocumentNode } from '../../src/lib/tree/types.ts';

/** The five seed documents: city, document name. */
export const SEEDS = [
  ['hyuga', 'personal-information-protection-ordinance'],
  ['minato', 'privacy-policy'],
  ['mutsu', 'privacy-system'],
  ['nagareyama', 'privacy-system'],
  ['odawara', 'smart-city-privacy-policy'],
] as const;

/** A seed parsed as the translation files are keyed: language from its metadata, style from its text. */
export function parseSeed(city: string, doc: string): { tree: DocumentNode; lang: 'ja' | 'en' } {
  const metaPath = `content/sources/${city}/${doc}.yaml`;
  const { data } = parseMetadata(documentSchema, readFileSync(metaPath, 'utf8'), metaPath);
  if (!data) throw new Error(`Invalid metadata ${metaPath}`);
  // The style is guessed from the text (as in the parse goldens): the Minato policy is a web page
  // of headings and lists, not articles, whatever its metadata kind says.
  const tree = parseSource(readSourceSync(`content/sources/${city}/${doc}.txt`), { lang: data.lang });
  return { tree, lang: data.lang };
}
