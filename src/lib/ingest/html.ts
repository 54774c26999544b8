import { parse, parseFragment } from 'parse5';
import type { ChromeKind } from '../tree/types.ts';
import { type ChromeScope, classifyElement, isSectioning } from './html-chrome.ts';
import {
  type ChildNode,
  childrenOf,
  type Element,
  getAttribute,
  HTML_NAMESPACE,
  isElement,
  type ParentNode,
} from './html-dom.ts';
import { isLayoutCell } from './html-layout-cell.ts';
import { formatListMarker, type ListState, startList } from './html-lists.ts';
import { TextSink } from './html-text-sink.ts';
import type { ChromeRange, TableCellRange } from './source-data.ts';

/** Text extracted from an HTML page, with its furniture. */
interface ExtractedHtml {
  /** the page as plain text lines: blocks separated by a blank line, list items and table rows by a line break */
  text: string;
  /** furniture in `text` (navigation, breadcrumbs, share buttons, surveys, scripts …), sorted, non-overlapping */
  chrome: ChromeRange[];
  /** the cells of its tables in `text`, with their rows and spans */
  tableCells: TableCellRange[];
}

/** Blocks separated from their neighbours by a blank line. */
const BLOCKS: ReadonlySet<string> = wordSet(`
  address article aside blockquote body center details dialog dir div dl fieldset figcaption figure
  footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend main nav p search section summary table title
`);
/** Blocks that only start a new line: consecutive ones stay on consecutive lines, as in the seeds. */
const LINES = new Set(['tr', 'dt', 'dd', 'caption', 'option', 'optgroup']);
/** Whitespace is kept as written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'textarea', 'xmp']);
/** Raw text shown as code, never as page text. */
const RAW_TEXT = new Set(['script', 'style']);

interface Context extends ChromeScope {
  kind: ChromeKind | undefined;
  pre: boolean;
  /** inside a table cell: line breaks become single spaces, so a row stays on one line */
  cell: boolean;
  list: ListState | undefined;
  listDepth: number;
  /** inside <noframes> content already read as markup: a nested one stays text */
  noframes: boolean;
}

/**
 * Turn a saved 例規集 page or city web page into plain text lines that keep its structure.
 *
 * Pure text extraction (parse5, no script runs). Headings and paragraphs become blocks separated by
 * a blank line; list items get the marker a browser shows ("  1. ", "  • "); table cells are joined
 * by one space, one row per line; entities are decoded. Nothing shown is dropped: scripts, styles,
 * navigation, breadcrumbs, share buttons and survey forms are kept and reported in `chrome`.
 */
export function extractHtml(html: string): ExtractedHtml {
  // scriptingEnabled: false parses <noscript> content as markup, the way a reader without scripts sees it
  const document = parse(html, { scriptingEnabled: false });
  const sink = new TextSink();
  const context: Context = {
    kind: undefined,
    pre: false,
    cell: false,
    list: undefined,
    listDepth: 0,
    sectioning: false,
    noframes: false,
  };
  walkChildren(document, context, sink);
  return sink.finish();
}

function walkChildren(parent: ParentNode, context: Context, sink: TextSink): void {
  for (const child of childrenOf(parent)) walkNode(child, context, sink);
}

function walkNode(node: ChildNode, context: Context, sink: TextSink): void {
  if (isElement(node)) walkElement(node, context, sink);
  else if (node.nodeName === '#text' && 'value' in node) writeText(node.value, context, sink);
}

function writeText(value: string, context: Context, sink: TextSink): void {
  if (context.pre) {
    sink.write(value, context.kind);
    return;
  }
  // words between runs of collapsible white space (an empty first or last word when the text
  // starts or ends with white space), scanned by char code: a split and a match per text node
  // made two arrays of strings
  const length = value.length;
  let at = 0;
  while (at < length && !isHtmlSpace(value.charCodeAt(at))) at++;
  sink.write(value.slice(0, at), context.kind);
  while (at < length) {
    let segmentBreak = false;
    for (let c = value.charCodeAt(at); at < length && isHtmlSpace(c); c = value.charCodeAt(++at))
      if (c === LF || c === CR) segmentBreak = true;
    const start = at;
    while (at < length && !isHtmlSpace(value.charCodeAt(at))) at++;
    sink.whitespace(segmentBreak);
    sink.write(value.slice(start, at), context.kind);
  }
}

const LF = 0x0a;
const CR = 0x0d;

/** HTML's collapsible white space: space, tab, LF, FF, CR (not U+00A0 or U+3000, which are shown). */
function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === LF || c === 0x0c || c === CR;
}

/** How an element lays out its content; elements absent from LAYOUT are inline. */
type Layout = 'raw' | 'list' | 'pre' | 'line' | 'block';

const LAYOUT: ReadonlyMap<string, Layout> = new Map<string, Layout>([
  ...[...BLOCKS].map((tag): [string, Layout] => [tag, 'block']),
  ...[...LINES].map((tag): [string, Layout] => [tag, 'line']),
  ...[...PREFORMATTED].map((tag): [string, Layout] => [tag, 'pre']),
  ...['ul', 'ol', 'menu', 'dir'].map((tag): [string, Layout] => [tag, 'list']),
  ...[...RAW_TEXT].map((tag): [string, Layout] => [tag, 'raw']),
]);

/** Line breaks before or after a block; inside a table cell, a separator keeps the row on one line. */
function breakAround(context: Context, sink: TextSink, count: 1 | 2): void {
  if (context.cell) sink.separator();
  else sink.lineBreak(count);
}

function walkElement(element: Element, parent: Context, sink: TextSink): void {
  const tag = element.namespaceURI === HTML_NAMESPACE ? element.tagName : '';
  const kind = classifyElement(element, parent) ?? parent.kind;
  const sectioning = parent.sectioning || isSectioning(element);
  // most elements change neither: their children share the parent's context (never changed in place)
  const context: Context =
    kind === parent.kind && sectioning === parent.sectioning ? parent : { ...parent, kind, sectioning };
  // inside a list, blocks start a new line but keep the items on consecutive lines
  const block = parent.listDepth > 0 ? 1 : 2;
  // one map lookup per element (it used to be a closure and up to four set lookups)
  const layout = LAYOUT.get(tag);

  if (tag === 'noframes' && !context.noframes) {
    // parse5 keeps <noframes> as raw text, but a saved frameset page (例規Web and other framed
    // 例規集) shows it as the page to a reader without frames: its markup is read as the page's,
    // once (a <noframes> inside stays text, so nesting cannot recurse)
    const markup = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
    breakAround(context, sink, block);
    walkChildren(parseFragment(markup), { ...context, noframes: true }, sink);
    breakAround(context, sink, block);
  } else if (layout === 'raw') {
    breakAround(context, sink, block);
    const code = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
    sink.write(code.trim(), context.kind);
    breakAround(context, sink, block);
  } else if (tag === 'br') {
    if (context.cell) sink.separator();
    else sink.hardBreak();
  } else if (tag === 'img' || (tag === 'input' && getAttribute(element, 'type') === 'image')) {
    writeText(getAttribute(element, 'alt') ?? '', { ...context, kind: context.kind ?? 'image' }, sink);
  } else if (layout === 'list') {
    breakAround(context, sink, block);
    walkChildren(element, { ...context, list: startList(element), listDepth: parent.listDepth + 1 }, sink);
    breakAround(context, sink, block);
  } else if (tag === 'li') {
    breakAround(context, sink, 1);
    sink.setPrefix(
      formatListMarker(context.list, element, context.cell ? 0 : context.listDepth),
      context.kind,
    );
    walkChildren(element, context, sink);
    sink.clearPrefix();
  } else if ((tag === 'td' || tag === 'th') && !context.cell && isLayoutCell(element)) {
    // a column of the page's layout: its paragraphs and tables are blocks of the page
    sink.lineBreak(2);
    walkChildren(element, context, sink);
    sink.lineBreak(2);
  } else if (tag === 'td' || tag === 'th') {
    sink.separator();
    // a table inside a cell is read as part of that cell's text
    if (!context.cell) sink.startCell(cellPlace(element, tag === 'th', sink));
    walkChildren(element, { ...context, cell: true }, sink);
    if (!context.cell) sink.endCell();
  } else if (layout === 'pre') {
    breakAround(context, sink, block);
    walkChildren(element, { ...context, pre: !context.cell }, sink);
    breakAround(context, sink, block);
  } else if (layout === 'line') {
    breakAround(context, sink, 1);
    walkChildren(element, context, sink);
    breakAround(context, sink, 1);
  } else if (layout === 'block') {
    breakAround(context, sink, block);
    walkChildren(element, context, sink);
    breakAround(context, sink, block);
  } else {
    walkChildren(element, context, sink);
  }
}

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** The table and row a cell is in (numbered in print order), whether it heads, and its spans. */
function cellPlace(cell: Element, th: boolean, sink: TextSink): Omit<TableCellRange, 'start' | 'end'> {
  let row: Element | undefined;
  let table: Element | undefined;
  let header = th;
  for (let node = cell.parentNode; node && 'tagName' in node; node = node.parentNode) {
    if (node.tagName === 'tr') row ??= node;
    else if (node.tagName === 'thead') header = true;
    else if (node.tagName === 'table') {
      table = node;
      break;
    }
  }
  const place = sink.placeOf(table ?? cell, row ?? cell);
  const span = (name: string) => {
    const value = Number.parseInt(getAttribute(cell, name) ?? '', 10);
    return value > 1 ? { [name]: Math.min(value, 1000) } : {};
  };
  return { ...place, header, ...span('colspan'), ...span('rowspan') };
}
