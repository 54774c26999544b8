import { visit } from 'unist-util-visit';
import type { Node } from './types.ts';
import { isLeaf } from './types.ts';

/** Every leaf below a node, in document order, as printed: for a document, its source text back. */
export function leafText(node: Node): string {
  let text = '';
  visit(node, (child) => {
    if (isLeaf(child)) text += child.value;
  });
  return text;
}
