/**
 * The content build: content/sources → src/content/generated (manifest.json, {city}/{doc}.tree.json,
 * {city}/{doc}.refs.json, {city}/{doc}.topics.json, {city}/{doc}.mdx), and the translation coverage
 * of every document. Many documents are generated on worker threads (content-pool.ts). Problems
 * are reported as `path:line:column: reason [rule]` and the build goes on; only an MDX that does
 * not read back as its tree counts as a failure, since the site would show something else.
 * `npm run content` (scripts/build-content.ts) runs it on the project; tests run it in a copy, in
 * their own process, so that each build does not load the pipeline and the dictionary again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { appendAll } from '../arrays.ts';
import { createLawIndex } from '../egov/index.ts';
import type { Manifest, ManifestCity, ManifestDocument } from '../emit/manifest.ts';
import { summarizeMessages } from '../emit/manifest.ts';
import { GENERATED_DIR, generatedPaths, readTree } from '../generated/index.ts';
import { formatMessage, loadCorpus, type SourceEntry } from '../ingest/index.ts';
import { currentVersionDate } from '../ingest/versions.ts';
import { getTokenizer } from '../kuromoji/index.ts';
import { parseOptionsFor } from '../parse/index.ts';
import { parseAny } from '../read/index.ts';
import {
  type DocumentTranslationReport,
  otherLang,
  totalTranslationLine,
  translationPath,
} from '../translate/index.ts';
import { compareVersions } from '../versions/changes.ts';
import { changesPath, type GeneratedChanges, manifestVersions, versionKey } from '../versions/generated.ts';
import { deserializeMessage, hashFiles, hashParts, readCached } from './content-cache.ts';
import { generateAll } from './content-pool.ts';
import type { GenerateJob } from './generate-document.ts';

/** Where a build reads its sources unless told otherwise. */
const SOURCES_DIR = 'content/sources';

/** What a content build may be told; every field has the project's default. */
interface ContentBuildOptions {
  /** folder of the sources, relative to the root (`REIKI_SOURCES` in `npm run content`) */
  sources?: string;
  /** threads that generate documents (see workerCount; `REIKI_WORKERS` in `npm run content`) */
  workers?: number;
  /** where the build's report goes, line by line */
  log?: (line: string) => void;
}

/** The code that turns sources into generated content: a change here regenerates every document. */
const CODE_PATHS = ['src/lib', 'scripts/build-content.ts', 'package-lock.json', 'content/topics.yaml'];

/**
 * Builds the content of the project at `root` and prints its report through `log`; resolves to the
 * number of documents whose MDX did not read back as their tree (0 when all is well).
 */
export async function buildContent(root: string, options: ContentBuildOptions = {}): Promise<number> {
  const { sources = SOURCES_DIR, log = console.log } = options;
  const out = join(root, GENERATED_DIR);
  const corpus = await loadCorpus(resolve(root, sources));
  const messages: VFileMessage[] = [...corpus.messages];
  const documents: ManifestDocument[] = [];
  let failures = 0;

  // content-hash cache: unchanged documents are not parsed, analysed or emitted again
  const code = hashFiles(root, CODE_PATHS);
  const laws = corpus.documents.filter(isLawSource);
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
    const generated = Object.values(paths).every((path) => existsSync(join(out, path)));
    const cached = generated ? readCached<ManifestDocument>(root, entry.city, entry.doc, key) : undefined;
    return { entry, key, cached };
  });
  const versionJobs = corpus.documents.flatMap((entry) =>
    entry.versions.map(
      (version): GenerateJob => ({
        city: entry.city,
        doc: versionKey(entry.doc, version.date),
        path: version.path,
        meta: entry.meta,
        key: hashParts(
          code,
          lawSignature,
          version.path,
          String(version.file.value),
          JSON.stringify(entry.meta),
        ),
      }),
    ),
  );
  await removeStale(
    out,
    new Set([
      ...corpus.documents.map((entry) => `${entry.city}/${entry.doc}`),
      ...versionJobs.map((job) => `${job.city}/${job.doc}`),
    ]),
  );

  // Citations of a national law link to it when the corpus has it: the laws are found first (few,
  // and read from the cache when unchanged), so every other document can be generated on its own.
  const lawIndex = createLawIndex(
    plans
      .filter(({ entry }) => isLawSource(entry))
      .map(({ entry, cached }) => ({
        city: entry.city,
        doc: entry.doc,
        kind: entry.meta.kind,
        tree: cached
          ? readTree(entry.city, entry.doc, root)
          : parseAny(entry.file, parseOptionsFor(entry.meta)),
      })),
  );
  const jobs = plans
    .filter((plan) => !plan.cached)
    .map(
      ({ entry, key }): GenerateJob => ({
        city: entry.city,
        doc: entry.doc,
        path: entry.path,
        meta: entry.meta,
        key,
      }),
    );
  const progress = createProgress(jobs.length + versionJobs.length, log);
  const generatedAll = await generateAll(
    [...jobs, ...versionJobs],
    { root, laws: lawIndex.laws },
    (job) => progress(`${job.city}/${job.doc}`),
    options.workers,
  );
  const generated = generatedAll.slice(0, jobs.length);
  for (const outcome of generatedAll.slice(jobs.length)) {
    messages.push(...outcome.messages.map(deserializeMessage));
    if (!outcome.roundTripped) failures++;
  }
  const fresh = new Map(jobs.map((job, index) => [`${job.city}/${job.doc}`, generated[index]!]));

  const translations: DocumentTranslationReport[] = [];
  for (const { entry, cached } of plans) {
    const outcome = cached ?? fresh.get(`${entry.city}/${entry.doc}`)!;
    documents.push({
      ...outcome.document,
      versions: manifestVersions(entry, (path) => relative(root, resolve(root, path))),
    });
    appendAll(messages, outcome.messages.map(deserializeMessage));
    translations.push(outcome.translation);
    if (!cached && !fresh.get(`${entry.city}/${entry.doc}`)!.roundTripped) failures++;
  }
  const regenerated = jobs.length;

  const cities: ManifestCity[] = corpus.cities.map(({ city, meta }) => ({
    slug: city,
    name: meta.name,
    prefecture: meta.prefecture,
    ...(meta.url === undefined ? {} : { url: meta.url }),
    documents: documents.filter((document) => document.city === city).map((document) => document.doc),
  }));
  await writeChanges(root, out, corpus.documents);
  const manifest: Manifest = { cities, documents, messages: summarizeMessages(messages) };
  await write(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const message of messages) log(formatMessage(relativeMessage(message, root)));
  const { errors, warnings, info } = manifest.messages;
  log(
    `content: ${cities.length} cities, ${documents.length} documents → ${GENERATED_DIR}/ ` +
      `(${regenerated} generated, ${documents.length - regenerated} unchanged; ` +
      `${errors} errors, ${warnings} warnings, ${info} notes)`,
  );
  for (const line of translations.flatMap((report) => report.lines)) log(line);
  log(totalTranslationLine(translations));
  return failures;
}

/** The 新旧対照表 of every document with versions: each version against the one before it. */
async function writeChanges(root: string, out: string, entries: SourceEntry[]): Promise<void> {
  const versioned = entries.filter((entry) => entry.versions.length > 0);
  if (versioned.length === 0) return;
  const tokenizer = await getTokenizer();
  for (const entry of versioned) {
    const chain = [
      { date: currentVersionDate(entry.meta) ?? '', tree: readTree(entry.city, entry.doc, root) },
      ...entry.versions.map((version) => ({
        date: version.date,
        tree: readTree(entry.city, versionKey(entry.doc, version.date), root),
      })),
    ];
    const comparisons: GeneratedChanges['comparisons'] = [];
    for (let i = 0; i + 1 < chain.length; i++) {
      const [after, before] = [chain[i]!, chain[i + 1]!];
      comparisons.push({
        from: before.date,
        to: after.date,
        changes: compareVersions(before.tree, after.tree, tokenizer),
      });
    }
    await write(
      join(out, changesPath(entry.city, entry.doc)),
      `${JSON.stringify({ comparisons } satisfies GeneratedChanges)}\n`,
    );
  }
}

/** A source citations may link to: a national law, or e-Gov XML (which carries a law ID). */
function isLawSource(entry: SourceEntry): boolean {
  return entry.meta.kind === 'law' || entry.file.data.format === 'xml';
}

/** Removes generated files of documents that are no longer sources. */
async function removeStale(out: string, current: ReadonlySet<string>): Promise<void> {
  if (!existsSync(out)) return;
  for (const city of await readdir(out, { withFileTypes: true })) {
    if (!city.isDirectory()) continue;
    for (const name of await readdir(join(out, city.name))) {
      const doc = name.replace(/\.(tree\.json|refs\.json|topics\.json|changes\.json|mdx)$/, '');
      if (!current.has(`${city.name}/${doc}`)) await rm(join(out, city.name, name), { force: true });
    }
  }
}

/** Progress for long builds: a line every 100 documents or 5 seconds, silent for small ones. */
function createProgress(total: number, log: (line: string) => void): (label: string) => void {
  let done = 0;
  let last = Date.now();
  return (label) => {
    done++;
    const now = Date.now();
    if (total >= 50 && (done % 100 === 0 || now - last > 5000 || done === total)) {
      log(`content: ${done}/${total} documents generated (${label})`);
      last = now;
    }
  };
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

function relativeMessage(message: VFileMessage, root: string): VFileMessage {
  if (message.file?.startsWith(root)) message.file = relative(root, message.file);
  return message;
}
