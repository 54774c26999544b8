/**
 * Character normalisation for search, shared by the index build and the browser: NFKC (full-width
 * letters and digits, half-width katakana), lower case, kanji numerals in numeric contexts as
 * Arabic numerals (十四日 → 14日, 第十一条の二 → 第11条の2) and counters written four ways as one
 * (3ヶ月 = 3カ月 = 3箇月 = 3か月). The result is a {@link MappedText}: every output unit keeps the
 * source characters it came from, so matches found in it can be highlighted in the original.
 */
import { type MappedText, MappedTextBuilder } from '../text/mapped-text.ts';
import { KANJI_NUMERAL_CLASS, parseNumeral } from '../text/numerals.ts';

/**
 * Kanji numerals become Arabic only where they count something: after 第, before a counter, or as
 * the branch number after 条/項/号 (第十一条の二). Elsewhere 一 is part of a word (一般, 統一, 一部).
 */
const NUMERAL_IN_CONTEXT = new RegExp(
  `(?<=第)[${KANJI_NUMERAL_CLASS}]+|(?<=[条項号]の)[${KANJI_NUMERAL_CLASS}]+|[${KANJI_NUMERAL_CLASS}]+(?=日|条|項|号|年|月|か月|週|時間|円|万|億|人|件|回|歳|章|節|款|編|枚|割|倍|親等|か所)`,
  'g',
);
/** Counters between a number and 月/所 written as ヶ, ケ, ヵ, カ, 箇 or 個: one spelling, か. */
const COUNTER_KA = /(?<=[0-9〇零一二三四五六七八九十百千])[ヶケヵカ箇個](?=月|所)/g;
/** Voiced-sound marks that NFKC composes with the kana before them. */
const COMBINING = /[\u3099\u309a\uff9e\uff9f]/;

/**
 * NFKC per character (half-width kana with their voicing marks together), ASCII lower case,
 * dashes as `-`, then numerals and counters. Offsets point into `source`.
 */
export function normalizeForSearch(source: string): MappedText {
  const out = new MappedTextBuilder(source.length);
  let i = 0;
  while (i < source.length) {
    const start = i;
    i += source.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < source.length && COMBINING.test(source[i]!)) i++;
    out.push(foldCharacter(source.slice(start, i).normalize('NFKC')), start, i);
  }
  return replaceNumerals(out.finish(source.length));
}

/** Lower-case ASCII; unify dashes and tildes that NFKC leaves apart. */
function foldCharacter(c: string): string {
  if (c.length === 1) {
    const code = c.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    if (/[\u2010-\u2015\u2212\ufe63]/.test(c)) return '-';
    if (/[\u301c\u223c]/.test(c)) return '~';
  }
  return c.length > 1 ? c.toLowerCase() : c;
}

/** Apply NUMERAL_IN_CONTEXT and COUNTER_KA, keeping offsets (a replaced run maps to its whole source). */
function replaceNumerals(input: MappedText): MappedText {
  let current = input;
  current = replaceAll(current, COUNTER_KA, () => 'か');
  // Branch numbers follow a converted article number (条の二 after 第十一), so run twice.
  for (let round = 0; round < 2; round++) {
    current = replaceAll(current, NUMERAL_IN_CONTEXT, (run) => {
      const value = parseNumeral(run);
      return Number.isNaN(value) ? run : String(value);
    });
  }
  return current;
}

function replaceAll(input: MappedText, pattern: RegExp, replace: (match: string) => string): MappedText {
  const out = new MappedTextBuilder(input.text.length);
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      out.pushUnit(input.text.charCodeAt(k), input.origin[k]!, input.originEnd[k]!);
  };
  let last = 0;
  for (const match of input.text.matchAll(pattern)) {
    const at = match.index;
    copy(last, at);
    const end = at + match[0].length;
    out.push(replace(match[0]), input.origin[at]!, input.originEnd[end - 1]!);
    last = end;
  }
  copy(last, input.text.length);
  return out.finish(input.origin[input.text.length]!);
}

/** Character classes the tokenizer reads. */
type CharClass = 'kanji' | 'katakana' | 'hiragana' | 'alnum' | 'other';

/** Class of one normalised character: kanji (with 々〆), katakana (with ー and ヶ), hiragana, ASCII letters and digits. */
export function classifyChar(c: string): CharClass {
  const code = c.codePointAt(0) ?? 0;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return 'alnum';
  if (code >= 0x3041 && code <= 0x3096) return 'hiragana';
  if (code === 0x309d || code === 0x309e) return 'hiragana';
  if ((code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || code === 0x30fd || code === 0x30fe) {
    return 'katakana';
  }
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff) ||
    code === 0x3005 ||
    code === 0x3006
  ) {
    return 'kanji';
  }
  return 'other';
}

/** カタカナ → ひらがな (ー and other characters kept). */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}
