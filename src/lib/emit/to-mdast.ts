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
/** Containers whose leading leaves are their heading line (第1章　総則, 附　則, page headings). */
const HEADED: ReadonlySet<string> = new Set([
  'part',
  'chapter',
  'section',
  'subsection',
  'division',
  'supplement',
  'appendix',
  'heading',
]);
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
/** Units whose leading run may hold a caption line ((目的), 第１条（適用関係）): up to it, their heading. */
const CAPTIONED: ReadonlySet<ParentType> = new Set(['article', 'paragraph']);
/** Top heading level inside a document body: the page title is the only h1. */
const BODY_LEVEL = 2;

/** Attribute values written as JSX strings; anything else becomes a JS string literal expression. */
const PLAIN_ATTRIBUTE = /^[^&"\p{Cc}\p{Cs}\u2028\u2029]*$/u;
const WHITESPACE = /^\s*$/;
const LINE_ENDING = /[\r\n]/;
/** Japanese characters: kanji, kana, CJK and full-width punctuation and forms. */
const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\u30fc\uff01-\uff60\uffe0-\uffe6]/u;
/** Characters no MDX text can hold: markdown turns U+0000 into U+FFFD, files cannot store lone surrogates. */
const UNREPRESENTABLE = /\0|\p{Cs}/gu;

interface Context {
  /** level a heading at this position takes */
  level: number;
}

/**
 * Build the MDX syntax tree of a document: one flow element per structural node, with the
 * source text as text nodes (escaped when serialized) and the node's data as attributes.
 *
 * Breaks are layout: between blocks they are left to the MDX; inside a run of text they stay as
 * whitespace, except a line wrap between two Japanese characters in running text, which is dropped.
 * Line-structured units (enactment, contact, metadata, cells …) keep their line breaks.
 */
export function buildMdast(doc: DocumentNode): Root {
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
    children: [flowElement(PARENT_COMPONENTS.document, attributes, emitChildren(doc, { level: BODY_LEVEL }))],
  };
}

function emitParent(node: Parent, context: Context): RootContent[] {
  const headed = HEADED.has(node.type) && node.children.some(isLeaf);
  const inner = headed ? { level: context.level + 1 } : context;
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
      const end = first.findIndex((leaf) => leaf.type === 'break' && LINE_ENDING.test(leaf.value));
      out.push(...headRun(end === -1 ? first : first.slice(0, end), headLevel));
      if (end !== -1) out.push(...plainRun(first.slice(end), false));
      return;
    }
    if (leading && CAPTIONED.has(node.type)) {
      const end = leaves.findLastIndex((leaf) => leaf.type === 'caption') + 1;
      out.push(...headRun(leaves.slice(0, end), context.level));
      leaves = leaves.slice(end);
    }
    // 第1条 opens the line of its first paragraph, as printed.
    if (leading && node.type === 'article' && next?.type === 'paragraph') carry = leaves;
    else out.push(...plainRun(leaves, PROSE.has(node.type)));
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
    out.push(...emitParent(target, context));
  }
  flush();
  return out;
}

function headRun(run: Leaf[], level: number): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run), false);
  if (phrasing.length === 0) return [];
  return [paragraph([textElement(HEAD_COMPONENT, [attribute('level', String(level))], phrasing)])];
}

function plainRun(run: Leaf[], prose: boolean): RootContent[] {
  const phrasing = toPhrasing(trimLeaves(run), prose);
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

/**
 * Leaves as phrasing content: text and the breaks between leaves merge into one text node, as
 * markdown would read them back. In `prose`, a line break between two Japanese characters was a
 * line wrap of the source (PDF, fixed-width text) and is dropped: browsers would show a space.
 */
function toPhrasing(leaves: Leaf[], prose: boolean): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let pending = '';
  const appendText = (value: string) => {
    const last = out.at(-1);
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  for (const leaf of leaves) {
    const value = representable(leaf.value);
    // An empty leaf holds no source text; as an empty element it would read back as a block.
    if (value === '') continue;
    // Whitespace in an element of its own would make the line read as a block of tags.
    if (leaf.type === 'break' || isBlank(leaf)) {
      pending += value;
      continue;
    }
    if (pending !== '' && !(prose && isLineWrap(pending, lastCharacter(out), value))) appendText(pending);
    pending = '';
    if (leaf.type === 'text') appendText(value);
    else {
      const attributes = leaf.kind === undefined ? [] : [attribute('kind', leaf.kind)];
      out.push(textElement(LEAF_COMPONENTS[leaf.type], attributes, [{ type: 'text', value }]));
    }
  }
  if (pending !== '') appendText(pending);
  return out;
}

function isLineWrap(whitespace: string, before: string, after: string): boolean {
  return LINE_ENDING.test(whitespace) && WIDE.test(before) && WIDE.test([...after][0] ?? '');
}

function lastCharacter(phrasing: PhrasingContent[]): string {
  const last = phrasing.at(-1);
  if (last === undefined) return '';
  const value = last.type === 'text' ? last.value : 'children' in last ? textOf(last.children.at(-1)) : '';
  return [...value].at(-1) ?? '';
}

function textOf(node: PhrasingContent | undefined): string {
  return node?.type === 'text' ? node.value : '';
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
