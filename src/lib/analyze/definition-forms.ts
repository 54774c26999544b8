import { coordinatedMembers, namedMemberStart } from './definition-members.ts';
import { type FoundDefinition, leadingScope, make, printed, type ScopeSpec } from './definition-model.ts';
import { phraseStart } from './definition-phrase.ts';
import { type LawMention, type LawRegistry, lawNameStart } from './laws.ts';
import { withoutParentheticals } from './parentheticals.ts';
import { afterGap } from './printed-gap.ts';
import type { TextUnit } from './structure.ts';

/** Definitions written in sentences: 「X」とは…をいう, (以下「X」という。), X(…をいう。以下同じ。). */

/** How a law's title ends: …法, …法律, …政令, …条例, …規則 (not 命令, 法令). */
const LAW_TITLE_END = /(?:[^法命]法|法律|政令|施行令|省令|条例|規則)$/;
const QUOTE_TOHA = /「([^「」]{1,40})」とは、?/g;
const PAREN_IKA =
  /([(。])(以下、?)?(?:([^「」()。]*?)において)?(これらを(?:総称して)?)?(それぞれ)?(?:単に)?((?:「[^「」()]{1,30}」(?:又は|若しくは|及び|、))*)「([^「」()]{1,30})」と(?:いう|いいます|称する|(総称する))。?\)/g;
/**
 * Two terms in one parenthesis, the second for a phrase of its own: (以下「指定事業」といい、当該事業を
 * 行う者を「指定事業者」という。), (以下その職を「官職」といい、その職を占める者を「職員」という。).
 * Its lazy parts are bounded, so that a long parenthetical with many を and において is read in linear time.
 */
const PAREN_IKA_PAIR =
  /\((以下、?)(?:([^「」()。]{0,80}?)において)?(?:([^「」()、。]{0,40}?)を)?「([^「」()]{1,30})」といい、([^「」()。]{1,60}?)を「([^「」()]{1,30})」という。?\)/g;
/** An object that points back to the phrase (これ, その職, 当該事業): what is left is a word the phrase ends in. */
const BACK_REFERENCE = /^(?:これら|これ|それ|その|当該|同)/;
/** (以下、X という。) and the older (これを X という。), the term unquoted. */
const PAREN_IKA_BARE = /\((以下、|これを)([^「」()、。]{1,20}?)と(?:いう|いいます|称する)。?\)/g;
/**
 * The older unquoted form at a sentence's head: この法律で使用者とは、…をいう (労働基準法 art. 10).
 * Only after この法律で/において, so that 次に掲げる者とは… or a clause with とは inside is no term.
 */
const BARE_TOHA =
  /(?<=^|[。\s])この(?:法律|政令|省令|府令|規則|条例)(?:において|で)、?([^「」()、。\s]{1,20}?)とは、/g;
/**
 * The same without この法律で, a noun of kanji or katakana alone opening a sentence that ends in をいう
 * (所得税法: 給与所得とは、俸給…に係る所得をいう; 消防法: 防火対象物とは、…をいう). A clause (市長が認める者とは)
 * or a pointer with kana (前項に規定する場合とは) is no term.
 */
const HEAD_TOHA = /(?<=^|[。\s])([\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{2,20})とは、/g;
const GLOSS_TAIL = /をい(?:う|い、[^()]*?)。?(?:(以下、?)?(?:([^。()]*?)において)?同じ。?)?$/;
/** How far back the ( of a definition is looked for: a parenthetical longer than this is a layout accident. */
const PAREN_REACH = 4000;
/** How much of a parenthetical's end is read for をいう。以下…同じ。 */
const GLOSS_TAIL_REACH = 200;
/** Kana a noun written with okurigana ends in (貸付け, 取扱い, 払込み, 申立て) or holds (取り扱い, 預り金): no particle. */
const OKURIGANA = /[いきしちみりえけれて]/;
const INNER_OKURIGANA = /[いきしちみりえけれ]/;
const KANJI = /[\u4e00-\u9fff々]/;
/** Nouns of who acts (行政庁, 事業者, 市町村長, 国): before の they name the agent of an action, not its object. */
const AGENT = /(?:者|庁|長|機関|大臣|委員会|委員|人|団体|法人|官|国|都道府県|市町村|地方公共団体|事業所)$/;
const TERM_CHAR = /[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z0-9]/;
/**
 * What an abbreviation of a law keeps before the law's name: 改正後の, この法律による改正後の,
 * 第3条の規定による改正前の, 前条の規定による廃止前の (a pointer or a law, no clause).
 */
/** A law's title ending where a pointer into it starts (…法律第1条の規定による). */
const TITLE_HEAD = /^(?:法律|政令|省令|条例|規則|法)(?=第)/;
const AMENDMENT = /(?:改正|廃止)[前後]の/g;
const AMENDED = /(?:(?:この|当該|同)?[\u3400-\u9fff々0-9の・]*による)?(?:改正|廃止)[前後]の$/;

/** 「X」とは、…をいう。 Scope from the words before it in the sentence. */
export function quoted(unit: TextUnit, mentions: LawMention[], out: FoundDefinition[]): void {
  const s = unit.norm.text;
  const inQuote = quoteDepths(s);
  const heads = [...s.matchAll(QUOTE_TOHA)].filter((m) => !inQuote(m.index));
  for (const [k, m] of heads.entries()) {
    // 「農地」とは、…土地をいい、「採草放牧地」とは、…をいう: a second term's とは ends the first meaning
    const next = heads[k + 1]?.index ?? s.length;
    toha(unit, mentions, m.index, m.index + 1, m[1]!, m.index + m[0].length, out, next);
  }
  for (const m of s.matchAll(BARE_TOHA)) {
    if (inQuote(m.index)) continue;
    const from = m.index + m[0].length;
    const termStart = from - 'とは、'.length - m[1]!.length;
    toha(unit, mentions, termStart, termStart, m[1]!, from, out);
  }
  for (const m of s.matchAll(HEAD_TOHA)) {
    const from = m.index + m[0].length;
    // only a sentence that says what the noun is: …をいう。 (or …をいい、…), never …とは、…とする
    if (inQuote(m.index) || !/をい[うい]/.test(s.slice(from, sentenceEnd(s, from)))) continue;
    toha(unit, mentions, m.index, m.index, m[1]!, from, out);
  }
}

/** One X とは…をいう: the definition runs from q (its opening quote, if any) to the sentence's end. */
function toha(
  unit: TextUnit,
  mentions: LawMention[],
  q: number,
  termStart: number,
  term: string,
  from: number,
  out: FoundDefinition[],
  limit = unit.norm.text.length,
): void {
  const s = unit.norm.text;
  const sentence = s.lastIndexOf('。', q - 1) + 1;
  const end = Math.min(sentenceEnd(s, from), limit);
  let meaning = s.slice(from, end);
  const iu = meaning.lastIndexOf('をい');
  if (iu > 0) meaning = meaning.slice(0, iu);
  // 「法」とは、個人情報の保護に関する法律(平成15年法律第57号)をいう: an abbreviation of that law
  const law = mentions.find((x) => x.nameStart === from && x.parenEnd === from + meaning.length)?.law;
  out.push(
    make(unit, termStart, termStart + term.length, q, end, {
      meaning: shownMeaning(printed(unit, from, from + meaning.length)),
      scope: leadingScope(unit, sentence, q),
      law,
    }),
  );
}

/** (以下「X」という。), (次項において「X」という。), (平成25年法律第27号。以下「番号法」という。) */
export function parenthesised(
  unit: TextUnit,
  mentions: LawMention[],
  registry: LawRegistry,
  out: FoundDefinition[],
): void {
  const s = unit.norm.text;
  const inQuote = quoteDepths(s);
  for (const m of s.matchAll(PAREN_IKA)) {
    const [whole, opener, ika, phrase, these, each, alternatives, term, namedAll] = m;
    if (inQuote(m.index)) continue;
    const termStart = m.index + whole.lastIndexOf(`「${term}」`) + 1;
    const close = m.index + whole.length;
    const open = opener === '(' ? m.index : openingParen(s, m.index);
    if (open < 0) continue;
    const mention = mentions.find((x) => x.alias?.start === termStart);
    const named = mention ? undefined : registry.lookupBefore(s, open);
    let law = mention?.law ?? named?.law;
    const grammatical = afterGap(
      unit,
      phraseStart(s, open, term!, 0, Boolean(namedAll || each || these)),
      open,
    );
    let scope: ScopeSpec = { kind: 'following' };
    if (phrase) {
      const start = m.index + 1 + (ika?.length ?? 0);
      scope = { kind: 'phrase', unit, start, end: start + phrase.length, after: Boolean(ika) };
    }
    // 売主及び買主(以下それぞれ「甲」及び「乙」という。): each term names its member, in order
    if (each && eachMember(unit, m.index, whole, grammatical, open, scope, out)) continue;
    // 自動車から…に関する特別措置法(以下「法」という。): a law this text names without its number
    // (the whole phrase is the name: 法律又はこれに基づく命令(以下「法令等」という。) is no law), also
    // after what amended it (…申請が行われた第1条の規定による改正前の土地改良法施行令)
    let titleStart: number | undefined;
    if (!law && LAW_TITLE_END.test(s.slice(Math.max(0, open - 3), open))) {
      // the name proper follows what amended it (第1条の規定による改正前の|土地改良法施行令)
      const amended = [...s.slice(0, open).matchAll(AMENDMENT)].at(-1);
      const start = Math.max(lawNameStart(s, open), amended ? amended.index + amended[0].length : 0);
      if (start < open && (start <= grammatical || amendedStart(s, grammatical, start) < start)) {
        law = { title: s.slice(start, open), lawNum: null, lawId: null, kind: 'unknown' };
        titleStart = start;
      }
    }
    // 改正前の個人情報の保護に関する法律(以下「旧個人情報保護法」という。): this law as it was
    if (
      law?.kind === 'self' &&
      (/改正前/.test(s.slice(Math.max(0, (named?.start ?? 0) - 8), open)) || term!.startsWith('旧'))
    )
      law = registry.former();
    // この法律による改正後の行政手続法(…。以下「新法」という。): the phrase, of which the law's name is the end
    const nameStart = mention ? mention.nameStart : named?.start;
    // a law's name, with what amended or repealed it (この法律による改正後の行政手続法), never the
    // words before it (都道府県公安委員会及び警察署長並びに道路交通法(…。以下「法」という。))
    let from =
      nameStart === undefined || grammatical >= nameStart
        ? (nameStart ?? grammatical)
        : amendedStart(s, grammatical, nameStart);
    if (titleStart !== undefined && grammatical < titleStart) from = amendedStart(s, grammatical, titleStart);
    // 一　暴力団　暴力団員による…に関する法律(…。以下「法」という。): an item's term is no part of the name
    from = afterGap(unit, from, open);
    if (law && !phrase) scope = { kind: 'document' };
    // 国、地方公共団体及び私立学校法第3条に規定する学校法人(以下「学校法人」という。): the last member
    // (以下これらを総称して単に「貸付け」という。): これらを names every member, as 総称する does
    if (!law && !namedAll && !these && !alternatives) from = namedMemberStart(s, from, open, term!);
    const meaning = law?.title && from === nameStart ? law.title : shownMeaning(printed(unit, from, open));
    // (以下「法」又は「新法」という。): each term stands for the phrase
    for (const other of alternatives!.matchAll(/「([^「」]+)」/g)) {
      const start = m.index + whole.indexOf(other[0]) + 1;
      out.push(make(unit, start, start + other[1]!.length, from, close, { meaning, scope, law }));
    }
    out.push(make(unit, termStart, termStart + term!.length, from, close, { meaning, scope, law }));
  }
  for (const m of s.matchAll(PAREN_IKA_PAIR)) if (!inQuote(m.index)) paired(unit, m, out);
  for (const m of s.matchAll(PAREN_IKA_BARE)) {
    if (inQuote(m.index)) continue;
    const termStart = m.index + 1 + m[1]!.length;
    const from = afterGap(unit, phraseStart(s, m.index, m[2]!), m.index);
    out.push(
      make(unit, termStart, termStart + m[2]!.length, from, m.index + m[0].length, {
        meaning: shownMeaning(printed(unit, from, m.index)),
        scope: { kind: 'following' },
      }),
    );
  }
}

/** (以下「A」といい、…を「B」という。): A stands for the phrase, B for its own phrase or the phrase again. */
function paired(unit: TextUnit, m: RegExpMatchArray, out: FoundDefinition[]): void {
  const s = unit.norm.text;
  const [whole, ika, phrase, object, first, objectOf, second] = m;
  const open = m.index!;
  const close = open + whole.length;
  const from = afterGap(unit, phraseStart(s, open, first!), open);
  const meaning = shownMeaning(printed(unit, from, open));
  let scope: ScopeSpec = { kind: 'following' };
  if (phrase) {
    const start = open + 1 + ika!.length;
    scope = { kind: 'phrase', unit, start, end: start + phrase.length, after: true };
  }
  const stands = (said: string | undefined) => {
    const rest = (said ?? '').replace(BACK_REFERENCE, '');
    return rest === '' || (said !== rest && meaning.endsWith(rest));
  };
  const firstAt = open + whole.indexOf(`「${first}」`) + 1;
  out.push(
    make(unit, firstAt, firstAt + first!.length, from, close, {
      meaning: stands(object) ? meaning : object!,
      scope,
    }),
  );
  const secondAt = open + whole.lastIndexOf(`「${second}」`) + 1;
  const secondMeaning = stands(objectOf) ? meaning : objectOf!;
  out.push(make(unit, secondAt, secondAt + second!.length, from, close, { meaning: secondMeaning, scope }));
}

/**
 * (以下それぞれ「甲」及び「乙」という。): the terms name the members of the phrase in order. False when
 * the phrase has not as many members as there are terms; each term then stands for the whole phrase.
 */
function eachMember(
  unit: TextUnit,
  at: number,
  whole: string,
  from: number,
  open: number,
  scope: ScopeSpec,
  out: FoundDefinition[],
): boolean {
  const s = unit.norm.text;
  const terms = [...whole.matchAll(/「([^「」]+)」/g)];
  const members = coordinatedMembers(s, from, open);
  if (members.length !== terms.length) return false;
  const close = at + whole.length;
  for (const [k, t] of terms.entries()) {
    const start = at + t.index + 1;
    const member = members[k]!;
    out.push(
      make(unit, start, start + t[1]!.length, member.start, close, {
        meaning: shownMeaning(printed(unit, member.start, member.end)),
        scope,
      }),
    );
  }
  return true;
}

/** X(…をいう。以下同じ。): the term is the word right before the parenthesis. */
export function glosses(unit: TextUnit, out: FoundDefinition[]): void {
  const s = unit.norm.text;
  const inQuote = quoteDepths(s);
  const quotedStarts = lazyQuotedStarts(s);
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') stack.push(i);
    else if (s[i] === ')' && stack.length > 0) {
      const open = stack.pop()!;
      // the tail of a long parenthetical is enough to read its をいう。以下同じ。
      const from = Math.max(open + 1, i - GLOSS_TAIL_REACH);
      const m = GLOSS_TAIL.exec(maskParentheticals(s.slice(from, i)));
      if (!m || s.startsWith('以下', open + 1) || inQuote(open)) continue;
      let termStart = wordStart(s, open);
      // 行政機関の長(…をいう。), 開示の請求(…の規定による開示の請求をいう。): a head alone is no term
      const meaning = shownMeaning(s.slice(open + 1, from + m.index));
      for (let k = 0; s[termStart - 1] === 'の'; k++) {
        const before = wordStart(s, termStart - 1);
        if (before === termStart - 1) break;
        // 定時性の確保(設定された発着時刻に従って運行することをいう。): an action glossed by a こと
        // clause is named with its object, as 確保 alone would name every securing
        // (行政庁の不作為(…しないことをいう。): an agent before の says who acts, the term is the action)
        const action =
          k === 0 &&
          meaning.endsWith('こと') &&
          termStart - 1 - before <= 8 &&
          !AGENT.test(s.slice(before, termStart - 1));
        // 急傾斜地の崩壊(…をいう。)…(以下「急傾斜地の崩壊等」と総称する。): the unit quotes the longer noun
        const quotedLonger = quotedStarts().has(s.slice(before, open));
        if (
          !(
            (k === 0 && open - termStart === 1) ||
            action ||
            quotedLonger ||
            meaning.endsWith(s.slice(before, open))
          )
        )
          break;
        termStart = before;
      }
      termStart = afterGap(unit, termStart, open);
      if (s.startsWith('当該', termStart)) termStart += 2;
      if (termStart >= open || open - termStart > 25) continue;
      const [, ika, phrase] = m;
      const said = m[0].includes('同じ');
      let scope: ScopeSpec = said ? { kind: 'following' } : { kind: 'unit' };
      if (phrase !== undefined && said) {
        const start = from + m.index + m[0].indexOf(phrase, m[0].indexOf('。'));
        scope = { kind: 'phrase', unit, start, end: start + phrase.length, after: Boolean(ika) };
      }
      out.push(
        make(unit, termStart, open, termStart, i + 1, {
          meaning: shownMeaning(printed(unit, open + 1, from + m.index)),
          scope,
        }),
      );
    }
  }
}

/** Longest term a gloss is read back to (wordStart reads at most 25 characters per word). */
const QUOTED_PREFIX_REACH = 40;

/**
 * How the unit's quoted words begin (「急傾斜地の崩壊等」 gives 急, 急傾, …): every prefix of every quotation,
 * up to a term's length, collected once per unit when first asked, so that each gloss asks in
 * constant time however long the unit is.
 */
function lazyQuotedStarts(s: string): () => ReadonlySet<string> {
  let starts: Set<string> | undefined;
  return () => {
    if (!starts) {
      starts = new Set();
      for (const m of s.matchAll(/「([^「」]{1,60})」/g)) {
        const quoted = m[1]!;
        for (let n = 1; n <= Math.min(quoted.length, QUOTED_PREFIX_REACH); n++)
          starts.add(quoted.slice(0, n));
      }
    }
    return starts;
  };
}

/** The start of the words that say how a law's name at `name` was amended (改正後の …), not before `from`. */
function amendedStart(s: string, from: number, name: number): number {
  const before = s.slice(from, name);
  // parentheticals in between (第3条(…)の規定による) are skipped: match on the text without them
  const plain = maskParentheticals(before).replaceAll('\u3013', '');
  const m = AMENDED.exec(plain);
  if (!m) return name;
  // 所得税法等の一部を改正する法律第1条の規定による改正後の: the amending law's whole title
  let at = m.index;
  const titleEnd = TITLE_HEAD.exec(plain.slice(at));
  if (titleEnd) at = Math.min(at, lawNameStart(plain, at + titleEnd[0].length));
  // the match's start in `before`: count its characters from the end, parentheticals not counted
  let kept = plain.length - at;
  let k = before.length;
  const masked = maskParentheticals(before);
  while (kept > 0 && k > 0) {
    k--;
    if (masked[k] !== '\u3013') kept--;
  }
  return from + k;
}

/** Where the word of term characters ending at `end` starts (at most 25 back). */
function wordStart(s: string, end: number): number {
  let k = end;
  // 貸付け, 取扱い, 取り扱い: a noun may end in a kana after its kanji, or hold one between them
  if (OKURIGANA.test(s[k - 1] ?? '') && KANJI.test(s[k - 2] ?? '')) k--;
  while (k > end - 26 && k > 0) {
    if (TERM_CHAR.test(s[k - 1]!)) k--;
    else if (INNER_OKURIGANA.test(s[k - 1]!) && KANJI.test(s[k - 2] ?? '') && KANJI.test(s[k]!)) k--;
    else break;
  }
  return k;
}

/** The text with its parentheticals blanked, each character kept in place: (…をいい、X(…)を含む。) reads as one gloss. */
function maskParentheticals(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    out += depth > 0 ? '\u3013' : c;
    if (c === ')' && depth > 0) depth--;
  }
  return out;
}

/**
 * Whether a position lies inside 「…」: text quoted to be replaced or inserted (「市長(以下「長」という。)」を
 * 「市長」に改める) defines nothing here. Depths are counted once per unit, when first asked.
 */
function quoteDepths(s: string): (i: number) => boolean {
  let depth: Uint16Array | undefined;
  return (i) => {
    if (!depth) {
      depth = new Uint16Array(s.length + 1);
      let d = 0;
      for (let k = 0; k < s.length; k++) {
        depth[k] = d;
        if (s[k] === '「') d++;
        else if (s[k] === '」' && d > 0) d--;
      }
      depth[s.length] = d;
    }
    return depth[i]! > 0;
  };
}

/** The end of the sentence (its 。 outside parentheses) from `i`, or the end of the text. */
function sentenceEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < Math.min(s.length, i + PAREN_REACH); k++) {
    const c = s[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) return k;
  }
  return Math.min(s.length, i + PAREN_REACH);
}

/** The ( enclosing position `i`, or -1. */
function openingParen(s: string, i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= Math.max(0, i - PAREN_REACH); k--) {
    if (s[k] === ')') depth++;
    else if (s[k] === '(') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** A meaning as shown: without its nested parentheticals, and without the spaces around it. */
function shownMeaning(text: string): string {
  return withoutParentheticals(text).trim();
}
