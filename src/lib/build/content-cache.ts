import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import type { DocumentTranslationReport } from '../translate/report.ts';

/**
 * Content-hash cache of the content build: a document whose source, metadata, translation and
 * the code that turns them into pages are unchanged is not generated again.
 */
const CACHE_DIR = '.cache/content';

/** What the build needs of a document it does not regenerate. */
interface CachedDocument<T> {
  key: string;
  /** the manifest entry written last time */
  document: T;
  /** the document's messages, to print and count again */
  messages: SerializedMessage[];
  /** its part of the translation report (the translation is part of the key) */
  translation: DocumentTranslationReport;
}

/** A vfile message as JSON. */
export interface SerializedMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** SHA-256 of parts, each length-prefixed so that ('ab','c') and ('a','bc') differ. */
export function hashParts(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Hash of every file under the given paths (files or folders, sorted), so a change in the
 * parser, the analysis or the emitter invalidates every cached document.
 */
export function hashFiles(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const visit = (relative: string) => {
    const full = join(root, relative);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(join(relative, name));
    } else {
      hash.update(`${relative}\0`);
      hash.update(readFileSync(full));
    }
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}

function cachePath(root: string, city: string, doc: string): string {
  return join(root, CACHE_DIR, city, `${doc}.json`);
}

/** The cache entry of a document when its key matches, else undefined. */
export function readCached<T>(
  root: string,
  city: string,
  doc: string,
  key: string,
): CachedDocument<T> | undefined {
  try {
    const entry = JSON.parse(readFileSync(cachePath(root, city, doc), 'utf8')) as CachedDocument<T>;
    return entry.key === key ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a document's cache entry. */
export function writeCached<T>(root: string, city: string, doc: string, entry: CachedDocument<T>): void {
  const path = cachePath(root, city, doc);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(entry)}\n`);
}

/** A message as JSON, keeping what printing and counting need. */
export function serializeMessage(message: VFileMessage): SerializedMessage {
  const out: SerializedMessage = { reason: message.reason };
  if (message.ruleId) out.ruleId = message.ruleId;
  if (message.source) out.source = message.source;
  if (message.fatal !== undefined) out.fatal = message.fatal;
  if (message.file) out.file = message.file;
  if (message.line != null) out.line = message.line;
  if (message.column != null) out.column = message.column;
  if (message.place && 'end' in message.place) {
    out.endLine = message.place.end.line;
    out.endColumn = message.place.end.column;
  }
  return out;
}

/** A message read back from the cache. */
export function deserializeMessage(data: SerializedMessage): VFileMessage {
  const place =
    data.line != null
      ? data.endLine != null
        ? {
            start: { line: data.line, column: data.column ?? 1 },
            end: { line: data.endLine, column: data.endColumn ?? 1 },
          }
        : { line: data.line, column: data.column ?? 1 }
      : undefined;
  const message = new VFileMessage(data.reason, {
    ...(place ? { place } : {}),
    ...(data.ruleId ? { ruleId: data.ruleId } : {}),
    ...(data.source ? { source: data.source } : {}),
  });
  if (data.file) message.file = data.file;
  message.fatal = data.fatal ?? undefined;
  return message;
}
