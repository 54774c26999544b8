import type { ManifestVersion } from '../emit/manifest.ts';
import type { SourceEntry } from '../ingest/index.ts';
import { currentVersionDate } from '../ingest/versions.ts';
import type { ProvisionChange } from './changes.ts';

/** The generated-file name of an earlier version: `appi@2025-09-24` (never a URL segment). */
export function versionKey(doc: string, date: string): string {
  return `${doc}@${date}`;
}

/** The versions of a source for the manifest, current first. */
export function manifestVersions(
  entry: SourceEntry,
  relativePath: (path: string) => string,
): ManifestVersion[] {
  const date = currentVersionDate(entry.meta);
  const currentMeta = entry.meta.versions?.find((version) => version.date === date);
  const current: ManifestVersion = {
    ...(date ? { date } : {}),
    current: true,
    generated: entry.doc,
    source: relativePath(entry.path),
    ...provenance(currentMeta ?? { source: entry.meta.source }),
  };
  return [
    current,
    ...entry.versions.map(
      (version): ManifestVersion => ({
        date: version.date,
        current: false,
        generated: versionKey(entry.doc, version.date),
        source: relativePath(version.path),
        ...provenance(version.meta),
      }),
    ),
  ];
}

function provenance(meta: {
  source?: string | undefined;
  retrieved?: string | undefined;
  note?: string | undefined;
}) {
  return {
    ...(meta.source ? { url: meta.source } : {}),
    ...(meta.retrieved ? { retrieved: meta.retrieved } : {}),
    ...(meta.note ? { note: meta.note } : {}),
  };
}

/** `{city}/{doc}.changes.json`: each version against the one before it, newest first. */
export interface GeneratedChanges {
  comparisons: Array<{ from: string; to: string; changes: ProvisionChange[] }>;
}

/** Path of a document's changes, relative to the generated folder. */
export function changesPath(city: string, doc: string): string {
  return `${city}/${doc}.changes.json`;
}
