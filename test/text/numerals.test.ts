import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KanjiNumeralStyle,
  NUMERAL_CLASS,
  parseBranchNumber,
  parseCircled,
  parseNumeral,
  parseRoman,
  toKanjiNumeral,
  toRomanNumeral,
} from '../../src/lib/text/numerals.ts';

const STYLES: KanjiNumeralStyle[] = ['positional', 'digits', 'formal'];

describe('kanji numerals round trip', () => {
  it.each(STYLES)('every count reads back from its %s kanji', (style) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), (n) => {
        expect(parseNumeral(toKanjiNumeral(n, style))).toBe(n);
      }),
    );
  });

  it('numbers of articles, paragraphs and years read back in the three styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...STYLES), (n, style) => {
        const kanji = toKanjiNumeral(n, style);
        expect(new RegExp(`^[${NUMERAL_CLASS}壱弐参拾]+$`).test(kanji)).toBe(true);
        expect(parseNumeral(kanji)).toBe(n);
      }),
    );
  });

  it('Arabic and full-width digits read as they are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (n) => {
        const fullWidth = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseNumeral(String(n))).toBe(n);
        expect(parseNumeral(fullWidth)).toBe(n);
      }),
    );
  });
});

describe('kanji numerals as printed', () => {
  it.each([
    [100, 'positional', '百'],
    [100, 'digits', '一〇〇'],
    [100, 'formal', '壱百'],
    [123, 'positional', '百二十三'],
    [123, 'formal', '壱百弐拾参'],
    [1010, 'positional', '千十'],
    [21000, 'positional', '二万一千'],
    [10000, 'formal', '壱萬'],
    [130, 'digits', '一三〇'],
    [0, 'positional', '〇'],
  ] as const)('%i in the %s style is %s', (n, style, printed) => {
    expect(toKanjiNumeral(n, style)).toBe(printed);
  });

  it.each([
    ['十四', 14],
    ['二十三', 23],
    ['百二十五', 125],
    ['一〇', 10],
    ['五十七', 57],
    ['一三〇', 130],
    ['零', 0],
    ['二万一千', 21000],
    ['弐拾', 20],
    ['壱阡', 1000],
    ['１２', 12],
    ['第一', Number.NaN],
    ['一定', Number.NaN],
    ['', Number.NaN],
  ])('reads %s as %d', (printed, value) => {
    expect(parseNumeral(printed)).toBe(value);
  });

  it('refuses what is not a count', () => {
    expect(() => toKanjiNumeral(-1)).toThrow(RangeError);
    expect(() => toKanjiNumeral(1.5)).toThrow(RangeError);
  });
});

describe('branch numbers and marker sequences', () => {
  it('reads 条の二の三 style branch numbers', () => {
    expect(parseBranchNumber('十一', 'の二の三')).toBe('11_2_3');
    expect(parseBranchNumber('244', 'の2')).toBe('244_2');
    expect(parseBranchNumber('一定', '')).toBeUndefined();
  });

  it('Roman numerals and circled numbers round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (n) => {
        expect(parseRoman(toRomanNumeral(n))).toBe(n);
      }),
    );
    expect(parseCircled('①')).toBe(1);
    expect(parseCircled('⑳')).toBe(20);
    expect(parseCircled('㉑')).toBe(21);
    expect(parseCircled('㊿')).toBe(50);
    expect(parseCircled('a')).toBeNaN();
  });
});
