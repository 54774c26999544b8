import type { TableCellRange } from '../../../ingest/source-data.ts';
import type { Parent } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import { currentUnit, ensureParagraph, type LawState, RANK, textPlaced } from '../state.ts';

/**
 * Places a row of a table the saved page marked up (or a PDF laid out in columns): the table
 * opens in the 別表 (or the unit) it is printed in, each line a row, each cell with the rows and
 * columns it was merged over (`colspan`, `rowspan`), a row of 見出し cells a header row (and its
 * cells header cells). The white space between cells stays in the tree as breaks, so every
 * character is kept.
 */
export function markedTableRow(s: LawState, line: Line, cells: TableCellRange[]): void {
  const { b } = s;
  const table = openTable(s, cells[0]!.table);
  b.closeTo(table);
  const row = b.open({ type: 'row', children: [] }, RANK.inner + 1);
  const header = cells.every((c) => c.header);
  if (header) row.header = true;
  let cursor = line.start;
  let last: Parent | undefined;
  for (const range of cells) {
    b.closeTo(row);
    const cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
    // a header row's cells head their columns (the page shows them as th scope=col)
    if (header) cell.header = true;
    if (range.colspan) cell.colspan = range.colspan;
    if (range.rowspan) cell.rowspan = range.rowspan;
    b.leaf('break', cursor, range.start, cell);
    b.leaf('text', range.start, range.end, cell);
    cursor = range.end;
    last = cell;
  }
  b.leaf('break', cursor, line.end, last);
  s.table = undefined;
  s.awaiting = undefined;
  textPlaced(s, last, line);
}

/** The open table of that number, or a new one in the 別表 or unit being read. */
function openTable(s: LawState, number: number): Parent {
  const { b } = s;
  const open = s.markedTable;
  if (open && open.number === number && b.stack.includes(open.node)) return open.node;
  const appendix = b.nearest('appendix');
  b.closeTo(appendix ?? currentUnit(s) ?? ensureParagraph(s) ?? b.current);
  const node = b.open({ type: 'table', children: [] }, RANK.inner);
  s.markedTable = { number, node };
  return node;
}
