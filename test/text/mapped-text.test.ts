import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/lib/analyze/normalize.ts';
import { normalizeForSearch } from '../../src/lib/search/normalize.ts';
import {
  type MappedText,
  MappedTextBuilder,
  mappedAt,
  sourceRange,
  sourceRangeThrough,
} from '../../src/lib/text/mapped-text.ts';
import { parseNumeral, toKanjiNumeral } from '../../src/lib/text/numerals.ts';
import { buildTextView } from '../../src/lib/text/view.ts';

/** Pieces of statute text: pointers in both numeral styles, words with numerals, spaces, full width. */
const piece = fc.oneof(
  fc.integer({ min: 1, max: 300 }).map((n) => `第${toKanjiNumeral(n)}条`),
  fc.integer({ min: 1, max: 30 }).map((n) => `第${n}項`),
  fc.integer({ min: 1, max: 9 }).map((n) => `の${toKanjiNumeral(n)}`),
  fc.constantFrom('前条', '同項', '一定', '統一', '第三者', '平成十五年', '令和元年', '十四日', '３ヶ月'),
  fc.constantFrom('　', ' ', '個人情報', 'ＡＢＣ', 'ｶﾞｲﾄﾞ', '。', '（', '）'),
);
const statute = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
/** The same, each piece its own phrase: digit runs of neighbours (第1項 3ヶ月) cannot run together. */
const phrases = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('、'));

/** Every unit's source lies inside the source, in order, and the end maps to the end. */
function expectWellFormed(mapped: MappedText, sourceLength: number): void {
  expect(mapped.origin.length).toBe(mapped.text.length + 1);
  expect(mapped.originEnd.length).toBe(mapped.text.length + 1);
  for (let i = 0; i < mapped.text.length; i++) {
    expect(mapped.origin[i]!).toBeGreaterThanOrEqual(i === 0 ? 0 : mapped.origin[i - 1]!);
    expect(mapped.originEnd[i]!).toBeGreaterThan(mapped.origin[i]!);
    expect(mapped.originEnd[i]!).toBeLessThanOrEqual(sourceLength);
  }
  expect(mapped.origin[mapped.text.length]).toBe(sourceLength);
}

describe('mapped text offsets map back to the source', () => {
  it('matching text: every unit came from source characters that read the same', () => {
    fc.assert(
      fc.property(phrases, (source) => {
        const norm = normalizeForMatching(source);
        expectWellFormed(norm, source.length);
        // each run of Arabic digits reads the same number as the source it came from
        for (const m of norm.text.matchAll(/\d+/g)) {
          const { start, end } = sourceRange(norm, m.index, m.index + m[0].length);
          const printed = source.slice(start, end).replace(/元/, '一');
          expect(parseNumeral(printed.normalize('NFKC'))).toBe(Number(m[0]));
        }
      }),
    );
  });

  it('search text: each unit maps to source characters that normalise to it', () => {
    fc.assert(
      fc.property(statute, (source) => {
        const norm = normalizeForSearch(source);
        expectWellFormed(norm, source.length);
        for (let i = 0; i < norm.text.length; i++) {
          const { start, end } = sourceRange(norm, i, i + 1);
          const from = source.slice(start, end).normalize('NFKC').toLowerCase();
          const unit = norm.text[i]!;
          // a converted numeral's digits come from the kanji run; か from a counter ヶ
          if (!/[0-9か]/.test(unit)) expect(from).toContain(unit);
        }
      }),
    );
  });

  it('a view over several lines composes with the text derived from it', () => {
    fc.assert(
      fc.property(fc.array(statute, { minLength: 1, maxLength: 4 }), (lines) => {
        const source = lines.join('\n');
        const segments: Array<{ start: number; end: number }> = [];
        let at = 0;
        for (const line of lines) {
          segments.push({ start: at, end: at + line.length });
          at += line.length + 1;
        }
        const view = buildTextView(source, segments, 'ja');
        const norm = normalizeForMatching(view.text);
        for (const m of norm.text.matchAll(/第\d+条/g)) {
          const { start, end } = sourceRangeThrough(view, norm, m.index, m.index + m[0].length);
          const printed = source.slice(start, end).replace(/\s/g, '');
          expect(printed.startsWith('第') && printed.endsWith('条')).toBe(true);
          expect(normalizeForMatching(printed).text).toBe(m[0]);
        }
      }),
    );
  });
});

describe('building mapped text', () => {
  it('keeps long texts whole across growth', () => {
    const builder = new MappedTextBuilder(1);
    for (let i = 0; i < 20_000; i++) builder.push(i % 2 ? 'ab' : 'c', i, i + 1);
    const built = builder.finish(20_000);
    expect(built.text.length).toBe(30_000);
    expect(sourceRange(built, 29_998, 30_000)).toEqual({ start: 19_999, end: 20_000 });
  });

  it('maps a caption printed at an offset', () => {
    const caption = mappedAt('（定義）', 120);
    expect(sourceRange(caption, 1, 3)).toEqual({ start: 121, end: 123 });
    expect(caption.origin[caption.text.length]).toBe(124);
  });

  it('real text: 第二十三条の二第十一項 maps each converted number to its kanji', () => {
    const text = '前条　第二十三条の二第十一項';
    const norm = normalizeForMatching(text);
    expect(norm.text).toBe('前条第23条の2第11項');
    const at = norm.text.indexOf('23');
    const { start, end } = sourceRange(norm, at, at + 2);
    expect(text.slice(start, end)).toBe('二十三');
  });
});
