import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsSentence, lineEnds, lineEndsByWidth, splitLines } from '../../src/lib/parse/lines.ts';

/**
 * The wrap-width search reads how lines near a width end from counts per width made in one pass
 * (lineEndsByWidth); a line-by-line pass per width (lineEnds) is the general path it must agree
 * with, on lines of every width, blank lines, labels that open units and lines ending in every
 * closing mark and kind of whitespace.
 */
const PIECES = [
  'あ',
  '漢字',
  'ab',
  '第三条',
  '一',
  '1',
  '○',
  '(',
  '附則',
  '。',
  '．',
  '.',
  '!',
  '?',
  ')',
  '）',
  '」',
  '、',
  ' ',
  '\u3000',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\f',
  '\n',
  '\n\n',
  '\r\n',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

/** Whitespace of every kind `\s` knows, and characters next to the marks' code points. */
const ENDINGS = [
  '。',
  '．',
  '.',
  '!',
  '?',
  ')',
  '）',
  '」',
  '」',
  '、',
  '/',
  '(',
  'a',
  ' ',
  '\u3000',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u200a',
  '\u200b',
  '\ufeff',
  '\u1680',
  '\u180e',
  '\v',
  '\f',
  '\r',
  '\n',
  '\u3003',
  '\u300c',
  '\u300e',
  '\uff08',
];
const ending = fc.array(fc.constantFrom(...ENDINGS), { maxLength: 8 }).map((parts) => parts.join(''));

describe('how lines near a width end', () => {
  it('counts per width in one pass as a pass per width does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 30 }), (source, min) => {
        const lines = splitLines(source);
        const widest = lines.reduce((w, l) => Math.max(w, l.width), 0);
        const table = lineEndsByWidth(lines, min);
        for (let w = min + 6; w <= widest + 2; w++) expect(table(w)).toEqual(lineEnds(lines, w));
      }),
    );
  });

  it("reads a sentence's end as /[。．.!?)）」]\\s*$/ does", () => {
    fc.assert(
      fc.property(ending, fc.string({ maxLength: 4 }), (tail, head) => {
        const raw = head + tail;
        expect(endsSentence(raw)).toBe(/[。．.!?)）」]\s*$/.test(raw));
      }),
    );
  });
});
