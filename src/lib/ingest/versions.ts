import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { DocumentMeta, VersionMeta } from './metadata.ts';
import { readSource } from './read-source.ts';
import { compareStrings, createMessage, describeError } from './report.ts';

/** The folder beside `{doc}.yaml` that holds the earlier versions of `{doc}`. */
export const VERSIONS_SUFFIX = '.versions';

/** An earlier version of a document: `{doc}.versions/{date}.{ext}`, read like any source. */
export interface VersionEntry {
  /** the date the text stood as of: `2025-09-24` */
  date: string;
  /** path of the source */
  path: string;
  /** its entry in the document's `versions:` */
  meta: VersionMeta;
  /** the decoded source */
  file: VFile;
}

/**
 * The date of the current text: the latest of `versions:`, else the document's last known date
 * (update, enforcement, promulgation); undefined when the metadata gives none.
 */
export function currentVersionDate(meta: DocumentMeta): string | undefined {
  const dates = (meta.versions ?? []).map((version) => version.date).sort(compareStrings);
  return dates.at(-1) ?? meta.updated ?? meta.enforced ?? meta.promulgated;
}

/** The entries of `versions:` before the current one, newest first. */
function earlierVersions(meta: DocumentMeta): VersionMeta[] {
  const versions = [...(meta.versions ?? [])].sort((a, b) => compareStrings(b.date, a.date));
  return versions.slice(1);
}

const VERSION_FILE = /^(\d{4}-\d{2}-\d{2})(\.[a-z]+)$/;

/**
 * Read the earlier versions `meta.versions` lists from `{folder}/{doc}.versions/`. Each listed
 * version needs one source named by its date (`2025-09-24.xml`); a missing or unreadable one is
 * reported and left out, a file the metadata does not list is reported and ignored. Newest first.
 */
export async function loadVersions(
  folder: string,
  doc: string,
  meta: DocumentMeta,
  extensions: ReadonlySet<string>,
  messages: VFileMessage[],
): Promise<VersionEntry[]> {
  const wanted = earlierVersions(meta);
  const versionsFolder = join(folder, `${doc}${VERSIONS_SUFFIX}`);
  let names: string[] = [];
  try {
    names = (await readdir(versionsFolder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort(compareStrings);
  } catch (error) {
    if (wanted.length > 0)
      messages.push(
        createMessage(
          versionsFolder,
          `Cannot read the versions folder (${describeError(error)}), expected ${wanted.map((v) => `${v.date}.{txt,html,xml}`).join(', ')} as listed in ${doc}.yaml`,
          'missing-version-source',
          { fatal: true },
        ),
      );
    return [];
  }
  const byDate = new Map<string, string[]>();
  for (const name of names) {
    const match = VERSION_FILE.exec(name);
    if (!match || !extensions.has(extname(name).toLowerCase())) {
      messages.push(
        createMessage(
          join(versionsFolder, name),
          'Unexpected file, expected an earlier version named by its date (2025-09-24.xml)',
          'unexpected-file',
        ),
      );
      continue;
    }
    byDate.set(match[1]!, [...(byDate.get(match[1]!) ?? []), name]);
  }
  const entries: VersionEntry[] = [];
  for (const version of wanted) {
    const files = byDate.get(version.date) ?? [];
    byDate.delete(version.date);
    const [name] = files;
    if (!name || files.length > 1) {
      const reason = name
        ? `Unexpected second source for the version of ${version.date} (${files.join(', ')}), expected one; skipping it`
        : `Missing source for the version of ${version.date} listed in ${doc}.yaml, expected ${version.date}.txt, .html or .xml here`;
      messages.push(
        createMessage(
          join(versionsFolder, name ?? version.date),
          reason,
          name ? 'duplicate-source' : 'missing-version-source',
          {
            fatal: true,
          },
        ),
      );
      continue;
    }
    const path = join(versionsFolder, name);
    const file = await readSource(path);
    messages.push(...file.messages);
    if (file.messages.some((message) => message.fatal)) continue;
    entries.push({ date: version.date, path, meta: version, file });
  }
  for (const [date, files] of byDate)
    for (const name of files)
      messages.push(
        createMessage(
          join(versionsFolder, name),
          `Unexpected version ${date}: ${doc}.yaml does not list it under versions (or it is the current date); ignoring it`,
          'unlisted-version',
        ),
      );
  return entries;
}
