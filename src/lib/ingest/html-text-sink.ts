import type { ChromeKind } from '../tree/types.ts';
import type { ChromeRange, TableCellRange } from './source-data.ts';

/**
 * Builds the extracted text the way a browser lays it out: collapsible white space becomes one
 * space (or nothing between two East Asian wide characters across a line break, per CSS Text 3),
 * blocks are separated by line breaks, and furniture is recorded as ranges.
 */
export class TextSink {
  private readonly parts: string[] = [];
  private length = 0;
  private last = '';
  /** line breaks owed before the next content: 1 = new line, 2 = blank line */
  private breaks = 0;
  /**
   * White space owed before the next content: collapsible spaces, collapsible white space that
   * contained a line break (a segment break, which CSS removes between wide characters), or a
   * separator that always shows.
   */
  private space: 'none' | 'space' | 'segment-break' | 'separator' = 'none';
  /** a list marker owed before the list item's first content */
  private prefix: { text: string; kind: ChromeKind | undefined } | undefined;
  private readonly ranges: ChromeRange[] = [];
  /** content that is not the last range's kind was written after that range */
  private interrupted = false;
  private readonly cells: TableCellRange[] = [];
  /** the table cell being written, from its first visible character to its last */
  private cell: (Omit<TableCellRange, 'start' | 'end'> & { start: number; end: number }) | undefined;

  /** Ask for `count` line breaks before the next content (the larger request wins). */
  lineBreak(count: 1 | 2): void {
    if (this.prefix) return; // a list item has just opened its line; its first block starts there
    this.breaks = Math.max(this.breaks, count);
  }

  /** A `<br>`: each one adds a line break, up to a blank line. */
  hardBreak(): void {
    this.breaks = Math.min(2, this.breaks + 1);
  }

  /** Collapsible white space from the source; `segmentBreak` when it contained a line break. */
  whitespace(segmentBreak: boolean): void {
    if (this.space === 'separator') return;
    // spaces next to a segment break collapse into it (CSS Text 3, 4.1.1)
    this.space = segmentBreak || this.space === 'segment-break' ? 'segment-break' : 'space';
  }

  /** A separator that always shows as one space unless at the start of a line (between table cells). */
  separator(): void {
    this.space = 'separator';
  }

  /** Set the marker ("  1. ", "  • ") written before the next content of a list item. */
  setPrefix(text: string, kind: ChromeKind | undefined): void {
    this.prefix = { text, kind };
  }

  /** Drop a marker that no content claimed (an empty list item). */
  clearPrefix(): void {
    this.prefix = undefined;
  }

  /** Write text without white space collapsing (a word, or preformatted text). */
  write(text: string, kind: ChromeKind | undefined): void {
    if (text === '') return;
    if (this.length > 0 && this.breaks > 0) {
      this.append('\n'.repeat(this.breaks), undefined);
      this.space = 'none';
    } else if (this.space !== 'none' && !this.atLineStart()) {
      if (this.space !== 'segment-break' || !(isWide(this.last) && isWide(firstChar(text)))) {
        this.append(' ', undefined);
      }
    }
    this.breaks = 0;
    this.space = 'none';
    if (this.prefix) {
      const prefix = this.prefix;
      this.prefix = undefined;
      this.append(prefix.text, prefix.kind);
    }
    this.append(text, kind);
  }

  private readonly tables = new Map<object, number>();
  private readonly rows = new Map<object, number>();

  /** The numbers of a table and a row of it, each counted in the order first met. */
  placeOf(table: object, row: object): { table: number; row: number } {
    if (!this.tables.has(table)) this.tables.set(table, this.tables.size);
    if (!this.rows.has(row)) this.rows.set(row, this.rows.size);
    return { table: this.tables.get(table)!, row: this.rows.get(row)! };
  }

  /** Start recording where a table cell's text lies (its table and row, spans as marked up). */
  startCell(cell: Omit<TableCellRange, 'start' | 'end'>): void {
    this.cell = { ...cell, start: -1, end: -1 };
  }

  /** Stop recording the cell; one without visible text is not recorded. */
  endCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    if (cell && cell.start >= 0) this.cells.push(cell);
  }

  /** The text, its furniture ranges and its table cells. */
  finish(): { text: string; chrome: ChromeRange[]; tableCells: TableCellRange[] } {
    return { text: this.parts.join(''), chrome: this.ranges, tableCells: this.cells };
  }

  private atLineStart(): boolean {
    return this.length === 0 || this.last === '\n';
  }

  private append(text: string, kind: ChromeKind | undefined): void {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    this.last = lastChar(text);
    if (this.cell && /\S/.test(text)) {
      const trimmed = text.trimEnd();
      if (this.cell.start < 0) this.cell.start = start + text.length - text.trimStart().length;
      this.cell.end = start + trimmed.length;
    }
    if (kind) this.mark(start, this.length, kind, text);
    else if (/\S/.test(text)) this.interrupted = true;
  }

  private mark(start: number, end: number, kind: ChromeKind, text: string): void {
    const previous = this.ranges.at(-1);
    const leading = text.length - text.trimStart().length;
    const trailing = text.length - text.trimEnd().length;
    if (leading === text.length) return; // white space alone is never furniture
    if (previous && previous.kind === kind && !this.interrupted) {
      previous.end = end - trailing;
    } else {
      this.ranges.push({ start: start + leading, end: end - trailing, kind });
    }
    this.interrupted = false;
  }
}

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return text.slice(low >= 0xdc00 && low <= 0xdfff ? -2 : -1);
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 0);
}

/**
 * East Asian wide or full-width characters, excluding Hangul (CSS Text 3 segment break rules):
 * kana, CJK ideographs and punctuation, full-width forms.
 */
function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
