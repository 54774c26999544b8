import { RELATIVE_COUNTERS } from '../tree/levels.ts';
import { type LawInfo, type LawMention, type LawRegistry, lawNameStart } from './laws.ts';
import {
  type Chain,
  type Group,
  type LawPrefix,
  LETTER,
  type PointerPart,
  readChain,
  sticky,
} from './pointers.ts';

/**
 * The tokenizer: finds every pointer chain of a unit's normalised text and joins chains into
 * lists (及び, 又は, 、), runs (separators lost) and ranges (から…まで), with the law each names.
 */

/** Old laws write the okurigana in katakana, or not at all: 及ヒ, 並ニ, 又ハ, 若クハ. */
const CONNECTOR = /及[びビヒ]|並(?:びに|[ビヒ]ニ|ニ)|又[はハ]|若(?:しくは|[シ]?クハ)|、|・/y;
/**
 * 第九條乃至第十一條, 第3条ないし第5条: a range in older laws, with no まで after its end. Only
 * the first chain of a range is read with it; the rest of the sentence goes on as it would.
 */
const RANGE_WORD = /乃至|ないし/y;
const SAME_LAW = /同(条約|議定書|協定|法|条例|令|規則|省令)/y;
const SAME_LAW_BEFORE = /同(?:条約|議定書|協定|法|条例|令|規則|省令)$/;
/** Chains start here; the readers check the rest. */
const START = new RegExp(
  `附則第|第\\d|前各?\\d*[${RELATIVE_COUNTERS}]|[次同][${RELATIVE_COUNTERS}]|同表|(?:この|本)[${RELATIVE_COUNTERS}]|別表|別記|様式第|(?:次の|当該)?各号`,
  'g',
);
/** (以下「法」という。) right before a chain. */
const ALIAS_BEFORE = /以下(?:[^「」()]*において)?(?:単に)?「([^「」()]+)」という。?\)$/;
/**
 * The end of a law-like name before 第: 法, 法律, 政令, 条例, 規則, and the treaties and
 * agreements a law cites by name (…安全保障条約第6条, …の地位に関する協定第2条第1項).
 */
const LAW_LIKE_END = /(?:[法律令例則]|条約|協定|議定書|憲章|協約)$/;

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
  /** the last chain of each group followed by a parenthesis, by where that parenthesis closes */
  const afterParen = new Map<number, Chain>();
  /** where the last quote naming another law starts (同法 in a quote repeats such a law) */
  let lawQuote = -1;
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
    const quoted = quote !== undefined && quote.start <= p;
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
    const continued = listAfterParen(s, law?.start ?? first.start, afterParen);
    // quoted words are read only where they name another law (「法第41条第1項」とあるのは…): such a
    // pointer means that law's provision wherever it is printed; bare and relative ones do not,
    // unless they continue a list of such a pointer in the same quote
    if (quoted && !namesAnotherLaw(law, quote.start, lawQuote >= 0) && !continued?.quoted) {
      i = first.end;
      continue;
    }
    if (quoted && law) lawQuote = quote.start;
    if (law) {
      first.law = law;
      first.start = law.start;
    }
    const group: Group = { chains: [first], start: first.start, end: first.end, naka: false };
    if (quoted) group.quoted = true;
    if (continued) {
      first.link = 'list';
      group.after = continued;
    }
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
      const range = sticky(RANGE_WORD, s, p);
      if (range) {
        const to = readPrefixed(s, p + range[0].length, byNameStart, registry);
        if (to) {
          last.rangeTo = to;
          last.end = to.end;
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
    if (quoted) for (const chain of group.chains) chain.quoted = true;
    groups.push(group);
    if (s[p] === '(') {
      const close = closingParen(s, p);
      owners.push({ chain: last, close });
      afterParen.set(close, last);
    }
    i = p;
  }
  return groups;
}

/** A connector right after a closing parenthesis: 法第6条第1項(…を含む。)又は第16条第2項. */
const CONNECTOR_AFTER_PAREN = /\)(?:及び|並びに|又は|若しくは|、)$/;

/**
 * The chain whose list a chain starting at `start` continues across the parenthesis that
 * followed it (法第6条第1項(法第16条第1項…において準用する場合を含む。)又は第16条第2項: the
 * second member is 法's as much as 法第6条第1項及び第16条第2項 would be).
 */
function listAfterParen(s: string, start: number, afterParen: Map<number, Chain>): Chain | undefined {
  const m = CONNECTOR_AFTER_PAREN.exec(s.slice(Math.max(0, start - 5), start));
  if (!m) return undefined;
  return afterParen.get(start - m[0].length);
}

/** Whether a chain's law prefix names a law other than the document, by name or number. */
function namesAnotherLaw(law: LawPrefix | undefined, quoteStart: number, namedInQuote: boolean): boolean {
  if (!law || law.start <= quoteStart) return false;
  if (law.kind === 'mention') return true;
  if (law.kind === 'name') return law.law.kind !== 'self';
  // 法律, 条例 alone are no title
  if (law.kind === 'unknown') return (law.title?.length ?? 0) > 2;
  // 同法 repeats a law a quote of the same sentence named (「軌道法第16条第1項…又は同法第22条」,
  // 「道路運送法第9条」とあるのは「同法第9条の3」), not one of the text the quote was written in
  return namedInQuote;
}

/** The ) closing the ( at `open`, or the end of the text. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  // an unclosed ( in a line of a million characters must not be read to the end for every chain
  const limit = Math.min(s.length, open + PAREN_REACH);
  for (let k = open; k < limit; k++) {
    if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k;
  }
  return limit;
}

/** How far a chain's parentheses are read for the provisions inside them. */
const PAREN_REACH = 4000;

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
  const before = s.slice(Math.max(0, p - 4), p);
  const same = SAME_LAW_BEFORE.exec(before);
  if (same) return { kind: 'same', which: same[0].slice(1), start: p - same[0].length };
  const named = registry.lookupBefore(s, p) ?? namedBeforeAlias(s, p, registry);
  // この省令による改正前の試験法施行規則第1条: this text as it was, whose numbers are not this text's
  if (named?.law.kind === 'self' && /改正前の$/.test(s.slice(Math.max(0, named.start - 4), named.start)))
    return { kind: 'name', law: registry.former(), start: named.start };
  if (named) return { kind: 'name', law: named.law, start: named.start };
  // …特別措置法(以下「法」という。)第6条第1項: the law the parenthesis has just named
  const alias = ALIAS_BEFORE.exec(s.slice(Math.max(0, p - 40), p));
  const aliased = alias ? registry.lookupBefore(alias[1]!, alias[1]!.length) : undefined;
  if (aliased?.start === 0 && aliased.law.kind !== 'self')
    return { kind: 'name', law: aliased.law, start: p };
  const unknownAliased = unknownBeforeAlias(s, p);
  if (unknownAliased) return unknownAliased;
  if (LAW_LIKE_END.test(before)) {
    const start = lawNameStart(s, p);
    return { kind: 'unknown', title: start < p ? s.slice(start, p) : null, start };
  }
  return undefined;
}

/** A parenthesis that only defines an abbreviation: (以下「旧個人情報保護条例」という。). */
const ALIAS_PAREN_END =
  /\((?:以下、?)?(?:[^「」()]{0,30}において)?(?:単に)?「[^「」()]{1,30}」と(?:いう|いいます|称する)。?\)$/;

/**
 * 東京都個人情報の保護に関する条例(以下「旧条例」という。)第2条: a known law named right before
 * the parenthesis that gives it an abbreviation is the law of the chain after it.
 */
function namedBeforeAlias(
  s: string,
  p: number,
  registry: LawRegistry,
): { start: number; law: LawInfo } | undefined {
  const paren = ALIAS_PAREN_END.exec(s.slice(Math.max(0, p - 80), p));
  if (!paren) return undefined;
  return registry.lookupBefore(s, p - paren[0].length);
}

/**
 * 土地区画整理法施行令(第24条において「令」という。)第69条: a law-like name the text never numbers,
 * right before the parenthesis that abbreviates it, is the law of the chain after it.
 */
function unknownBeforeAlias(s: string, p: number): LawPrefix | undefined {
  const paren = ALIAS_PAREN_END.exec(s.slice(Math.max(0, p - 80), p));
  if (!paren) return undefined;
  const end = p - paren[0].length;
  if (!LAW_LIKE_END.test(s.slice(Math.max(0, end - 1), end))) return undefined;
  const start = lawNameStart(s, end);
  return end - start > 2 ? { kind: 'unknown', title: s.slice(start, end), start } : undefined;
}
