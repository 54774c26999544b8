import type { Root } from 'mdast';
import type { DocumentNode } from '../tree/types.ts';
import { checkRoundTrip, type RoundTripResult, serializeMdx } from './mdx.ts';
import { buildMdast } from './to-mdast.ts';

export { COMPONENT_NAMES, HEAD_COMPONENT, LEAF_COMPONENTS, PARENT_COMPONENTS } from './components.ts';
export { checkRoundTrip, findDifference, parseMdx, type RoundTripResult, serializeMdx } from './mdx.ts';
export { buildMdast } from './to-mdast.ts';
export { collectToc, type TocEntry } from './toc.ts';

/** A document emitted as MDX, with its syntax tree and the round-trip verdict. */
export interface EmittedDocument {
  mdast: Root;
  mdx: string;
  roundTrip: RoundTripResult;
}

/** Emit a document tree as MDX and check that the MDX reads back as the same tree. */
export function emitDocument(doc: DocumentNode): EmittedDocument {
  const mdast = buildMdast(doc);
  const mdx = serializeMdx(mdast);
  return { mdast, mdx, roundTrip: checkRoundTrip(mdx, mdast) };
}
