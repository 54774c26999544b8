import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** One diagnostic as the CLI and the build print it: `path:line:col: reason [rule-id]`. */
export function formatDiagnostic(file: VFile, message: VFileMessage): string {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  return `${file.path ?? '<input>'}:${line}:${column}: ${message.reason} [${message.ruleId ?? 'unknown'}]`;
}
