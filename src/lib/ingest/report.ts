import { VFileMessage } from 'vfile-message';

/** The `source` of every message raised while reading sources. */
export const INGEST_SOURCE = 'reiki-ingest';

/** Where a message points: a 1-based line and column, when known. */
export interface Place {
  line: number;
  column: number;
}

/**
 * Create a message about `path` that is not attached to a VFile (discovery problems, skipped files).
 * Fatal messages mean the file was skipped.
 */
export function createMessage(
  path: string,
  reason: string,
  ruleId: string,
  options: { fatal?: boolean; place?: Place } = {},
): VFileMessage {
  const message = new VFileMessage(reason, {
    ruleId,
    source: INGEST_SOURCE,
    ...(options.place ? { place: options.place } : {}),
  });
  message.file = path;
  message.fatal = options.fatal ?? false;
  return message;
}

/**
 * Format a message the way the CLI prints it: `path[:line:column]: reason [rule-id]`.
 * @example "content/sources/hyuga/jorei.yaml:2:3: title.en: expected string, received undefined [invalid-metadata]"
 */
export function formatMessage(message: VFileMessage): string {
  const where = message.line != null ? `:${message.line}:${message.column ?? 1}` : '';
  const rule = message.ruleId ? ` [${message.ruleId}]` : '';
  return `${message.file ?? '<unknown>'}${where}: ${message.reason}${rule}`;
}

/** Sort messages by file, then line and column, so reports are stable. */
export function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    compareStrings(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareStrings(a.reason, b.reason)
  );
}

/** Code-unit order, independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A short description of a file-system error: its code (`ENOENT`) when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}
