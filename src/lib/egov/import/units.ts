import { appendAll } from '../../arrays.ts';
import {
  CONTAINER_COUNTERS,
  type ContainerLevel,
  containerOfElement,
  egovSubitem,
  LEVELS,
} from '../../tree/levels.ts';
import type { Node, Parent } from '../../tree/types.ts';
import { childrenOfType } from '../../tree/walk.ts';
import { childElement, childElements, type XmlElement } from '../xml.ts';
import type { ImportContext } from './context.ts';
import { flattenLines, inlineText } from './flatten.ts';

/** A printed container label: 第一章, 第四章の二, 第2節. */
const CONTAINER_LABEL = new RegExp(
  `^第[^\\s\\u3000]+?[${CONTAINER_COUNTERS}](?:の[^\\s\\u3000]+?)*(?=[\\s\\u3000]|$)`,
);
/** Elements kept as text-only blocks, with what they are. */
const BLOCK_ELEMENTS = new Set([
  'AmendProvision',
  'Class',
  'List',
  'FigStruct',
  'StyleStruct',
  'NoteStruct',
  'FormatStruct',
  'Remarks',
  'SupplNote',
  'ArithFormula',
  'QuoteStruct',
]);

/** Where units are: anchor prefixes for articles (`suppl-2-`) and for the current container. */
interface Scope {
  /** prefix of article anchors: '' in the main provision, `suppl-2-` in a supplement */
  articles: string;
  /** anchor of the enclosing container, for section anchors (ch-3 → ch-3-sec-1) */
  parent: string;
}

/**
 * Read the children of a provision or container (Part … Division, Article, Paragraph) into
 * tree nodes. Elements the tree has no unit for keep their text as blocks.
 */
export function readUnits(ctx: ImportContext, elements: XmlElement[], scope: Scope): Node[] {
  const out: Node[] = [];
  let blocks = 0;
  for (const element of elements) {
    const container = containerOfElement(element.name);
    if (container) out.push(readContainer(ctx, element, container, scope));
    else if (element.name === LEVELS.article.egov.element) out.push(readArticle(ctx, element, scope));
    else if (element.name === LEVELS.paragraph.egov.element)
      out.push(
        readParagraph(ctx, element, `${scope.parent ? `${scope.parent}-` : ''}${LEVELS.paragraph.anchor}`),
      );
    else if (element.name.endsWith('Title') || element.name === 'SupplProvisionLabel') continue;
    else {
      if (!BLOCK_ELEMENTS.has(element.name)) {
        ctx.warn(
          `Unexpected <${element.name}> here, kept its text as a block`,
          'unexpected-element',
          element,
          'info',
        );
      }
      out.push(readBlock(ctx, element, `${scope.parent || 'main'}-b${++blocks}`));
    }
  }
  return out;
}

function readContainer(
  ctx: ImportContext,
  element: XmlElement,
  container: ContainerLevel,
  scope: Scope,
): Parent {
  const num = element.attributes.Num ?? '';
  const base =
    container.type === 'part' || container.type === 'chapter' ? scope.articles : `${scope.parent}-`;
  const id = `${base}${container.anchor}${num}`;
  const node = ctx.node<Parent>({ type: container.type, id, num, children: [] }, element);
  if (element.attributes.Delete === 'true') node.deleted = true;
  const titleElement = childElement(element, container.egov.title);
  if (titleElement) {
    const title = inlineText(titleElement);
    const label = CONTAINER_LABEL.exec(title)?.[0];
    if (label) {
      node.label = label;
      node.children.push(ctx.leaf('marker', label, titleElement));
      const rest = title.slice(label.length);
      if (rest !== '') node.children.push(ctx.leaf('text', rest, titleElement));
      if (rest.trim() !== '') node.title = rest.trim();
    } else {
      node.children.push(ctx.leaf('text', title, titleElement));
      if (title.trim() !== '') node.title = title.trim();
    }
    node.children.push(ctx.lineBreak());
  }
  appendAll(node.children, readUnits(ctx, childElements(element), { articles: scope.articles, parent: id }));
  return node;
}

/** An article: caption line, 第N条, then its paragraphs (the first on the article's line). */
function readArticle(ctx: ImportContext, element: XmlElement, scope: Scope): Parent {
  const [num = '', through] = (element.attributes.Num ?? '').split(':');
  const id = `${scope.articles}${LEVELS.article.anchor}${num}`;
  const node = ctx.node<Parent>({ type: 'article', id, num, children: [] }, element);
  if (through) node.through = through;
  const caption = childElement(element, 'ArticleCaption');
  if (caption) {
    node.children.push(ctx.textLeaf('caption', caption), ctx.lineBreak());
    node.caption = stripParentheses(inlineText(caption));
  }
  const title = childElement(element, 'ArticleTitle');
  if (title) {
    node.label = inlineText(title);
    node.children.push(ctx.textLeaf('marker', title), ctx.gap());
  }
  let blocks = 0;
  for (const child of childElements(element)) {
    if (child.name === LEVELS.paragraph.egov.element)
      node.children.push(readParagraph(ctx, child, `${id}-${LEVELS.paragraph.anchor}`));
    else if (child.name === 'SupplNote') node.children.push(readBlock(ctx, child, `${id}-b${++blocks}`));
  }
  if (element.attributes.Delete === 'true' || ownText(node) === '削除') node.deleted = true;
  return node;
}

/** A paragraph: caption, number, sentences, then tables, items and text blocks. */
export function readParagraph(ctx: ImportContext, element: XmlElement, prefix: string): Parent {
  const num = element.attributes.Num ?? '1';
  const id = `${prefix}${num}`;
  const node = ctx.node<Parent>({ type: 'paragraph', id, num, children: [] }, element);
  const caption = childElement(element, 'ParagraphCaption');
  if (caption) {
    node.children.push(ctx.textLeaf('caption', caption), ctx.lineBreak());
    node.caption = stripParentheses(inlineText(caption));
  }
  const number = childElement(element, 'ParagraphNum');
  const label = number ? inlineText(number) : '';
  if (number && label.trim() !== '') {
    node.label = label;
    node.children.push(ctx.textLeaf('marker', number), ctx.gap());
  }
  readSentences(ctx, node, childElement(element, 'ParagraphSentence'));
  readChildren(ctx, node, element, 'Item');
  return node;
}

/** An item (号) or sub-item (イ, (1) …): label, sentences, nested sub-items, tables and lists. */
export function readItem(ctx: ImportContext, element: XmlElement, prefix: string, level: number): Parent {
  const unit = level === 0 ? LEVELS.item : LEVELS.subitem;
  const name = level === 0 ? unit.egov.element : egovSubitem(level);
  const num = element.attributes.Num ?? '';
  const id = `${prefix}-${unit.anchor}${num}`;
  const node = ctx.node<Parent>({ type: unit.type, id, num, children: [] }, element);
  const title = childElement(element, `${name}Title`);
  if (title && inlineText(title).trim() !== '') {
    node.label = inlineText(title);
    node.children.push(ctx.textLeaf('marker', title), ctx.gap());
  }
  readSentences(ctx, node, childElement(element, `${name}Sentence`));
  if (element.attributes.Delete === 'true' || node.text === '削除') node.deleted = true;
  readChildren(ctx, node, element, egovSubitem(level + 1), level + 1);
  return node;
}

/** Children after a unit's sentences: sub-units, tables, and other content kept as blocks. */
function readChildren(ctx: ImportContext, node: Parent, element: XmlElement, unit: string, level = 0): void {
  let tables = 0;
  let blocks = 0;
  const id = node.id!;
  for (const child of childElements(element)) {
    if (child.name === unit) node.children.push(readItem(ctx, child, id, level));
    else if (child.name === 'TableStruct')
      appendAll(node.children, readTableStruct(ctx, child, `${id}-t${++tables}`));
    else if (BLOCK_ELEMENTS.has(child.name)) node.children.push(readBlock(ctx, child, `${id}-b${++blocks}`));
  }
}

/**
 * The sentences of a unit (`ParagraphSentence`, `ItemSentence` …): one text leaf per sentence,
 * columns separated by the label gap, and the unit's `text`.
 */
function readSentences(ctx: ImportContext, node: Parent, element: XmlElement | undefined): void {
  if (!element) return;
  const parts: string[] = [];
  let previous: string | undefined;
  for (const child of childElements(element)) {
    const join = child.name === 'Column' || previous === 'Column' ? ctx.separator : ctx.sentenceJoin;
    if (parts.length > 0 && join !== '') node.children.push({ type: 'break', value: join });
    if (child.name === 'Sentence') {
      node.children.push(ctx.textLeaf('text', child));
      parts.push(join, inlineText(child));
    } else {
      const text = flattenLines(child, ctx.separator, ctx.sentenceJoin).join(ctx.separator);
      node.children.push(ctx.leaf('text', text, child));
      parts.push(join, text);
    }
    previous = child.name;
  }
  node.text = parts.slice(1).join('');
  node.children.push(ctx.lineBreak());
}

/** A table with its title and remarks as blocks beside it (a table holds only rows). */
export function readTableStruct(ctx: ImportContext, element: XmlElement, id: string): Parent[] {
  const out: Parent[] = [];
  let blocks = 0;
  for (const child of childElements(element)) {
    if (child.name === 'Table') out.push(readTable(ctx, child, id));
    else out.push(readBlock(ctx, child, `${id}-b${++blocks}`));
  }
  return out;
}

function readTable(ctx: ImportContext, element: XmlElement, id: string): Parent {
  const table = ctx.node<Parent>({ type: 'table', id, children: [] }, element);
  for (const rowElement of childElements(element)) {
    const row = ctx.node<Parent>({ type: 'row', children: [] }, rowElement);
    if (rowElement.name === 'TableHeaderRow') row.header = true;
    for (const cellElement of childElements(rowElement)) {
      const cell = ctx.node<Parent>({ type: 'cell', children: [] }, cellElement);
      // a cell merged over rows or columns keeps its spans (別表 of many national laws)
      for (const span of ['rowspan', 'colspan'] as const) {
        const count = Number.parseInt(cellElement.attributes[span] ?? '', 10);
        if (count > 1) cell[span] = count;
      }
      const lines = flattenLines(cellElement, ctx.separator, ctx.sentenceJoin);
      lines.forEach((line, index) => {
        if (index > 0) cell.children.push(ctx.lineBreak());
        cell.children.push(ctx.leaf('text', line, cellElement));
      });
      cell.text = lines.join('\n');
      row.children.push(cell);
    }
    table.children.push(row);
  }
  return table;
}

/** Content the tree has no unit for (lists, remarks, amendments, figures): its lines as text. */
export function readBlock(ctx: ImportContext, element: XmlElement, id: string): Parent {
  const block = ctx.node<Parent>({ type: 'block', id, children: [], data: { egov: element.name } }, element);
  const label = childElement(element, 'RemarksLabel');
  if (label && inlineText(label).trim() !== '') block.label = inlineText(label).trim();
  const lines = flattenLines(element, ctx.separator, ctx.sentenceJoin);
  lines.forEach((line, index) => {
    if (index > 0) block.children.push(ctx.lineBreak());
    block.children.push(ctx.leaf('text', line, element));
  });
  block.children.push(ctx.lineBreak());
  block.text = lines.join('\n');
  return block;
}

/** The text of a unit's own sentences (without sub-units). */
function ownText(node: Parent): string {
  return childrenOfType(node, 'paragraph')
    .map((paragraph) => paragraph.text ?? '')
    .join('');
}

/** （目的） → 目的. */
export function stripParentheses(caption: string): string {
  return caption.trim().replace(/^[（(]([\s\S]*)[）)]$/, '$1');
}
