import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Localized, ManifestDocument } from '../emit/manifest.ts';
import { readManifest, readRefs, readTree } from '../generated/index.ts';
import { type Lang, otherLang } from '../i18n/index.ts';
import { glossaryRenderings, loadTranslation, translationStatus } from '../translate/index.ts';
import type { UnitTranslation } from '../translate/status.ts';
import type { DocumentNode } from '../tree/types.ts';
import { createDocContext, type DocContext } from './document.ts';
import { loadGeneratedContent } from './generated-content.ts';

/** What a page showing one version of a document hands to DocumentBody. */
interface DocumentBodyProps {
  tree: DocumentNode;
  context: DocContext;
  units: UnitTranslation[];
  Content: AstroComponentFactory;
}

/**
 * The text, translation state and page context of a document as one of its pages shows it: the
 * current text (`generated` is the document's slug) or an earlier version (its generated name).
 * One place for both pages, so the earlier versions get what the current page gets (the address
 * copied citations name, the link to the official translation) without a second list to keep.
 */
export async function loadDocumentBody(options: {
  lang: Lang;
  document: ManifestDocument;
  /** which generated content to show: the document's, or an earlier version's */
  generated: string;
  /** the absolute address of this page */
  url: string;
}): Promise<DocumentBodyProps> {
  const { lang, document, generated, url } = options;
  const Content = await loadGeneratedContent(document.city, generated);
  const tree = readTree(document.city, generated);
  const units = translationStatus(
    tree,
    loadTranslation(document.city, document.doc, otherLang(document.lang)),
  );
  const context = createDocContext({
    lang,
    city: document.city,
    doc: document.doc,
    title: document.title,
    tree,
    refs: readRefs(document.city, generated),
    units,
    glossary: glossaryRenderings(),
    url,
    officialTranslation: document.officialTranslation,
    issuer: cityNames().get(document.city),
  });
  return { tree, context, units, Content };
}

let names: { root: string; byCity: ReadonlyMap<string, Localized> } | undefined;

/**
 * The issuing municipality of each city, read from the manifest once per build: a document page
 * needs only its city's name, and parsing the whole manifest per page grows with the corpus twice.
 */
function cityNames(root = process.cwd()): ReadonlyMap<string, Localized> {
  if (names?.root === root) return names.byCity;
  const byCity = new Map(readManifest(root).cities.map((city) => [city.slug, city.name]));
  names = { root, byCity };
  return byCity;
}
