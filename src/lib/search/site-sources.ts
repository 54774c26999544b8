/**
 * The site's documents as search sources: the manifest and trees written by `npm run content`,
 * with their translation files (content/translations) when they exist.
 */
import { readManifest, readTree } from '../emit/generated.ts';
import { loadTranslation } from '../translate/index.ts';
import type { SearchSource } from './build-index.ts';
import type { SiteLang } from './localize.ts';

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
      tree: readTree(document.city, document.doc, root),
      ...(texts.size > 0 ? { translations: { [other]: texts } } : {}),
    };
  });
}
