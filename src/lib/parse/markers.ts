import { AIUEO, IROHA, NUMERAL_CLASS, parseCircled, parseNumeral, parseRoman } from './numerals.ts';

/** How a list marker is printed; nesting follows families and their sequence, never indentation. */
export type MarkerFamily =
  | 'paren-arabic'
  | 'kanji'
  | 'dot-arabic'
  | 'circled'
  | 'katakana'
  | 'paren-katakana'
  | 'latin'
  | 'paren-latin'
  | 'paren-roman'
  | 'inferred';

/** A list marker found at the start of a line. */
export interface MarkerMatch {
  family: MarkerFamily;
  /** characters of the marker including the separator after it */
  length: number;
  /** the marker as printed, without the separator */
  label: string;
  /** katakana letter for ア/イ markers, whose number depends on the order (gojūon or iroha) */
  letter?: string;
  /** 1-based position in its sequence, for families whose order is fixed */
  num: number;
}

/**
 * Reads the list marker at the start of `norm` (a half-width view of the line after its indent).
 * Returns every reading: "(i)" is both the ninth Latin letter and the first Roman numeral, and
 * the sequence decides.
 */
export function matchMarkers(norm: string, raw: string): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  for (const { family, pattern, read } of MARKER_PATTERNS) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const reading = read(m);
    if (Number.isNaN(reading.num)) continue;
    const label = raw.slice(0, m[1]!.length);
    found.push({ family, length: m[0].length, label, ...reading });
  }
  return found;
}

interface MarkerPattern {
  family: MarkerFamily;
  /** group 1: the marker as printed; group 2: its numeral or letter */
  pattern: RegExp;
  read: (m: RegExpExecArray) => { num: number; letter?: string };
}

const MARKER_PATTERNS: MarkerPattern[] = [
  { family: 'paren-arabic', pattern: /^(\((\d{1,3})\))[ \t]*/, read: (m) => ({ num: Number(m[2]) }) },
  {
    family: 'kanji',
    pattern: /^(([〇一二三四五六七八九十百]+))[ \t]+(?=\S)/,
    read: (m) => ({ num: parseNumeral(m[2]!) }),
  },
  { family: 'dot-arabic', pattern: /^((\d{1,3})[.．])[ \t]+(?=\S)/, read: (m) => ({ num: Number(m[2]) }) },
  {
    family: 'circled',
    pattern: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])[ \t]*/,
    read: (m) => ({ num: parseCircled(m[1]!) }),
  },
  { family: 'katakana', pattern: /^(([ア-ヴ]))[ \t]+(?=\S)/, read: (m) => ({ num: 0, letter: m[2]! }) },
  { family: 'paren-katakana', pattern: /^(\(([ア-ヴ])\))[ \t]*/, read: (m) => ({ num: 0, letter: m[2]! }) },
  {
    family: 'latin',
    pattern: /^(([a-z])[.)]?)[ \t]+(?=\S)/,
    read: (m) => ({ num: m[2]!.charCodeAt(0) - 96 }),
  },
  {
    family: 'paren-latin',
    pattern: /^(\(([a-z])\))[ \t]*/,
    read: (m) => ({ num: m[2]!.charCodeAt(0) - 96 }),
  },
  { family: 'paren-roman', pattern: /^(\(([ivx]{1,5})\))[ \t]*/, read: (m) => ({ num: parseRoman(m[2]!) }) },
];

/** Position of a katakana letter in an order, 1-based; NaN when absent. */
export function letterPosition(letter: string, order: 'aiueo' | 'iroha'): number {
  const list = order === 'iroha' ? IROHA : AIUEO;
  const i = list.indexOf(letter);
  return i < 0 ? Number.NaN : i + 1;
}

/** The label an inferred sub-item gets at a position (ア, イ, ウ …). */
export function inferredLabel(position: number): string {
  return AIUEO[position - 1] ?? String(position);
}

/** 第N条, 第N条の2, 第十一条の二 at the start of a line (half-width view). */
export const ARTICLE_LINE = new RegExp(
  `^第([${NUMERAL_CLASS}]+)条((?:の[${NUMERAL_CLASS}]+)*)(?:から第([${NUMERAL_CLASS}]+)条((?:の[${NUMERAL_CLASS}]+)*)まで)?(?:\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\))?(?=[ \\t]|$)[ \\t]*`,
);

/** 第N編/章/節/款/目 headings, with branch numbers (第4章の2). */
export const DIVISION_LINE = new RegExp(
  `^第([${NUMERAL_CLASS}]+)(編|章|節|款|目)((?:の[${NUMERAL_CLASS}]+)*)(?:[ \\t]+(.*?))?[ \\t]*$`,
);

/** 附則, 附 則, 附則(平成19年10月1日条例第24号), 附則(…抄). */
export const SUPPLEMENT_LINE = /^附[ \t]*則[ \t]*(?:\((.*)\))?[ \t]*(抄)?[ \t]*$/;

/** An article caption on its own line: (目的). */
/**
 * An amendment record under an article in a 例規集 (令六条例一〇七・一部改正, 平16条例12・追加):
 * it notes what changed the article above, so it is text of that article, never the caption of
 * the next one, although it has a caption's parentheses.
 */
export const AMENDMENT_RECORD_LINE =
  /^\((?:明|大|昭|平|令)[^()]{0,20}?(?:条例|規則|規程|法律|法|政令|省令|告示|訓令)[^()]{0,20}・[^()]{1,60}\)[ \t]*$/;
export const CAPTION_LINE = /^\(([^()]{1,60}(?:\([^()]*\)[^()]*)?)\)[ \t]*$/;

/** A paragraph number: "2 " in municipal, "２　" in national style. */
export const PARAGRAPH_LINE = /^(\d{1,3})[ \t]+(?=\S)/;

/** Page-break marks left by PDF extraction: "- 3 -", "―３―", "3/12", form feeds. */
export const PAGE_BREAK_LINE =
  /^(?:[-‐―－ー—]\s*\d{1,4}\s*[-‐―－ー—]|\d{1,4}\s*\/\s*\d{1,4}|\f+|\(\d{1,4}\)\s*ページ|page \d+)$/i;

/** Appended tables and forms: 別表第1(第2条関係), 別記, 様式第2号. */
export const APPENDIX_LINE = new RegExp(
  `^(別表|別記|様式)(第[${NUMERAL_CLASS}]+(?:の[${NUMERAL_CLASS}]+)*号?)?[ \\t]*(\\(.*\\))?[ \\t]*$`,
);
