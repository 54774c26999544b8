import type { DocumentNode } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';
import type { Line } from './lines.ts';

/** Parses a web page or overview text: headings, paragraphs, lists, contact block, chrome. */
export function parsePageBody(b: TreeBuilder, root: DocumentNode, lines: Line[]): void {
  void root;
  for (const line of lines) {
    if (line.blank) {
      b.leaf('break', line.start, line.eolEnd);
      continue;
    }
    b.closeRank(40);
    const node = b.open({ type: 'block', children: [] }, 40);
    b.leaf('break', line.start, line.start + line.indent, node);
    b.leaf('text', line.start + line.indent, line.end, node);
    b.leaf('break', line.end, line.eolEnd, node);
  }
}
