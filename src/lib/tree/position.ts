import type { Point } from 'unist';

/**
 * Line/column (from 1) and offset (from 0) of offsets in one source, for node positions and
 * diagnostics. Offsets past the end clamp to the end. Lines end at \n, \r\n or \r, as
 * vfile-location counts them (the same points; tested against it).
 *
 * A parse asks for a point at both ends of every node, mostly in source order, so the line of
 * the last answer is tried first and a binary search runs only on a jump; every answer is a new
 * object, as callers may keep or change it.
 */
export function createLocator(
  source: string,
  /** where each line starts, as {@link lineStarts} finds them: given by a caller that split the lines already */
  starts: Int32Array = lineStarts(source),
): (offset: number) => Required<Point> {
  const last = starts.length - 1;
  let line = 0;
  return (offset) => {
    const at = Number.isNaN(offset) ? source.length : Math.max(0, Math.min(offset, source.length));
    if (starts[line]! > at || (line < last && starts[line + 1]! <= at)) line = lineOf(starts, at);
    return { line: line + 1, column: at - starts[line]! + 1, offset: at };
  };
}

/** Offset of the first character of each line (the last line may be empty, after a final break). */
export function lineStarts(source: string): Int32Array {
  let count = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === LF || (c === CR && source.charCodeAt(i + 1) !== LF)) count++;
  }
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === LF || (c === CR && source.charCodeAt(i + 1) !== LF)) starts[line++] = i + 1;
  }
  return starts;
}

/** The index of the last line starting at or before `offset`. */
function lineOf(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const LF = 0x0a;
const CR = 0x0d;
