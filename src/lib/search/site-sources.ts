/**
 * The site's documents as search sources: the manifest, trees and topics written by
 * `npm run content`, with their translation files (content/translations) when they exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATED_DIR,
  type GeneratedTopics,
  generatedPaths,
  readManifest,
  readTree,
} from '../emit/generated.ts';
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
      ...topicsOf(document.city, document.doc, root),
    };
  });
}

/** The topics of each unit (content/topics.yaml, assigned by the content build), for the topic filter. */
function topicsOf(city: string, doc: string, root: string): { topics?: Map<string, string[]> } {
  const path = join(root, GENERATED_DIR, generatedPaths(city, doc).topics);
  if (!existsSync(path)) return {};
  const { units } = JSON.parse(readFileSync(path, 'utf8')) as GeneratedTopics;
  return { topics: new Map(units.map((unit) => [unit.unit.id, unit.topics])) };
}
