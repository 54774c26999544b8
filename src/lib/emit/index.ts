import type { Root } from 'mdast';
import type { DocumentNode } from '../tree/types.ts';
import { checkRoundTrip, type RoundTripResult, serializeMdx } from './mdx.ts';
import { type BuildOptions, buildMdast } from './to-mdast.ts';

export {
  COMPONENT_NAMES,
  HEAD_COMPONENT,
  INLINE_COMPONENTS,
  LEAF_COMPONENTS,
  PARENT_COMPONENTS,
} from './components.ts';
export { type InlineMark, type MarkName, marksFromAnalysis, placeable } from './marks.ts';
export { checkRoundTrip, findDifference, parseMdx, type RoundTripResult, serializeMdx } from './mdx.ts';
export { type BuildOptions, buildMdast, headingLevels } from './to-mdast.ts';
export { collectToc, type TocEntry } from './toc.ts';

/** A document emitted as MDX, with its syntax tree and the round-trip verdict. */
export interface EmittedDocument {
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
  return { mdast, mdx, roundTrip: checkRoundTrip(mdx, mdast) };
}
