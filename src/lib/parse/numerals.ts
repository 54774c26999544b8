/** Numerals and marker sequences as Japanese legal texts print them. */

const KANJI_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const ASCII_DIGITS = /^[0-9]+$/;

/** Characters that may form a numeral in a marker: ASCII, full-width and kanji digits. */
export const NUMERAL_CLASS = '0-9０-９〇零一二三四五六七八九十百千';

/**
 * Reads an Arabic (1, １２) or kanji (十四, 二十三, 百二十五, 一〇) numeral; NaN when it is none.
 * Kanji numerals come in two styles: positional with units (二十三) and digit by digit (一〇二).
 */
export function parseNumeral(raw: string): number {
  if (ASCII_DIGITS.test(raw)) return Number(raw);
  const text = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (ASCII_DIGITS.test(text)) return Number(text);
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  if (!/[十百千]/.test(text)) {
    return Number([...text].map((c) => KANJI_DIGITS[c]).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const c of text) {
    const unit = KANJI_UNITS[c];
    if (unit !== undefined) {
      total += (digit || 1) * unit;
      digit = 0;
    } else {
      digit = KANJI_DIGITS[c] ?? 0;
    }
  }
  return total + digit;
}

/** The branch numbers of a label (の二の三), compiled once rather than per label. */
const BRANCH = new RegExp(`の([${NUMERAL_CLASS}]+)`, 'g');

/** Reads a branch-numbered label such as 十一条の二の三 → "11_2_3" given the main numeral and its の-suffix. */
export function parseBranchNumber(main: string, branches: string): string | undefined {
  const head = parseNumeral(main);
  if (Number.isNaN(head)) return undefined;
  if (branches === '') return String(head);
  const parts = [String(head)];
  for (const m of branches.matchAll(BRANCH)) {
    const n = parseNumeral(m[1]!);
    if (Number.isNaN(n)) return undefined;
    parts.push(String(n));
  }
  return parts.join('_');
}

/** The gojūon order used by municipal texts for sub-items: ア, イ, ウ … */
export const AIUEO = [
  ...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン',
];
/** The iroha order used by national laws: イ, ロ, ハ … */
export const IROHA = [
  ...'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス',
];

const ROMAN = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'xi',
  'xii',
  'xiii',
  'xiv',
  'xv',
  'xvi',
  'xvii',
  'xviii',
  'xix',
  'xx',
];

/** Position (1-based) of a lower-case roman numeral, or NaN. */
export function parseRoman(raw: string): number {
  const i = ROMAN.indexOf(raw.toLowerCase());
  return i < 0 ? Number.NaN : i + 1;
}

/** Position (1-based) of a circled number ①…⑳ ㉑…㉟ ㊱…㊿, or NaN. */
export function parseCircled(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return Number.NaN;
}

const ROMAN_VALUES: ReadonlyArray<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 2 → "ii", 14 → "xiv": lower-case Roman numerals, as item numbers and ordered lists write them. */
export function toRomanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN_VALUES) {
    for (; rest >= value; rest -= value) out += digits;
  }
  return out;
}
