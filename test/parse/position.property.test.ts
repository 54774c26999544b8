import fc from 'fast-check';
import { location } from 'vfile-location';
import { describe, expect, it } from 'vitest';
import { lineStartsOf, splitLines } from '../../src/lib/parse/lines.ts';
import { createLocator, lineStarts } from '../../src/lib/tree/position.ts';

/** The points vfile-location gives, clamped as node positions are. */
function reference(source: string): (offset: number) => { line: number; column: number; offset: number } {
  const place = location(source);
  const end = place.toPoint(source.length)!;
  return (offset) => {
    const point = place.toPoint(Math.max(0, Math.min(offset, source.length))) ?? end;
    return { line: point.line, column: point.column, offset: point.offset! };
  };
}

/** Text of line breaks of every kind (\n, \r\n, lone \r, \r\r\n), letters and astral characters. */
const text = fc
  .array(fc.constantFrom('a', '第', '\n', '\r', '\r\n', '\n\r', '𠮷', ' '), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('createLocator', () => {
  it('gives the points vfile-location gives, in any order of offsets', () => {
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 70 }), { maxLength: 40 }), (source, offsets) => {
        const locate = createLocator(source);
        const expected = reference(source);
        for (const offset of offsets) expect(locate(offset)).toEqual(expected(offset));
        for (let offset = 0; offset <= source.length; offset++)
          expect(locate(offset)).toEqual(expected(offset));
      }),
    );
  });

  it("gives the same points from the parser's split lines as from its own scan", () => {
    fc.assert(
      fc.property(text, (source) => {
        const starts = lineStartsOf(splitLines(source), source.length);
        expect(Array.from(starts)).toEqual(Array.from(lineStarts(source)));
        const locate = createLocator(source, starts);
        const expected = reference(source);
        for (let offset = 0; offset <= source.length; offset++)
          expect(locate(offset)).toEqual(expected(offset));
      }),
    );
  });

  it('clamps offsets outside the text (and NaN) to its ends', () => {
    const locate = createLocator('ab\ncd');
    expect(locate(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(locate(Number.NaN)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(createLocator('')(0)).toEqual({ line: 1, column: 1, offset: 0 });
  });
});
