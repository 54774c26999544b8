/**
 * Rebuilds the rows of a table that a web page's text extraction flattened. Extractions print a
 * table in one of two ways we can read back without guessing:
 *
 * - one cell per line, row after row: the header cells come first (words), then the data cells
 *   (figures). The run then repeats with the header's period: N header lines, then k·N value
 *   lines. Only an exact repeat is read as N columns; anything else stays one cell per line.
 * - a row whose cells were split onto lines of their own (header cells spanning rows or columns,
 *   broken at <br>), followed by rows printed on one line, cells separated by spaces. The lines of
 *   one cell each, directly before such a line, are the cells of one row.
 *
 * A row is a header row while no row of values (figures, marks) has been seen.
 */

/** One line of a flattened table: its cells as printed (split at whitespace). */
export interface FlatLine {
  cells: string[];
}

/** A rebuilt row: the lines (indices into the run) whose cells it holds. */
export interface PlannedRow {
  lines: number[];
  header: boolean;
}

export interface TablePlan {
  rows: PlannedRow[];
  /** why the rows are not simply one per line (for an info diagnostic), if they are not */
  inferred?: string;
}

/** Figures and the marks tables print in place of figures (○, ―, 有/無, …). */
const VALUE = /^(?:[-+]?[\d０-９][\d０-９,，.．]*[%％件人日回]?|[○◯×△―‐－—–-]|[有無済可否])$/;

export function isValueCell(cell: string): boolean {
  return VALUE.test(cell);
}

/** How the lines of one flattened-table run group into rows. */
export function planFlattenedTable(lines: FlatLine[]): TablePlan {
  return periodicPlan(lines) ?? splitRowPlan(lines) ?? linePlan(lines);
}

/** One row per line (what the extraction printed, when nothing better can be read). */
function linePlan(lines: FlatLine[]): TablePlan {
  return { rows: lines.map((_, i) => ({ lines: [i], header: false })) };
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
    rows.push({ lines: range(start, start + period), header: start === 0 });
  return {
    rows,
    inferred: `${period} header cells, then ${values / period} row${values === period ? '' : 's'} of ${period} values`,
  };
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
    return { lines: group, header: !seenValues };
  });
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
