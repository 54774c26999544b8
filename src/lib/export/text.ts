import type { Point, Position } from 'unist';
import { VFile } from 'vfile';
import type { DocumentNode, Node, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { leafText } from '../tree/walk.ts';

/**
 * The document as plain text: every leaf in document order. For `.txt` sources this is the
 * source itself, for `.html` the extracted page text (both byte-for-byte what the parser read),
 * for e-Gov XML the law as printed (labels, captions and sentences, one unit per line).
 */
export function toPlainText(tree: Node): string {
  return leafText(tree);
}

/**
 * A copy of the tree whose positions point into its own plain text ({@link toPlainText}),
 * with that text as a VFile. Passes that slice `file.value` by leaf offsets (the reference
 * analysis) can then read documents whose positions point elsewhere (the XML of an imported
 * law); for text sources the copy equals the original.
 */
export function rebaseOnText(tree: DocumentNode, path?: string): { tree: DocumentNode; file: VFile } {
  const text = toPlainText(tree);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const point = (offset: number): Point => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1, offset };
  };
  let offset = 0;
  const copy = (node: Node): Node => {
    if (isLeaf(node)) {
      const start = offset;
      offset += node.value.length;
      return { ...node, position: span(point(start), point(offset)) };
    }
    const start = offset;
    const children = node.children.map(copy);
    return { ...node, children, position: span(point(start), point(offset)) } as Parent;
  };
  const rebased = copy(tree) as DocumentNode;
  return { tree: rebased, file: new VFile({ ...(path ? { path } : {}), value: text }) };
}

function span(start: Point, end: Point): Position {
  return { start, end };
}
