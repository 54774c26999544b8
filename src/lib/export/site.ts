import { createLawIndex, type LawIndex } from '../egov/index.ts';
import { readManifest, readRefs, readTree } from '../generated/index.ts';
import type { SiteDocument } from './api.ts';

let loading: Promise<SiteDocument[]> | undefined;

/**
 * Every document of the site, once per build, as `npm run content` generated it: the tree and its
 * reference analysis (run there on the tree fresh from the parser), so the exports neither parse
 * nor analyse any source again.
 */
export function loadSiteDocuments(): Promise<SiteDocument[]> {
  loading ??= (async () => {
    const manifest = readManifest();
    return manifest.documents.map((document): SiteDocument => {
      const city = manifest.cities.find((c) => c.slug === document.city);
      const tree = readTree(document.city, document.doc);
      const refs = readRefs(document.city, document.doc);
      if (refs.analysis !== 'complete') return { document, city, tree };
      const { references, definitions, termRefs } = refs;
      return { document, city, tree, analysis: { references, definitions, termRefs } };
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

/**
 * An earlier version of a site document (`/api/{city}/{doc}/{date}.*`): the document's manifest
 * entry with the version's source, tree and reference analysis, so every export is built as for
 * the current text.
 */
export async function findSiteVersion(city: string, doc: string, date: string): Promise<SiteDocument> {
  const current = await findSiteDocument(city, doc);
  const version = current.document.versions?.find((v) => !v.current && v.date === date);
  if (!version)
    throw new Error(`Missing version ${date} of ${city}/${doc} in the manifest: run \`npm run content\``);
  const tree = readTree(city, version.generated);
  const refs = readRefs(city, version.generated);
  const document = { ...current.document, source: version.source };
  if (refs.analysis !== 'complete') return { document, city: current.city, tree };
  const { references, definitions, termRefs } = refs;
  return { document, city: current.city, tree, analysis: { references, definitions, termRefs } };
}

/** Static paths of the `/api/{city}/{doc}/{date}.*` endpoints: every earlier version of every document. */
export function versionPaths(): Array<{ params: { city: string; doc: string; date: string } }> {
  return readManifest().documents.flatMap((document) =>
    (document.versions ?? [])
      .filter((version) => !version.current && version.date)
      .map((version) => ({ params: { city: document.city, doc: document.doc, date: version.date! } })),
  );
}
