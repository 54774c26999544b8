/**
 * Rebuilds the rows and cells of a table that a web page's text extraction flattened. Extractions
 * print a table in ways we can read back without guessing:
 *
 * - one cell per line, row after row: the header cells come first (words), then the data cells
 *   (figures). The run then repeats with the header's period: N header lines, then k·N value
 *   lines. Only an exact repeat is read as N columns; anything else stays one cell per line.
 * - header cells stacked one line each (a cell broken at <br> takes several lines), perhaps a
 *   second header row printed on one line (the columns under one header cell that spans them),
 *   then rows of figures printed on one line each. The figures fix the number of columns W; with a
 *   second header row of S cells the first row has W − S + 1 cells, one of them spanning the S
 *   columns. The stacked lines are then grouped into that many cells, the most even grouping by
 *   length (a header row's cells are about as long as each other); between equally even ones, a
 *   piece that repeats (請求 of 開示請求, 訂正請求) ends a cell rather than starting one. Tables of one document that
 *   print the same header share one layout, so a table without figures, or with a row that lost
 *   some, is read as its siblings are; a row of figures that does not fit the columns is kept as
 *   printed in one cell across the table (never shifted under the wrong headers).
 * - a row whose cells were split onto lines of their own, followed by rows printed on one line,
 *   cells separated by spaces. The lines of one cell each, directly before such a line, are the
 *   cells of one row.
 *
 * A row is a header row while no row of values (figures, marks) has been seen.
 */

/** One line of a flattened table: its cells as printed (split at whitespace). */
export interface FlatLine {
  cells: string[];
}

/** Where a piece of a cell was printed: the line (index into the run) and its token in that line. */
interface TokenAt {
  line: number;
  token: number;
}

/** A rebuilt cell: the tokens it is made of, in order, and how many columns/rows it spans. */
interface PlannedCell {
  tokens: TokenAt[];
  colspan?: number;
  rowspan?: number;
}

/** A rebuilt row: its cells, in order, and whether it is a header row. */
interface PlannedRow {
  cells: PlannedCell[];
  header: boolean;
}

export interface TablePlan {
  rows: PlannedRow[];
  /** why the rows are not simply one per line (for an info diagnostic), if they are not */
  inferred?: string;
  /** rows of figures that do not fit the columns: the line, and what was expected (warnings) */
  misfits?: { line: number; reason: string }[];
}

/** Figures and the marks tables print in place of figures (○, ―, 有/無, …). */
const VALUE = /^(?:[-+]?[\d０-９][\d０-９,，.．]*[%％件人日回]?|[○◯×△―‐－—–-]|[有無済可否])$/;

export function isValueCell(cell: string): boolean {
  return VALUE.test(cell);
}

/** How the lines of one flattened-table run group into rows and cells. */
export function planFlattenedTable(lines: FlatLine[]): TablePlan {
  return planFlattenedTables([lines])[0]!;
}

/**
 * Plans every flattened table of one document together: tables that print the same stacked
 * header share the layout their figures support best.
 */
export function planFlattenedTables(runs: FlatLine[][]): TablePlan[] {
  const headers = runs.map(readStackedHeader);
  const widthsByHeader = new Map<string, Set<number>>();
  for (const header of headers) {
    if (!header) continue;
    const widths = widthsByHeader.get(header.key) ?? new Set<number>();
    for (const width of header.valueWidths) widths.add(width);
    widthsByHeader.set(header.key, widths);
  }
  return runs.map((lines, i) => {
    const header = headers[i];
    const layered = header && layeredPlan(lines, header, widthsByHeader.get(header.key)!);
    return periodicPlan(lines) ?? layered ?? splitRowPlan(lines) ?? linePlan(lines);
  });
}

/** One row per line, one cell per token (what the extraction printed, when nothing better can be read). */
function linePlan(lines: FlatLine[]): TablePlan {
  return { rows: lines.map((line, i) => ({ cells: tokenCells(line, i), header: false })) };
}

/** N header lines of one word-cell each, then an exact multiple of N lines of one value each. */
function periodicPlan(lines: FlatLine[]): TablePlan | undefined {
  if (!lines.every((line) => line.cells.length === 1)) return undefined;
  const period = lines.findIndex((line) => isValueCell(line.cells[0]!));
  if (period < 2) return undefined;
  const values = lines.length - period;
  if (values === 0 || values % period !== 0) return undefined;
  if (!lines.slice(period).every((line) => isValueCell(line.cells[0]!))) return undefined;
  const rows: PlannedRow[] = [];
  for (let start = 0; start < lines.length; start += period)
    rows.push({
      cells: range(start, start + period).map((line) => ({ tokens: [{ line, token: 0 }] })),
      header: start === 0,
    });
  return {
    rows,
    inferred: `${period} header cells, then ${values / period} row${values === period ? '' : 's'} of ${period} values`,
  };
}

/** A header printed as stacked one-word lines, an optional second header row, then rows of figures. */
interface StackedHeader {
  /** the stacked lines' texts (a cell broken at <br> takes several) */
  stacked: string[];
  /** the second header row's cells, if there is one */
  sub?: string[];
  /** how many cells each row of figures has */
  valueWidths: number[];
  /** the header as printed: tables with the same key share one layout */
  key: string;
}

function readStackedHeader(lines: FlatLine[]): StackedHeader | undefined {
  let k = 0;
  while (k < lines.length && lines[k]!.cells.length === 1 && !isValueCell(lines[k]!.cells[0]!)) k++;
  if (k < 2) return undefined;
  const stacked = lines.slice(0, k).map((line) => line.cells[0]!);
  let sub: string[] | undefined;
  const next = lines[k];
  if (next && next.cells.length >= 2 && !next.cells.some(isValueCell)) {
    sub = next.cells;
    k++;
  }
  const rest = lines.slice(k);
  if (!rest.every((line) => line.cells.every(isValueCell))) return undefined;
  // a header with nothing under it and no second row is not known to be a header
  if (!sub && rest.length === 0) return undefined;
  return {
    stacked,
    ...(sub ? { sub } : {}),
    valueWidths: rest.map((line) => line.cells.length),
    key: `${stacked.join('\n')}\n\n${sub?.join(' ') ?? ''}`,
  };
}

/** The columns read from a stacked header and the figures under it (see the module comment). */
function layeredPlan(lines: FlatLine[], header: StackedHeader, widths: Set<number>): TablePlan | undefined {
  const layout = bestLayout(header, widths);
  if (!layout) return undefined;
  const { width, groups, spanning } = layout;
  const subWidth = header.sub?.length ?? 0;
  const top: PlannedCell[] = groups.map((group, g) => ({
    tokens: group.map((line) => ({ line, token: 0 })),
    ...(subWidth && g === spanning ? { colspan: subWidth } : {}),
    ...(subWidth && g !== spanning ? { rowspan: 2 } : {}),
  }));
  const rows: PlannedRow[] = [{ cells: top, header: true }];
  const subLine = header.stacked.length;
  if (header.sub) rows.push({ cells: tokenCells(lines[subLine]!, subLine), header: true });
  const misfits: { line: number; reason: string }[] = [];
  for (let i = header.stacked.length + (header.sub ? 1 : 0); i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells.length === width) {
      rows.push({ cells: tokenCells(line, i), header: false });
      continue;
    }
    misfits.push({ line: i, reason: `${line.cells.length} figures in a row of ${width} columns` });
    rows.push({
      cells: [{ tokens: tokenCells(line, i).flatMap((c) => c.tokens), colspan: width }],
      header: false,
    });
  }
  const shape = header.sub
    ? `${groups.length} header cells (one over ${subWidth} columns) on ${header.stacked.length} lines`
    : `${groups.length} header cells on ${header.stacked.length} lines`;
  return {
    rows,
    inferred: `${shape}, ${width} columns`,
    ...(misfits.length ? { misfits } : {}),
  };
}

interface Layout {
  width: number;
  /** the stacked lines of each first-row cell */
  groups: number[][];
  /** the first-row cell over the second header row (with a second header row) */
  spanning: number;
  /** how uneven the single-column cells are: longest ÷ shortest (1 is even) */
  spread: number;
}

/** Of the widths the figures allow, the one whose header reads most evenly. */
function bestLayout(header: StackedHeader, widths: Set<number>): Layout | undefined {
  const lengths = header.stacked.map((text) => [...text].length);
  // a piece printed under several headers (請求 of 開示請求, 訂正請求) is the common end of cells
  const ending = header.stacked.map(
    (text) => header.stacked.indexOf(text) !== header.stacked.lastIndexOf(text),
  );
  const subWidth = header.sub?.length ?? 0;
  let best: Layout | undefined;
  for (const width of widths) {
    const cellCount = subWidth ? width - subWidth + 1 : width;
    if (width < 2 || cellCount < 1 || cellCount > lengths.length) continue;
    const groups = evenGroups(lengths, cellCount, ending);
    const sizes = groups.map((group) => sum(group.map((i) => lengths[i]!)));
    const longest = Math.max(...sizes);
    // the cell over several columns is the widest: printed unbroken, it is the longest
    const spanning = subWidth ? sizes.indexOf(longest) : -1;
    if (subWidth && sizes.filter((size) => size === longest).length > 1) continue;
    const single = sizes.filter((_, g) => g !== spanning);
    const spread = single.length ? Math.max(...single) / Math.min(...single) : 1;
    if (!best || spread < best.spread || (spread === best.spread && width > best.width))
      best = { width, groups, spanning, spread };
  }
  return best;
}

/**
 * Splits items (their lengths, in order) into `count` consecutive groups whose total lengths are
 * as even as can be (least sum of squares), by dynamic programming over the split points. Among
 * equally even splits, the one that starts fewer groups at an item marked `ending` wins.
 */
export function evenGroups(lengths: number[], count: number, ending: boolean[] = []): number[][] {
  const n = lengths.length;
  // evenness first; a marked start only breaks ties (it weighs less than any unit of evenness)
  const weight = n + 1;
  const prefix = [0];
  for (const length of lengths) prefix.push(prefix.at(-1)! + length);
  const cost: number[][] = Array.from({ length: count + 1 }, () => new Array(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: count + 1 }, () => new Array(n + 1).fill(0));
  cost[0]![0] = 0;
  for (let g = 1; g <= count; g++)
    for (let end = g; end <= n; end++)
      for (let start = g - 1; start < end; start++) {
        const size = prefix[end]! - prefix[start]!;
        const total = cost[g - 1]![start]! + size * size * weight + (ending[start] ? 1 : 0);
        if (total < cost[g]![end]!) {
          cost[g]![end] = total;
          cut[g]![end] = start;
        }
      }
  const groups: number[][] = [];
  for (let g = count, end = n; g > 0; g--) {
    const start = cut[g]![end]!;
    groups.unshift(range(start, end));
    end = start;
  }
  return groups;
}

/** Runs of one-cell lines directly before a line of several cells are one row each. */
function splitRowPlan(lines: FlatLine[]): TablePlan | undefined {
  const groups: number[][] = [];
  let pending: number[] = [];
  let joined = 0;
  lines.forEach((line, i) => {
    if (line.cells.length === 1) {
      pending.push(i);
      return;
    }
    if (pending.length >= 2) {
      groups.push(pending);
      joined += pending.length;
    } else groups.push(...pending.map((p) => [p]));
    pending = [];
    groups.push([i]);
  });
  groups.push(...pending.map((p) => [p]));
  if (joined === 0) return undefined;
  const widths = groups
    .filter((group) => group.length > 1)
    .map((group) => group.length)
    .join(', ');
  return {
    rows: withHeaders(lines, groups),
    inferred: `cells printed one per line before a row of several cells read as one row (${widths} cells)`,
  };
}

/** Rows before the first row of values are header rows. */
function withHeaders(lines: FlatLine[], groups: number[][]): PlannedRow[] {
  let seenValues = false;
  return groups.map((group) => {
    if (group.flatMap((i) => lines[i]!.cells).every(isValueCell)) seenValues = true;
    return { cells: group.flatMap((i) => tokenCells(lines[i]!, i)), header: !seenValues };
  });
}

/** One cell per token of a line. */
function tokenCells(line: FlatLine, at: number): PlannedCell[] {
  return line.cells.map((_, token) => ({ tokens: [{ line: at, token }] }));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
