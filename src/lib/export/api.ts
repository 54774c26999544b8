import type { VFile } from 'vfile';
import { type LawIndex, lawHref } from '../egov/index.ts';
import type { Localized, ManifestCity, ManifestDocument } from '../emit/manifest.ts';
import type { DocumentKind, DocumentNode } from '../tree/types.ts';
import { type Analysis, analyze } from './analysis.ts';
import { rebaseOnText } from './text.ts';

/** Version of the API's JSON shapes (docs/api.md); raised when a field changes meaning or goes away. */
export const API_VERSION = 1;

/** Where a document lives on the site: its pages in both languages and its exports. */
export interface DocumentLinks {
  pages: { ja: string; en: string };
  exports: { json: string; xml: string; txt: string };
}

/** Site paths of a document's pages and exports (`/ja/hyuga/jorei/`, `/api/hyuga/jorei.json` …). */
export function documentLinks(city: string, doc: string): DocumentLinks {
  return {
    pages: { ja: `/ja/${city}/${doc}/`, en: `/en/${city}/${doc}/` },
    exports: {
      json: `/api/${city}/${doc}.json`,
      xml: `/api/${city}/${doc}.xml`,
      txt: `/api/${city}/${doc}.txt`,
    },
  };
}

/** One document in `/api/documents.json`. */
export interface ApiDocument extends DocumentLinks {
  city: string;
  /** the city's name */
  cityName: Localized;
  doc: string;
  kind: DocumentKind;
  /** language of the source text */
  lang: 'ja' | 'en';
  title: Localized;
  /** as printed: 条例第57号 */
  number?: string;
  /** e-Gov law ID, for national laws */
  lawId?: string;
  /** ISO dates from the metadata */
  promulgated?: string;
  updated?: string;
  enforced?: string;
  /** where the source was published, when known */
  source?: string;
  /** how many articles, paragraphs, items … the document has */
  counts: ManifestDocument['counts'];
  /** the versions of the text, current first, with their pages (docs/api.md) */
  versions?: ApiVersion[];
  /** the 新旧対照表 pages, when the document has several versions */
  changes?: { ja: string; en: string };
}

/** One version of a document's text in the API. */
export interface ApiVersion {
  date?: string;
  current: boolean;
  pages: { ja: string; en: string };
  /** this version's exports: the document's own for the current one, `/api/{city}/{doc}/{date}.*` for earlier ones */
  exports: { json: string; xml: string; txt: string };
  source?: string;
  retrieved?: string;
  note?: string;
}

/** `/api/documents.json`. */
export interface DocumentsIndex {
  version: number;
  count: number;
  documents: ApiDocument[];
  /** the comparison facts of every document, as JSON and CSV */
  facts: { json: string; csv: string };
}

/** The data an export is built from: the content build's manifest entries and trees. */
export interface SiteDocument {
  document: ManifestDocument;
  city: ManifestCity | undefined;
  tree: DocumentNode;
  /** the source the tree was parsed from, when it was parsed in this build */
  file?: VFile;
  /** the reference analysis the content build made of this tree, when there is one */
  analysis?: Analysis;
}

/** Summarize a document for the index. */
function toApiDocument({ document, city, tree }: SiteDocument): ApiDocument {
  const out: ApiDocument = {
    city: document.city,
    cityName: city?.name ?? { ja: document.city, en: document.city },
    doc: document.doc,
    kind: document.kind,
    lang: document.lang,
    title: document.title,
    ...documentLinks(document.city, document.doc),
    counts: document.counts,
  };
  if (document.number) out.number = document.number;
  if (tree.data?.lawId) out.lawId = tree.data.lawId;
  if (document.promulgated) out.promulgated = document.promulgated;
  if (document.updated) out.updated = document.updated;
  if (document.enforced) out.enforced = document.enforced;
  if (document.url) out.source = document.url;
  const versions = document.versions ?? [];
  if (versions.length > 0) {
    const page = (lang: string, date?: string) =>
      `/${lang}/${document.city}/${document.doc}/${date ? `${date}/` : ''}`;
    out.versions = versions.map((version) => ({
      ...(version.date ? { date: version.date } : {}),
      current: version.current,
      pages: {
        ja: page('ja', version.current ? undefined : version.date),
        en: page('en', version.current ? undefined : version.date),
      },
      exports:
        version.current || !version.date
          ? documentLinks(document.city, document.doc).exports
          : {
              json: `/api/${document.city}/${document.doc}/${version.date}.json`,
              xml: `/api/${document.city}/${document.doc}/${version.date}.xml`,
              txt: `/api/${document.city}/${document.doc}/${version.date}.txt`,
            },
      ...(version.url ? { source: version.url } : {}),
      ...(version.retrieved ? { retrieved: version.retrieved } : {}),
      ...(version.note ? { note: version.note } : {}),
    }));
    if (versions.length > 1) out.changes = { ja: `${page('ja')}changes/`, en: `${page('en')}changes/` };
  }
  return out;
}

/** `/api/documents.json`: every document, in the content build's order. */
export function buildDocumentsIndex(documents: readonly SiteDocument[]): DocumentsIndex {
  return {
    version: API_VERSION,
    count: documents.length,
    documents: documents.map(toApiDocument),
    facts: { json: '/api/facts.json', csv: '/api/facts.csv' },
  };
}

/** `/api/{city}/{doc}.json`: the document with its tree and what the analysis read from it. */
export interface DocumentExport extends Omit<ApiDocument, 'exports'> {
  version: number;
  exports: DocumentLinks['exports'];
  /**
   * `complete` when references, definitions and term uses were computed; `unavailable` when the
   * build had no reference analysis (the three lists are then empty)
   */
  analysis: 'complete' | 'unavailable';
  /** the document tree, as `reiki parse --json` prints it (docs/tree.md) */
  tree: DocumentNode;
  /**
   * cross-references (docs/refs.md). Offsets (`start`, `end`) point into the plain-text export
   * (`exports.txt`), which for text sources is the source itself
   */
  references: Analysis['references'];
  definitions: Analysis['definitions'];
  termRefs: Analysis['termRefs'];
}

/**
 * Build a document's JSON export; the tree is the one the document page shows. With the corpus's
 * law index, references to a national law the site has get `external.site`: its page and anchor
 * in both languages (`/ja/national/appi/#art-2-p1`).
 */
export function buildDocumentExport(site: SiteDocument, laws?: LawIndex): DocumentExport {
  const analysis = site.analysis ?? analyzeSource(site);
  return {
    version: API_VERSION,
    ...toApiDocument(site),
    analysis: analysis ? 'complete' : 'unavailable',
    tree: site.tree,
    references: laws
      ? (analysis?.references ?? []).map((reference) => linkReference(reference, laws))
      : (analysis?.references ?? []),
    definitions: analysis?.definitions ?? [],
    termRefs: analysis?.termRefs ?? [],
  };
}

/** Analyses a document here: text sources on the parser's tree and file, others (XML) on their plain text. */
function analyzeSource(site: SiteDocument): Analysis | undefined {
  const source =
    site.file && site.file.data.format !== 'xml'
      ? { tree: site.tree, file: site.file }
      : rebaseOnText(site.tree, site.document.source);
  return analyze(source.tree, source.file);
}

/** A reference whose external law is on the site, with that page's links added. */
function linkReference(reference: unknown, laws: LawIndex): unknown {
  if (typeof reference !== 'object' || reference === null || !('external' in reference)) return reference;
  const external = reference.external as { lawId?: unknown; anchor?: unknown } | null;
  if (!external || typeof external.lawId !== 'string') return reference;
  const anchor = typeof external.anchor === 'string' ? external.anchor : undefined;
  const ja = lawHref(laws, external.lawId, 'ja', anchor);
  const en = lawHref(laws, external.lawId, 'en', anchor);
  if (!ja || !en) return reference;
  return { ...reference, external: { ...external, site: { ja, en } } };
}
