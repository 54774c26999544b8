import { isSpace } from './chars.ts';
import type { MappedText } from './mapped-text.ts';

/** A slice of the original source that belongs to one unit's sentence text. */
export interface Segment {
  start: number;
  end: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff5e、。「」（）・ー]/;
/** A space between two CJK characters: the only place spaced-out letters can be. */
const SPACED =
  /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e][ \u3000][\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e、。]/;

function isCjk(c: string | undefined): boolean {
  return c !== undefined && CJK.test(c);
}

/**
 * Joins the source lines of one unit into its sentence text, a repaired view mapped onto the
 * source (parsing and analysis read the view; positions are always reported in the source): trims each line, joins Japanese
 * lines without a separator (a PDF wrapped them) and English lines with one space, and closes up
 * letters a PDF extraction spaced out (当 市 の 住 所 → 当市の住所).
 */
export function buildTextView(source: string, segments: Segment[], lang: 'ja' | 'en'): MappedText {
  let capacity = 1;
  for (const segment of segments) capacity += segment.end - segment.start + 1;
  const origin = new Int32Array(capacity);
  const { text, length, lastEnd } = assemble(source, segments, lang, origin);
  origin[length] = lastEnd;
  // every view character is one source character (a joining space stands for the line break)
  const originEnd = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) originEnd[i] = origin[i]! + 1;
  originEnd[length] = lastEnd;
  return { text, origin: origin.subarray(0, length + 1), originEnd };
}

/** The text of {@link buildTextView} without its offset map, for when only the text is needed. */
export function joinText(source: string, segments: Segment[], lang: 'ja' | 'en'): string {
  if (segments.length === 1) return joinSpan(source, segments[0]!.start, segments[0]!.end, lang);
  // the parser asks every unit for its text and analysis few for their maps: no map here
  return assemble(source, segments, lang, undefined).text;
}

/** {@link joinText} of one segment, source[start, end), without making the segment. */
export function joinSpan(source: string, start: number, end: number, lang: 'ja' | 'en'): string {
  const only = source.slice(start, end).trim();
  if (!SPACED.test(only)) return only;
  return assemble(source, [{ start, end }], lang, undefined).text;
}

/**
 * The repaired text of the segments; when `origin` is given, the source offset of each of its
 * characters is written there too. `length` counts the characters, `lastEnd` is where the last
 * kept segment ends.
 */
function assemble(
  source: string,
  segments: Segment[],
  lang: 'ja' | 'en',
  origin: Int32Array | undefined,
): { text: string; length: number; lastEnd: number } {
  const pieces: string[] = [];
  let length = 0;
  let lastEnd = 0;
  for (const segment of segments) {
    let start = segment.start;
    let end = segment.end;
    while (start < end && isSpace(source[start])) start++;
    while (end > start && (isSpace(source[end - 1]) || source[end - 1] === '\r')) end--;
    if (start >= end) continue;
    if (pieces.length > 0 && lang === 'en' && !pieces[pieces.length - 1]!.endsWith('-')) {
      pieces.push(' ');
      if (origin) origin[length] = start;
      length++;
    }
    const slice = source.slice(start, end);
    if (!SPACED.test(slice)) {
      pieces.push(slice);
      if (origin) for (let i = start; i < end; i++) origin[length++] = i;
      else length += end - start;
    } else {
      let kept = '';
      for (let i = start; i < end; i++) {
        const c = source[i]!;
        if (isSpace(c) && isSpacedLetterGap(source, i, start, end)) continue;
        kept += c;
        if (origin) origin[length] = i;
        length++;
      }
      pieces.push(kept);
    }
    lastEnd = end;
  }
  return { text: pieces.join(''), length, lastEnd };
}

/** A single space between two single CJK characters that are themselves spaced out. */
function isSpacedLetterGap(source: string, i: number, lineStart: number, lineEnd: number): boolean {
  if (source[i] !== ' ' && source[i] !== '\u3000') return false;
  const before = source[i - 1];
  const after = source[i + 1];
  if (i - 1 < lineStart || i + 1 >= lineEnd || !isCjk(before) || !isCjk(after)) return false;
  const beforeIsolated = i - 2 < lineStart || isSpace(source[i - 2]);
  const afterIsolated = i + 2 >= lineEnd || isSpace(source[i + 2]);
  return beforeIsolated && afterIsolated;
}
