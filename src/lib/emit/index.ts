import type { Root } from 'mdast';
import type { DocumentNode } from '../tree/types.ts';
import { checkRoundTrip, type RoundTripResult, serializeMdx } from './mdx.ts';
import { type BuildOptions, buildMdast } from './to-mdast.ts';

export { COMPONENT_NAMES } from './components.ts';
export { type InlineMark, marksFromAnalysis } from './marks.ts';
export { parseMdx } from './mdx.ts';
export { collectToc } from './toc.ts';

/** A document emitted as MDX, with its syntax tree and the round-trip verdict. */
interface EmittedDocument {
  mdast: Root;
  mdx: string;
  roundTrip: RoundTripResult;
}

/**
 * Emit a document tree as MDX, with optional inline marks (references, defined terms), and check
 * that the MDX reads back as the same tree.
 */
export function emitDocument(doc: DocumentNode, options: BuildOptions = {}): EmittedDocument {
  const mdast = buildMdast(doc, options);
  const mdx = serializeMdx(mdast);
  const roundTrip =
    mdx.length > WHOLE_ROUND_TRIP_LIMIT ? checkRoundTripInParts(mdast) : checkRoundTrip(mdx, mdast);
  return { mdast, mdx, roundTrip };
}

/**
 * Past this many characters of MDX the round trip is checked part by part: micromark keeps every
 * event of what it reads, and a 10 MB source (25 MB of MDX) does not fit in a 4 GB heap.
 */
const WHOLE_ROUND_TRIP_LIMIT = 2_000_000;

/**
 * The round trip of each part of the document element (title, articles, chapters …) serialized
 * and read back on its own: the same text and attributes, escaped the same way, without the
 * indentation of the enclosing element.
 */
function checkRoundTripInParts(mdast: Root): RoundTripResult {
  for (const [i, top] of mdast.children.entries()) {
    const parts = 'children' in top ? (top.children as Root['children']) : [top];
    for (const [k, part] of parts.entries()) {
      const tree: Root = { type: 'root', children: [part] };
      const result = checkRoundTrip(serializeMdx(tree), tree);
      if (!result.ok)
        return {
          ...result,
          path: `children[${i}].children[${k}]${result.path.replace(/^children\[0\]/, '')}`,
        };
    }
  }
  return { ok: true };
}
