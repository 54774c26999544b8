/**
 * The site's documents as search sources: the manifest and trees written by `npm run content`,
 * with their translation files (content/translations) when they exist.
 */
import { loadCompareData, releaseCompareData } from '../compare/site-data.ts';
import { readManifest, readTree } from '../emit/generated.ts';
import { loadTranslation } from '../translate/index.ts';
import type { SearchSource } from './build-index.ts';
import type { SiteLang } from './localize.ts';
import { collectSearchUnits } from './records.ts';

/** Every document of the built site, with translations into the other language. */
export function readSiteSources(root = process.cwd()): SearchSource[] {
  const manifest = readManifest(root);
  return manifest.documents.map((document) => {
    const city = manifest.cities.find((entry) => entry.slug === document.city);
    const other: SiteLang = document.lang === 'ja' ? 'en' : 'ja';
    const translation = loadTranslation(document.city, document.doc, other, root);
    const texts = new Map([...translation.entries].map(([key, entry]) => [key, entry.text]));
    return {
      city: document.city,
      doc: document.doc,
      kind: document.kind,
      lang: document.lang,
      title: document.title,
      cityName: city?.name ?? { ja: document.city, en: document.city },
      // one tree at a time: only the searchable units are kept
      units: collectSearchUnits(readTree(document.city, document.doc, root)),
      ...(texts.size > 0 ? { translations: { [other]: texts } } : {}),
    };
  });
}

/**
 * The topics of every unit (content/topics.yaml, assigned by src/lib/compare), added to
 * `sources` for the topic filter.
 */
export async function addTopics(sources: SearchSource[]): Promise<SearchSource[]> {
  const { topics } = await loadCompareData();
  // the pages are written: the corpus can go before Pagefind takes its share of memory
  releaseCompareData();
  const byDocument = new Map(
    topics.map((document) => [
      `${document.city}/${document.doc}`,
      new Map(document.units.map((unit) => [unit.unit.id, unit.topics])),
    ]),
  );
  return sources.map((source) => {
    const units = byDocument.get(`${source.city}/${source.doc}`);
    return units ? { ...source, topics: units } : source;
  });
}
