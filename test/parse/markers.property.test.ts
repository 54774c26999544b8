import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKER_PATTERNS, type MarkerMatch, matchMarkers } from '../../src/lib/parse/markers.ts';

/** Every pattern tried on the line, as matchMarkers did before it chose them by first character. */
function everyPattern(norm: string, raw: string): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  for (const { family, pattern, read } of MARKER_PATTERNS) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const reading = read(m);
    if (Number.isNaN(reading.num)) continue;
    found.push({ family, length: m[0].length, label: raw.slice(0, m[1]!.length), ...reading });
  }
  return found;
}

const PIECES = [
  '(',
  ')',
  '1',
  '12',
  '.',
  '．',
  ' ',
  '\t',
  '一',
  '十',
  '〇',
  'の',
  'ノ',
  '二',
  '①',
  '㉑',
  '㊱',
  'ア',
  'ヴ',
  'イ',
  'a',
  'i',
  'v',
  'x',
  'z',
  '第',
  '条',
  '前',
];
/** Marker-shaped heads, each then followed by pieces: a random line rarely reads as a marker. */
const HEADS = [
  '(1)',
  '( 2 )',
  '1. ',
  '3．',
  '一 ',
  '一の二 ',
  '十ノ三',
  '(一)',
  '①',
  '㉑',
  'ア ',
  '(ア)',
  'a. ',
  'b) ',
  '(a)',
  '(iv)',
  '2 ',
];
const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));
const line = fc
  .tuple(fc.oneof(fc.constantFrom(...HEADS), pieces), pieces)
  .map(([head, rest]) => head + rest)
  .filter((text) => text.length > 0);

describe('the readings of a list marker', () => {
  it('are those of every pattern, though only the patterns that can start with its first character are tried', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(matchMarkers(text, text)).toEqual(everyPattern(text, text));
      }),
      { numRuns: 3000 },
    );
  });
});
