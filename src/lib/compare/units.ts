import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { isContainerType } from '../tree/levels.ts';
import type { DocumentNode, Node, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';

/** What a topic unit is: an article of an ordinance, a clause of a policy, a section of a page … */
type UnitKind = 'article' | 'clause' | 'section' | 'preamble' | 'contact' | 'block';

/**
 * A unit that topics are assigned to: an article (ordinances), a numbered clause (policies), a
 * heading with its own blocks and lists (pages), the preamble, the contact block.
 */
export interface TopicUnit {
  /** its anchor in the document: `art-26`, `h-14`, `contact` */
  id: string;
  kind: UnitKind;
  /** the marker as printed (`第26条`), when there is one */
  label?: string;
  /** caption of an article or title of a heading (`開示決定等の期限`, `請求に対する決定`) */
  heading?: string;
  /** titles of the enclosing chapters, sections and headings, outermost first */
  context: string[];
  /** the unit's text: its own sentences and those of its paragraphs, items, blocks and cells */
  text: string;
  /** the anchors inside the unit, its own first (what it defines is found by them) */
  anchors: string[];
}

/** Structural parents that group units without being one. */
/** Top-level blocks of pages that are units of their own when outside any heading. */
const LOOSE: ReadonlySet<string> = new Set(['block', 'list', 'table']);

/**
 * The topic units of a document, in document order. Supplementary provisions (附則) are left out:
 * they say when and how the text took effect, not what it rules. Pages nest headings: a heading's
 * unit holds its own blocks and lists, and each sub-heading is a unit of its own.
 */
export function listUnits(tree: DocumentNode): TopicUnit[] {
  const units: TopicUnit[] = [];
  const clauseKind: UnitKind = tree.style === 'policy' ? 'clause' : 'article';
  const walk = (node: Parent, context: string[]): void => {
    for (const child of node.children) {
      if (isLeaf(child) || child.type === 'supplement') continue;
      if (isContainerType(child.type)) {
        walk(child, child.title ? [...context, child.title] : context);
      } else if (child.type === 'article' && child.id) {
        units.push(makeUnit(child, clauseKind, context, child.caption));
      } else if (child.type === 'heading' && child.id) {
        units.push(makeUnit(child, 'section', context, child.title));
        walk(child, child.title ? [...context, child.title] : context);
      } else if (child.type === 'preamble' && child.id) {
        units.push(makeUnit(child, 'preamble', context, undefined));
      } else if (child.type === 'contact' && child.id) {
        units.push(makeUnit(child, 'contact', context, child.title));
      } else if (LOOSE.has(child.type) && child.id && node.type === 'document') {
        units.push(makeUnit(child, 'block', context, undefined));
      }
    }
  };
  walk(tree, []);
  return units;
}

function makeUnit(node: Parent, kind: UnitKind, context: string[], heading: string | undefined): TopicUnit {
  return {
    id: node.id!,
    kind,
    ...(node.label ? { label: node.label } : {}),
    ...(heading ? { heading } : {}),
    context,
    text: collectText(node),
    anchors: [...collectAnchors(node)],
  };
}

/**
 * The sentences of a node and its descendants, one per line, in document order; a page heading's
 * sub-headings are left to their own units.
 */
export function collectText(node: Parent): string {
  const lines: string[] = [];
  visit(node, (current) => {
    if (isLeaf(current)) return CONTINUE;
    if (current !== node && current.type === 'heading') return SKIP;
    // a heading's own text is its title, which units keep apart as `heading`
    if (current.text && current.type !== 'heading') lines.push(current.text.trim());
    return CONTINUE;
  });
  return lines.filter(Boolean).join('\n');
}

/** Every anchor of a tree. */
export function collectAnchors(tree: Node): Set<string> {
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (!isLeaf(node) && node.id) anchors.add(node.id);
  });
  return anchors;
}

/**
 * The node with an anchor, if any (the first in document order). A compare page looks up a unit
 * of every document, so the anchored nodes of a tree are indexed in one walk and the index kept
 * while the tree lives, instead of a walk per lookup.
 */
export function findNode(tree: Node, id: string): Parent | undefined {
  let nodes = nodesByTree.get(tree);
  if (!nodes) {
    nodes = anchoredNodes(tree);
    nodesByTree.set(tree, nodes);
  }
  return nodes.get(id);
}

const nodesByTree = new WeakMap<Node, ReadonlyMap<string, Parent>>();

function anchoredNodes(tree: Node): ReadonlyMap<string, Parent> {
  const nodes = new Map<string, Parent>();
  visit(tree, (node) => {
    if (!isLeaf(node) && node.id && !nodes.has(node.id)) nodes.set(node.id, node);
  });
  return nodes;
}

/** A node with text of its own, and the chain of anchored units above it (nearest last). */
interface TextNode {
  node: Parent;
  /** its own sentence text */
  text: string;
  /** the anchored ancestors, outermost first (chapter, article, paragraph …) */
  ancestors: Parent[];
}

/**
 * Every anchored node with sentence text of its own (paragraphs, items, blocks, list items), in
 * document order, with its anchored ancestors: where facts are read, and what they cite.
 */
export function listTextNodes(tree: DocumentNode): TextNode[] {
  const out: TextNode[] = [];
  visitParents(tree, (node, parents) => {
    if (isLeaf(node)) return CONTINUE;
    if (node.type === 'supplement') return SKIP;
    const text = node.text?.trim();
    if (node.id && text) out.push({ node, text, ancestors: parents.filter((parent) => parent.id) });
    return CONTINUE;
  });
  return out;
}
