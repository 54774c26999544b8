import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { type CityMeta, type DocumentMeta, readCityMeta, readDocumentMeta } from './metadata.ts';
import { HTML_EXTENSIONS, readSource, XML_EXTENSIONS } from './read-source.ts';
import { compareMessages, compareStrings, createMessage, describeError } from './report.ts';
import { loadVersions, VERSIONS_SUFFIX, type VersionEntry } from './versions.ts';

/** A city folder with valid `city.yaml`. */
export interface CityEntry {
  /** folder name, used in URLs: `hyuga` */
  city: string;
  /** path of its `city.yaml` */
  path: string;
  meta: CityMeta;
}

/** A readable source document with valid metadata. */
export interface SourceEntry {
  /** city folder name: `hyuga` */
  city: string;
  /** document name (file name without extension), used in URLs: `personal-information-protection-ordinance` */
  doc: string;
  /** path of the source (`.txt`, `.html`, `.htm`, or `.xml` for e-Gov law XML) */
  path: string;
  meta: DocumentMeta;
  /** the decoded source (see readSource): the current text */
  file: VFile;
  /** earlier versions of the text, newest first (`{doc}.versions/`, listed in `meta.versions`) */
  versions: VersionEntry[];
}

/** Everything found under the sources folder. */
export interface Corpus {
  cities: CityEntry[];
  documents: SourceEntry[];
  /** every message raised while loading, sorted by file; fatal ones mean the file or document was skipped */
  messages: VFileMessage[];
}

/** Extensions of source documents. */
const SOURCE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', ...HTML_EXTENSIONS, ...XML_EXTENSIONS]);
/** City and document names become URL segments. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CITY_FILE = 'city.yaml';

/**
 * Load every city and document under `sourcesDir` (`{city}/city.yaml`, `{city}/{doc}.txt|.html|.xml`
 * with `{city}/{doc}.yaml`). Problems are reported, never thrown: a city without valid `city.yaml`,
 * a document without valid metadata, or an unreadable source is skipped, and the rest go on.
 * Cities and documents come in code-unit order of their names, so output is deterministic.
 */
export async function loadCorpus(sourcesDir: string): Promise<Corpus> {
  const corpus: Corpus = { cities: [], documents: [], messages: [] };
  const folders = await listFolder(sourcesDir, corpus);
  for (const entry of folders) {
    if (entry.isDirectory()) await loadCity(sourcesDir, entry.name, corpus);
    else if (!entry.name.startsWith('.')) {
      corpus.messages.push(
        createMessage(
          join(sourcesDir, entry.name),
          'Unexpected file, expected one folder per city',
          'unexpected-file',
        ),
      );
    }
  }
  corpus.messages.sort(compareMessages);
  return corpus;
}

async function loadCity(sourcesDir: string, city: string, corpus: Corpus): Promise<void> {
  const folder = join(sourcesDir, city);
  if (!SLUG.test(city)) {
    corpus.messages.push(
      createMessage(folder, badName('city folder', city), 'invalid-name', { fatal: true }),
    );
    return;
  }
  const entries = await listFolder(folder, corpus);
  const names = new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  if (!names.has(CITY_FILE)) {
    const reason = `Missing ${CITY_FILE}, expected the city's name and prefecture (see docs/sources.md); skipping the city`;
    corpus.messages.push(createMessage(folder, reason, 'missing-metadata', { fatal: true }));
    return;
  }
  const cityMeta = await readCityMeta(join(folder, CITY_FILE));
  corpus.messages.push(...cityMeta.file.messages);
  if (!cityMeta.data) return;
  corpus.cities.push({ city, path: join(folder, CITY_FILE), meta: cityMeta.data });

  const documents = groupDocuments(names);
  for (const [doc, files] of documents) {
    await loadDocument(city, folder, doc, files, corpus);
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const doc = entry.name.endsWith(VERSIONS_SUFFIX)
      ? entry.name.slice(0, -VERSIONS_SUFFIX.length)
      : undefined;
    if (doc !== undefined && documents.has(doc)) continue;
    const reason =
      doc === undefined
        ? `Unexpected folder, expected only documents and their \`{doc}${VERSIONS_SUFFIX}\` folders`
        : `Unexpected versions of \`${doc}\`, expected ${doc}.yaml and its current source beside them`;
    corpus.messages.push(createMessage(join(folder, entry.name), reason, 'unexpected-file'));
  }
}

/** Group file names by document name: `jorei.txt` + `jorei.yaml` → `jorei`. */
function groupDocuments(names: Set<string>): Map<string, string[]> {
  const documents = new Map<string, string[]>();
  for (const name of [...names].sort(compareStrings)) {
    if (name === CITY_FILE || name.startsWith('.')) continue;
    const doc = name.slice(0, name.length - extname(name).length);
    documents.set(doc, [...(documents.get(doc) ?? []), name]);
  }
  return new Map([...documents].sort(([a], [b]) => compareStrings(a, b)));
}

async function loadDocument(
  city: string,
  folder: string,
  doc: string,
  files: string[],
  corpus: Corpus,
): Promise<void> {
  const report = (name: string, reason: string, ruleId: string, fatal = true): void => {
    corpus.messages.push(createMessage(join(folder, name), reason, ruleId, { fatal }));
  };
  const sources = files.filter((name) => SOURCE_EXTENSIONS.has(extname(name).toLowerCase()));
  const metadata = files.find((name) => name === `${doc}.yaml`);
  for (const name of files) {
    if (!sources.includes(name) && name !== metadata) {
      report(
        name,
        'Unexpected file, expected a source (.txt, .html, .htm, .xml) or its .yaml metadata',
        'unexpected-file',
        false,
      );
    }
  }
  if (sources.length === 0) {
    if (metadata)
      report(
        metadata,
        `Missing source for ${metadata}, expected ${doc}.txt, ${doc}.html or ${doc}.xml`,
        'missing-source',
      );
    return;
  }
  const [source] = sources;
  if (!source) return;
  if (sources.length > 1) {
    report(
      source,
      `Unexpected second source for ${doc} (${sources.join(', ')}), expected one; skipping it`,
      'duplicate-source',
    );
    return;
  }
  if (!SLUG.test(doc)) {
    report(source, badName('document name', doc), 'invalid-name');
    return;
  }
  if (!metadata) {
    report(
      source,
      `Missing metadata ${doc}.yaml, expected title, kind and lang (see docs/sources.md); skipping it`,
      'missing-metadata',
    );
    return;
  }
  const meta = await readDocumentMeta(join(folder, metadata));
  corpus.messages.push(...meta.file.messages);
  const path = join(folder, source);
  const file = await readSource(path);
  corpus.messages.push(...file.messages);
  if (!meta.data || file.messages.some((message) => message.fatal)) return;
  const versions = await loadVersions(folder, doc, meta.data, SOURCE_EXTENSIONS, corpus.messages);
  corpus.documents.push({ city, doc, path, meta: meta.data, file, versions });
}

async function listFolder(folder: string, corpus: Corpus) {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.sort((a, b) => compareStrings(a.name, b.name));
  } catch (error) {
    corpus.messages.push(
      createMessage(
        folder,
        `Cannot read folder (${describeError(error)}), expected the sources folder`,
        'unreadable-source',
        { fatal: true },
      ),
    );
    return [];
  }
}

function badName(what: string, name: string): string {
  return `Unexpected ${what} \`${name}\`, expected lowercase letters, digits and hyphens (it becomes part of a URL)`;
}
