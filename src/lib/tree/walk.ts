/** Walks that several layers share, on unist-util-visit. */
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { Node, Parent, ParentMap, ParentType } from './types.ts';
import { is, isLeaf } from './types.ts';

/** Every leaf below a node, in document order, as printed: for a document, its source text back. */
export function leafText(node: Node): string {
  let text = '';
  visit(node, (child) => {
    if (isLeaf(child)) text += child.value;
  });
  return text;
}

/**
 * The outermost units of a type below a node, in document order: the articles of a 附則 even
 * under its chapters, the entries of a history; units of the type inside a match are left out.
 */
export function unitsOfType(node: Parent, type: ParentType): Parent[] {
  const units: Parent[] = [];
  visit(node, (child) => {
    if (isLeaf(child) || child === node || child.type !== type) return CONTINUE;
    units.push(child);
    return SKIP;
  });
  return units;
}

/** The children of a node that are units of a type, as that type: the rows of a table, its cells. */
export function childrenOfType<T extends ParentType>(node: Parent, type: T): Array<ParentMap[T]> {
  return node.children.filter((child): child is ParentMap[T] => is(child, type));
}
