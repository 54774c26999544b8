import { childrenOf, type Element, HTML_NAMESPACE, isElement, type ParentNode } from './html-dom.ts';

/** Content no data cell holds: a cell around it is a column of the page's layout. */
const PAGE_CONTENT = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'form', 'nav']);
/** Blocks a data cell holds a few of (a line or two of a 別表 cell), a page column many. */
const PARAGRAPHS = new Set(['p', 'div', 'section', 'article', 'blockquote', 'center']);
/** More paragraphs than this in one cell: the cell is a page column. */
const MAX_CELL_PARAGRAPHS = 3;

/**
 * A table cell used to lay out the page (older 例規集 and city pages put the side menu and the
 * whole text into the cells of one table) rather than to hold a datum: it holds another table,
 * headings, lists or a form, or more paragraphs than a table's cell does. Its content is read
 * as blocks, not squeezed onto its row's line.
 */
export function isLayoutCell(cell: Element): boolean {
  let paragraphs = 0;
  const stack: ParentNode[] = [cell];
  while (stack.length) {
    for (const child of childrenOf(stack.pop()!)) {
      if (!isElement(child) || child.namespaceURI !== HTML_NAMESPACE) continue;
      if (PAGE_CONTENT.has(child.tagName)) return true;
      if (PARAGRAPHS.has(child.tagName) && ++paragraphs > MAX_CELL_PARAGRAPHS) return true;
      stack.push(child);
    }
  }
  return false;
}
