import { type FoundDefinition, leadingScope, make, printed, type ScopeSpec } from './definition-model.ts';
import type { LawMention, LawRegistry } from './laws.ts';
import type { TextUnit } from './structure.ts';

/** Definitions written in sentences: 「X」とは…をいう, (以下「X」という。), X(…をいう。以下同じ。). */

const QUOTE_TOHA = /「([^「」]{1,40})」とは、?/g;
const PAREN_IKA =
  /([(。])(以下、?)?(?:([^「」()。]*?)において)?「([^「」()]{1,30})」と(?:いう|いいます|称する)。?\)/g;
const PAREN_IKA_BARE = /\(以下、([^「」()、。]{1,20}?)と(?:いう|いいます|称する)。?\)/g;
const GLOSS_TAIL = /をい(?:う|い、[^()]*?)。?(?:(以下、?)?(?:([^。()]*?)において)?同じ。?)?$/;
const TERM_CHAR = /[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z]/;

/** 「X」とは、…をいう。 Scope from the words before it in the sentence. */
export function quoted(unit: TextUnit, mentions: LawMention[], out: FoundDefinition[]): void {
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
export function parenthesised(
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
export function glosses(unit: TextUnit, out: FoundDefinition[]): void {
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
