import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { DocumentNode, Parent, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { childrenOfType } from '../tree/walk.ts';
import { hashSourceText, normalizeSourceText } from './hash.ts';

/** Which part of a node a unit translates: its own text, its article caption, its title, or its 附則 amendment label. */
type UnitField = 'text' | 'caption' | 'title' | 'amendment';

/** One piece of source text that needs a translation, with the key it is stored under. */
export interface TranslationUnit {
  /**
   * Key in the translation file: the anchor for own text (`art-26-p1`), `anchor#caption` /
   * `anchor#title` / `anchor#amendment`, `#title` for the document title, `{tableId}-r{row}-c{col}`
   * for a table cell and `toc-{n}#title` for the n-th table-of-contents entry (both counted from 1).
   */
  key: string;
  /** anchor of the node the text belongs to (the table's for a cell, `toc` for a contents entry, '' for the document) */
  anchor: string;
  field: UnitField;
  /** type of the node the text belongs to */
  type: ParentType;
  /** the source text as parsed */
  source: string;
  /** {@link hashSourceText} of `source` */
  hash: string;
}

/** Key of the document title. */
export const DOCUMENT_TITLE_KEY = '#title';

/** Nodes whose own `text` is translated. Headings, titles and contents entries repeat their `title` as `text`. */
const TEXT_TYPES: ReadonlySet<ParentType> = new Set([
  'paragraph',
  'item',
  'subitem',
  'block',
  'listItem',
  'preamble',
]);

/** Subtrees with nothing to translate: the printed title (kept as `#title`), enactment lines, reiki trailers, page furniture. */
const SKIPPED_TYPES: ReadonlySet<ParentType> = new Set([
  'title',
  'enactment',
  'metadata',
  'history',
  'chrome',
]);

/** Key of a field of an anchored node: `art-26#caption`; own text is keyed by the bare anchor. */
function unitKey(anchor: string, field: UnitField = 'text'): string {
  return field === 'text' ? anchor : `${anchor}#${field}`;
}

/** Key of a table cell, rows and columns counted from 1 (header rows included): `art-2-p1-t1-r2-c1`. */
export function cellKey(tableId: string, row: number, column: number): string {
  return `${tableId}-r${row}-c${column}`;
}

/**
 * Every unit of a document that needs translating, in document order: the document title, own
 * text of paragraphs, items, sub-items, blocks, list items, preambles and table cells, article
 * (and supplementary paragraph) captions, titles of chapters, sections, headings, contact blocks and
 * contents entries, and 附則 amendment labels. Reiki trailers, enactment lines and page furniture
 * are not translated; units whose text is blank are left out.
 */
export function collectUnits(tree: DocumentNode): TranslationUnit[] {
  const units: TranslationUnit[] = [];
  const seen = new Set<string>();
  const add = (
    key: string,
    anchor: string,
    field: UnitField,
    type: ParentType,
    source: string | undefined,
  ) => {
    if (source === undefined || normalizeSourceText(source) === '' || seen.has(key)) return;
    seen.add(key);
    units.push({ key, anchor, field, type, source, hash: hashSourceText(source) });
  };
  add(DOCUMENT_TITLE_KEY, '', 'title', 'document', tree.title);

  visit(tree, (node) => {
    if (isLeaf(node)) return CONTINUE;
    if (SKIPPED_TYPES.has(node.type)) return SKIP;
    if (node.type === 'toc') {
      addContents(node, add);
      return SKIP;
    }
    if (node.type === 'table' && node.id) {
      addCells(node, node.id, add);
      return SKIP;
    }
    const anchor = node.id;
    if (anchor && node.type !== 'document') {
      add(unitKey(anchor, 'caption'), anchor, 'caption', node.type, node.caption);
      add(unitKey(anchor, 'title'), anchor, 'title', node.type, node.title);
      add(unitKey(anchor, 'amendment'), anchor, 'amendment', node.type, node.amendment);
      if (TEXT_TYPES.has(node.type)) add(anchor, anchor, 'text', node.type, node.text);
    }
    return CONTINUE;
  });
  return units;
}

type Add = (
  key: string,
  anchor: string,
  field: UnitField,
  type: ParentType,
  source: string | undefined,
) => void;

function addContents(toc: Parent, add: Add): void {
  const anchor = toc.id ?? 'toc';
  childrenOfType(toc, 'tocEntry').forEach((entry, index) => {
    add(`${anchor}-${index + 1}#title`, anchor, 'title', 'tocEntry', entry.title);
  });
}

function addCells(table: Parent, tableId: string, add: Add): void {
  childrenOfType(table, 'row').forEach((row, r) => {
    childrenOfType(row, 'cell').forEach((cell, c) => {
      add(cellKey(tableId, r + 1, c + 1), tableId, 'text', 'cell', cell.text);
    });
  });
}
