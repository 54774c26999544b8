import { is, type Parent } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import type { CellRun } from '../cell-lines.ts';
import { currentUnit, ensureParagraph, type LawState, RANK, textPlaced } from '../state.ts';

/** Opens a table in the current unit: pipe tables (a | b) or term/definition tables. */
export function startTable(s: LawState, line: Line, pipes: boolean): void {
  const { b } = s;
  const holder = currentUnit(s) ?? ensureParagraph(s) ?? b.current;
  b.closeTo(holder);
  const node = b.open({ type: 'table', children: [] }, RANK.inner);
  s.table = { table: node, row: undefined, cell: undefined, column: 0, pipes, header: line.norm.trim() };
}

export function addRow(s: LawState, line: Line, cellRanges: Array<[number, number]>, header: boolean): void {
  const { b, table } = s;
  if (!table) return;
  b.closeTo(table.table);
  const row = b.open({ type: 'row', children: [] }, RANK.inner + 1);
  if (header) row.header = true;
  let cursor = line.start;
  table.row = row;
  table.cell = undefined;
  cellRanges.forEach(([start, end], i) => {
    b.closeTo(row);
    const cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
    b.leaf('break', cursor, start, cell);
    b.leaf('text', start, end, cell);
    cursor = end;
    table.cell = cell;
    table.column = i;
  });
  if (table.cell) b.leaf('break', cursor, line.end, table.cell);
  textPlaced(s, table.cell, line);
}

function addToCell(s: LawState, line: Line, column: number): void {
  const { b, table } = s;
  if (!table?.row) return;
  let cell: Parent | undefined = table.row.children.filter((c) => is(c, 'cell'))[column];
  b.closeTo(table.row);
  if (!cell) cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
  else b.stack.push(cell);
  b.leaf('break', line.start, line.start + line.indent, cell);
  b.leaf('text', line.start + line.indent, line.end, cell);
  table.cell = cell;
  table.column = column;
  textPlaced(s, cell, line);
}

/** Splits a table line into cells at runs of whitespace (two-column tables split once). */
export function splitCells(line: Line, max: number): Array<[number, number]> {
  const text = line.norm.trimEnd();
  const parts: Array<[number, number]> = [];
  for (const m of text.matchAll(/\S+/g)) parts.push([m.index, m.index + m[0].length]);
  if (parts.length === 0) return [];
  if (parts.length <= max) return parts.map(([start, end]) => [line.start + start, line.start + end]);
  const head = parts
    .slice(0, max - 1)
    .map(([start, end]) => [line.start + start, line.start + end] as [number, number]);
  head.push([line.start + parts[max - 1]![0], line.start + parts[parts.length - 1]![1]]);
  return head;
}

/** Adds a line to the open table; false when the line does not belong to it. */
export function tableLine(s: LawState, line: Line): boolean {
  const { table } = s;
  if (!table) return false;
  const body = line.body;
  if (table.pipes) {
    if (!body.includes('|')) return false;
    const ranges: Array<[number, number]> = [];
    let from = line.start + line.indent;
    for (const part of body.split('|')) {
      const lead = part.length - part.trimStart().length;
      const start = from + lead;
      const end = from + part.trimEnd().length;
      if (end > start) ranges.push([start, end]);
      from += part.length + 1;
    }
    addRow(s, line, ranges, false);
    return true;
  }
  // term/definition and item/purpose tables: a key cell, then the rest of the line
  const columns = 2;
  if (body === table.header) {
    addRow(s, line, splitCells(line, columns), true);
    return true;
  }
  const circled = /^[\u2460-\u2473\u3251-\u325f]/.test(body);
  const cells = splitCells(line, columns);
  const splitsBeforeCircled = /^\S+\s+[\u2460-\u2473]/.test(body);
  const rowHasRight = (table.row?.children.filter((c) => c.type === 'cell').length ?? 0) >= 2;
  if (circled) {
    addToCell(s, line, Math.max(1, table.column));
    return true;
  }
  if (
    cells.length >= 2 &&
    (rowHasRight || !table.row || table.row.header) &&
    (!table.row || table.row.header || rowHasRight || splitsBeforeCircled)
  ) {
    addRow(s, line, cells, false);
    return true;
  }
  if (!table.row || table.row.header) {
    addRow(s, line, [[line.start + line.indent, line.start + line.indent + body.length]], false);
    return true;
  }
  addToCell(s, line, table.column);
  return true;
}

/** A short line of 2–4 unpunctuated words inside an article: the header row of a table. */
export function looksLikeTableHeader(s: LawState, line: Line): boolean {
  // a label standing alone awaits its sentence, however short (道路管理者　道路法 / …)
  if (s.awaiting) return false;
  const body = line.norm.slice(line.indent).trim();
  const tokens = body.split(/\s+/);
  return (
    tokens.length >= 2 &&
    tokens.length <= 4 &&
    tokens.every((t) => t.length <= 8 && !/[、。,.:;()「」]/.test(t) && !/^\d+$/.test(t)) &&
    s.b.nearest('article') !== undefined
  );
}

/**
 * Places a line of a 別表 printed one cell a line (`findCellRuns`): the first line opens the
 * table, every `columns` lines a row (the first the header), each line one cell. False when the
 * line is not in the run being rebuilt.
 */
export function cellLine(s: LawState, index: number, line: Line): boolean {
  const { b } = s;
  const starting = s.cellRuns.get(index);
  if (starting) {
    b.closeTo(b.nearest('appendix') ?? b.current);
    b.open({ type: 'table', children: [] }, RANK.inner);
    s.table = undefined;
    s.cellRun = { run: starting, placed: 0 };
    tableStarted(s, starting, line);
  }
  const open = s.cellRun;
  if (!open || index >= open.run.end) {
    s.cellRun = undefined;
    return false;
  }
  const table = b.nearest('table');
  if (!table) return false;
  const at = line.start + line.indent;
  if (open.placed % open.run.columns === 0) {
    b.closeTo(table);
    const row = b.open({ type: 'row', children: [] }, RANK.inner + 1);
    if (open.placed === 0) row.header = true;
  }
  b.closeTo(b.nearest('row')!);
  const cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
  b.leaf('break', line.start, at, cell);
  b.leaf('text', at, line.end, cell);
  open.placed++;
  textPlaced(s, cell, line);
  s.awaiting = undefined;
  if (index === open.run.end - 1) s.cellRun = undefined;
  return true;
}

function tableStarted(s: LawState, run: CellRun, line: Line): void {
  s.b.message(
    `Table printed one cell a line, each row ending with an amount: rebuilt as rows of ${run.columns} cells`,
    'cell-per-line-table',
    line.start + line.indent,
    s.lines[run.end - 1]!.end,
    'info',
  );
}
