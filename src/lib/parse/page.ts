import type { TableCellRange } from '../ingest/source-data.ts';
import { isJsWhitespace } from '../text/chars.ts';
import type { ChromeKind, DocumentNode, Parent } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';
import { chromeKindOf, chromeRangeKind, isContactHeading, startsSurvey } from './chrome.ts';
import { parseContact } from './contact.ts';
import { readDate } from './dates.ts';
import { type FlatLine, planFlattenedTables, type TablePlan } from './flattened-table.ts';
import type { Line } from './lines.ts';
import { findMarkedRows } from './marked-tables.ts';

type LineKind = 'chrome' | 'heading' | 'list' | 'table' | 'contact' | 'text';

interface Classified {
  line: Line;
  kind: LineKind;
  chrome?: ChromeKind;
  /** list marker length and style */
  marker?: { length: number; ordered: boolean };
  /** table lines: how the line's tokens fall into rows and cells (both may span lines) */
  table?: TableLine;
  /** first line of a table whose rows were inferred: how they were (for the diagnostic) */
  inferredRows?: string;
  /** a row of figures that does not fit the table's columns: why (for the diagnostic) */
  misfit?: string;
  /** a row of a table the saved page marked up: that table's number on the page */
  markedTable?: number;
}

interface TableLine {
  /** the line starts a row (else it continues the row of the line before) */
  rowStarts: boolean;
  header: boolean;
  /** per whitespace-separated token: whether it starts a cell, and that cell's spans */
  tokens: TableToken[];
  /** the cell of the line's last token goes on in the next line of the table */
  continues: boolean;
}

interface TableToken {
  cellStarts: boolean;
  colspan: number | undefined;
  rowspan: number | undefined;
}

/** A token the table's plan did not place: it starts a cell of its own. */
const STARTS_CELL: TableToken = Object.freeze({ cellStarts: true, colspan: undefined, rowspan: undefined });

const RANK = {
  title: 1,
  heading: 2,
  contact: 2,
  block: 40,
  list: 40,
  listItem: 41,
  table: 40,
  row: 41,
  cell: 42,
};

const ORDERED_ITEM = /^(\d{1,3}[.)．）]|[（(]\d{1,3}[)）]|[\u2460-\u2473])\s*/;
const BULLET_ITEM = /^([•・●○◆◇■□▪‣\-*※])\s*/;

/**
 * Parses a web page or an overview text: headings inferred from short unpunctuated lines, lists,
 * flattened tables, a contact block parsed into data, and page chrome classified (not dropped).
 */
export function parsePageBody(b: TreeBuilder, root: DocumentNode, lines: Line[]): void {
  const classified = classify(b, root, lines);
  const depths = headingDepths(classified);
  let list: Parent | undefined;
  let table: Parent | undefined;
  /** the page's number of the marked-up table `table` is, if it is one */
  let tableNumber: number | undefined;
  let row: Parent | undefined;
  let cell: Parent | undefined;
  let contact: Parent | undefined;
  let contactLines: string[] = [];
  // each block's lines, parsed into its data once the page is read: parsing the lines so far at
  // every line made a long contact block quadratic
  const contactBlocks: Array<[Parent, string[]]> = [];
  let headingCount = 0;

  for (let i = 0; i < classified.length; i++) {
    const entry = classified[i]!;
    const { line } = entry;
    if (line.blank) {
      b.leaf('break', line.start, line.eolEnd);
      continue;
    }
    const at = line.start + line.indent;
    const end = line.start + line.raw.trimEnd().length;
    if (entry.kind !== 'list') list = undefined;
    if (entry.kind !== 'table' && table) {
      // what follows a table (page chrome, a heading) is not in its last row
      const open = b.stack.indexOf(table);
      if (open > 0) b.closeTo(b.stack[open - 1]!);
      table = undefined;
    }

    switch (entry.kind) {
      case 'chrome': {
        contact = undefined;
        const updated = entry.chrome === 'updated' ? readDate(line.raw) : undefined;
        if (updated) root.data = { ...(root.data ?? {}), updated };
        b.leaf('break', line.start, at);
        b.leaf('chrome', at, line.end, b.current, entry.chrome ?? 'other');
        break;
      }
      case 'heading': {
        contact = undefined;
        headingCount++;
        const isTitle = headingCount === 1 && !root.title;
        const depth = isTitle ? 1 : (depths.get(i) ?? 2);
        const node: Parent = { type: isTitle ? 'title' : 'heading', children: [], depth };
        b.closeRank(isTitle ? RANK.title : depth);
        b.open(node, isTitle ? RANK.title : depth);
        node.title = b.source.slice(at, end);
        if (isTitle) {
          root.title = node.title;
          b.closeTo(b.root);
        }
        b.leaf('break', line.start, at, node);
        b.leaf('text', at, line.end, node);
        break;
      }
      case 'contact': {
        if (!contact) {
          b.closeRank(RANK.contact);
          contact = b.open({ type: 'contact', children: [] }, RANK.contact);
          contactLines = [];
          contactBlocks.push([contact, contactLines]);
          contact.title = b.source.slice(at, end);
          // set now, in the key order of the tree's JSON; the lines after the title replace it at the end
          contact.contact = parseContact([]);
          b.leaf('break', line.start, at, contact);
          b.leaf('marker', at, line.end, contact);
        } else {
          b.closeTo(contact);
          const block = b.open({ type: 'block', children: [] }, RANK.block);
          b.leaf('break', line.start, at, block);
          b.leaf('text', at, line.end, block);
          b.closeTo(contact);
        }
        contactLines.push(b.source.slice(at, end));
        break;
      }
      case 'list': {
        const holder = b.nearest('heading', 'contact') ?? b.root;
        if (!list || !b.stack.includes(list)) {
          b.closeTo(holder);
          list = b.open({ type: 'list', children: [], ordered: entry.marker?.ordered ?? false }, RANK.list);
        }
        b.closeTo(list);
        const item = b.open({ type: 'listItem', children: [] }, RANK.listItem);
        const markerEnd = at + (entry.marker?.length ?? 0);
        b.leaf('break', line.start, at, item);
        b.leaf('marker', at, markerEnd, item);
        item.label = b.source.slice(at, markerEnd).trim();
        b.leaf('text', markerEnd, line.end, item);
        break;
      }
      case 'table': {
        if (!table || !b.stack.includes(table) || entry.markedTable !== tableNumber) {
          b.closeTo(b.nearest('heading') ?? b.root);
          table = b.open({ type: 'table', children: [] }, RANK.table);
          tableNumber = entry.markedTable;
        }
        if (entry.markedTable === undefined && table.children.length === 0) {
          b.message(
            'Unexpected table flattened into lines, expected rows of cells; kept as one cell per line',
            'flattened-table',
            line.start,
            line.end,
            'info',
          );
          if (entry.inferredRows)
            b.message(
              `Unexpected table cells one per line, expected rows of cells; read as rows: ${entry.inferredRows}`,
              'inferred-table-rows',
              line.start,
              line.end,
              'info',
            );
        }
        if (entry.misfit)
          b.message(
            `Unexpected ${entry.misfit}, expected a figure under each header; kept as printed in one cell`,
            'table-row-misfit',
            line.start,
            line.end,
            'warning',
          );
        const layout = entry.table!;
        if (layout.rowStarts || !row || !b.stack.includes(row)) {
          b.closeTo(table);
          const node: Parent = { type: 'row', children: [] };
          if (layout.header) node.header = true;
          row = b.open(node, RANK.row);
        }
        // tokens of one cell on one line (a row of figures kept as printed) stay one text
        const pieces: {
          start: number;
          end: number;
          cellStarts: boolean;
          colspan: number | undefined;
          rowspan: number | undefined;
        }[] = [];
        // the line's tokens (runs of what \s does not match), by char code: matchAll made a
        // match object and a string per token, the hottest line of page parsing
        const raw = line.raw;
        for (let i = 0, k = 0; i < raw.length; k++) {
          while (i < raw.length && isJsWhitespace(raw.charCodeAt(i))) i++;
          if (i >= raw.length) break;
          const start = line.start + i;
          while (i < raw.length && !isJsWhitespace(raw.charCodeAt(i))) i++;
          const end = line.start + i;
          const token = layout.tokens[k] ?? STARTS_CELL;
          if (k > 0 && !token.cellStarts) pieces[pieces.length - 1]!.end = end;
          // fields named, not spread: spreading tokens of several shapes went through the
          // runtime's slow object clone, the hottest line of parsing a page with tables
          else
            pieces.push({
              start,
              end,
              cellStarts: token.cellStarts,
              colspan: token.colspan,
              rowspan: token.rowspan,
            });
        }
        let cursor = line.start;
        for (const piece of pieces) {
          if (piece.cellStarts || !cell || !b.stack.includes(cell)) {
            b.closeTo(row);
            // in the key order of the tree's JSON, without spreading an object per field
            const node: Parent = { type: 'cell', children: [] };
            if (layout.header) node.header = true;
            if (piece.colspan) node.colspan = piece.colspan;
            if (piece.rowspan) node.rowspan = piece.rowspan;
            cell = b.open(node, RANK.cell);
          } else b.closeTo(cell);
          b.leaf('break', cursor, piece.start, cell);
          b.leaf('text', piece.start, piece.end, cell);
          cursor = piece.end;
        }
        // a cell broken over lines (<br> in the page) keeps the line ends between its pieces
        const holder = layout.continues && cell && b.stack.includes(cell) ? cell : row;
        b.closeTo(holder);
        b.leaf('break', cursor, line.end, holder);
        break;
      }
      default: {
        const holder = b.nearest('heading') ?? b.root;
        b.closeTo(holder);
        const block = b.open({ type: 'block', children: [] }, RANK.block);
        b.leaf('break', line.start, at, block);
        b.leaf('text', at, line.end, block);
      }
    }
    b.leaf('break', line.end, line.eolEnd);
  }
  for (const [node, blockLines] of contactBlocks)
    if (blockLines.length > 1) node.contact = parseContact(blockLines.slice(1));
}

/** Decides what each line is, looking at its neighbours where one line alone cannot tell. */
function classify(b: TreeBuilder, root: DocumentNode, lines: Line[]): Classified[] {
  const out: Classified[] = lines.map((line) => ({ line, kind: 'text' as LineKind }));
  const content = out.filter((c) => !c.line.blank);
  let inSurvey = false;
  let inContact = false;
  for (let k = 0; k < content.length; k++) {
    const entry = content[k]!;
    const body = entry.line.raw.trim();
    if (isContactHeading(body)) {
      inContact = true;
      inSurvey = false;
      entry.kind = 'contact';
      continue;
    }
    const ranged = chromeRangeKind(b, entry.line);
    const chrome = ranged ?? chromeKindOf(body);
    if (startsSurvey(body)) inSurvey = true;
    if (chrome || inSurvey) {
      entry.kind = 'chrome';
      entry.chrome = chrome ?? 'survey';
      inContact = false;
      continue;
    }
    if (inContact) {
      entry.kind = 'contact';
      continue;
    }
    const ordered = ORDERED_ITEM.exec(body);
    const bullet = BULLET_ITEM.exec(body);
    if ((ordered || bullet) && body.length > (ordered ?? bullet)![0].length) {
      entry.kind = 'list';
      entry.marker = { length: (ordered ?? bullet)![0].length, ordered: Boolean(ordered) };
    }
  }
  markMarkedTables(content, findMarkedRows(lines, b.file.data.tableCells));
  markTables(content);
  for (let k = 0; k < content.length; k++) {
    const entry = content[k]!;
    if (entry.kind !== 'text') continue;
    let next: Classified | undefined;
    for (let m = k + 1; m < content.length && !next; m++)
      if (content[m]!.kind !== 'chrome') next = content[m];
    if (looksLikeHeading(entry.line.raw.trim(), root.lang) && next !== undefined) entry.kind = 'heading';
  }
  return out;
}

/**
 * Rows of the tables a saved page marked up (`findMarkedRows`) are tables as the page has them:
 * each line a row, each cell with its spans, no inference.
 */
function markMarkedTables(content: Classified[], rows: ReadonlyMap<number, TableCellRange[]>): void {
  if (rows.size === 0) return;
  for (const entry of content) {
    const cells = rows.get(entry.line.index);
    if (!cells || entry.kind === 'chrome' || entry.kind === 'contact') continue;
    const { line } = entry;
    const tokens: TableToken[] = [];
    // the line's tokens as the row builder splits them; a token at a cell's first character
    // starts that cell
    let next = 0;
    for (let i = 0; i < line.raw.length; ) {
      while (i < line.raw.length && isJsWhitespace(line.raw.charCodeAt(i))) i++;
      if (i >= line.raw.length) break;
      const at = line.start + i;
      while (next < cells.length && cells[next]!.start < at) next++;
      const cell = cells[next];
      tokens.push(
        cell && cell.start === at
          ? { cellStarts: true, colspan: cell.colspan, rowspan: cell.rowspan }
          : { cellStarts: false, colspan: undefined, rowspan: undefined },
      );
      while (i < line.raw.length && !isJsWhitespace(line.raw.charCodeAt(i))) i++;
    }
    entry.kind = 'table';
    entry.markedTable = cells[0]!.table;
    entry.table = { rowStarts: true, header: cells.every((c) => c.header), tokens, continues: false };
  }
}

/**
 * Runs of four or more tiny lines are a table an extraction flattened (one cell per line); which
 * lines make one row is read from the run as a whole (flattened-table.ts).
 */
function markTables(content: Classified[]): void {
  const isCellLine = (c: Classified) => {
    if (c.kind !== 'text') return false;
    const body = c.line.raw.trim();
    // the length first: splitting every line of prose into words was most of reading a page
    if (body.length > 40) return false;
    return body.split(/\s+/).every((t) => t.length <= 6 && !/[。、，．.:：!?「」]/.test(t));
  };
  const runs: Classified[][] = [];
  for (let k = 0; k < content.length; ) {
    let j = k;
    while (j < content.length && isCellLine(content[j]!)) j++;
    if (j - k >= 4) runs.push(content.slice(k, j));
    k = Math.max(j, k + 1);
  }
  const tokensOf = (c: Classified): FlatLine => ({ cells: c.line.raw.trim().split(/\s+/) });
  const plans = planFlattenedTables(runs.map((run) => run.map(tokensOf)));
  runs.forEach((run, r) => {
    applyPlan(run, plans[r]!);
  });
}

/** Marks each line of a run with the rows and cells the plan put its tokens in. */
function applyPlan(run: Classified[], plan: TablePlan): void {
  for (const c of run) {
    c.kind = 'table';
    c.table = { rowStarts: false, header: false, tokens: [], continues: false };
  }
  for (const row of plan.rows)
    row.cells.forEach((cell, n) => {
      cell.tokens.forEach((at, t) => {
        const line = run[at.line]!.table!;
        if (n === 0 && t === 0) line.rowStarts = true;
        line.header = row.header;
        line.tokens[at.token] = {
          cellStarts: t === 0,
          colspan: cell.colspan || undefined,
          rowspan: cell.rowspan || undefined,
        };
        const next = cell.tokens[t + 1];
        if (next && next.line !== at.line) line.continues = true;
      });
    });
  if (plan.inferred) run[0]!.inferredRows = plan.inferred;
  for (const misfit of plan.misfits ?? []) run[misfit.line]!.misfit = misfit.reason;
}

/** Short lines without closing punctuation read as headings on pages. */
function looksLikeHeading(body: string, lang: 'ja' | 'en'): boolean {
  if (!body || /^[\d\s.,:-]+$/.test(body)) return false;
  if (lang === 'en') {
    const words = body.split(/\s+/).length;
    return body.length <= 70 && words <= 9 && !/[.:;,]$/.test(body) && /^[A-Z"“]/.test(body);
  }
  return [...body].length <= 32 && !/[。．.、，,:：!！)）]$/.test(body) && !/^[(（]/.test(body);
}

/**
 * Heading levels: a heading directly followed by another heading opens a group (level 2) and
 * the headings under it are level 3, until the next such group heading.
 */
function headingDepths(classified: Classified[]): Map<number, number> {
  const depths = new Map<number, number>();
  const indices = classified
    .map((c, i) => (c.line.blank || c.kind === 'chrome' ? -1 : i))
    .filter((i) => i >= 0);
  let grouped = false;
  let first = true;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    if (classified[i]!.kind !== 'heading') continue;
    if (first) {
      first = false;
      continue;
    }
    const next = indices[k + 1];
    const nextIsHeading = next !== undefined && classified[next]!.kind === 'heading';
    if (nextIsHeading) {
      depths.set(i, 2);
      grouped = true;
    } else depths.set(i, grouped ? 3 : 2);
  }
  return depths;
}
