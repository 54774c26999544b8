import { isJsWhitespace, toHalfwidth } from '../text/chars.ts';

/** One physical line of the source. */
export interface Line {
  /** 0-based line index */
  index: number;
  /** offset of the first character */
  start: number;
  /** offset just after the last character before the line break */
  end: number;
  /** offset just after the line break (\n, \r\n or \r) */
  eolEnd: number;
  /** the line as printed */
  raw: string;
  /** the line with full-width ASCII and ideographic spaces made half-width (same length as raw) */
  norm: string;
  /** number of leading whitespace characters */
  indent: number;
  /** true when the line holds only whitespace */
  blank: boolean;
  /** display width without trailing spaces (CJK counts 2) */
  width: number;
  /**
   * `norm` without the indent and trailing white space, made once: the classifier and the rules
   * each cut it again per line (for most lines, unindented and without trailing space, it is
   * `norm` itself and no new string)
   */
  body: string;
}

/** Splits text into lines, keeping every character (line breaks included) addressable. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  // char codes, not text[i]: indexing a string makes a one-character string per character.
  // Not indexOf('\n', start): once optimised, it took 30 s instead of 0.5 s on a 5.5 MB
  // Japanese text (Node 24.21), and the seeds never showed it.
  while (start < text.length) {
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === LF || c === CR) break;
      end++;
    }
    let eolEnd = end;
    if (text.charCodeAt(eolEnd) === CR) eolEnd++;
    if (text.charCodeAt(eolEnd) === LF && (eolEnd === end || text.charCodeAt(end) === CR)) eolEnd++;
    const raw = text.slice(start, end);
    lines.push(makeLine(raw, index, start, end, eolEnd));
    index++;
    start = eolEnd;
  }
  return lines;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where each line of the text starts, as `lineStarts` (tree/position.ts) counts them, from lines
 * already split: a text that ends with a line break (or is empty) has one more, empty line.
 */
export function lineStartsOf(lines: Line[], length: number): Int32Array {
  const last = lines[lines.length - 1];
  const extra = !last || last.eolEnd > last.end ? 1 : 0;
  const starts = new Int32Array(lines.length + extra);
  for (let i = 0; i < lines.length; i++) starts[i] = lines[i]!.start;
  if (extra) starts[lines.length] = length;
  return starts;
}

function makeLine(raw: string, index: number, start: number, end: number, eolEnd: number): Line {
  // by char code: `raw[indent]` made a string of every ideographic space it tested
  let indent = 0;
  while (indent < raw.length && isIndentCode(raw.charCodeAt(indent))) indent++;
  // the width of the line without trailing white space (as `trimEnd` cuts it), without the string
  let trimmed = raw.length;
  while (trimmed > 0 && isJsWhitespace(raw.charCodeAt(trimmed - 1))) trimmed--;
  // the same trailing white space as the norm's: half-width forms of full-width letters are no
  // white space, and U+3000 becomes a space
  const norm = toHalfwidth(raw);
  return {
    index,
    start,
    end,
    eolEnd,
    raw,
    norm,
    indent,
    blank: indent === raw.length,
    width: displayWidth(raw, trimmed),
    body: norm.slice(indent, trimmed),
  };
}

/** The indent `isSpace` counts (space, tab, ideographic and no-break space), form and line tabulations. */
function isIndentCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0x0b;
}

/** Display width of `text` up to `length`: East Asian wide characters count 2, others 1. */
function displayWidth(text: string, length: number): number {
  let width = 0;
  // by UTF-16 unit (iterating the string by code point allocated a string per character): a
  // surrogate pair is one astral, wide character; a lone surrogate counts as its own code point
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    width += code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

/**
 * The width at which a PDF extraction wrapped its lines, or undefined when the text was not
 * wrapped (reiki pages print one unit per line). A wrapped text has many lines of nearly the
 * same, maximal width.
 */
export function detectWrapWidth(lines: Line[]): number | undefined {
  // index loops: this runs once per text, mostly before it is optimised, where for…of made an
  // iterator result object per line and filter().map() two arrays
  const widths: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!lines[i]!.blank) widths.push(lines[i]!.width);
  if (widths.length < 8) return undefined;
  const width = pageWidth(lines, widths) ?? columnWidth(lines, widths);
  return width === undefined || runsPast(widths, width) ? undefined : width;
}

/** Columns a line may run past its wrap width: 、。） hung on it by 禁則. */
const HUNG = 4;

/**
 * Whether more lines run past a width than come close to it: no wrap width then, whatever lines
 * happen to end near it (a web copy broken at its links has short pieces of every width beside
 * paragraphs a line each, far wider).
 */
function runsPast(widths: number[], width: number): boolean {
  let past = 0;
  let near = 0;
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!;
    if (w > width + HUNG) past++;
    else if (w >= width - NEAR) near++;
  }
  return past > near;
}

function pageWidth(lines: Line[], widths: number[]): number | undefined {
  const best = widestRun(widths, WIDE);
  if (best === undefined) return undefined;
  const ends = lineEnds(lines, best.width);
  // many full lines, of which those without 。 go on in the next line (a text printed one unit
  // per line follows its long items with the next label); a short text (a one-page ordinance):
  // few full lines, but they break off mid-sentence, where a text printed one unit per line ends
  // its long lines with 。 or a label follows them
  if (best.count >= Math.max(6, widths.length * 0.15) && widths.length >= 12) {
    if (ends.goesOn * 3 >= ends.open) return best.width;
  } else if (best.count >= 4 && breaksOffMidSentence(ends)) return best.width;
  return widerWrap(lines, widths, best.width);
}

/**
 * In a short text of many short items, the items' widths may outnumber the lines wrapped at the
 * page's width: then a wider width still wraps the text when a few lines run to it, most of them
 * break off mid-sentence and nearly all of those go on in the next line.
 */
function widerWrap(lines: Line[], widths: number[], below: number): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!;
    if (w > below) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let found: number | undefined;
  let best = 0;
  // every width tried reads the lines within 6 columns below it: counted once per width, not
  // by a pass over all lines per width tried (a long text has hundreds of widths)
  let endsNear: ((width: number) => LineEnds) | undefined;
  for (const [w, n] of counts) {
    let near = n;
    for (let d = 1; d <= 2; d++) near += counts.get(w - d) ?? 0;
    if (near < 4 || near < best) continue;
    endsNear ??= lineEndsByWidth(lines, below + 1 - NEAR);
    const ends = endsNear(w);
    if (
      ends.open * 3 >= ends.full * 2 &&
      ends.goesOn * 4 >= ends.open * 3 &&
      (near > best || w > (found ?? 0))
    ) {
      found = w;
      best = near;
    }
  }
  return found;
}

/**
 * Most lines near a width break off mid-sentence, as wrapped lines do and whole units do not,
 * and (for at least a third of them) the line after goes on with the sentence: in a text printed
 * one unit per line, a long item without 。 is followed by the next item's or article's label.
 */
function breaksOffMidSentence(ends: LineEnds): boolean {
  return ends.open * 3 >= ends.full * 2 && ends.goesOn * 3 >= ends.open;
}

interface LineEnds {
  /** lines near the width */
  full: number;
  /** of those, lines without a sentence's end */
  open: number;
  /** of those, lines the next line goes on from */
  goesOn: number;
}

/** How far below a width a line still counts as near it (as full). */
const NEAR = 6;

/** How the lines near a width end, and whether the line after goes on. */
export function lineEnds(lines: Line[], width: number): LineEnds {
  let open = 0;
  let full = 0;
  let goesOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.width < width - NEAR || l.width > width) continue;
    full++;
    const end = endOf(lines, i);
    if (end === CLOSED) continue;
    open++;
    if (end === GOES_ON) goesOn++;
  }
  return { full, open, goesOn };
}

/**
 * {@link lineEnds} of every width at least `min + NEAR`, from one pass over the lines: each line's
 * ending is read once and counted under its width. Asked for a narrower width, it would miss the
 * lines below `min`.
 */
export function lineEndsByWidth(lines: Line[], min: number): (width: number) => LineEnds {
  let widest = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.width > widest) widest = lines[i]!.width;
  const size = Math.max(0, widest + 1);
  const full = new Int32Array(size);
  const open = new Int32Array(size);
  const goesOn = new Int32Array(size);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || l.width < min) continue;
    full[l.width]!++;
    const end = endOf(lines, i);
    if (end === CLOSED) continue;
    open[l.width]!++;
    if (end === GOES_ON) goesOn[l.width]!++;
  }
  return (width) => {
    const ends = { full: 0, open: 0, goesOn: 0 };
    for (let w = Math.max(0, width - NEAR); w <= Math.min(width, widest); w++) {
      ends.full += full[w]!;
      ends.open += open[w]!;
      ends.goesOn += goesOn[w]!;
    }
    return ends;
  };
}

const CLOSED = 0;
const OPEN = 1;
const GOES_ON = 2;

/** Whether a line ends a sentence, and if not, whether the line after goes on with it. */
function endOf(lines: Line[], i: number): typeof CLOSED | typeof OPEN | typeof GOES_ON {
  if (endsSentence(lines[i]!.raw)) return CLOSED;
  // some extractions print a blank line after every line
  let k = i + 1;
  while (k < lines.length && lines[k]!.blank) k++;
  const next = lines[k];
  return next && !OPENS_UNIT.test(next.norm.slice(next.indent)) ? GOES_ON : OPEN;
}

/**
 * `/[。．.!?)）」]\s*$/.test(raw)`, by char code from the end: the expression tried a match at every
 * closing character of the line, and was the hottest expression of parsing a long law.
 */
export function endsSentence(raw: string): boolean {
  let k = raw.length - 1;
  while (k >= 0 && isJsWhitespace(raw.charCodeAt(k))) k--;
  if (k < 0) return false;
  const c = raw.charCodeAt(k);
  return (
    c === 0x3002 || // 。
    c === 0xff0e || // ．
    c === 0x2e || // .
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x29 || // )
    c === 0xff09 || // ）
    c === 0x300d // 」
  );
}

/** A line's start that opens a unit of a law: a label, a paragraph number, a marker, a caption. */
const OPENS_UNIT =
  /^(?:第[0-9一二三四五六七八九十百]+[条條章節款編]|[0-9]+[ \t]|[○◎]|\(|[一二三四五六七八九十]+[ \t]|[ア-ン][ \t]|附[ \t]*則|別表|様式)/;

/** Widths of a page's full lines (20 characters and more), and of a column's (12 and more). */
const WIDE = 40;
const NARROW = 24;

/**
 * The width of a column of a two-column page (pdftotext reads one column down, then the next),
 * narrower than any page's lines. Set justified, most of its lines run to the very width (a
 * character less where a line may not start with 。), where the short sentences and items of a
 * text printed one unit per line spread over many widths; and most of those break off
 * mid-sentence.
 */
function columnWidth(lines: Line[], widths: number[]): number | undefined {
  const best = widestRun(widths, NARROW);
  if (best === undefined || best.width >= WIDE) return undefined;
  let tight = 0;
  for (const w of widths) if (w <= best.width && w >= best.width - 2) tight++;
  if (tight < Math.max(8, widths.length * 0.4)) return undefined;
  return breaksOffMidSentence(lineEnds(lines, best.width)) ? best.width : undefined;
}

/** The width most lines come close to (within 6 columns below), and how many lines do. */
function widestRun(widths: number[], min: number): { width: number; count: number } | undefined {
  const counts = new Map<number, number>();
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]!;
    if (w >= min && (min >= WIDE || w < WIDE)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [w, n] of counts) {
    let near = n;
    for (let d = 1; d <= 6; d++) near += counts.get(w - d) ?? 0;
    if (near > bestCount || (near === bestCount && best !== undefined && w > best)) {
      best = w;
      bestCount = near;
    }
  }
  return best === undefined ? undefined : { width: best, count: bestCount };
}
