import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { appendAll } from '../arrays.ts';
import { CONTAINER_TYPES } from '../tree/levels.ts';
import type { DocumentNode, Leaf, Parent, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { HEAD_COMPONENT, PARENT_COMPONENTS } from './components.ts';
import type { InlineMark } from './marks.ts';
import { attribute, hasLineEnding, isBlank, textElement, toPhrasing } from './phrasing.ts';

export { attribute, representable } from './phrasing.ts';

/** Tree fields copied to attributes as strings, in this order. */
const STRING_FIELDS = [
  'id',
  'label',
  'num',
  'caption',
  'title',
  'amendment',
  'through',
  'date',
  'kind',
] as const;
/** Tree flags copied to attributes as `"true"` when set. */
const FLAG_FIELDS = ['inferred', 'deleted', 'header', 'ordered'] as const;
/** Tree numbers copied to attributes as decimal strings when set (a cell's spans). */
const NUMBER_FIELDS = ['colspan', 'rowspan'] as const;
/** Containers whose leading leaves are their heading line (第1章　総則, 附　則, page headings). */
const HEADED: ReadonlySet<string> = new Set([...CONTAINER_TYPES, 'supplement', 'appendix', 'heading']);
/** Running text, where a line break between two Japanese characters is a wrap of the source. */
const PROSE: ReadonlySet<ParentType> = new Set([
  'paragraph',
  'item',
  'subitem',
  'block',
  'listItem',
  'preamble',
  'article',
]);
/**
 * Whether a line break between two Japanese characters of the node is a wrap: in running text,
 * and in a header cell of a rebuilt table (開示 / 請求 broken at the page's <br> reads 開示請求).
 */
function isProse(node: Parent): boolean {
  return PROSE.has(node.type) || (node.type === 'cell' && node.header === true);
}
/** Units whose leading run may hold a caption line ((目的), 第１条（適用関係）): up to it, their heading. */
const CAPTIONED: ReadonlySet<ParentType> = new Set(['article', 'paragraph']);
/** Top heading level inside a document body: the page title is the only h1. */
const BODY_LEVEL = 2;

interface Context {
  /** level a heading at this position takes */
  level: number;
  /** inline marks (references, terms, definitions), by source offset */
  marks: readonly InlineMark[];
}

/** What the emitter may add to the source text. */
export interface BuildOptions {
  /** inline marks to wrap text in (`marksFromAnalysis`); sorted, not overlapping */
  marks?: readonly InlineMark[];
}

/**
 * Build the MDX syntax tree of a document: one flow element per structural node, with the
 * source text as text nodes (escaped when serialized) and the node's data as attributes.
 *
 * Breaks are layout: between blocks they are left to the MDX; inside a run of text they stay as
 * whitespace, except a line wrap between two Japanese characters in running text, which is dropped.
 * Line-structured units (enactment, contact, metadata, cells …) keep their line breaks.
 */
export function buildMdast(doc: DocumentNode, options: BuildOptions = {}): Root {
  const attributes = [
    attribute('lang', doc.lang),
    attribute('style', doc.style),
    ...optionalAttributes({
      title: doc.title,
      number: doc.number,
      promulgated: doc.promulgated,
      promulgatedIso: doc.promulgatedIso,
    }),
  ];
  return {
    type: 'root',
    children: [
      flowElement(
        PARENT_COMPONENTS.document,
        attributes,
        emitChildren(doc, { level: BODY_LEVEL, marks: options.marks ?? [] }),
      ),
    ],
  };
}

function emitParent(node: Parent, context: Context): RootContent[] {
  const headed = HEADED.has(node.type) && node.children.some(isLeaf);
  const inner = headed ? { ...context, level: context.level + 1 } : context;
  const children = emitChildren(node, inner, headed ? context.level : undefined);
  return [
    flowElement(PARENT_COMPONENTS[node.type], nodeAttributes(node), ensureContentModel(node.type, children)),
  ];
}

/**
 * The children of a node as flow content: runs of leaves become paragraphs, structural
 * children become elements. With `headLevel`, the leading run is the node's heading line.
 */
function emitChildren(node: Parent, context: Context, headLevel?: number): RootContent[] {
  const out: RootContent[] = [];
  let run: Leaf[] = [];
  let carry: Leaf[] = [];
  let leading = true;
  const flush = (next?: Parent) => {
    let leaves = run;
    run = [];
    if (leaves.length === 0) return;
    if (leading && headLevel !== undefined) {
      // The heading is the first line; anything after it (unplaced text) is not.
      const first = trimLeaves(leaves);
      const end = first.findIndex((leaf) => leaf.type === 'break' && hasLineEnding(leaf.value));
      appendAll(out, headRun(end === -1 ? first : first.slice(0, end), headLevel, node.id, context));
      if (end !== -1) appendAll(out, plainRun(first.slice(end), false, context));
      return;
    }
    if (leading && CAPTIONED.has(node.type)) {
      const end = leaves.findLastIndex((leaf) => leaf.type === 'caption') + 1;
      appendAll(out, headRun(leaves.slice(0, end), context.level, node.id, context));
      leaves = leaves.slice(end);
    }
    // 第1条 opens the line of its first paragraph, as printed.
    if (leading && node.type === 'article' && next?.type === 'paragraph') carry = leaves;
    else appendAll(out, plainRun(leaves, isProse(node), context));
  };
  for (const child of node.children) {
    if (isLeaf(child)) {
      run.push(child);
      continue;
    }
    flush(child);
    leading = false;
    const target = carry.length > 0 ? { ...child, children: [...carry, ...child.children] } : child;
    carry = [];
    appendAll(out, emitParent(target, context));
  }
  flush();
  return out;
}

/** The heading line of the unit `of`: a `<Head level of>` alone in its paragraph. */
function headRun(run: Leaf[], level: number, of: string | undefined, context: Context): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run), false, context.marks);
  if (phrasing.length === 0) return [];
  const attributes = [attribute('level', String(level)), ...(of ? [attribute('of', of)] : [])];
  return [paragraph([textElement(HEAD_COMPONENT, attributes, phrasing)])];
}

function plainRun(run: Leaf[], prose: boolean, context: Context): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run), prose, context.marks);
  return phrasing.length === 0 ? [] : [paragraph(phrasing)];
}

/** Drop blank leaves at both ends of a run: they separate blocks, which markdown does by itself. */
function trimLeaves(run: Leaf[]): Leaf[] {
  let start = 0;
  let end = run.length;
  while (start < end && isBlank(run[start]!)) start++;
  while (end > start && isBlank(run[end - 1]!)) end--;
  return run.slice(start, end);
}

/**
 * The heading level each anchored unit's own heading line takes in the emitted MDX (the `level`
 * of its `<Head>`; for an article, of its caption), so that other renderings of the same unit (a
 * translation beside it) keep the page's outline.
 */
export function headingLevels(doc: DocumentNode): Map<string, number> {
  const levels = new Map<string, number>();
  const walk = (node: Parent, level: number) => {
    for (const child of node.children) {
      if (isLeaf(child)) continue;
      if (child.id) levels.set(child.id, level);
      const headed = HEADED.has(child.type) && child.children.some(isLeaf);
      walk(child, headed ? level + 1 : level);
    }
  };
  walk(doc, BODY_LEVEL);
  return levels;
}

/** Tables hold rows, rows hold cells, lists hold items: wrap anything else so the HTML stays valid. */
function ensureContentModel(type: ParentType, children: RootContent[]): RootContent[] {
  const { row, cell, listItem, chrome } = PARENT_COMPONENTS;
  const wrapIn = (names: string[]) => (child: RootContent) =>
    isElement(child, [names[0]!, chrome])
      ? child
      : names.reduceRight<RootContent>((inner, name) => flowElement(name, [], [inner]), child);
  if (type === 'table') return children.map(wrapIn([row, cell]));
  if (type === 'row') return children.map(wrapIn([cell]));
  if (type === 'list') return children.map(wrapIn([listItem]));
  return children;
}

function isElement(node: RootContent, names: readonly string[]): boolean {
  return node.type === 'mdxJsxFlowElement' && names.includes(node.name ?? '');
}

function nodeAttributes(node: Parent): MdxJsxAttribute[] {
  const out: MdxJsxAttribute[] = [];
  for (const field of STRING_FIELDS) {
    const value = node[field];
    if (value !== undefined) out.push(attribute(field, value));
  }
  for (const field of FLAG_FIELDS) if (node[field]) out.push(attribute(field, 'true'));
  for (const field of NUMBER_FIELDS) if (node[field]) out.push(attribute(field, String(node[field])));
  if (node.contact) out.push(attribute('contact', JSON.stringify(node.contact)));
  if (node.data) out.push(attribute('data', JSON.stringify(node.data)));
  return out;
}

function optionalAttributes(fields: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(fields).flatMap(([name, value]) =>
    value === undefined ? [] : [attribute(name, value)],
  );
}

function flowElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: RootContent[],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}
