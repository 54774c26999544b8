/**
 * Numerals and marker sequences as Japanese legal texts print them: Arabic and full-width digits,
 * kanji numerals in their three styles (with units 百二十三, digit by digit 一二三, formal 壱百弐拾参),
 * Roman numerals, circled numbers and the kana orders of sub-items. The one reader and writer
 * every layer uses (ingest, parse, analyse, search, site).
 */

/** Kanji digits, the formal forms (大字) of laws, deeds and old texts with them. */
const KANJI_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壱: 1,
  壹: 1,
  二: 2,
  弐: 2,
  貳: 2,
  三: 3,
  参: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陸: 6,
  七: 7,
  漆: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
/** Units below 万: they multiply the digit before them (二十 = 20) and stand alone for one (十 = 10). */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  陌: 100,
  千: 1000,
  阡: 1000,
  仟: 1000,
};
/** Units of four places: they multiply the whole group before them (二千三百万). */
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 億: 1e8, 兆: 1e12 };

/** The kanji numerals legal texts print, digits and units below 万: 〇零一二三四五六七八九十百千. */
export const KANJI_NUMERAL_CLASS = '〇零一二三四五六七八九十百千';
/** Characters that may form a numeral in a marker: ASCII, full-width and kanji digits. */
export const NUMERAL_CLASS = `0-9０-９${KANJI_NUMERAL_CLASS}`;

const KANJI_NUMERAL_ONLY = new RegExp(
  `^[${Object.keys(KANJI_DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(LARGE_UNITS).join('')}]+$`,
);
const HAS_UNIT = new RegExp(`[${Object.keys(SMALL_UNITS).join('')}${Object.keys(LARGE_UNITS).join('')}]`);

/** Full-width digits as ASCII: １２ → 12. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Reads an Arabic (1, １２) or kanji (十四, 二十三, 百二十五, 一〇, 二万一千, 壱百弐拾) numeral; NaN
 * when it is none. Kanji numerals come in two styles: positional with units (二十三) and digit by
 * digit (一〇二); either may use the formal digits (壱弐参).
 */
export function parseNumeral(raw: string): number {
  const text = asciiDigits(raw);
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!KANJI_NUMERAL_ONLY.test(text)) return Number.NaN;
  if (!HAS_UNIT.test(text)) {
    return Number([...text].map((c) => KANJI_DIGITS[c]).join(''));
  }
  let total = 0;
  let group = 0;
  let digit = 0;
  for (const c of text) {
    const small = SMALL_UNITS[c];
    const large = LARGE_UNITS[c];
    if (small !== undefined) {
      group += (digit || 1) * small;
      digit = 0;
    } else if (large !== undefined) {
      total += (group + digit || 1) * large;
      group = 0;
      digit = 0;
    } else {
      digit = KANJI_DIGITS[c] ?? 0;
    }
  }
  return total + group + digit;
}

/** How a kanji numeral is written. */
export type KanjiNumeralStyle =
  /** with units, as statutes count articles: 百二十三, 十, 二万一千 */
  | 'positional'
  /** digit by digit, as law numbers and years are often printed: 一二三, 一〇〇 */
  | 'digits'
  /** formal (大字), every unit with its digit: 壱百弐拾参, 壱萬 */
  | 'formal';

const PLAIN_DIGITS = '〇一二三四五六七八九';
const FORMAL_DIGITS = '〇壱弐参四五六七八九';

/** A non-negative integer as a kanji numeral: 123 → 百二十三 | 一二三 | 壱百弐拾参. */
export function toKanjiNumeral(n: number, style: KanjiNumeralStyle = 'positional'): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a countable number: ${n}`);
  if (style === 'digits') return [...String(n)].map((d) => PLAIN_DIGITS[Number(d)]).join('');
  if (n === 0) return '〇';
  const formal = style === 'formal';
  const digits = formal ? FORMAL_DIGITS : PLAIN_DIGITS;
  const small: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, formal ? '拾' : '十'],
  ];
  const large: Array<[number, string]> = [
    [1e12, '兆'],
    [1e8, '億'],
    [1e4, formal ? '萬' : '万'],
  ];
  /**
   * A group below 10,000: 2300 → 二千三百. A lone one before a unit is left out (百, 十) unless
   * formal, but kept before 千 after a larger unit, as amounts print it (二万一千).
   */
  const group = (value: number, afterLarger: boolean): string => {
    let out = '';
    let rest = value;
    for (const [size, unit] of small) {
      const d = Math.floor(rest / size);
      rest %= size;
      const keepOne = formal || (size === 1000 && afterLarger);
      if (d > 0) out += (d === 1 && !keepOne ? '' : digits[d]) + unit;
    }
    return rest > 0 ? out + digits[rest] : out;
  };
  let out = '';
  let rest = n;
  for (const [size, unit] of large) {
    const g = Math.floor(rest / size);
    rest %= size;
    if (g > 0) out += group(g, out !== '') + unit;
  }
  return rest > 0 ? out + group(rest, out !== '') : out;
}

/** The branch numbers of a label (の二の三), compiled once rather than per label. */
// old laws print branch numbers with ノ (第二十二条ノ二), as the analysis reads them too
const BRANCH = new RegExp(`[のノ]([${NUMERAL_CLASS}]+)`, 'g');

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
