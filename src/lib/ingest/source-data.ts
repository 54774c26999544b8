import type { ChromeKind } from '../tree/types.ts';

/** Character encodings a source file can be read from (WHATWG labels, as `TextDecoder` names them). */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp';

/** How a source was stored: plain text, a saved web page whose text was extracted, or e-Gov law XML (kept as is). */
type SourceFormat = 'text' | 'html' | 'xml';

/**
 * A stretch of page furniture in extracted text.
 * Offsets are UTF-16 code-unit indices into the text (`start` inclusive, `end` exclusive), like `String#slice`.
 */
export interface ChromeRange {
  start: number;
  end: number;
  kind: ChromeKind;
}

/**
 * A cell of a table the page marked up (`<td>`, `<th>`): where its text lies in the extracted
 * text (offsets as in {@link ChromeRange}), which table and row it is in (counted from 0 in the
 * order the page prints them), and the rows or columns it spans. Cells without text have none.
 */
export interface TableCellRange {
  start: number;
  end: number;
  table: number;
  row: number;
  header: boolean;
  colspan?: number;
  rowspan?: number;
}

declare module 'vfile' {
  interface DataMap {
    /** the encoding the source bytes were decoded from */
    encoding: SourceEncoding;
    /** the source started with a byte order mark (removed from `file.value`) */
    bom: boolean;
    /** plain text, extracted HTML, or e-Gov law XML */
    format: SourceFormat;
    /** HTML only: page furniture in `file.value`, sorted and non-overlapping */
    chrome: ChromeRange[];
    /** HTML only: the cells of the page's tables in `file.value`, in order */
    tableCells: TableCellRange[];
  }
}
