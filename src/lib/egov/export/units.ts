import { appendAll } from '../../arrays.ts';
import { containerLevelOf, egovSubitem, isContainerType, LEVELS } from '../../tree/levels.ts';
import type { Node, Parent } from '../../tree/types.ts';
import { isLeaf } from '../../tree/types.ts';
import { el, elOf, type XmlOut } from '../xml.ts';

/** Content a paragraph collects before it is written, so its children come in schema order. */
interface ParagraphSlots {
  tables: XmlOut[];
  items: XmlOut[];
  lists: XmlOut[];
}

/**
 * Writes tree units as e-Gov elements. Text the schema has no place for where it stands (a
 * block after a list, an unplaced line in a chapter) is kept as a `List` of the nearest
 * paragraph before it, or of the next one when none came before: nothing is dropped.
 */
export class UnitWriter {
  private readonly slots = new Map<XmlOut, ParagraphSlots>();
  private lastParagraph: XmlOut | undefined;
  private pending: XmlOut[] = [];

  constructor(readonly lang: 'ja' | 'en') {}

  /**
   * Part, Chapter, Section, Subsection or Division with its title and contents. The schema wants
   * an article in every division, so one with none left (第三章　削除 after its articles went)
   * cannot be written as a division: its heading is kept as a `List`, as other text without a
   * place is, and nothing is returned.
   */
  container(node: Parent, index: number): XmlOut | undefined {
    if (!holdsArticle(node)) {
      this.orphan(node);
      return undefined;
    }
    const { egov } = containerLevelOf(node.type)!;
    const out = el(egov.element, {
      Num: numAttribute(node.num, index),
      Delete: node.deleted ? 'true' : undefined,
    });
    out.children!.push(el(egov.title, {}, headingText(node)));
    let articles = 0;
    let containers = 0;
    for (const child of parents(node)) {
      if (child.type === 'article') out.children!.push(this.article(child, articles++));
      else if (isContainerType(child.type)) pushWritten(out, this.container(child, containers++));
      else this.orphan(child);
    }
    return out;
  }

  /** Article: caption, title (第N条), paragraphs; an article without paragraphs gets one from its text. */
  article(node: Parent, index: number): XmlOut {
    const num = numAttribute(node.num, index);
    const out = el('Article', {
      Num: node.through ? `${num}:${node.through}` : num,
      Delete: node.deleted && !node.children.some((c) => !isLeaf(c)) ? 'true' : undefined,
    });
    if (node.caption) out.children!.push(el('ArticleCaption', {}, `（${node.caption}）`));
    out.children!.push(el('ArticleTitle', {}, node.label?.trim() || `第${num.replace(/_/g, 'の')}条`));
    const paragraphs = parents(node).filter((child) => child.type === 'paragraph');
    if (paragraphs.length === 0) {
      const text = ownText(node) || (node.deleted ? '削除' : '');
      out.children!.push(this.paragraph({ type: 'paragraph', num: '1', text, children: [] }, 0));
    }
    let count = 0;
    for (const child of parents(node)) {
      if (child.type === 'paragraph') out.children!.push(this.paragraph(child, count++));
      else this.orphan(child);
    }
    return out;
  }

  /** Paragraph: caption, number (empty for the first), sentences, then tables, items, lists. */
  paragraph(node: Parent, index: number, caption = node.caption ? `（${node.caption}）` : undefined): XmlOut {
    const num = /^[1-9][0-9]*$/.test(node.num ?? '') ? node.num! : String(index + 1);
    const out = el('Paragraph', { Num: num });
    if (caption) out.children!.push(el('ParagraphCaption', {}, caption));
    out.children!.push(el('ParagraphNum', {}, ...(node.label?.trim() ? [node.label.trim()] : [])));
    out.children!.push(elOf('ParagraphSentence', {}, this.sentences(ownText(node))));
    const slots: ParagraphSlots = { tables: [], items: [], lists: this.pending };
    this.pending = [];
    this.slots.set(out, slots);
    this.lastParagraph = out;
    let items = 0;
    for (const child of parents(node)) {
      if (child.type === 'item' || child.type === 'subitem' || child.type === 'listItem')
        slots.items.push(this.item(child, 0, items++));
      else if (child.type === 'table') appendAll(slots.tables, this.table(child));
      else if (child.type === 'list')
        for (const entry of parents(child)) slots.items.push(this.item(entry, 0, items++));
      else appendAll(slots.lists, this.lists(child));
    }
    return out;
  }

  /** Item (level 0) or Subitem{level}: title, sentences, then nested sub-items, tables, lists. */
  item(node: Parent, level: number, index: number): XmlOut {
    const name = level === 0 ? LEVELS.item.egov.element : egovSubitem(Math.min(level, 10));
    const out = el(name, {
      Num: numAttribute(node.num, index),
      Delete: node.deleted ? 'true' : undefined,
    });
    if (node.label?.trim()) out.children!.push(el(`${name}Title`, {}, node.label.trim()));
    out.children!.push(elOf(`${name}Sentence`, {}, this.sentences(ownText(node))));
    // the schema puts sub-items before the tables and lists of an item
    const subitems: XmlOut[] = [];
    const after: XmlOut[] = [];
    let count = 0;
    for (const child of parents(node)) {
      if (child.type === 'subitem' || child.type === 'item' || child.type === 'listItem')
        subitems.push(this.item(child, Math.min(level + 1, 10), count++));
      else if (child.type === 'list')
        for (const entry of parents(child)) subitems.push(this.item(entry, Math.min(level + 1, 10), count++));
      else if (child.type === 'table') appendAll(after, this.table(child));
      else appendAll(after, this.lists(child));
    }
    if (level === 10) after.unshift(...subitems.flatMap(listsOfSubitem));
    else appendAll(out.children!, subitems);
    appendAll(out.children!, after);
    return out;
  }

  /** TableStruct/Table: leading header rows as TableHeaderRow (when body rows follow), the rest as TableRow. */
  table(node: Parent): XmlOut[] {
    const rows = parents(node)
      .filter((child) => child.type === 'row')
      .map((row) => ({
        header: row.header === true,
        cells: parents(row).filter((child) => child.type === 'cell'),
      }))
      .filter((row) => row.cells.length > 0);
    if (rows.length === 0) return [];
    // TableHeaderColumn has no spans: header rows with a merged cell are written as TableRow,
    // as e-Gov writes most header rows
    const spans = (cell: Parent) => cell.rowspan !== undefined || cell.colspan !== undefined;
    const firstBody = rows.findIndex((row) => !row.header || row.cells.some(spans));
    const table = el('Table');
    rows.forEach((row, index) => {
      if (index < firstBody) {
        table.children!.push(
          el('TableHeaderRow', {}, ...row.cells.map((cell) => el('TableHeaderColumn', {}, ownText(cell)))),
        );
      } else {
        table.children!.push(
          el(
            'TableRow',
            {},
            ...row.cells.map((cell) =>
              elOf(
                'TableColumn',
                { rowspan: cell.rowspan?.toString(), colspan: cell.colspan?.toString() },
                this.sentences(ownText(cell)),
              ),
            ),
          ),
        );
      }
    });
    return [el('TableStruct', {}, table)];
  }

  /** Text the schema has no unit for, as a `List` per line of text. */
  lists(node: Node): XmlOut[] {
    return textLines(node).map((line) => el('List', {}, elOf('ListSentence', {}, this.sentences(line))));
  }

  /** Keep text that has no place here with the nearest paragraph. */
  orphan(node: Parent): void {
    if (node.type === 'table') {
      const tables = this.table(node);
      if (this.lastParagraph) appendAll(this.slots.get(this.lastParagraph)!.tables, tables);
      return;
    }
    const lists = this.lists(node);
    if (this.lastParagraph) appendAll(this.slots.get(this.lastParagraph)!.lists, lists);
    else appendAll(this.pending, lists);
  }

  /** True when lists wait for a paragraph (none came after them): the next paragraph takes them. */
  hasPending(): boolean {
    return this.pending.length > 0;
  }

  /**
   * Put every paragraph's collected children in schema order. Call once, before serializing.
   * The schema allows a `List` in a paragraph only after its items: with items, they come first
   * and tables and lists follow; without any, each kept line becomes an `Item` without a title
   * (the list entry it reads as), after the tables.
   */
  finish(): void {
    for (const [paragraph, slots] of this.slots) {
      if (slots.lists.length === 0) paragraph.children!.push(...slots.tables, ...slots.items);
      else if (slots.items.length > 0)
        paragraph.children!.push(...slots.items, ...slots.tables, ...slots.lists);
      else paragraph.children!.push(...slots.tables, ...slots.lists.map(listAsItem));
    }
    this.slots.clear();
  }

  /**
   * Sentence elements of a unit's text. Japanese text is split after 。 outside brackets, and a
   * sentence starting ただし is the proviso of the one before (Function="main"/"proviso").
   */
  sentences(text: string): XmlOut[] {
    const parts = this.lang === 'ja' ? splitSentences(text) : [text.trim()].filter(Boolean);
    if (parts.length === 0) return [el('Sentence', { Num: '1' })];
    const proviso = parts.length === 2 && parts[1]!.startsWith('ただし');
    return parts.map((part, i) =>
      el(
        'Sentence',
        { Num: String(i + 1), Function: proviso ? (i === 0 ? 'main' : 'proviso') : undefined },
        part,
      ),
    );
  }
}

/** A kept line (`List`) as an untitled `Item` holding its sentences, numbered by the caller's order. */
function listAsItem(list: XmlOut, index: number): XmlOut {
  const sentence = list.children!.find((child) => typeof child !== 'string' && child.name === 'ListSentence');
  const sentences = typeof sentence === 'object' ? sentence.children! : [];
  return el('Item', { Num: String(index + 1) }, el('ItemSentence', {}, ...sentences));
}

/** Subitem10 cannot nest: deeper entries are kept as `List`s of their lines (title and sentences). */
function listsOfSubitem(subitem: XmlOut): XmlOut[] {
  const text = (node: XmlOut | string): string =>
    typeof node === 'string' ? node : (node.children ?? []).map(text).join('');
  const children = (subitem.children ?? []).filter((child): child is XmlOut => typeof child !== 'string');
  const title = children.find((child) => child.name.endsWith('Title'));
  const sentence = children.find((child) => child.name.endsWith('Sentence'));
  const line = [title ? text(title) : '', sentence ? text(sentence) : ''].filter(Boolean).join('\u3000');
  const own = el('List', {}, el('ListSentence', {}, el('Sentence', { Num: '1' }, line)));
  const rest = children.filter((child) => child !== title && child !== sentence);
  return [
    own,
    ...rest.flatMap((child) => (child.name.startsWith('Subitem') ? listsOfSubitem(child) : [child])),
  ];
}

/** Split Japanese text into sentences after 。 at bracket depth 0. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('（(「『［'.includes(c)) depth++;
    else if ('）)」』］'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((part) => part.trim()).filter((part) => part !== '');
}

/** Structural children of a node. */
function holdsArticle(node: Parent): boolean {
  return parents(node).some(
    (child) => child.type === 'article' || (isContainerType(child.type) && holdsArticle(child)),
  );
}

/** Appends what a writer returned, when it wrote anything. */
export function pushWritten(out: XmlOut, written: XmlOut | undefined): void {
  if (written) out.children!.push(written);
}

export function parents(node: Parent): Parent[] {
  return node.children.filter((child): child is Parent => !isLeaf(child));
}

/** A positive Num attribute: the unit's number, or its position. */
function numAttribute(num: string | undefined, index: number): string {
  return num && /^[0-9]+(?:_[0-9]+)*(?::[0-9]+(?:_[0-9]+)*)?$/.test(num) ? num : String(index + 1);
}

/** A unit's own sentence text: `text`, or its text leaves when the parser set none. */
export function ownText(node: Parent): string {
  if (node.text !== undefined) return node.text;
  return node.children
    .filter(isLeaf)
    .filter((leaf) => leaf.type === 'text')
    .map((leaf) => leaf.value)
    .join('')
    .trim();
}

/** The printed heading line of a container or appendix: its leaves before the first line break. */
export function headingText(node: Parent): string {
  const leaves: string[] = [];
  for (const child of node.children) {
    if (!isLeaf(child)) break;
    if (child.type === 'break' && /[\r\n]/.test(child.value)) {
      if (leaves.join('').trim() !== '') break;
      continue;
    }
    if (child.type !== 'chrome') leaves.push(child.value);
  }
  const printed = leaves
    .join('')
    .replace(/\s+/g, (space) => (space.includes('\u3000') ? '\u3000' : ' '))
    .trim();
  if (printed !== '') return printed;
  return [node.label, node.title].filter(Boolean).join('\u3000');
}

/** Every line of text in a node (its own and its descendants'), for content kept as lists. */
export function textLines(node: Node): string[] {
  if (isLeaf(node)) return node.type === 'text' || node.type === 'unparsed' ? splitLines(node.value) : [];
  if (node.type === 'chrome' || node.type === 'metadata') return [];
  const own = node.text !== undefined ? splitLines(node.text) : [];
  const label = node.label?.trim();
  if (own.length > 0 && label) own[0] = `${label}${' '}${own[0]}`;
  const children = node.children.flatMap((child) =>
    isLeaf(child) ? (node.text === undefined ? textLines(child) : []) : textLines(child),
  );
  return [...own, ...children];
}

function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
