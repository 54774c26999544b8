import { createLawIndex, type LawIndex, parseAny } from '../egov/index.ts';
import { readManifest, readTree } from '../emit/generated.ts';
import { loadCorpus } from '../ingest/corpus.ts';
import type { SiteDocument } from './api.ts';

/** Where the sources are, relative to the project. */
const SOURCES_DIR = 'content/sources';

let loading: Promise<SiteDocument[]> | undefined;

/**
 * Every document of the site, once per build: the manifest of `npm run content` says which and
 * how each was read (`style`, `lang`); each source is parsed again the same way, since the
 * reference analysis needs the parser's trees (a tree read back from JSON has lost the text
 * views it uses). A document whose source is gone falls back to the generated tree.
 */
export function loadSiteDocuments(): Promise<SiteDocument[]> {
  loading ??= (async () => {
    const manifest = readManifest();
    const corpus = await loadCorpus(SOURCES_DIR);
    return manifest.documents.map((document): SiteDocument => {
      const city = manifest.cities.find((c) => c.slug === document.city);
      const entry = corpus.documents.find((e) => e.city === document.city && e.doc === document.doc);
      if (!entry) return { document, city, tree: readTree(document.city, document.doc) };
      const tree = parseAny(entry.file, { style: document.style, lang: document.lang });
      return { document, city, tree, file: entry.file };
    });
  })();
  return loading;
}

/** The site document at `{city}/{doc}`, failing with what to run when it is missing. */
export async function findSiteDocument(city: string, doc: string): Promise<SiteDocument> {
  const found = (await loadSiteDocuments()).find(
    (site) => site.document.city === city && site.document.doc === doc,
  );
  if (!found)
    throw new Error(`Missing ${city}/${doc} in src/content/generated/manifest.json: run \`npm run content\``);
  return found;
}

/** Static paths of the `/api/{city}/{doc}.*` endpoints: every document of the manifest. */
export function documentPaths(): Array<{ params: { city: string; doc: string } }> {
  return readManifest().documents.map((document) => ({ params: { city: document.city, doc: document.doc } }));
}

let laws: Promise<LawIndex> | undefined;

/** The national laws of the site by e-Gov law ID, for linking references to their pages. */
export function loadLawIndex(): Promise<LawIndex> {
  laws ??= loadSiteDocuments().then((documents) =>
    createLawIndex(
      documents.map(({ document, tree }) => ({
        city: document.city,
        doc: document.doc,
        kind: document.kind,
        tree,
      })),
    ),
  );
  return laws;
}
