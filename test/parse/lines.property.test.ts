import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/lib/parse/lines.ts';
import { toHalfwidth } from '../../src/lib/text/chars.ts';

/**
 * A line's indent, width and body are read by char code in one pass; these are their definitions
 * on strings, which the line splitter used to compute them by.
 */
const PIECES = [
  ' ',
  '\t',
  '\u3000',
  '\u00a0',
  '\f',
  '\v',
  '\u2028',
  '\ufeff',
  '\u2003',
  'a',
  '１',
  '（',
  '第',
  '条',
  'ｱ',
  '\ud842\udfb7',
  '\ud842',
  '\n',
  '\r\n',
  '\r',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

function indentOf(raw: string): number {
  let indent = 0;
  while (indent < raw.length && /^[ \t\u3000\u00a0\f\v]$/.test(raw[indent]!)) indent++;
  return indent;
}

function widthOf(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f) ? 2 : 1;
  }
  return width;
}

describe('a line of the source', () => {
  it('has the indent, width and body its string definitions give', () => {
    fc.assert(
      fc.property(text, (source) => {
        for (const line of splitLines(source)) {
          expect(line.indent).toBe(indentOf(line.raw));
          expect(line.width).toBe(widthOf(line.raw.trimEnd()));
          expect(line.body).toBe(toHalfwidth(line.raw).slice(line.indent).trimEnd());
          expect(line.norm).toBe(toHalfwidth(line.raw));
        }
      }),
      { numRuns: 500 },
    );
  });
});
