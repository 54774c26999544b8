import { toHalfwidth } from '../normalize/chars.ts';
import type { Parent } from '../tree/types.ts';
import type { LawInfo, LawMention, LawRegistry } from './laws.ts';
import { normalizeForMatching } from './normalize.ts';
import { childrenOf, printedText, type Structure, sourceSpan, type TextUnit } from './structure.ts';

/**
 * Definitions as written, before their scope is resolved: the scope is kept as the words that
 * state it (この章において, 以下この節から第3節までにおいて), whose references the references
 * pass resolves.
 */
export type ScopeSpec =
  | { kind: 'document' }
  | { kind: 'following' }
  /** a gloss X(…をいう。) without 以下同じ: the unit it stands in, from there on */
  | { kind: 'unit' }
  /** the references between start and end (normalised offsets in `unit`) say where; `after`: only from the definition on (以下…) */
  | { kind: 'phrase'; unit: TextUnit; start: number; end: number; after: boolean };

export interface FoundDefinition {
  unit: TextUnit;
  at: string;
  /** the term as printed */
  term: string;
  termStart: number;
  termEnd: number;
  text: string;
  start: number;
  end: number;
  meaning?: string;
  scope: ScopeSpec;
  /** the law an abbreviation stands for */
  law?: LawInfo;
}

/** Words by which a document says "in this document": この条例において, 本ポリシーでは. */
const SELF_SCOPE =
  /(?:この|本)(?:条例|規則|法律|規程|要綱|要領|訓令|告示|ポリシー|規約|契約|基準|方針)(?:において|では|で|における|中)/;
const QUOTE_TOHA = /「([^「」]{1,40})」とは、?/g;
const PAREN_IKA =
  /([(。])(以下、?)?(?:([^「」()。]*?)において)?「([^「」()]{1,30})」と(?:いう|いいます|称する)。?\)/g;
const PAREN_IKA_BARE = /\(以下、([^「」()、。]{1,20}?)と(?:いう|いいます|称する)。?\)/g;
const GLOSS_TAIL = /をい(?:う|い、[^()]*?)。?(?:(以下、?)?(?:([^。()]*?)において)?同じ。?)?$/;
const TERM_CHAR = /[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z]/;
const ITEM_DEFINITIONS = /(?:次の各号|次|各号)に掲げる用語の意義|用語の意義は/;
const TABLE_HEAD = /^(?:用語|語句|用語名)$/;
const TABLE_MEANING = /^(?:定義|意味|意義|説明|内容)$/;

/**
 * Finds the definitions of a document: 「X」とは…をいう, (以下「X」という。), X(…をいう。以下同じ。),
 * definition items (一 法令 法律…をいう) and definition tables (用語 | 定義). Abbreviations of laws
 * are registered with the registry so that 番号法第19条 reads as that law's article.
 */
export function findDefinitions(
  st: Structure,
  mentions: Map<TextUnit, LawMention[]>,
  registry: LawRegistry,
): FoundDefinition[] {
  const out: FoundDefinition[] = [];
  const unitOf = st.unitOf;
  for (const unit of st.units) {
    const found = mentions.get(unit) ?? [];
    const s = unit.norm.s;
    // most units define nothing: look for the words every form needs before reading any
    if (s.includes('」とは')) quoted(unit, found, out);
    if (s.includes('以下') || s.includes('において「') || s.includes('(「'))
      parenthesised(unit, found, registry, out);
    if (s.includes('をい')) glosses(unit, out);
    if (unit.node.type === 'paragraph' && ITEM_DEFINITIONS.test(unit.norm.s))
      items(unit, unitOf, mentions, out);
  }
  for (const table of st.tables) tableRows(st, table, unitOf, mentions, out);
  out.sort((a, b) => a.start - b.start);
  for (const d of out) if (d.law) registry.addName(normalizeForMatching(d.term).s, d.law);
  return out;
}

/** 「X」とは、…をいう。 Scope from the words before it in the sentence. */
function quoted(unit: TextUnit, mentions: LawMention[], out: FoundDefinition[]): void {
  const s = unit.norm.s;
  for (const m of s.matchAll(QUOTE_TOHA)) {
    const q = m.index;
    const sentence = s.lastIndexOf('。', q - 1) + 1;
    const end = sentenceEnd(s, q + m[0].length);
    const from = q + m[0].length;
    let meaning = s.slice(from, end);
    const iu = meaning.lastIndexOf('をい');
    if (iu > 0) meaning = meaning.slice(0, iu);
    // 「法」とは、個人情報の保護に関する法律(平成15年法律第57号)をいう: an abbreviation of that law
    const law = mentions.find((x) => x.nameStart === from && x.parenEnd === from + meaning.length)?.law;
    out.push(
      make(unit, q + 1, q + 1 + m[1]!.length, q, end, {
        meaning: printed(unit, from, from + meaning.length),
        scope: leadingScope(unit, sentence, q),
        law,
      }),
    );
  }
}

/** (以下「X」という。), (次項において「X」という。), (平成25年法律第27号。以下「番号法」という。) */
function parenthesised(
  unit: TextUnit,
  mentions: LawMention[],
  registry: LawRegistry,
  out: FoundDefinition[],
): void {
  const s = unit.norm.s;
  for (const m of s.matchAll(PAREN_IKA)) {
    const [whole, opener, ika, phrase, term] = m;
    const termStart = m.index + whole.lastIndexOf(`「${term}」`) + 1;
    const close = m.index + whole.length;
    const open = opener === '(' ? m.index : openingParen(s, m.index);
    if (open < 0) continue;
    const mention = mentions.find((x) => x.alias?.start === termStart);
    const named = mention ? undefined : registry.lookupBefore(s, open);
    let law = mention?.law ?? named?.law;
    // 改正前の個人情報の保護に関する法律(以下「旧個人情報保護法」という。): this law as it was
    if (
      law?.kind === 'self' &&
      (/改正前/.test(s.slice(Math.max(0, (named?.start ?? 0) - 8), open)) || term!.startsWith('旧'))
    )
      law = registry.former();
    const from = mention ? mention.nameStart : (named?.start ?? phraseStart(s, open));
    let scope: ScopeSpec = { kind: law ? 'document' : 'following' };
    if (phrase) {
      const start = m.index + 1 + (ika?.length ?? 0);
      scope = { kind: 'phrase', unit, start, end: start + phrase.length, after: Boolean(ika) };
    }
    out.push(
      make(unit, termStart, termStart + term!.length, from, close, {
        meaning: law ? (law.title ?? printed(unit, from, open)) : printed(unit, from, open),
        scope,
        law,
      }),
    );
  }
  for (const m of s.matchAll(PAREN_IKA_BARE)) {
    const termStart = m.index + 4;
    const from = phraseStart(s, m.index);
    out.push(
      make(unit, termStart, termStart + m[1]!.length, from, m.index + m[0].length, {
        meaning: printed(unit, from, m.index),
        scope: { kind: 'following' },
      }),
    );
  }
}

/** X(…をいう。以下同じ。): the term is the word right before the parenthesis. */
function glosses(unit: TextUnit, out: FoundDefinition[]): void {
  const s = unit.norm.s;
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') stack.push(i);
    else if (s[i] === ')' && stack.length > 0) {
      const open = stack.pop()!;
      const content = s.slice(open + 1, i);
      const m = GLOSS_TAIL.exec(content);
      if (!m || content.startsWith('以下')) continue;
      let termStart = open;
      while (termStart > 0 && TERM_CHAR.test(s[termStart - 1]!)) termStart--;
      if (s.startsWith('当該', termStart)) termStart += 2;
      if (termStart >= open || open - termStart > 25) continue;
      const [, ika, phrase] = m;
      const said = m[0].includes('同じ');
      let scope: ScopeSpec = said ? { kind: 'following' } : { kind: 'unit' };
      if (phrase !== undefined && said) {
        const start = open + 1 + m.index + m[0].indexOf(phrase, m[0].indexOf('。'));
        scope = { kind: 'phrase', unit, start, end: start + phrase.length, after: Boolean(ika) };
      }
      out.push(
        make(unit, termStart, open, termStart, i + 1, {
          meaning: printed(unit, open + 1, open + 1 + m.index),
          scope,
        }),
      );
    }
  }
}

/** 次の各号に掲げる用語の意義は…: each item is a term, a space, and what it means. */
function items(
  paragraph: TextUnit,
  unitOf: Map<Parent, TextUnit>,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const scope = leadingScope(paragraph, 0, paragraph.norm.s.search(ITEM_DEFINITIONS));
  for (const item of childrenOf(paragraph.node, 'item')) {
    const unit = unitOf.get(item);
    if (!unit) continue;
    const m = /^([^\s、。()「」]{1,30})[ \u3000]+(\S[\s\S]*)$/.exec(unit.view.text);
    if (!m) continue;
    const meaningAt = unit.view.text.length - m[2]!.length;
    fromView(unit, unit.from, m[1]!.length, meaningAt, scope, mentions, out);
  }
}

/** A table whose head reads 用語 | 定義: each row defines the term in its first cell. */
function tableRows(
  st: Structure,
  table: Parent,
  unitOf: Map<Parent, TextUnit>,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const rows = childrenOf(table, 'row');
  const head = childrenOf(rows[0] ?? table, 'cell').map((c) => (c.text ?? '').trim());
  if (head.length < 2 || !TABLE_HEAD.test(head[0]!) || !TABLE_MEANING.test(head[1]!)) return;
  let holder = st.parent.get(table);
  while (holder && !unitOf.has(holder)) holder = st.parent.get(holder);
  const holderUnit = holder ? unitOf.get(holder) : undefined;
  const scope: ScopeSpec = holderUnit
    ? leadingScope(holderUnit, 0, holderUnit.norm.s.length)
    : { kind: 'document' };
  for (const row of rows.slice(1)) {
    const [termCell, meaningCell] = childrenOf(row, 'cell').map((c) => unitOf.get(c));
    if (!termCell || !meaningCell || termCell.view.text.length > 30) continue;
    const meaning = meaningCell.view.text;
    const law = (mentions.get(meaningCell) ?? []).find(
      (x) => x.nameStart === 0 && x.parenEnd >= meaningCell.norm.s.length - 1,
    )?.law;
    const termSpan = sourceSpan(termCell, 0, termCell.norm.s.length);
    const meaningSpan = sourceSpan(meaningCell, 0, meaningCell.norm.s.length);
    out.push({
      unit: termCell,
      at: table.id ?? termCell.from,
      term: termCell.view.text,
      termStart: termSpan.start,
      termEnd: termSpan.end,
      text: `${termCell.view.text} ${meaning}`,
      start: termSpan.start,
      end: meaningSpan.end,
      meaning,
      scope: law ? { kind: 'document' } : scope,
      ...(law ? { law } : {}),
    });
  }
}

/** A definition whose term and meaning are view offsets of one unit (definition items). */
function fromView(
  unit: TextUnit,
  at: string,
  termLength: number,
  meaningAt: number,
  scope: ScopeSpec,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const o = unit.view.origin;
  const meaning = unit.view.text.slice(meaningAt).replace(/をいう。?$/, '');
  const nMeaning = unit.norm.map.findIndex((v) => v >= meaningAt);
  const law = (mentions.get(unit) ?? []).find((x) => x.nameStart === nMeaning)?.law;
  out.push({
    unit,
    at,
    term: unit.view.text.slice(0, termLength),
    termStart: o[0]!,
    termEnd: o[termLength - 1]! + 1,
    text: unit.view.text,
    start: o[0]!,
    end: o[unit.view.text.length - 1]! + 1,
    meaning,
    scope: law ? { kind: 'document' } : scope,
    ...(law ? { law } : {}),
  });
}

function make(
  unit: TextUnit,
  termStart: number,
  termEnd: number,
  start: number,
  end: number,
  extra: { meaning?: string; scope: ScopeSpec; law?: LawInfo | undefined },
): FoundDefinition {
  const term = sourceSpan(unit, termStart, termEnd);
  const span = sourceSpan(unit, start, end);
  const def: FoundDefinition = {
    unit,
    at: unit.from,
    term: printedText(unit, termStart, termEnd),
    termStart: term.start,
    termEnd: term.end,
    text: printedText(unit, start, end),
    start: span.start,
    end: span.end,
    scope: extra.scope,
  };
  if (extra.meaning) def.meaning = extra.meaning;
  if (extra.law) def.law = extra.law;
  return def;
}

function printed(unit: TextUnit, start: number, end: number): string {
  return end > start ? printedText(unit, start, end) : '';
}

/** The scope a sentence states before a definition: この条例において → document; この章において → phrase. */
function leadingScope(unit: TextUnit, from: number, to: number): ScopeSpec {
  const region = unit.norm.s.slice(from, Math.max(from, to));
  if (SELF_SCOPE.test(region)) return { kind: 'document' };
  const at = region.lastIndexOf('において');
  if (at < 0) return { kind: 'document' };
  return { kind: 'phrase', unit, start: from, end: from + at, after: false };
}

/** The end of the sentence (its 。 outside parentheses) from `i`, or the end of the text. */
function sentenceEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) return k;
  }
  return s.length;
}

/** The ( enclosing position `i`, or -1. */
function openingParen(s: string, i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (s[k] === ')') depth++;
    else if (s[k] === '(') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** Where the phrase a parenthesis names begins: after the last 、 or 。 outside parentheses. */
function phraseStart(s: string, open: number): number {
  let depth = 0;
  let p = open;
  while (p > 0 && open - p < 150) {
    const c = s[p - 1]!;
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && '、。「」'.includes(c)) break;
    p--;
  }
  return p;
}

/** The half-width form under which a term is matched. */
export function termKey(term: string): string {
  return toHalfwidth(term).replace(/[ \u3000\t]/g, '');
}
