import type { Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Serialize an MDX syntax tree. Text is escaped by the serializer (`\{`, `\<`, `\*`, character
 * references for edge whitespace), so source text can never turn into JSX, ESM, expressions,
 * comments or markdown syntax.
 */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, {
    extensions: [mdxToMarkdown()],
    // Line endings inside text are written as `&#xA;`/`&#xD;`: a text line that starts with `</Tag>`,
    // `-` or spaces would otherwise be read as something else, and readers differ on lazy lines.
    unsafe: [
      { character: '\n', inConstruct: 'phrasing' },
      { character: '\r', inConstruct: 'phrasing' },
    ],
  });
}

const reader = unified().use(remarkParse).use(remarkMdx).freeze();

/** Parse MDX the way MDX itself reads it (micromark with the MDX extensions). */
export function parseMdx(mdx: string): Root {
  return reader.parse(mdx);
}

/** Where a parsed tree first differs from the expected one. */
interface RoundTripDifference {
  /** JSON-ish path to the difference, like `children[0].children[3].value` */
  path: string;
  expected: unknown;
  actual: unknown;
}

/** The result of {@link checkRoundTrip}. */
export type RoundTripResult = { ok: true } | ({ ok: false } & RoundTripDifference);

/**
 * Parse `mdx` back and compare it with the tree it was serialized from, ignoring `position` and
 * `data` (parser bookkeeping such as estree). Emitted MDX must read back as exactly its tree.
 */
export function checkRoundTrip(mdx: string, tree: Root): RoundTripResult {
  let parsed: Root;
  try {
    parsed = parseMdx(mdx);
  } catch (error) {
    return { ok: false, path: '', expected: 'MDX that parses', actual: String(error) };
  }
  // Almost every document reads back as its tree: a walk that allocates nothing proves it, and only
  // a tree that differs is walked again to name the first difference.
  if (sameTree(tree, parsed)) return { ok: true };
  const difference = findDifference(tree, parsed, '');
  return difference ? { ok: false, ...difference } : { ok: true };
}

const IGNORED_KEYS: ReadonlySet<string> = new Set(['position', 'data']);

/** Whether two unist trees are equal, ignoring positions and data, as findDifference compares them. */
function sameTree(expected: unknown, actual: unknown): boolean {
  if (Object.is(expected, actual)) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || expected.length !== actual.length) return false;
    for (let index = 0; index < expected.length; index++)
      if (!sameTree(expected[index], actual[index])) return false;
    return true;
  }
  if (!isRecord(expected) || !isRecord(actual)) return false;
  for (const key in expected)
    if (!IGNORED_KEYS.has(key) && !sameTree(expected[key], actual[key])) return false;
  for (const key in actual)
    if (!IGNORED_KEYS.has(key) && !(key in expected) && actual[key] !== undefined) return false;
  return true;
}

/** The first place two unist trees differ, ignoring positions and data. */
function findDifference(expected: unknown, actual: unknown, path = ''): RoundTripDifference | undefined {
  if (Object.is(expected, actual)) return undefined;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index++) {
      const found = findDifference(expected[index], actual[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort()) {
      if (IGNORED_KEYS.has(key)) continue;
      const found = findDifference(expected[key], actual[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  return { path, expected, actual };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
