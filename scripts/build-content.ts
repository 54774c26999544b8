/**
 * `npm run content`: content/sources → src/content/generated (manifest.json, {city}/{doc}.tree.json,
 * {city}/{doc}.refs.json, {city}/{doc}.mdx), and the translation coverage of every document.
 * Problems are printed as `path:line:column: reason [rule]` and the build goes on; only an MDX
 * that does not read back as its tree stops it, since the site would show something else.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { analyzeReferences, citedBy } from '../src/lib/analyze/index.ts';
import type { RefsResult } from '../src/lib/analyze/types.ts';
import { createLawIndex } from '../src/lib/egov/index.ts';
import { GENERATED_DIR, type GeneratedRefs, generatedPaths } from '../src/lib/emit/generated.ts';
import { emitDocument, marksFromAnalysis } from '../src/lib/emit/index.ts';
import {
  countUnits,
  type Manifest,
  type ManifestCity,
  type ManifestDocument,
  summarizeMessages,
} from '../src/lib/emit/manifest.ts';
import { rebaseOnText } from '../src/lib/export/text.ts';
import { formatMessage, loadCorpus } from '../src/lib/ingest/index.ts';
import { parseSource } from '../src/lib/parse/index.ts';
import {
  loadTranslation,
  otherLang,
  type ReportInput,
  reportTranslations,
} from '../src/lib/translate/index.ts';
import type { DocumentNode } from '../src/lib/tree/types.ts';

/** Where sources are read from; REIKI_SOURCES points a build at another corpus (benchmarks, hostile tests). */
const SOURCES_DIR = process.env['REIKI_SOURCES'] ?? 'content/sources';

async function buildContent(root: string): Promise<number> {
  const out = join(root, GENERATED_DIR);
  const corpus = await loadCorpus(resolve(root, SOURCES_DIR));
  const messages: VFileMessage[] = [...corpus.messages];
  const documents: ManifestDocument[] = [];
  let failures = 0;

  await rm(out, { recursive: true, force: true });
  const parsed = corpus.documents.map((entry) => {
    const { meta, file } = entry;
    const before = file.messages.length;
    const style = meta.kind === 'page' ? 'page' : meta.kind === 'policy' ? 'policy' : 'law';
    const tree = parseSource(file, { lang: meta.lang, style });
    // The analysis reads the parser's own text views, so it runs on the tree fresh from parseSource;
    // XML sources are analysed (and emitted) on their plain text, where offsets and leaves agree.
    const source = file.data.format === 'xml' ? rebaseOnText(tree, file.path) : { tree, file };
    const analysis = analyze(source.tree, source.file);
    if (source.file !== file) file.messages.push(...source.file.messages);
    return { entry, tree, source, analysis, before };
  });
  const laws = createLawIndex(
    parsed.map(({ entry, tree }) => ({ city: entry.city, doc: entry.doc, kind: entry.meta.kind, tree })),
  );
  const translations: ReportInput[] = [];
  for (const { entry, tree, source, analysis, before } of parsed) {
    const { city, doc, meta, file } = entry;
    const marks = analysis
      ? marksFromAnalysis(source.tree, analysis, { findLaw: (lawId) => laws.lawIdToDocument(lawId) })
      : [];
    const emitted = emitDocument(source.tree, { marks });
    if (!emitted.roundTrip.ok) {
      failures++;
      const { path, expected, actual } = emitted.roundTrip;
      const reason = `Unexpected MDX reading at ${path}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
      const message = new VFileMessage(reason, { ruleId: 'mdx-round-trip', source: 'reiki-emit' });
      message.file = entry.path;
      message.fatal = true;
      file.messages.push(message);
    }
    const paths = generatedPaths(city, doc);
    await write(join(out, paths.tree), `${JSON.stringify(tree)}\n`);
    await write(join(out, paths.refs), `${JSON.stringify(refsFile(analysis))}\n`);
    await write(join(out, paths.mdx), emitted.mdx);
    translations.push({
      city,
      doc,
      sourceLang: meta.lang,
      tree,
      translation: loadTranslation(city, doc, otherLang(meta.lang), root),
    });
    const own = file.messages.slice(before);
    messages.push(...own);
    documents.push({
      city,
      doc,
      source: relative(root, entry.path),
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
      counts: countUnits(tree),
      messages: summarizeMessages([...file.messages]),
    });
  }

  const cities: ManifestCity[] = corpus.cities.map(({ city, meta }) => ({
    slug: city,
    name: meta.name,
    prefecture: meta.prefecture,
    ...optional({ url: meta.url }),
    documents: documents.filter((document) => document.city === city).map((document) => document.doc),
  }));
  const manifest: Manifest = { cities, documents, messages: summarizeMessages(messages) };
  await write(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const message of messages) console.log(formatMessage(relativeMessage(message, root)));
  const { errors, warnings, info } = manifest.messages;
  console.log(
    `content: ${cities.length} cities, ${documents.length} documents → ${GENERATED_DIR}/ ` +
      `(${errors} errors, ${warnings} warnings, ${info} notes)`,
  );
  for (const line of reportTranslations(translations)) console.log(line);
  return failures;
}

/**
 * References, definitions and term uses of a document. A failure of the analysis is reported on
 * the file and leaves the document without links, never without its text.
 */
function analyze(tree: DocumentNode, file: VFile): RefsResult | undefined {
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

function relativeMessage(message: VFileMessage, root: string): VFileMessage {
  if (message.file?.startsWith(root)) message.file = relative(root, message.file);
  return message;
}

const failures = await buildContent(process.cwd());
if (failures > 0) {
  console.error(
    `content: ${failures} document(s) emitted MDX that does not read back as its tree (see above)`,
  );
  process.exitCode = 1;
}
