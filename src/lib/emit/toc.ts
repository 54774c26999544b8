import { appendAll } from '../arrays.ts';
import { CONTAINER_TYPES } from '../tree/levels.ts';
import type { Node, Parent, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';

/** One line of a document's table of contents. */
export interface TocEntry {
  /** anchor of the unit (ch-2, art-11_2, h-3) */
  id: string;
  type: ParentType;
  /** the number as printed (第2章, 第11条の2, 附則), when the unit has one */
  label?: string;
  /** chapter/section title, article caption, supplement amendment, heading text */
  title?: string;
  deleted?: boolean;
  children: TocEntry[];
}

/** Units listed in a table of contents; articles are leaves of it, sub-headings nest. */
const LISTED: ReadonlySet<string> = new Set([
  ...CONTAINER_TYPES,
  'supplement',
  'appendix',
  'article',
  'heading',
]);
const LEAF_ENTRIES: ReadonlySet<ParentType> = new Set(['article']);

/** The table of contents of a document: its chapters, sections, articles, supplements and headings. */
export function collectToc(root: Parent): TocEntry[] {
  const out: TocEntry[] = [];
  for (const child of root.children) if (!isLeaf(child)) appendAll(out, entriesOf(child));
  return out;
}

function entriesOf(node: Parent): TocEntry[] {
  if (!LISTED.has(node.type) || node.id === undefined) return collectToc(node);
  const entry: TocEntry = { id: node.id, type: node.type, children: [] };
  const label = node.label?.trim();
  const title = titleOf(node);
  if (label) entry.label = label;
  if (title) entry.title = title;
  if (node.deleted) entry.deleted = true;
  if (!LEAF_ENTRIES.has(node.type)) entry.children = collectToc(node);
  return [entry];
}

function titleOf(node: Parent): string | undefined {
  if (node.type === 'article') return node.caption;
  if (node.type === 'supplement') {
    // 附 則(平成19年10月1日条例第24号): the label already says it.
    const title = node.amendment ?? node.title;
    return title && node.label?.includes(title) ? undefined : title;
  }
  if (node.type === 'heading') return node.title ?? leafText(leadingLeaves(node.children));
  return node.title ?? (node.label ? undefined : leafText(leadingLeaves(node.children)));
}

function leadingLeaves(children: Node[]): Node[] {
  const end = children.findIndex((child) => !isLeaf(child));
  return end === -1 ? children : children.slice(0, end);
}

/** The printed text of leaves, with runs of whitespace as one space. */
function leafText(children: Node[]): string | undefined {
  const text = children
    .filter(isLeaf)
    .filter((leaf) => leaf.type !== 'chrome')
    .map((leaf) => leaf.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}
