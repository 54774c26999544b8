import type { LeafType } from '../tree/types.ts';

/**
 * The MDX vocabulary: which component each tree node becomes.
 *
 * Structural nodes are flow elements (`<Article id="art-1">…</Article>`); leaves other than
 * `text` and `break` are text elements inside a paragraph (`<Marker>第1条</Marker>`).
 * The site passes one Astro component per name to `<Content components={…} />`.
 */
export const PARENT_COMPONENTS = {
  document: 'Document',
  title: 'Title',
  enactment: 'Enactment',
  toc: 'Toc',
  tocEntry: 'TocEntry',
  preamble: 'Preamble',
  part: 'Part',
  chapter: 'Chapter',
  section: 'Section',
  subsection: 'Subsection',
  division: 'Division',
  article: 'Article',
  paragraph: 'Paragraph',
  item: 'Item',
  subitem: 'Subitem',
  supplement: 'Supplement',
  table: 'Table',
  row: 'Row',
  cell: 'Cell',
  heading: 'Heading',
  block: 'Block',
  list: 'List',
  listItem: 'ListItem',
  contact: 'Contact',
  metadata: 'Metadata',
  history: 'History',
  historyEntry: 'HistoryEntry',
  // 別表 (appendix tables), being added to the tree types.
  appendix: 'Appendix',
  chrome: 'Chrome',
} as const;
// Not `satisfies Record<ParentType, string>`: a name may land here before the tree types have it.
// Completeness is still checked: to-mdast.ts indexes this object with every ParentType.

/** Leaves that keep their kind in the MDX; `text` and `break` become plain (escaped) text. */
export const LEAF_COMPONENTS = {
  marker: 'Marker',
  caption: 'Caption',
  chrome: 'Chrome',
  unparsed: 'Unparsed',
} as const satisfies Partial<Record<LeafType, string>>;

/**
 * The heading line of a container (第1章　総則, 附　則, an article's (目的)): its leaves wrapped in one
 * text element alone in its paragraph, so MDX renders it without a `<p>` around it.
 */
export const HEAD_COMPONENT = 'Head';

/**
 * Inline annotations the analysis adds around source text: a cross-reference, a use of a defined
 * term, the term where it is defined (see marks.ts).
 */
export const INLINE_COMPONENTS = ['Ref', 'Term', 'Dfn'] as const;

/** A component name an emitted MDX file may use. */
export type ComponentName =
  | (typeof PARENT_COMPONENTS)[keyof typeof PARENT_COMPONENTS]
  | (typeof LEAF_COMPONENTS)[keyof typeof LEAF_COMPONENTS]
  | (typeof INLINE_COMPONENTS)[number]
  | typeof HEAD_COMPONENT;

/** Every component name an emitted MDX file may use. */
export const COMPONENT_NAMES: readonly ComponentName[] = [
  ...new Set<ComponentName>([
    ...Object.values(PARENT_COMPONENTS),
    ...Object.values(LEAF_COMPONENTS),
    ...INLINE_COMPONENTS,
    HEAD_COMPONENT,
  ]),
].sort();
