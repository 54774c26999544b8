/** The vocabulary of the seed sources, built once per test file (kuromoji takes about a second). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary } from '../../src/lib/search/build-vocabulary.ts';
import { Vocabulary, type VocabularyData } from '../../src/lib/search/vocabulary.ts';

const SOURCES = 'content/sources';
let data: Promise<VocabularyData> | undefined;

/** Texts of every seed source (raw: the vocabulary only needs the words). */
export function seedTexts(): string[] {
  return readdirSync(SOURCES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((city) =>
      readdirSync(join(SOURCES, city.name))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => readFileSync(join(SOURCES, city.name, name), 'utf8')),
    );
}

/** The seeds' vocabulary. */
export async function seedVocabulary(): Promise<Vocabulary> {
  data ??= buildVocabulary(seedTexts());
  return new Vocabulary(await data);
}
