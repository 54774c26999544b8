import { VFile } from 'vfile';
import { type Document, isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { compareMessages, type Place } from './report.ts';

/** How the problems of one kind of YAML file are reported. */
interface YamlFileOptions {
  /** the rule of each field the schema rejects: `invalid-metadata`, `invalid-glossary` … */
  ruleId: string;
  /** the `source` of every message: `reiki-ingest`, `reiki-translate` */
  source: string;
  /** what a field the schema does not know is told (it is usually a typo) */
  unknownField?: string;
  /**
   * what an empty file reads as: `{}` where an empty file is an empty table (a translation file
   * not yet begun); by default `null`, which a schema of required fields reports as one problem
   */
  empty?: unknown;
}

/** The outcome of reading a YAML file: the data when valid, and the file with its messages. */
export interface YamlFileResult<T> {
  data: T | undefined;
  file: VFile;
}

/**
 * Parses YAML text and validates it with a zod schema: the one reader of the project's YAML files
 * (source metadata, the topic scheme, the glossary, translations, search synonyms). Problems
 * become fatal messages on the returned file, never exceptions, in source order: `invalid-yaml`
 * for syntax errors, `ruleId` for each bad field, naming its path (`title.en: expected string,
 * received undefined`) and pointing at its line and column (an unknown key at the key itself, a
 * missing one at the map that lacks it). A byte order mark is ignored.
 */
export function parseYamlFile<T>(
  schema: z.ZodType<T>,
  text: string,
  path: string,
  options: YamlFileOptions,
): YamlFileResult<T> {
  const file = new VFile({ path, value: text });
  const fail = (reason: string, ruleId: string, place: Place | undefined) => {
    const message = file.message(reason, { ruleId, source: options.source, ...(place ? { place } : {}) });
    message.fatal = true;
  };
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true });
  for (const error of document.errors) {
    const [start] = error.linePos ?? [];
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    fail(`Unexpected YAML: ${reason}`, 'invalid-yaml', start && { line: start.line, column: start.col });
  }
  if (document.errors.length > 0) return { data: undefined, file };

  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // well-formed YAML can still fail to resolve: an alias before (or without) its anchor, or more
    // aliases than the library expands (a "billion laughs" file); both are about an alias
    const offset = firstAliasOffset(document);
    const place = offset === undefined ? undefined : lineCounter.linePos(offset);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(`Unexpected YAML: ${reason}`, 'invalid-yaml', place && { line: place.line, column: place.col });
    return { data: undefined, file };
  }
  const result = schema.safeParse(value ?? options.empty ?? null);
  if (result.success) return { data: result.data, file };
  for (const { path: fieldPath, reason } of describeIssues(result.error.issues, options)) {
    const offset = findOffset(document, fieldPath);
    const field = fieldPath.map(String).join('.');
    const place = offset === undefined ? undefined : lineCounter.linePos(offset);
    fail(
      field ? `${field}: ${reason}` : reason,
      options.ruleId,
      place && { line: place.line, column: place.col },
    );
  }
  file.messages.sort(compareMessages);
  return { data: undefined, file };
}

/** One entry per bad field; an unknown key is reported at the key itself. */
function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  options: YamlFileOptions,
): Array<{ path: PropertyKey[]; reason: string }> {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const reason = options.unknownField ?? 'unexpected field (a typo?)';
      return issue.keys.map((key) => ({ path: [...issue.path, key], reason }));
    }
    return [{ path: issue.path, reason: issue.message.replace(/^Invalid (?:input|option): /, '') }];
  });
}

/** Where the first alias that does not resolve stands, else the first alias. */
function firstAliasOffset(document: Document): number | undefined {
  let unresolved: number | undefined;
  let first: number | undefined;
  visit(document, (_key, node) => {
    if (!isAlias(node)) return undefined;
    first ??= node.range?.[0];
    if (node.resolve(document) !== undefined) return undefined;
    unresolved = node.range?.[0];
    return visit.BREAK;
  });
  return unresolved ?? first;
}

/** Offset of the YAML node at `path`, or of its nearest existing ancestor (a missing key points at its map). */
function findOffset(document: Document, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range))
      return node.range[0];
  }
  return undefined;
}
