import { COUNTERS, LEVELS, type LevelType, levelOfCounter, RELATIVE_COUNTERS } from '../tree/levels.ts';
import type { LawInfo, LawMention } from './laws.ts';

/**
 * Pointer expressions as data (after Lawtext's model): each part of 前条第2項各号 is a level, a
 * relation to where it is written, and a number. Nothing here looks at the tree: the resolve
 * pass decides what the pointers point at. Offsets are into the normalised text.
 */

/** Levels of provisions a pointer names, outermost first (the registry's levels but 附則). */
export type Level = Exclude<LevelType, 'supplement'>;

/**
 * ABS: 第N条; PREV: 前条, 前2号, 前各号; NEXT: 次条; SAME: 同条 (the one last mentioned);
 * HERE: この条, 本条; EACH: 各号 (every child at the level; first in a chain, 次の各号, 当該各号 and
 * 各号 alone: the items of the paragraph it is written in).
 */
type Relation = 'ABS' | 'PREV' | 'NEXT' | 'SAME' | 'HERE' | 'EACH';

/** One part of a chain: 前条, 第2項, 各号, イ. */
export interface PointerPart {
  rel: Relation;
  level: Level;
  /** ABS: the number, branches joined by _ (11_2); for appendices the label normalised (別表第2) */
  num?: string;
  /** ABS sub-items: the letter as printed (ア, イ, ロ) */
  letter?: string;
  /** PREV: how many (前2号 → 2), or all (前各号) */
  count?: number | 'all';
  /** 当該各号: the items of the 各号 just cited, when there is one */
  anaphoric?: boolean;
  start: number;
  end: number;
}

/** How a chain names another law (or this document) before its pointers. */
export type LawPrefix =
  /** named with its number right before: 地方自治法(昭和22年法律第67号)第244条 */
  | { kind: 'mention'; mention: LawMention; start: number }
  /** by title, abbreviation, or a word for the document itself (この条例) */
  | { kind: 'name'; law: LawInfo; start: number }
  /** 同法, 同条例, 同令, 同規則: the law of that kind last cited */
  | { kind: 'same'; which: string; start: number }
  /** a law-like name without number that the document does not define */
  | { kind: 'unknown'; title: string | null; start: number };

/** One pointer chain: 番号法第19条各号, 前項第1号, 附則第2項, 第61条から第64条まで. */
export interface Chain {
  parts: PointerPart[];
  /** start of the text, including a law name before the pointers */
  start: number;
  end: number;
  /** 附則第N条: a provision of the supplementary provisions */
  suppl: boolean;
  /** 本文, ただし書, 前段, 後段, 各号列記以外の部分, 柱書: a part of the unit; the target stays the unit */
  qualifier?: string;
  law?: LawPrefix;
  /** how it joins the chain before it: first of a list, after a conjunction, or with no separator */
  link: 'first' | 'list' | 'run';
  /** printed inside 「」 */
  quoted?: boolean;
  /** X から Y まで: the end of the range (this chain is its start) */
  rangeTo?: Chain;
}

/** Chains joined into one list (第7条第2号又は第3号); later members inherit what they omit. */
export interface Group {
  chains: Chain[];
  start: number;
  end: number;
  /** the group is followed by 中 (第2条中第28条…): in amendment provisions, what follows is the amended text */
  naka: boolean;
  /** the group is inside 「」 (text quoted to be read in or replaced): only chains naming another law are read */
  quoted?: boolean;
  /** the chain whose list this group continues after a parenthesis (法第6条第1項(…)又は第16条第2項) */
  after?: Chain;
  /**
   * The chain whose parentheses hold this group: in 第27条(第4項を除き、第5項及び第6項…) the
   * paragraphs are article 27's.
   */
  inside?: Chain;
}

/** The level a counter the pointer patterns matched names: 章 → chapter, 条 → article. */
function counterLevel(counter: string): Level {
  const level = levelOfCounter(counter)?.type;
  if (level === undefined || level === 'supplement') throw new Error(`Expected a counter, got ${counter}`);
  return level;
}

/** Letters after a relative pointer that make it a word (この条例, 同条例, この項目, 号令). */
const BLOCKED_FOLLOWERS: Record<string, string> = {
  条: '例約件理文規令',
  項: '目',
  号: '令外',
  章: '句',
  節: '約度',
  編: '集成',
  款: '',
};

/** 第N条の2; older laws print the branch with katakana ノ (軌道法第22条ノ2). */
const ABS = new RegExp(`第(\\d+)([${COUNTERS}])((?:[のノ]\\d+)*)`, 'y');
/** Appended tables and forms: 別表, 別表第2, 別記様式第1号, 様式第3号. */
const APPENDIX = /(?:別表|別記(?:様式)?|様式(?=第))(?:第\d+(?:の\d+)*号?)?/y;
/** 同表: the appended table last cited (別表第1の上欄…同表の下欄); not 同表示. */
const SAME_APPENDIX = /同表(?!示)/y;
const PREV_ALL = /前各([条項号])/y;
const PREV_COUNT = new RegExp(`前(\\d+)([${RELATIVE_COUNTERS}])`, 'y');
const RELATIVE = new RegExp(`([前次同])([${RELATIVE_COUNTERS}])`, 'y');
const HERE = new RegExp(`(この|本)([${RELATIVE_COUNTERS}])`, 'y');
const EACH = /各([項号])(?!列記)/y;
/** 次の各号, 当該各号, 各号 at the start of a chain: the items of the paragraph it is written in. */
const OWN_ITEMS = /(?:次の|当該)?各号(?!列記)/y;
/** A sub-item letter: one katakana not followed by another (ア, not アクセス). */
/**
 * A sub-item's letter after 号 (第1号イ). In laws written with katakana okurigana the particles
 * ニ ノ ヲ ハ ト ヘ follow 號 too (第一號ニ掲ケタル, 同條第二號ノ規定): one of them followed by a
 * kanji that is no connective (及び, 又は, 中…) is the particle.
 */
export const LETTER =
  /((?:[ニノヲハトヘ](?![ァ-ヶー]|[\u3400-\u9fff々](?<![及又並若中各第同前次本当]))|(?![ニノヲハトヘ])[ア-ン](?![ァ-ヶー])))/y;
const QUALIFIER = /本文|ただし書き?|前段|後段|各号列記以外の部分|柱書/y;
/** A 第N号 right after these is a law or form number, not an item. */
const NUMBER_ISSUER = /(?:法律|政令|条例|規則|省令|府令|告示|訓令|様式|規程|通知|達|令)$/;

/** `re` (sticky) matched at `i`. */
export function sticky(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function blocked(unit: string, s: string, end: number): boolean {
  const next = s[end];
  return next !== undefined && (BLOCKED_FOLLOWERS[unit] ?? '').includes(next);
}

/** Reads one pointer part at `i`, given the part before it in the chain. */
function readPart(s: string, i: number, prev: PointerPart | undefined): PointerPart | null {
  let m = sticky(ABS, s, i);
  if (m) {
    const branches = m[3] ? m[3].split(/[のノ]/).filter(Boolean) : [];
    const num = [m[1]!, ...branches].map((n) => String(Number(n))).join('_');
    return { rel: 'ABS', level: counterLevel(m[2]!), num, start: i, end: i + m[0].length };
  }
  if (prev) {
    m = sticky(EACH, s, i);
    if (m) return { rel: 'EACH', level: counterLevel(m[1]!), start: i, end: i + m[0].length };
    m = prev.level === 'item' ? sticky(LETTER, s, i) : null;
    if (m) return { rel: 'ABS', level: 'subitem', letter: m[1]!, start: i, end: i + 1 };
    return null;
  }
  m = sticky(OWN_ITEMS, s, i);
  if (m) {
    const part: PointerPart = { rel: 'EACH', level: 'item', start: i, end: i + m[0].length };
    if (m[0].startsWith('当該')) part.anaphoric = true;
    return part;
  }
  m = sticky(APPENDIX, s, i);
  if (m) return { rel: 'ABS', level: 'appendix', num: m[0], start: i, end: i + m[0].length };
  m = sticky(SAME_APPENDIX, s, i);
  if (m) return { rel: 'SAME', level: 'appendix', start: i, end: i + m[0].length };
  m = sticky(PREV_ALL, s, i);
  if (m && !blocked(m[1]!, s, i + m[0].length)) {
    return { rel: 'PREV', level: counterLevel(m[1]!), count: 'all', start: i, end: i + m[0].length };
  }
  m = sticky(PREV_COUNT, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    const count = Number(m[1]);
    return { rel: 'PREV', level: counterLevel(m[2]!), count, start: i, end: i + m[0].length };
  }
  m = sticky(RELATIVE, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    const rel = m[1] === '前' ? 'PREV' : m[1] === '次' ? 'NEXT' : 'SAME';
    return { rel, level: counterLevel(m[2]!), start: i, end: i + m[0].length };
  }
  m = sticky(HERE, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    return { rel: 'HERE', level: counterLevel(m[2]!), start: i, end: i + m[0].length };
  }
  return null;
}

/** Reads one chain of parts at `i`: each part narrows the one before (条 → 項 → 号 → letter). */
export function readChain(s: string, i: number): Chain | null {
  let j = i;
  const suppl = s.startsWith('附則', i) && s[i + 2] === '第';
  if (suppl) j += 2;
  const parts: PointerPart[] = [];
  for (;;) {
    const last = parts[parts.length - 1];
    const part = readPart(s, j, last);
    if (!part) break;
    // a part at the same or an outer level starts the next chain (第8条第2項第8号第9条…);
    // nothing narrows 各号
    if (last && (last.rel === 'EACH' || LEVELS[part.level].rank <= LEVELS[last.level].rank)) break;
    parts.push(part);
    j = part.end;
  }
  const first = parts[0];
  if (!first) return null;
  if (
    first.rel === 'ABS' &&
    first.level === 'item' &&
    !suppl &&
    NUMBER_ISSUER.test(s.slice(Math.max(0, i - 4), i))
  )
    return null;
  if (suppl && first.rel === 'ABS' && first.level !== 'article' && first.level !== 'paragraph') return null;
  const chain: Chain = { parts, start: i, end: j, suppl, link: 'first' };
  const q = sticky(QUALIFIER, s, j);
  if (q) {
    chain.qualifier = q[0];
    chain.end = j + q[0].length;
  }
  return chain;
}
