import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** The `source` of every message about translation and glossary files. */
export const TRANSLATE_SOURCE = 'reiki-translate';

/**
 * Parse YAML text and validate it with a zod schema. Problems become fatal messages on `path`,
 * never exceptions: `invalid-yaml` for syntax errors, `ruleId` for each schema issue, with the
 * path of the bad field and its line and column.
 */
export function parseYamlFile<T>(
  schema: z.ZodType<T>,
  text: string,
  path: string,
  ruleId: string,
): { data: T | undefined; messages: VFileMessage[] } {
  const file = new VFile({ path, value: text });
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter });
  const fail = (reason: string, rule: string, offset?: number) => {
    const place = offset === undefined ? undefined : lineCounter.linePos(offset);
    const message = file.message(reason, {
      ruleId: rule,
      source: TRANSLATE_SOURCE,
      ...(place ? { place: { line: place.line, column: place.col } } : {}),
    });
    message.fatal = true;
  };
  for (const error of document.errors) {
    fail(`Unexpected YAML: ${error.message.split('\n')[0]}`, 'invalid-yaml', error.pos[0]);
  }
  if (document.errors.length > 0) return { data: undefined, messages: file.messages };

  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { data: result.data, messages: file.messages };
  for (const issue of result.error.issues) {
    const node = document.getIn(issue.path, true) ?? document.getIn(issue.path.slice(0, 1), true);
    const offset = isNode(node) ? node.range?.[0] : undefined;
    const where = issue.path.map(String).join('.');
    fail(`${where ? `${where}: ` : ''}${issue.message}`, ruleId, offset);
  }
  return { data: undefined, messages: file.messages };
}

function isNode(value: unknown): value is { range?: [number, number, number] | null } {
  return typeof value === 'object' && value !== null && 'range' in value;
}
