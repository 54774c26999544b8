import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { analyzeReferences, citedBy } from '../analyze/index.ts';
import type { RefsResult } from '../analyze/types.ts';
import { appendAll } from '../arrays.ts';
import { loadTopicScheme, TOPICS_PATH, type TopicScheme } from '../compare/topic-scheme.ts';
import { assignTopics } from '../compare/topics.ts';
import { type LawDocument, lawIndexOf } from '../egov/index.ts';
import { emitDocument, marksFromAnalysis } from '../emit/index.ts';
import { countUnits, type ManifestDocument, summarizeMessages } from '../emit/manifest.ts';
import { rebaseOnText } from '../export/text.ts';
import {
  GENERATED_DIR,
  type GeneratedRefs,
  type GeneratedTopics,
  generatedPaths,
} from '../generated/index.ts';
import type { DocumentMeta } from '../ingest/index.ts';
import { readSource } from '../ingest/read-source.ts';
import { getTokenizer, type JapaneseTokenizer } from '../kuromoji/index.ts';
import { parseOptionsFor } from '../parse/index.ts';
import { parseAny } from '../read/index.ts';
import {
  type DocumentTranslationReport,
  loadTranslation,
  otherLang,
  reportDocumentTranslation,
} from '../translate/index.ts';
import { type SerializedMessage, serializeMessage, writeCached } from './content-cache.ts';

/** A document to generate: what the corpus knows of it. Plain data, so it can go to a worker. */
export interface GenerateJob {
  city: string;
  doc: string;
  /** absolute path of the source */
  path: string;
  meta: DocumentMeta;
  /** content-hash cache key */
  key: string;
}

/** What the content build needs to link across documents. */
export interface GenerateContext {
  root: string;
  /** the national laws of the corpus, which citations of them link to */
  laws: readonly LawDocument[];
}

/** The outcome of generating one document. */
export interface GeneratedDocument {
  document: ManifestDocument;
  /** messages of this document raised after ingestion (ingestion's are the corpus's) */
  messages: SerializedMessage[];
  translation: DocumentTranslationReport;
  /** false when the emitted MDX did not read back as its tree */
  roundTripped: boolean;
}

/**
 * Parse, analyse and emit one source into src/content/generated ({doc}.tree.json, .refs.json,
 * .mdx) and record it in the content cache. Only this document's tree is held, so a corpus of any
 * size is generated in the memory of its largest document.
 */
export async function generateDocument(
  job: GenerateJob,
  context: GenerateContext,
): Promise<GeneratedDocument> {
  const { city, doc, meta, key } = job;
  const { root } = context;
  const file = await readSource(job.path);
  const before = file.messages.length;
  const tree = parseAny(file, parseOptionsFor(meta));
  // The analysis reads the parser's own text views, so it runs on the tree fresh from parseAny;
  // XML sources are analysed (and emitted) on their plain text, where offsets and leaves agree.
  const source = file.data.format === 'xml' ? rebaseOnText(tree, file.path) : { tree, file };
  const analysis = analyze(source.tree, source.file);
  if (source.file !== file) appendAll(file.messages, source.file.messages);
  const lawIndex = lawIndexOf(context.laws);
  const marks = analysis
    ? marksFromAnalysis(source.tree, analysis, { findLaw: (lawId) => lawIndex.lawIdToDocument(lawId) })
    : [];
  const emitted = emitDocument(source.tree, { marks });
  // Topics (content/topics.yaml) for the compare pages and the search filter: per document here,
  // where the tree and its analysis are at hand and the cache keeps them, not for the whole corpus
  // at once in the site build.
  const topics = assignTopics(
    { city, doc, meta, tree, ...(analysis ? { definitions: analysis.definitions } : {}) },
    ...(await topicTools(root)),
  );
  for (const message of topics.messages) {
    message.file = job.path.replace(/\.[^./]+$/, '.yaml');
    file.messages.push(message);
  }
  if (!emitted.roundTrip.ok) {
    const { path, expected, actual } = emitted.roundTrip;
    const reason = `Unexpected MDX reading at ${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
    const message = new VFileMessage(reason, { ruleId: 'mdx-round-trip', source: 'reiki-emit' });
    message.file = job.path;
    message.fatal = true;
    file.messages.push(message);
  }
  const out = join(root, GENERATED_DIR);
  const paths = generatedPaths(city, doc);
  await write(join(out, paths.tree), `${JSON.stringify(tree)}\n`);
  await write(join(out, paths.refs), `${JSON.stringify(refsFile(analysis))}\n`);
  await write(join(out, paths.mdx), emitted.mdx);
  await write(
    join(out, paths.topics),
    `${JSON.stringify({ units: topics.units } satisfies GeneratedTopics)}\n`,
  );
  const translation = reportDocumentTranslation({
    city,
    doc,
    sourceLang: meta.lang,
    tree,
    translation: loadTranslation(city, doc, otherLang(meta.lang), root),
  });
  const messages = file.messages.slice(before).map(serializeMessage);
  const document: ManifestDocument = {
    city,
    doc,
    source: relative(root, job.path),
    title: meta.title,
    kind: meta.kind,
    lang: meta.lang,
    style: tree.style,
    ...optional({
      number: meta.number,
      promulgated: meta.promulgated,
      updated: meta.updated,
      enforced: meta.enforced,
      url: meta.source,
    }),
    ...(meta.status && meta.statusNote
      ? {
          status: {
            status: meta.status,
            ...optional({ asOf: meta.asOf }),
            ...(meta.supersededBy ? { supersededBy: meta.supersededBy } : {}),
            note: meta.statusNote,
          },
        }
      : {}),
    ...(meta.officialTranslation ? { officialTranslation: meta.officialTranslation } : {}),
    counts: countUnits(tree),
    messages: summarizeMessages([...file.messages]),
  };
  const roundTripped = emitted.roundTrip.ok;
  // a document whose MDX did not read back is built again next time
  if (roundTripped) writeCached(root, city, doc, { key, document, messages, translation });
  return { document, messages, translation, roundTripped };
}

const tools = new Map<string, Promise<[TopicScheme, JapaneseTokenizer]>>();

/** The topic scheme of a project and kuromoji, loaded once per thread. */
function topicTools(root: string): Promise<[TopicScheme, JapaneseTokenizer]> {
  let loaded = tools.get(root);
  if (!loaded) {
    loaded = Promise.all([loadTopicScheme(resolve(root, TOPICS_PATH)), getTokenizer()]);
    tools.set(root, loaded);
  }
  return loaded;
}

/**
 * References, definitions and term uses of a document. A failure of the analysis is reported on
 * the file and leaves the document without links, never without its text.
 */
function analyze(tree: Parameters<typeof analyzeReferences>[0], file: VFile): RefsResult | undefined {
  try {
    return analyzeReferences(tree, file);
  } catch (error) {
    const message = new VFileMessage(`Cannot analyse references: ${String(error)}`, {
      ruleId: 'refs-failed',
      source: 'reiki-refs',
    });
    message.file = file.path;
    message.fatal = false;
    file.messages.push(message);
    return undefined;
  }
}

function refsFile(analysis: RefsResult | undefined): GeneratedRefs {
  if (!analysis)
    return { analysis: 'unavailable', references: [], definitions: [], termRefs: [], citedBy: {} };
  return { analysis: 'complete', ...analysis, citedBy: Object.fromEntries(citedBy(analysis)) };
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}
