import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { DocumentNode, Leaf, Parent, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { HEAD_COMPONENT, LEAF_COMPONENTS, PARENT_COMPONENTS } from './components.ts';

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
/** Containers whose leading leaves are their heading line (第1章　総則, 附　則 …). */
const HEADED: ReadonlySet<ParentType> = new Set([
  'part',
  'chapter',
  'section',
  'subsection',
  'division',
  'supplement',
]);
/** Top heading level inside a document body: the page title is the only h1. */
const BODY_LEVEL = 2;

/** Attribute values written as JSX strings; anything else becomes a JS string literal expression. */
const PLAIN_ATTRIBUTE = /^[^&"\p{Cc}\p{Cs}\u2028\u2029]*$/u;
const WHITESPACE = /^\s*$/;
/** Characters no MDX text can hold: markdown turns U+0000 into U+FFFD, files cannot store lone surrogates. */
const UNREPRESENTABLE = /\0|\p{Cs}/gu;

interface Context {
  /** level a heading at this position takes */
  level: number;
}

interface State {
  /** depths of the page headings still open, outermost first */
  headings: number[];
}

/**
 * Build the MDX syntax tree of a document: one flow element per structural node, with the
 * source text as text nodes (escaped when serialized) and the node's data as attributes.
 *
 * Breaks between blocks are layout and are not kept; every other leaf is, in order.
 */
export function buildMdast(doc: DocumentNode): Root {
  const state: State = { headings: [] };
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
      flowElement(PARENT_COMPONENTS.document, attributes, emitChildren(doc, { level: BODY_LEVEL }, state)),
    ],
  };
}

function emitParent(node: Parent, context: Context, state: State): RootContent[] {
  if (node.type === 'heading') return emitHeading(node, context, state);
  const headed = HEADED.has(node.type) && node.children.some(isLeaf);
  const inner = headed ? { level: context.level + 1 } : context;
  const children = emitChildren(node, inner, state, headed ? context.level : undefined);
  return [
    flowElement(PARENT_COMPONENTS[node.type], nodeAttributes(node), ensureContentModel(node.type, children)),
  ];
}

/** A page heading: a text element alone in its paragraph, so it renders as a bare `<hN>`. */
function emitHeading(node: Parent, context: Context, state: State): RootContent[] {
  const depth = node.depth ?? 1;
  while ((state.headings.at(-1) ?? 0) >= depth) state.headings.pop();
  const level = context.level + state.headings.length;
  state.headings.push(depth);
  const attributes = [...nodeAttributes(node), attribute('level', String(level))];
  if (node.children.every(isLeaf)) {
    const phrasing = toPhrasing(trimLeaves(node.children));
    // A heading without text keeps its anchor, as an empty element (which MDX reads as a block).
    if (phrasing.length === 0) return [flowElement(PARENT_COMPONENTS.heading, attributes, [])];
    return [paragraph([textElement(PARENT_COMPONENTS.heading, attributes, phrasing)])];
  }
  // Unexpected nesting: keep everything, rendered as a block heading.
  const children = emitChildren(node, { level: level + 1 }, state);
  return [flowElement(PARENT_COMPONENTS.heading, [...attributes, attribute('block', 'true')], children)];
}

/**
 * The children of a node as flow content: runs of leaves become paragraphs, structural
 * children become elements. With `headLevel`, the leading run is the node's heading line.
 */
function emitChildren(node: Parent, context: Context, state: State, headLevel?: number): RootContent[] {
  const out: RootContent[] = [];
  let run: Leaf[] = [];
  let leading = true;
  const flush = () => {
    if (run.length === 0) return;
    if (leading && headLevel !== undefined) out.push(...headRun(run, headLevel));
    else if (leading && node.type === 'article') out.push(...articleLeadingRun(run, context.level));
    else out.push(...plainRun(run));
    run = [];
  };
  for (const child of node.children) {
    if (isLeaf(child)) {
      run.push(child);
      continue;
    }
    flush();
    leading = false;
    out.push(...emitParent(child, context, state));
  }
  flush();
  return out;
}

/** An article starts with its caption line ((目的)): that is its heading; the rest is text. */
function articleLeadingRun(run: Leaf[], level: number): RootContent[] {
  let end = 0;
  while (end < run.length && (run[end]!.type === 'caption' || isBlank(run[end]!))) end++;
  const head = run.slice(0, end);
  if (!head.some((leaf) => leaf.type === 'caption')) return plainRun(run);
  return [...headRun(head, level), ...plainRun(run.slice(end))];
}

function headRun(run: Leaf[], level: number): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run));
  if (phrasing.length === 0) return [];
  return [paragraph([textElement(HEAD_COMPONENT, [attribute('level', String(level))], phrasing)])];
}

function plainRun(run: Leaf[]): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run));
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

/** Whitespace-only leaves of any kind are layout: a marker or caption of spaces says nothing. */
function isBlank(leaf: Leaf): boolean {
  return WHITESPACE.test(leaf.value);
}

/** Leaves as phrasing content: adjacent text and breaks merge into one text node, as markdown would read them. */
function toPhrasing(leaves: Leaf[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const leaf of leaves) {
    const value = representable(leaf.value);
    // An empty leaf holds no source text; as an empty element it would read back as a block.
    if (value === '') continue;
    // Whitespace in an element of its own would make the line read as a block of tags.
    if (leaf.type === 'text' || leaf.type === 'break' || isBlank(leaf)) {
      const last = out.at(-1);
      if (last?.type === 'text') last.value += value;
      else out.push({ type: 'text', value });
      continue;
    }
    const attributes = leaf.kind === undefined ? [] : [attribute('kind', leaf.kind)];
    out.push(textElement(LEAF_COMPONENTS[leaf.type], attributes, [{ type: 'text', value }]));
  }
  return out;
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
  if (node.contact) out.push(attribute('contact', JSON.stringify(node.contact)));
  if (node.data) out.push(attribute('data', JSON.stringify(node.data)));
  return out;
}

function optionalAttributes(fields: Record<string, string | undefined>): MdxJsxAttribute[] {
  return Object.entries(fields).flatMap(([name, value]) =>
    value === undefined ? [] : [attribute(name, value)],
  );
}

/**
 * One JSX attribute. Values a JSX string can hold verbatim are written as strings; others (with `&`,
 * quotes, line breaks, control characters) as a JS string literal, since JSX strings decode entities.
 */
export function attribute(name: string, value: string): MdxJsxAttribute {
  if (PLAIN_ATTRIBUTE.test(value)) return { type: 'mdxJsxAttribute', name, value };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: toJsString(value) },
  };
}

/** A JS string literal that no brace-counting or HTML-sniffing reader can mistake for anything else. */
function toJsString(value: string): string {
  return JSON.stringify(value).replace(
    /[{}<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text as MDX can carry it: U+0000 and lone surrogates become U+FFFD, as any reader would make them. */
export function representable(value: string): string {
  return value.replace(UNREPRESENTABLE, '\uFFFD');
}

function flowElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: RootContent[],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children'] };
}

function textElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: PhrasingContent[],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}
