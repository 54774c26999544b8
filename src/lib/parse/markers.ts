import { AIUEO, IROHA, parseCircled, parseNumeral, parseRoman } from '../text/numerals.ts';

/** How a list marker is printed; nesting follows families and their sequence, never indentation. */
export type MarkerFamily =
  | 'paren-arabic'
  | 'kanji'
  | 'paren-kanji'
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
  /** branch numbers of an item inserted by amendment: 九の二 → "2", 一の二の三 → "2_3" */
  branch?: string;
}

/**
 * Reads the list marker at the start of `norm` (a half-width view of the line after its indent).
 * Returns every reading: "(i)" is both the ninth Latin letter and the first Roman numeral, and
 * the sequence decides.
 */
export function matchMarkers(norm: string, raw: string): readonly MarkerMatch[] {
  // most lines are sentences: they share one empty answer instead of an array each
  if (!MARKER_START.test(norm)) return NO_MARKERS;
  const found: MarkerMatch[] = [];
  for (const { family, pattern, read } of PATTERNS_BY_START[startOf(norm.charCodeAt(0))]) {
    const m = pattern.exec(norm);
    if (!m) continue;
    const reading = read(m);
    if (Number.isNaN(reading.num)) continue;
    const label = raw.slice(0, m[1]!.length);
    found.push({ family, length: m[0].length, label, ...reading });
  }
  return found;
}

const NO_MARKERS: readonly MarkerMatch[] = Object.freeze([]);

/** Characters a marker can start with: most lines are sentences and skip every pattern. */
const MARKER_START = /^[(0-9〇一二三四五六七八九十百\u2460-\u2473\u3251-\u325f\u32b1-\u32bfア-ヴa-z]/;

/** What a marker's first character is; each pattern can start with one kind only. */
type MarkerStart = 'paren' | 'digit' | 'kanji' | 'circled' | 'katakana' | 'latin';

/** The kind of a first character that passed {@link MARKER_START}. */
function startOf(code: number): MarkerStart {
  if (code === 0x28) return 'paren';
  if (code >= 0x30 && code <= 0x39) return 'digit';
  if (code >= 0x61 && code <= 0x7a) return 'latin';
  if (code >= 0x30a2 && code <= 0x30f4) return 'katakana';
  if (
    (code >= 0x2460 && code <= 0x2473) ||
    (code >= 0x3251 && code <= 0x325f) ||
    (code >= 0x32b1 && code <= 0x32bf)
  )
    return 'circled';
  return 'kanji';
}

export interface MarkerPattern {
  family: MarkerFamily;
  /** the only kind of character the pattern can start with */
  start: MarkerStart;
  /** group 1: the marker as printed; group 2: its numeral or letter */
  pattern: RegExp;
  read: (m: RegExpExecArray) => { num: number; letter?: string; branch?: string };
}

/** Every reading of a list marker, in the order readings are returned. */
export const MARKER_PATTERNS: readonly MarkerPattern[] = [
  // ( 1 ): a PDF extraction may set the number apart from its parentheses
  {
    family: 'paren-arabic',
    start: 'paren',
    pattern: /^(\([ \t]?(\d{1,3})[ \t]?\))[ \t]*/,
    read: (m) => ({ num: Number(m[2]) }),
  },
  {
    // （一） (二): items of old ordinances, and a level below 一 in some 例規集
    family: 'paren-kanji',
    start: 'paren',
    pattern: /^(\(([〇一二三四五六七八九十百]+)\))[ \t]*/,
    read: (m) => ({ num: parseNumeral(m[2]!) }),
  },
  {
    family: 'kanji',
    start: 'kanji',
    // 一の二, and 一ノ二 in old laws
    pattern:
      /^(([〇一二三四五六七八九十百]+)((?:[のノ][〇一二三四五六七八九十百]+)*))(?:[ \t]+(?=\S)|[ \t]*$)/,
    read: (m) => {
      const num = parseNumeral(m[2]!);
      if (!m[3]) return { num };
      const branch = m[3]
        .split(/[のノ]/)
        .slice(1)
        .map((n) => String(parseNumeral(n)))
        .join('_');
      return { num, branch };
    },
  },
  {
    family: 'dot-arabic',
    start: 'digit',
    pattern: /^((\d{1,3})[.．])[ \t]+(?=\S)/,
    read: (m) => ({ num: Number(m[2]) }),
  },
  {
    family: 'circled',
    start: 'circled',
    pattern: /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])[ \t]*/,
    read: (m) => ({ num: parseCircled(m[1]!) }),
  },
  {
    family: 'katakana',
    start: 'katakana',
    pattern: /^(([ア-ヴ]))(?:[ \t]+(?=\S)|[ \t]*$)/,
    read: (m) => ({ num: 0, letter: m[2]! }),
  },
  {
    family: 'paren-katakana',
    start: 'paren',
    pattern: /^(\(([ア-ヴ])\))[ \t]*/,
    read: (m) => ({ num: 0, letter: m[2]! }),
  },
  {
    family: 'latin',
    start: 'latin',
    pattern: /^(([a-z])[.)]?)[ \t]+(?=\S)/,
    read: (m) => ({ num: m[2]!.charCodeAt(0) - 96 }),
  },
  {
    family: 'paren-latin',
    start: 'paren',
    pattern: /^(\(([a-z])\))[ \t]*/,
    read: (m) => ({ num: m[2]!.charCodeAt(0) - 96 }),
  },
  {
    family: 'paren-roman',
    start: 'paren',
    pattern: /^(\(([ivx]{1,5})\))[ \t]*/,
    read: (m) => ({ num: parseRoman(m[2]!) }),
  },
];

/**
 * The patterns that can match a line by its first character, in {@link MARKER_PATTERNS} order: a
 * marker line tried all ten, and most fail on the first character (test/parse/markers.property.test.ts
 * checks the readings against those of every pattern).
 */
const PATTERNS_BY_START: Record<MarkerStart, readonly MarkerPattern[]> = {
  paren: MARKER_PATTERNS.filter((p) => p.start === 'paren'),
  digit: MARKER_PATTERNS.filter((p) => p.start === 'digit'),
  kanji: MARKER_PATTERNS.filter((p) => p.start === 'kanji'),
  circled: MARKER_PATTERNS.filter((p) => p.start === 'circled'),
  katakana: MARKER_PATTERNS.filter((p) => p.start === 'katakana'),
  latin: MARKER_PATTERNS.filter((p) => p.start === 'latin'),
};

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
