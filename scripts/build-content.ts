/**
 * `npm run content`: content/sources → src/content/generated (manifest.json, {city}/{doc}.tree.json,
 * {city}/{doc}.refs.json, {city}/{doc}.mdx), and the translation coverage of every document.
 * Problems are printed as `path:line:column: reason [rule]` and the build goes on; only an MDX
 * that does not read back as its tree stops it, since the site would show something else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { analyzeReferences, citedBy } from '../src/lib/analyze/index.ts';
import type { RefsResult } from '../src/lib/analyze/types.ts';
import {
  deserializeMessage,
  hashFiles,
  hashParts,
  readCached,
  serializeMessage,
  writeCached,
} from '../src/lib/build/content-cache.ts';
import { createLawIndex } from '../src/lib/egov/index.ts';
import { GENERATED_DIR, type GeneratedRefs, generatedPaths, readTree } from '../src/lib/emit/generated.ts';
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
import { parseOptionsFor, parseSource } from '../src/lib/parse/index.ts';
import {
  loadTranslation,
  otherLang,
  type ReportInput,
  reportTranslations,
  translationPath,
} from '../src/lib/translate/index.ts';
import type { DocumentNode } from '../src/lib/tree/types.ts';

/** Where sources are read from; REIKI_SOURCES points a build at another corpus (benchmarks, hostile tests). */
const SOURCES_DIR = process.env['REIKI_SOURCES'] ?? 'content/sources';

/** The code that turns sources into generated content: a change here regenerates every document. */
const CODE_PATHS = ['src/lib', 'scripts/build-content.ts', 'package-lock.json'];

async function buildContent(root: string): Promise<number> {
  const out = join(root, GENERATED_DIR);
  const corpus = await loadCorpus(resolve(root, SOURCES_DIR));
  const messages: VFileMessage[] = [...corpus.messages];
  const documents: ManifestDocument[] = [];
  let failures = 0;

  // content-hash cache: unchanged documents are not parsed, analysed or emitted again
  const code = hashFiles(root, CODE_PATHS);
  const laws = corpus.documents.filter((entry) => entry.meta.kind === 'law');
  const lawSignature = hashParts(
    ...laws.map((entry) => `${entry.city}/${entry.doc}:${hashParts(String(entry.file.value))}`),
  );
  const plans = corpus.documents.map((entry) => {
    const translationFile = join(root, translationPath(entry.city, entry.doc, otherLang(entry.meta.lang)));
    const translation = existsSync(translationFile) ? readFileSync(translationFile) : '';
    const key = hashParts(
      code,
      lawSignature,
      entry.path,
      String(entry.file.value),
      JSON.stringify(entry.meta),
      translation,
    );
    const paths = generatedPaths(entry.city, entry.doc);
    const generated = [paths.tree, paths.refs, paths.mdx].every((path) => existsSync(join(out, path)));
    const cached = generated ? readCached<ManifestDocument>(root, entry.city, entry.doc, key) : undefined;
    return { entry, key, cached, translated: translation !== '' };
  });
  await removeStale(out, new Set(corpus.documents.map((entry) => `${entry.city}/${entry.doc}`)));

  const progress = createProgress(plans.filter((plan) => !plan.cached).length);
  const parsed = new Map(
    plans
      .filter((plan) => !plan.cached)
      .map(({ entry }) => {
        const { meta, file } = entry;
        const before = file.messages.length;
        const tree = parseSource(file, parseOptionsFor(meta));
        // The analysis reads the parser's own text views, so it runs on the tree fresh from parseSource;
        // XML sources are analysed (and emitted) on their plain text, where offsets and leaves agree.
        const source = file.data.format === 'xml' ? rebaseOnText(tree, file.path) : { tree, file };
        const analysis = analyze(source.tree, source.file);
        if (source.file !== file) file.messages.push(...source.file.messages);
        progress(`${entry.city}/${entry.doc}`);
        return [entry, { tree, source, analysis, before }] as const;
      }),
  );
  const lawIndex = createLawIndex(
    plans
      .filter(({ entry }) => parsed.has(entry) || entry.meta.kind === 'law')
      .map(({ entry }) => ({
        city: entry.city,
        doc: entry.doc,
        kind: entry.meta.kind,
        tree: parsed.get(entry)?.tree ?? readTree(entry.city, entry.doc, root),
      })),
  );
  const translations: ReportInput[] = [];
  for (const { entry, key, cached, translated } of plans) {
    const { city, doc, meta, file } = entry;
    if (cached) {
      documents.push(cached.document);
      messages.push(...cached.messages.map(deserializeMessage));
      if (translated) {
        translations.push({
          city,
          doc,
          sourceLang: meta.lang,
          tree: readTree(city, doc, root),
          translation: loadTranslation(city, doc, otherLang(meta.lang), root),
        });
      }
      continue;
    }
    const { tree, source, analysis, before } = parsed.get(entry)!;
    const marks = analysis
      ? marksFromAnalysis(source.tree, analysis, { findLaw: (lawId) => lawIndex.lawIdToDocument(lawId) })
      : [];
    const emitted = emitDocument(source.tree, { marks });
    let roundTripped = true;
    if (!emitted.roundTrip.ok) {
      failures++;
      roundTripped = false;
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
    const document: ManifestDocument = {
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
    };
    documents.push(document);
    // a document whose MDX did not read back is built again next time
    if (roundTripped) writeCached(root, city, doc, { key, document, messages: own.map(serializeMessage) });
  }
  const regenerated = parsed.size;

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
      `(${regenerated} generated, ${documents.length - regenerated} unchanged; ` +
      `${errors} errors, ${warnings} warnings, ${info} notes)`,
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

/** Removes generated files of documents that are no longer sources. */
async function removeStale(out: string, current: ReadonlySet<string>): Promise<void> {
  if (!existsSync(out)) return;
  for (const city of await readdir(out, { withFileTypes: true })) {
    if (!city.isDirectory()) continue;
    for (const name of await readdir(join(out, city.name))) {
      const doc = name.replace(/\.(tree\.json|refs\.json|mdx)$/, '');
      if (!current.has(`${city.name}/${doc}`)) await rm(join(out, city.name, name), { force: true });
    }
  }
}

/** Progress for long builds: a line every 100 documents or 5 seconds, silent for small ones. */
function createProgress(total: number): (label: string) => void {
  let done = 0;
  let last = Date.now();
  return (label) => {
    done++;
    const now = Date.now();
    if (total >= 50 && (done % 100 === 0 || now - last > 5000 || done === total)) {
      console.log(`content: ${done}/${total} documents parsed and analysed (${label})`);
      last = now;
    }
  };
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
