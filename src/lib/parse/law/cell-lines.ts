import type { Line } from '../lines.ts';
import type { LineClass } from './classify.ts';

/** A 別表 whose table a copy printed one cell a line: where its cells run and how many a row has. */
export interface CellRun {
  /** line index of the first cell (the header row's first) */
  start: number;
  /** line index after the last cell */
  end: number;
  columns: number;
}

/**
 * A cell whose words are a figure or an amount: 300円, 1通につき 300円, 百円, 10, ○. Fee and
 * charge tables, the commonest 別表 of ordinances and 政令, end each row with such a cell.
 */
const AMOUNT =
  /(?:[\d０-９,，]+|[〇一二三四五六七八九十百千万]+)(?:円|銭|%|％)(?:\s*[(（][^()（）]*[)）])?$|^[\d０-９,，.]+$|^[○◯×―－-]$/;

/** Lines that close a table: notes under it, or a sentence. */
const NOT_A_CELL = /。$|^(?:備考|注|[(（]?注[)）])/;

/** A cell is short: a long line is a sentence, however it ends. */
const CELL_MAX = 120;

/**
 * Finds the tables under 別表 headings that a copy (a web page's text, an HTML table flattened)
 * printed one cell a line, row after row. Only an exact repeat is read as rows: the header row's
 * cells are words, then every row ends with an amount, at the same period, and the run ends on a
 * row's last cell. Anything else stays one block a line (nothing is guessed).
 */
export function findCellRuns(lines: Line[], classes: LineClass[]): Map<number, CellRun> {
  const runs = new Map<number, CellRun>();
  for (let i = 0; i < classes.length; i++) {
    if (classes[i]!.kind !== 'appendix') continue;
    const cells: number[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const kind = classes[j]!.kind;
      if (line.blank || kind === 'page-break') continue;
      const body = line.norm.slice(line.indent).trim();
      if (kind !== 'text' && kind !== 'marker' && kind !== 'caption' && kind !== 'paragraph') break;
      if (NOT_A_CELL.test(body) || body.length > CELL_MAX) break;
      cells.push(j);
    }
    const run = readPeriod(cells.map((k) => AMOUNT.test(lines[k]!.norm.slice(lines[k]!.indent).trim())));
    if (run) runs.set(cells[0]!, { start: cells[0]!, end: cells[run.length - 1]! + 1, columns: run.columns });
    i = j - 1;
  }
  return runs;
}

/**
 * The period of the amounts in a run of cells: N header cells, none an amount, then rows of N
 * cells, each ending with an amount and holding no other; the longest such prefix of two or more
 * rows, ending on a row's last cell.
 */
function readPeriod(amounts: boolean[]): { columns: number; length: number } | undefined {
  const first = amounts.indexOf(true);
  // the first amount ends the first row after the header: at 2N − 1
  if (first < 3 || first % 2 === 0) return undefined;
  const columns = (first + 1) / 2;
  let rows = 0;
  for (let k = columns; k + columns <= amounts.length; k += columns) {
    const row = amounts.slice(k, k + columns);
    if (!row[columns - 1] || row.slice(0, -1).some(Boolean)) break;
    rows++;
  }
  if (rows < 2) return undefined;
  return { columns, length: columns * (rows + 1) };
}
