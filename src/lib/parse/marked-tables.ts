import type { TableCellRange } from '../ingest/source-data.ts';
import type { Line } from './lines.ts';

/**
 * The rows of the tables a saved page marked up (`file.data.tableCells`), by the line each
 * prints on: a line whose visible text is all cells of one table of two columns or more. A
 * table of one column is a page's layout box more often than a table, and is read as text.
 */
export function findMarkedRows(
  lines: Line[],
  cells: readonly TableCellRange[] | undefined,
): ReadonlyMap<number, TableCellRange[]> {
  const rows = new Map<number, TableCellRange[]>();
  if (!cells?.length) return rows;
  const columns = new Map<number, number>();
  const perRow = new Map<number, number>();
  for (const cell of cells) {
    const width = (perRow.get(cell.row) ?? 0) + (cell.colspan ?? 1);
    perRow.set(cell.row, width);
    columns.set(cell.table, Math.max(columns.get(cell.table) ?? 0, width));
  }
  let k = 0;
  for (const line of lines) {
    if (line.blank) continue;
    while (k < cells.length && cells[k]!.end <= line.start) k++;
    const on: TableCellRange[] = [];
    for (let j = k; j < cells.length && cells[j]!.start < line.end; j++) on.push(cells[j]!);
    if (on.length === 0 || (columns.get(on[0]!.table) ?? 0) < 2) continue;
    if (on.some((c) => c.table !== on[0]!.table || c.row !== on[0]!.row || c.end > line.end)) continue;
    // nothing but white space between and around the cells
    let cursor = line.start;
    let bare = true;
    for (const cell of on) {
      if (line.raw.slice(cursor - line.start, cell.start - line.start).trim()) bare = false;
      cursor = cell.end;
    }
    if (bare && !line.raw.slice(cursor - line.start).trim()) rows.set(line.index, on);
  }
  return rows;
}
