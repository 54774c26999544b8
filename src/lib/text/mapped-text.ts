/**
 * A text derived from a source (a repaired view, a text normalised for matching or for search)
 * that remembers, for each of its UTF-16 units, which characters of the source it came from. The
 * one offset-mapped type of parse, analyse and search: whatever a layer finds in the derived text,
 * it reports at the source's positions.
 */
export interface MappedText {
  /** the derived text */
  text: string;
  /** `origin[i]`: where the source of unit `i` begins; `origin[text.length]` is the end of the source read */
  origin: Int32Array;
  /** `originEnd[i]`: just after the source of unit `i`; `originEnd[text.length]` is the end of the source read */
  originEnd: Int32Array;
}

/** A text printed as is in the source from offset `start`, unit for unit. */
export function mappedAt(text: string, start = 0): MappedText {
  const origin = new Int32Array(text.length + 1);
  const originEnd = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    origin[i] = start + i;
    originEnd[i] = start + i + 1;
  }
  origin[text.length] = start + text.length;
  originEnd[text.length] = start + text.length;
  return { text, origin, originEnd };
}

/**
 * The source range of the units `start` to `end` of a mapped text: from where the first came
 * from to just after the last (an empty range maps to where its unit begins).
 */
export function sourceRange(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  return { start: mapped.origin[start]!, end: mapped.originEnd[Math.max(start, end - 1)]! };
}

/**
 * The source range of units `start` to `end` of `inner`, a text derived from `outer`, itself
 * derived from the source: the two maps composed.
 */
export function sourceRangeThrough(
  outer: MappedText,
  inner: MappedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const middle = sourceRange(inner, start, end);
  return sourceRange(outer, middle.start, middle.end);
}

/** Builds a mapped text piece by piece, each piece with the source range it came from. */
export class MappedTextBuilder {
  private units: Uint16Array;
  private origin: Int32Array;
  private originEnd: Int32Array;
  private length = 0;

  constructor(expectedLength: number) {
    this.units = new Uint16Array(expectedLength + 8);
    this.origin = new Int32Array(expectedLength + 9);
    this.originEnd = new Int32Array(expectedLength + 9);
  }

  /** Appends one UTF-16 unit that came from the source range `from`–`to`. */
  pushUnit(code: number, from: number, to: number): void {
    if (this.length + 1 >= this.units.length) this.grow();
    this.units[this.length] = code;
    this.origin[this.length] = from;
    this.originEnd[this.length] = to;
    this.length++;
  }

  /** Appends a piece of text whose every unit came from the source range `from`–`to`. */
  push(piece: string, from: number, to: number): void {
    for (let k = 0; k < piece.length; k++) this.pushUnit(piece.charCodeAt(k), from, to);
  }

  /** The last `count` units appended so far (fewer at the start). */
  lastUnits(count: number): string {
    const from = Math.max(0, this.length - count);
    return String.fromCharCode(...this.units.subarray(from, this.length));
  }

  /** The mapped text built, its end mapped to `sourceEnd`. */
  finish(sourceEnd: number): MappedText {
    this.origin[this.length] = sourceEnd;
    this.originEnd[this.length] = sourceEnd;
    let text = '';
    for (let i = 0; i < this.length; i += 8192) {
      const chunk = this.units.subarray(i, Math.min(this.length, i + 8192));
      text += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return {
      text,
      origin: this.origin.subarray(0, this.length + 1),
      originEnd: this.originEnd.subarray(0, this.length + 1),
    };
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    this.units = units;
    const origin = new Int32Array(this.origin.length * 2);
    origin.set(this.origin);
    this.origin = origin;
    const originEnd = new Int32Array(this.originEnd.length * 2);
    originEnd.set(this.originEnd);
    this.originEnd = originEnd;
  }
}
