import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Definition, RefsResult } from '../analyze/types.ts';
import { type CityEntry, loadCorpus, type SourceEntry } from '../ingest/index.ts';
import type { DocumentMeta } from '../ingest/metadata.ts';
import { parseAny } from '../read/index.ts';
import { type DocumentNode, isLeaf } from '../tree/types.ts';
import type { GeneratedTopics, UnitTopics } from './topics.ts';

/** A source document with its parsed tree: what the compare passes read. */
export interface ParsedDocument {
  /** city folder name: `hyuga` */
  city: string;
  /** document name: `personal-information-protection-ordinance` */
  doc: string;
  /** validated `{doc}.yaml` (title, kind, lang, overrides …) */
  meta: DocumentMeta;
  /** the document tree (anchors as on the site) */
  tree: DocumentNode;
  /** the definitions the content build found (`{doc}.refs.json`), when read from its output */
  definitions?: Definition[];
  /** the topics the content build assigned (`{doc}.topics.json`), when read from its output */
  topics?: UnitTopics[];
}

/** A source entry as loaded by `loadCorpus`, or a document already parsed. */
export type DocumentInput = ParsedDocument | SourceEntry;

/** Cities and parsed documents, in the corpus order (code-unit order of their names). */
export interface CompareCorpus {
  cities: CityEntry[];
  documents: ParsedDocument[];
}

/**
 * How to read a document of a kind, as the content build (src/lib/build/content-build.ts) does:
 * anchors linked from the compare pages must exist on the document pages. (The parser reads a
 * policy without 第N条 articles as a page.)
 */
function styleForKind(kind: DocumentMeta['kind']): 'law' | 'policy' | 'page' {
  if (kind === 'page') return 'page';
  return kind === 'policy' ? 'policy' : 'law';
}

const parsed = new WeakMap<SourceEntry, ParsedDocument>();

/**
 * Parse a loaded source (once per entry: the parser adds its messages to the entry's file, so
 * parsing again would report them twice). Parsed documents pass through unchanged.
 */
export function toParsedDocument(input: DocumentInput): ParsedDocument {
  if ('tree' in input) return input;
  const cached = parsed.get(input);
  if (cached) return cached;
  const tree = parseAny(input.file, { lang: input.meta.lang, style: styleForKind(input.meta.kind) });
  const document: ParsedDocument = { city: input.city, doc: input.doc, meta: input.meta, tree };
  parsed.set(input, document);
  return document;
}

/** Where to load the corpus from. */
interface CorpusOptions {
  /** the sources folder. Default `content/sources`. */
  sourcesDir?: string;
  /**
   * The folder `npm run content` writes trees to (`{city}/{doc}.tree.json`). When given, a tree
   * found there is used instead of parsing again. Default none: parse every source, as the
   * content build does (styleForKind), so that anchors are those of the document pages.
   */
  generatedDir?: string;
}

const corpora = new Map<string, Promise<CompareCorpus>>();

/**
 * Load and parse every document, once per options and process: every compare page of a build
 * reads the same corpus.
 */
export function loadCompareCorpus(options: CorpusOptions = {}): Promise<CompareCorpus> {
  const { sourcesDir = 'content/sources', generatedDir } = options;
  const key = `${sourcesDir}\0${generatedDir ?? ''}`;
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = loadCorpus(sourcesDir).then(({ cities, documents }) => ({
      cities,
      documents: documents.map((entry) => readGenerated(entry, generatedDir) ?? toParsedDocument(entry)),
    }));
    corpora.set(key, corpus);
  }
  return corpus;
}

function readGenerated(entry: SourceEntry, generatedDir: string | undefined): ParsedDocument | undefined {
  if (!generatedDir) return undefined;
  const base = join(generatedDir, entry.city, entry.doc);
  if (!existsSync(`${base}.tree.json`)) return undefined;
  const tree = skeletonOf(JSON.parse(readFileSync(`${base}.tree.json`, 'utf8')) as DocumentNode);
  const document: ParsedDocument = { city: entry.city, doc: entry.doc, meta: entry.meta, tree };
  const refs = existsSync(`${base}.refs.json`)
    ? (JSON.parse(readFileSync(`${base}.refs.json`, 'utf8')) as Partial<RefsResult> & { analysis?: string })
    : undefined;
  // an analysis that failed in the content build would fail again here: no definitions, then
  if (refs) document.definitions = refs.analysis === 'complete' ? (refs.definitions ?? []) : [];
  if (existsSync(`${base}.topics.json`))
    document.topics = (JSON.parse(readFileSync(`${base}.topics.json`, 'utf8')) as GeneratedTopics).units;
  return document;
}

/** `hyuga/personal-information-protection-ordinance`: a document's key in maps and tests. */
export function documentKey(document: { city: string; doc: string }): string {
  return `${document.city}/${document.doc}`;
}

/**
 * The tree without its leaves (the source characters, kept losslessly for the document pages)
 * and without source positions: the compare passes read the units' own text fields, labels and
 * anchors, and hold every document of the corpus at once for the whole site build.
 */
function skeletonOf(tree: DocumentNode): DocumentNode {
  // the tree was just read from JSON: nothing else holds it, so it is trimmed in place
  visit(tree, (node) => {
    delete node.position;
    if (!isLeaf(node)) node.children = node.children.filter((child) => !isLeaf(child));
  });
  return tree;
}
