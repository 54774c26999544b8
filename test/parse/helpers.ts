import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { type ParseOptions, parseSource } from '../../src/lib/parse/index.ts';
import type { DocumentNode, Node, Parent } from '../../src/lib/tree/types.ts';

/** Parses text as the build would, returning the tree and its file (with messages). */
export function parseText(text: string, options: ParseOptions = {}, path = 'fixture.txt') {
  const file = new VFile({ path, value: text });
  const tree = parseSource(file, options);
  return { tree, file };
}

/** Parses a file from disk. */
export function parseFile(path: string, options: ParseOptions = {}) {
  return parseText(readFileSync(path, 'utf8'), options, path);
}

/** Every leaf value in document order: the source again, if nothing was lost. */
export function leafText(node: Node): string {
  if (!('children' in node)) return node.value;
  return node.children.map(leafText).join('');
}

/** All structural nodes of a type, in document order. */
export function nodesOf(tree: Parent, type: string): Parent[] {
  const out: Parent[] = [];
  const walk = (n: Node) => {
    if (!('children' in n)) return;
    if (n.type === type) out.push(n);
    n.children.forEach(walk);
  };
  walk(tree);
  return out;
}

/** The node with an anchor. */
export function byId(tree: DocumentNode, id: string): Parent | undefined {
  let found: Parent | undefined;
  const walk = (n: Node) => {
    if (found || !('children' in n)) return;
    if (n.id === id) found = n;
    n.children.forEach(walk);
  };
  walk(tree);
  return found;
}

/** A compact outline of the structure, for golden files. */
export function outline(tree: Parent): string {
  const lines: string[] = [];
  const walk = (n: Node, depth: number) => {
    if (!('children' in n)) return;
    if (n.type !== 'document' && n.type !== 'cell') {
      const parts = [
        n.type,
        n.id,
        n.label,
        n.caption && `(${n.caption})`,
        n.title,
        n.text?.slice(0, 24),
        n.inferred && '[inferred]',
      ];
      lines.push('  '.repeat(depth) + parts.filter(Boolean).join(' '));
    }
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(tree, -1);
  return `${lines.join('\n')}\n`;
}
