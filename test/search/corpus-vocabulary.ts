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

let corpusData: Promise<VocabularyData> | undefined;

/** Texts of every source, e-Gov XML (the APPI) too, its tags dropped. */
export function corpusTexts(): string[] {
  return readdirSync(SOURCES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((city) =>
      readdirSync(join(SOURCES, city.name))
        .filter((name) => /\.(?:txt|xml)$/.test(name))
        .sort()
        .map((name) => readFileSync(join(SOURCES, city.name, name), 'utf8').replace(/<[^>]*>/g, '\n')),
    );
}

/** The vocabulary of the whole corpus, national law included (its item markers イ, ロ, ハ, its 議会 …). */
export async function corpusVocabulary(): Promise<Vocabulary> {
  corpusData ??= buildVocabulary(corpusTexts());
  return new Vocabulary(await corpusData);
}

/** The seeds' vocabulary. */
export async function seedVocabulary(): Promise<Vocabulary> {
  data ??= buildVocabulary(seedTexts());
  return new Vocabulary(await data);
}
