import type { TableCellRange } from '../../ingest/source-data.ts';
import { LEVELS } from '../../tree/levels.ts';
import type { ChromeKind, DocumentNode, Parent, ParentType } from '../../tree/types.ts';
import type { TreeBuilder } from '../builder.ts';
import { isHeaderLine } from '../dates.ts';
import type { Line } from '../lines.ts';
import type { MarkerFamily } from '../markers.ts';
import type { CellRun } from './cell-lines.ts';
import type { LineClass } from './classify.ts';

/**
 * Depth ranks: a node closes every open node of equal or greater rank. The structural levels
 * take theirs from the registry; the title, 附則 and 別表 stand at the top, and tables and
 * unmarked blocks inside the smallest unit.
 */
export const RANK = {
  top: LEVELS.supplement.rank,
  part: LEVELS.part.rank,
  chapter: LEVELS.chapter.rank,
  section: LEVELS.section.rank,
  subsection: LEVELS.subsection.rank,
  division: LEVELS.division.rank,
  article: LEVELS.article.rank,
  paragraph: LEVELS.paragraph.rank,
  item: LEVELS.item.rank,
  subitem: LEVELS.subitem.rank,
  inner: 40,
} as const;

/** What the children of a list-holding unit look like so far. */
interface ListState {
  family: MarkerFamily;
  order: 'aiueo' | 'iroha';
  last: number;
}

interface TableState {
  table: Parent;
  row: Parent | undefined;
  cell: Parent | undefined;
  /** index of the active cell in the row */
  column: number;
  pipes: boolean;
  header: string;
}

/** A caption (one line, or several when a web page broke it at a link) waiting for its unit. */
interface PendingCaption {
  lines: Line[];
  caption: string;
  /**
   * line ends and blank lines after the caption, placed with it; with a kind, a page's
   * furniture (a page number, a running header) printed between the caption and its article
   */
  breaks: Array<[number, number, ChromeKind?]>;
}

/**
 * Everything the rules share while a law is read line by line. The rules are small functions
 * over this state (as mdast-util-from-markdown's handlers are over its context); nothing else
 * is mutable.
 */
export interface LawState {
  readonly b: TreeBuilder;
  readonly root: DocumentNode;
  readonly lines: Line[];
  /** what each line says by itself (`classifyLine`), read once before the rules run */
  readonly classes: LineClass[];
  /** width at which a PDF extraction wrapped its lines */
  readonly wrapWidth: number | undefined;
  /** labels stand alone on their lines, as in laws copied from a web page */
  readonly labelsAlone: boolean;
  /** line indexes [start, end) of a table of contents found by its content */
  readonly toc: { start: number; end: number; inferred: boolean } | undefined;
  /** per line: 1 when the next article or 附則 line after it is an article */
  readonly articleAhead: Uint8Array;
  /**
   * a law of paragraphs only (a short ordinance, a 告示: 1/2/3 and 附則, no 第N条): the line
   * its provisions start at, whose paragraphs hang under the document itself
   */
  readonly paragraphsFrom: number | undefined;
  /** 別表 tables printed one cell a line, by the line of their first cell (`findCellRuns`) */
  readonly cellRuns: ReadonlyMap<number, CellRun>;
  /** rows of the tables a saved page marked up, by line (`findMarkedRows`) */
  readonly markedRows: ReadonlyMap<number, TableCellRange[]>;
  /** the marked-up table being read: its number on the page and its node */
  markedTable: { number: number; node: Parent } | undefined;
  /** the cell-a-line table being rebuilt: its run and the cells placed so far */
  cellRun: { run: CellRun; placed: number } | undefined;
  readonly lists: WeakMap<Parent, ListState>;
  mode: 'head' | 'toc' | 'body' | 'trailer';
  supplementCount: number;
  appendixCount: number;
  /** highest main number of the articles of the current provision */
  lastArticle: number;
  table: TableState | undefined;
  history: Parent | undefined;
  metadata: Parent | undefined;
  classificationNext: boolean;
  pendingCaption: PendingCaption | undefined;
  /** the unit that received the last line of text, for continuations */
  lastTextUnit: Parent | undefined;
  /** the line whose text went to `lastTextUnit` */
  lastTextLine: Line | undefined;
  /** parentheses the text of `lastTextUnit` leaves open (a sentence broken inside them goes on) */
  openParens: number;
  /** a unit opened by a label standing alone: the next text line is its sentence */
  awaiting: Parent | undefined;
  prevLine: Line | undefined;
}

export function createState(
  b: TreeBuilder,
  root: DocumentNode,
  lines: Line[],
  classes: LineClass[],
  analysis: Pick<
    LawState,
    'wrapWidth' | 'labelsAlone' | 'toc' | 'articleAhead' | 'paragraphsFrom' | 'cellRuns' | 'markedRows'
  >,
): LawState {
  return {
    b,
    root,
    lines,
    classes,
    ...analysis,
    lists: new WeakMap(),
    mode: 'head',
    supplementCount: 0,
    appendixCount: 0,
    lastArticle: 0,
    table: undefined,
    cellRun: undefined,
    markedTable: undefined,
    history: undefined,
    metadata: undefined,
    classificationNext: false,
    pendingCaption: undefined,
    lastTextUnit: undefined,
    lastTextLine: undefined,
    openParens: 0,
    awaiting: undefined,
    prevLine: undefined,
  };
}

export function openUnit(s: LawState, type: ParentType, rank: number, parent: Parent | undefined): Parent {
  const node: Parent = { type, children: [] };
  if (parent) s.b.openUnder(parent, node, rank);
  else s.b.open(node, rank);
  return node;
}

/** The innermost paragraph/item/sub-item that is open. */
export function currentUnit(s: LawState): Parent | undefined {
  return s.b.nearest('subitem', 'item', 'paragraph');
}

/**
 * The unit paragraphs hang under: the open article or 附則, or in a law of paragraphs only
 * the document itself, from its provisions' first line until a 附則 or 別表 opens.
 */
export function paragraphHolder(s: LawState): Parent | undefined {
  const holder = s.b.nearest('article', 'supplement');
  if (holder) return holder;
  if (s.paragraphsFrom === undefined || s.mode !== 'body') return undefined;
  if (s.supplementCount > 0 || s.appendixCount > 0 || s.b.nearest('appendix', 'metadata')) return undefined;
  return s.root;
}

/** The paragraph text goes to, creating the unnumbered first paragraph of an article. */
export function ensureParagraph(s: LawState): Parent | undefined {
  const unit = currentUnit(s);
  if (unit) return unit;
  const holder = paragraphHolder(s);
  if (!holder) return undefined;
  if (holder.children.some((c) => c.type === 'paragraph')) return undefined;
  const p = openUnit(s, 'paragraph', RANK.paragraph, holder);
  p.num = '1';
  if (s.awaiting === holder) s.awaiting = p;
  return p;
}

/**
 * A PDF line that reached the wrap width: the next line continues its sentence. A law's number
 * or date line is a header however wide it runs (…最終改正：…), never a sentence to go on.
 */
export function isFull(s: LawState, line: Line | undefined): boolean {
  return (
    s.wrapWidth !== undefined &&
    line !== undefined &&
    line.width >= s.wrapWidth - 10 &&
    !/。\s*$/.test(line.raw) &&
    !isHeaderLine(line.norm.slice(line.indent))
  );
}

/**
 * A PDF line that ran to the very wrap width and ended a sentence there (…しなければならない。 /
 * ただし、…): the sentence's unit goes on when the next line opens nothing of its own, as a
 * new unit in a law always does (a label, a caption).
 */
export function isFullAtSentenceEnd(s: LawState, line: Line | undefined, next: LineClass): boolean {
  return (
    s.wrapWidth !== undefined &&
    line !== undefined &&
    next.kind === 'text' &&
    line.width >= s.wrapWidth - 1 &&
    /。\s*$/.test(line.raw) &&
    !isHeaderLine(line.norm.slice(line.indent))
  );
}

/** Records that a line's text went to a unit. */
export function textPlaced(s: LawState, unit: Parent | undefined, line: Line): void {
  const depth = unit && unit === s.lastTextUnit ? s.openParens : 0;
  s.openParens = unit ? parenDepth(line.norm, depth) : 0;
  s.lastTextUnit = unit;
  s.lastTextLine = unit ? line : undefined;
}

/** Parentheses open after `text`, starting from `depth` open ones. */
export function parenDepth(text: string, depth = 0): number {
  let open = depth;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open;
}
