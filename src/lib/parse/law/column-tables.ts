import type { TableCellRange } from '../../ingest/source-data.ts';
import type { Line } from '../lines.ts';
import type { LineClass } from './classify.ts';

/** Cells of a table laid out in columns are set apart by two spaces or more, or a tab. */
const GAP = /[ ]{2,}|\t+/g;

/** A cell's columns may start one column off the header's (a 全角 character against two 半角). */
const SLACK = 1;

/** A piece of a line between gaps: its offsets in the text and its display columns. */
interface Piece {
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * Tables a PDF extraction (`pdftotext -layout`) printed in columns in a 別表: after the 別表's
 * label, a run of lines of two pieces or more set apart by wide gaps, whose first line (the
 * header) gives the columns and each of whose pieces starts under one of them. A column a row
 * leaves blank under a cell is that cell merged over the row (`rowspan`), as a category printed
 * once beside the rows it heads; a piece that runs past the next column's start spans it
 * (`colspan`). Returns the rows by line, as cells like a saved page's (`findMarkedRows`), and the
 * first line of each table.
 */
export function findColumnTables(
  lines: Line[],
  classes: LineClass[],
): { rows: Map<number, TableCellRange[]>; starts: number[] } {
  const rows = new Map<number, TableCellRange[]>();
  const starts: number[] = [];
  let table = -1;
  for (let i = 0; i < lines.length; i++) {
    if (classes[i]!.kind !== 'appendix') continue;
    let k = i + 1;
    while (k < lines.length && lines[k]!.blank) k++;
    const top = piecesOf(lines[k]);
    if (!top || top.length < 2 || classes[k]!.kind !== 'text') continue;
    const columns = top.map((p) => p.from);
    // a header of two levels: the line under the header names the parts of a heading that
    // stands over several columns (保存期間 over 起算日 and 期間), and adds their columns
    const sub = classes[k + 1]?.kind === 'text' ? piecesOf(lines[k + 1]) : undefined;
    const twoLevel =
      sub !== undefined &&
      !hasFigures(lines[k]!) &&
      !hasFigures(lines[k + 1]!) &&
      columnAt(columns, sub[0]!.from) > 0 &&
      sub.some((p) => columnAt(columns, p.from) < 0);
    if (twoLevel) {
      for (const p of sub) if (columnAt(columns, p.from) < 0) columns.push(p.from);
      columns.sort((a, b) => a - b);
    }
    const run: Piece[][] = [top];
    let j = k + 1;
    for (; j < lines.length; j++) {
      const pieces = piecesOf(lines[j]);
      if (!pieces || classes[j]!.kind !== 'text' || !pieces.every((p) => columnAt(columns, p.from) >= 0))
        break;
      run.push(pieces);
    }
    if (run.length < 2) continue;
    table--;
    starts.push(k);
    // a header names its columns; a first row of figures is the table's first row of data
    const headers = twoLevel ? 2 : hasFigures(lines[k]!) ? 0 : 1;
    for (const [r, row] of placeCells(run, columns, table, k, headers).entries()) rows.set(k + r, row);
    i = j - 1;
  }
  return { rows, starts };
}

/** The cells of each row, with the rows and columns each spans. */
function placeCells(
  run: Piece[][],
  columns: number[],
  table: number,
  firstLine: number,
  headers: number,
): TableCellRange[][] {
  // the cell that last filled each column, to lengthen when a row leaves the column blank
  const above: Array<TableCellRange | undefined> = [];
  return run.map((pieces, r) => {
    const row: TableCellRange[] = [];
    const first = columnAt(columns, pieces[0]!.from);
    const lengthened = new Set<TableCellRange>();
    for (let c = 0; c < first; c++) {
      const cell = above[c];
      if (!cell || lengthened.has(cell)) continue;
      cell.rowspan = (cell.rowspan ?? 1) + 1;
      lengthened.add(cell);
    }
    pieces.forEach((piece, n) => {
      const column = columnAt(columns, piece.from);
      const next = pieces[n + 1] ? columnAt(columns, pieces[n + 1]!.from) : columns.length;
      // a piece runs into the columns it reaches, up to the next piece's; a heading stands over
      // every column up to the next heading
      let last = column;
      while (last + 1 < next && (r < headers || columns[last + 1]! - SLACK < piece.to)) last++;
      const cell: TableCellRange = {
        start: piece.start,
        end: piece.end,
        table,
        row: firstLine + r,
        header: r < headers,
      };
      if (last > column) cell.colspan = last - column + 1;
      for (let c = column; c <= last; c++) above[c] = cell;
      row.push(cell);
    });
    return row;
  });
}

function hasFigures(line: Line): boolean {
  return /[0-9０-９]/.test(line.raw);
}

/** The column a piece starting at display column `from` is under, or -1. */
function columnAt(columns: number[], from: number): number {
  for (let c = 0; c < columns.length; c++) if (Math.abs(columns[c]! - from) <= SLACK) return c;
  return -1;
}

/** The pieces of a line between wide gaps, or undefined for a blank line. */
function piecesOf(line: Line | undefined): Piece[] | undefined {
  if (!line || line.blank) return undefined;
  const raw = line.raw.trimEnd();
  // a row of a printed table is a line of a page: a longer line is prose (and measuring its
  // pieces from the margin would cost its length squared)
  if (raw.length > MAX_ROW) return undefined;
  const pieces: Piece[] = [];
  let at = line.indent;
  const push = (end: number) => {
    if (end > at)
      pieces.push({
        start: line.start + at,
        end: line.start + end,
        from: width(raw, at),
        to: width(raw, end),
      });
  };
  for (const gap of raw.matchAll(GAP)) {
    if (gap.index < at) continue;
    push(gap.index);
    at = gap.index + gap[0].length;
  }
  push(raw.length);
  return pieces;
}

/** The longest line read as a row of a table in columns. */
const MAX_ROW = 400;

/** Display columns up to `end`: East Asian wide characters count two. */
function width(text: string, end: number): number {
  let w = 0;
  for (let i = 0; i < end; i++)
    w +=
      text.charCodeAt(i) >= 0x1100 && !(text.charCodeAt(i) >= 0xff61 && text.charCodeAt(i) <= 0xff9f) ? 2 : 1;
  return w;
}
