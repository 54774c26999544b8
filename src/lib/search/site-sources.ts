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
  readRefs,
  readTree,
} from '../generated/index.ts';
import { loadTranslation } from '../translate/index.ts';
import type { SearchSource } from './build-index.ts';
import type { SiteLang } from './localize.ts';
import { collectSearchUnits, type SearchUnit } from './records.ts';

/** Every document of the built site, with translations into the other language. */
export function readSiteSources(root = process.cwd()): SearchSource[] {
  const manifest = readManifest(root);
  return manifest.documents.map((document) => {
    const city = manifest.cities.find((entry) => entry.slug === document.city);
    const other: SiteLang = document.lang === 'ja' ? 'en' : 'ja';
    const translation = loadTranslation(document.city, document.doc, other, root);
    const texts = new Map([...translation.entries].map(([key, entry]) => [key, entry.text]));
    const units = collectSearchUnits(readTree(document.city, document.doc, root));
    return {
      city: document.city,
      doc: document.doc,
      kind: document.kind,
      lang: document.lang,
      title: document.title,
      cityName: city?.name ?? { ja: document.city, en: document.city },
      // one tree at a time: only the searchable units are kept
      units,
      definitions: definitionsOf(document.city, document.doc, units, root),
      ...(texts.size > 0 ? { translations: { [other]: texts } } : {}),
      ...topicsOf(document.city, document.doc, root),
    };
  });
}

/** The terms each unit defines, by the reference analysis: a definition at art-2-p3-i1 belongs to art-2. */
function definitionsOf(
  city: string,
  doc: string,
  units: readonly SearchUnit[],
  root: string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const path = join(root, GENERATED_DIR, generatedPaths(city, doc).refs);
  if (!existsSync(path)) return out;
  const anchors = units.map((unit) => unit.anchor).sort((a, b) => b.length - a.length);
  for (const definition of readRefs(city, doc, root).definitions) {
    const anchor = anchors.find((a) => definition.at === a || definition.at.startsWith(`${a}-`));
    if (anchor) out.set(anchor, [...(out.get(anchor) ?? []), definition.term]);
  }
  return out;
}

/** The topics of each unit (content/topics.yaml, assigned by the content build), for the topic filter. */
function topicsOf(city: string, doc: string, root: string): { topics?: Map<string, string[]> } {
  const path = join(root, GENERATED_DIR, generatedPaths(city, doc).topics);
  if (!existsSync(path)) return {};
  const { units } = JSON.parse(readFileSync(path, 'utf8')) as GeneratedTopics;
  return { topics: new Map(units.map((unit) => [unit.unit.id, unit.topics])) };
}
