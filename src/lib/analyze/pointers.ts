import type { LawInfo, LawMention, LawRegistry } from './laws.ts';
import { lawNameStart } from './laws.ts';

/**
 * Pointer expressions as data (after Lawtext's model): each part of 前条第2項各号 is a level, a
 * relation to where it is written, and a number. Nothing here looks at the tree: the resolve
 * pass decides what the pointers point at. Offsets are into the normalised text.
 */

/** Levels of provisions, outermost first. */
export type Level =
  | 'appendix'
  | 'part'
  | 'chapter'
  | 'section'
  | 'subsection'
  | 'division'
  | 'article'
  | 'paragraph'
  | 'item'
  | 'subitem';

export const LEVEL_RANK: Record<Level, number> = {
  appendix: -1,
  part: 0,
  chapter: 1,
  section: 2,
  subsection: 3,
  division: 4,
  article: 5,
  paragraph: 6,
  item: 7,
  subitem: 8,
};

/**
 * ABS: 第N条; PREV: 前条, 前2号, 前各号; NEXT: 次条; SAME: 同条 (the one last mentioned);
 * HERE: この条, 本条; EACH: 各号 (every child at the level).
 */
export type Relation = 'ABS' | 'PREV' | 'NEXT' | 'SAME' | 'HERE' | 'EACH';

export interface PointerPart {
  rel: Relation;
  level: Level;
  /** ABS: the number, branches joined by _ (11_2); for appendices the label normalised (別表第2) */
  num?: string;
  /** ABS sub-items: the letter as printed (ア, イ, ロ) */
  letter?: string;
  /** PREV: how many (前2号 → 2), or all (前各号) */
  count?: number | 'all';
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
  /**
   * The chain whose parentheses hold this group: in 第27条(第4項を除き、第5項及び第6項…) the
   * paragraphs are article 27's.
   */
  inside?: Chain;
}

const UNIT_LEVEL: Record<string, Level> = {
  編: 'part',
  章: 'chapter',
  節: 'section',
  款: 'subsection',
  目: 'division',
  条: 'article',
  項: 'paragraph',
  号: 'item',
};

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

const ABS = /第(\d+)([編章節款目条項号])((?:の\d+)*)/y;
/** Appended tables and forms: 別表, 別表第2, 別記様式第1号, 様式第3号. */
const APPENDIX = /(?:別表|別記(?:様式)?|様式(?=第))(?:第\d+(?:の\d+)*号?)?/y;
const PREV_ALL = /前各([条項号])/y;
const PREV_COUNT = /前(\d+)([編章節款条項号])/y;
const RELATIVE = /([前次同])([編章節款条項号])/y;
const HERE = /(この|本)([編章節款条項号])/y;
const EACH = /各([項号])(?!列記)/y;
const LETTER = /([ア-ン])(?![ァ-ヶー])/y;
const QUALIFIER = /本文|ただし書き?|前段|後段|各号列記以外の部分|柱書/y;
const CONNECTOR = /及び|並びに|又は|若しくは|、|・/y;
const SAME_LAW = /同(法|条例|令|規則|省令)/y;
const SAME_LAW_BEFORE = /同(?:法|条例|令|規則|省令)$/;
/** A 第N号 right after these is a law or form number, not an item. */
const NUMBER_ISSUER = /(?:法律|政令|条例|規則|省令|府令|告示|訓令|様式|規程|通知|達|令)$/;
/** Chains start here; the readers check the rest. */
const START =
  /附則第|第\d|前各?\d*[編章節款条項号]|[次同][編章節款条項号]|(?:この|本)[編章節款条項号]|別表|別記|様式第/g;
/** The last letter of a law-like name before 第: 法, 法律, 政令, 条例, 規則. */
const LAW_LIKE_END = /[法律令例則]$/;

function sticky(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function blocked(unit: string, s: string, end: number): boolean {
  const next = s[end];
  return next !== undefined && (BLOCKED_FOLLOWERS[unit] ?? '').includes(next);
}

/** Reads one pointer part at `i`, given the part before it in the chain. */
export function readPart(s: string, i: number, prev: PointerPart | undefined): PointerPart | null {
  let m = sticky(ABS, s, i);
  if (m) {
    const branches = m[3] ? m[3].split('の').filter(Boolean) : [];
    const num = [m[1]!, ...branches].map((n) => String(Number(n))).join('_');
    return { rel: 'ABS', level: UNIT_LEVEL[m[2]!]!, num, start: i, end: i + m[0].length };
  }
  if (prev) {
    m = sticky(EACH, s, i);
    if (m) return { rel: 'EACH', level: UNIT_LEVEL[m[1]!]!, start: i, end: i + m[0].length };
    m = prev.level === 'item' ? sticky(LETTER, s, i) : null;
    if (m) return { rel: 'ABS', level: 'subitem', letter: m[1]!, start: i, end: i + 1 };
    return null;
  }
  m = sticky(APPENDIX, s, i);
  if (m) return { rel: 'ABS', level: 'appendix', num: m[0], start: i, end: i + m[0].length };
  m = sticky(PREV_ALL, s, i);
  if (m && !blocked(m[1]!, s, i + m[0].length)) {
    return { rel: 'PREV', level: UNIT_LEVEL[m[1]!]!, count: 'all', start: i, end: i + m[0].length };
  }
  m = sticky(PREV_COUNT, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    const count = Number(m[1]);
    return { rel: 'PREV', level: UNIT_LEVEL[m[2]!]!, count, start: i, end: i + m[0].length };
  }
  m = sticky(RELATIVE, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    const rel = m[1] === '前' ? 'PREV' : m[1] === '次' ? 'NEXT' : 'SAME';
    return { rel, level: UNIT_LEVEL[m[2]!]!, start: i, end: i + m[0].length };
  }
  m = sticky(HERE, s, i);
  if (m && !blocked(m[2]!, s, i + m[0].length)) {
    return { rel: 'HERE', level: UNIT_LEVEL[m[2]!]!, start: i, end: i + m[0].length };
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
    if (last && (last.rel === 'EACH' || LEVEL_RANK[part.level] <= LEVEL_RANK[last.level])) break;
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

/**
 * Finds every pointer chain of a normalised text and joins them into lists and ranges. Law
 * names before a chain make it a reference into that law; the registry knows titles and
 * abbreviations, `mentions` the laws named with their number in this text.
 */
export function tokenizePointers(s: string, mentions: LawMention[], registry: LawRegistry): Group[] {
  const groups: Group[] = [];
  const byParenEnd = new Map(mentions.map((m) => [m.parenEnd, m]));
  const byNameStart = new Map(mentions.map((m) => [m.nameStart, m]));
  const quotes = quoteSpans(s);
  const owners: Array<{ chain: Chain; close: number }> = [];
  let qi = 0;
  let mi = 0;
  let i = 0;
  for (;;) {
    START.lastIndex = i;
    const found = START.exec(s);
    if (!found) break;
    let p = found.index;
    // quoted words (「前各項」とあるのは「第41条第6項」と) are text being replaced, not pointers from here
    while (qi < quotes.length && quotes[qi]!.end <= p) qi++;
    const quote = quotes[qi];
    if (quote && quote.start <= p) {
      i = quote.end;
      continue;
    }
    // a law number inside a mention's parentheses is not a pointer (its scope words are)
    while (mi < mentions.length && mentions[mi]!.numberEnd <= p) mi++;
    const inside = mentions[mi];
    if (inside && inside.parenStart <= p && p < inside.numberEnd) {
      i = inside.numberEnd;
      continue;
    }
    const first = readChain(s, p);
    if (!first) {
      i = p + 1;
      continue;
    }
    const law = prefixBefore(s, first.start, byParenEnd, registry);
    if (law) {
      first.law = law;
      first.start = law.start;
    }
    const group: Group = { chains: [first], start: first.start, end: first.end, naka: false };
    while (owners.length > 0 && owners[owners.length - 1]!.close < group.start) owners.pop();
    const owner = owners[owners.length - 1];
    if (owner) group.inside = owner.chain;
    let last = first;
    p = first.end;
    for (;;) {
      if (s.startsWith('から', p)) {
        const to = readPrefixed(s, p + 2, byNameStart, registry);
        if (to && s.startsWith('まで', to.end)) {
          last.rangeTo = to;
          last.end = to.end + 2;
          p = last.end;
          continue;
        }
        break;
      }
      const conn = sticky(CONNECTOR, s, p);
      const k = conn ? p + conn[0].length : p;
      let next = readPrefixed(s, k, byNameStart, registry);
      if (!next && conn && lastPart(last).level === 'subitem') next = readLetter(s, k);
      if (!next) break;
      next.link = conn ? 'list' : 'run';
      group.chains.push(next);
      last = next;
      p = next.end;
    }
    group.end = p;
    group.naka = s[p] === '中';
    groups.push(group);
    if (s[p] === '(') owners.push({ chain: last, close: closingParen(s, p) });
    i = p;
  }
  return groups;
}

/** The ) closing the ( at `open`, or the end of the text. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k;
  }
  return s.length;
}

/** Spans of 「…」 (outermost), in order. */
function quoteSpans(s: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = s.indexOf('「'); i >= 0 && i < s.length; i++) {
    const c = s[i];
    if (c === '「') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '」' && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1 });
    }
  }
  return out;
}

function lastPart(chain: Chain): PointerPart {
  return chain.parts[chain.parts.length - 1]!;
}

/** A list member that is only a letter: 第21条第2号ア又はイ. */
function readLetter(s: string, k: number): Chain | null {
  const m = sticky(LETTER, s, k);
  if (!m) return null;
  const part: PointerPart = { rel: 'ABS', level: 'subitem', letter: m[1]!, start: k, end: k + 1 };
  return { parts: [part], start: k, end: k + 1, suppl: false, link: 'list' };
}

/** A chain at `k`, or a law name at `k` followed by a chain (及び同法第30条, 及び地方公務員法第3条). */
function readPrefixed(
  s: string,
  k: number,
  byNameStart: Map<number, LawMention>,
  registry: LawRegistry,
): Chain | null {
  const plain = readChain(s, k);
  if (plain) return plain;
  const mention = byNameStart.get(k);
  if (mention) {
    const chain = readChain(s, mention.parenEnd);
    if (chain) {
      chain.law = { kind: 'mention', mention, start: k };
      chain.start = k;
      return chain;
    }
  }
  const same = sticky(SAME_LAW, s, k);
  if (same) {
    const chain = readChain(s, k + same[0].length);
    if (chain) {
      chain.law = { kind: 'same', which: same[1]!, start: k };
      chain.start = k;
      return chain;
    }
  }
  for (let end = k + 1; end <= Math.min(s.length, k + 40); end++) {
    if (s[end] !== '第' && !s.startsWith('附則第', end)) continue;
    const named = registry.lookupBefore(s, end);
    if (named?.start !== k) continue;
    const chain = readChain(s, end);
    if (!chain) continue;
    chain.law = { kind: 'name', law: named.law, start: k };
    chain.start = k;
    return chain;
  }
  return null;
}

/** The law named right before a chain's first pointer, if any. */
function prefixBefore(
  s: string,
  p: number,
  byParenEnd: Map<number, LawMention>,
  registry: LawRegistry,
): LawPrefix | undefined {
  const mention = byParenEnd.get(p);
  if (mention) return { kind: 'mention', mention, start: mention.nameStart };
  const before = s.slice(Math.max(0, p - 3), p);
  const same = SAME_LAW_BEFORE.exec(before);
  if (same) return { kind: 'same', which: same[0].slice(1), start: p - same[0].length };
  const named = registry.lookupBefore(s, p);
  if (named) return { kind: 'name', law: named.law, start: named.start };
  if (LAW_LIKE_END.test(before)) {
    const start = lawNameStart(s, p);
    return { kind: 'unknown', title: start < p ? s.slice(start, p) : null, start };
  }
  return undefined;
}
