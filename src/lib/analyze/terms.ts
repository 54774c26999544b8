import { termKey } from './definitions.ts';
import type { ScopedDefinition } from './scope.ts';
import type { Structure, TextUnit } from './structure.ts';
import type { TermRef } from './types.ts';

/**
 * The definitions of one term, indexed by how their scope is tested: everywhere, from a point
 * on, or inside units. A term may be defined dozens of times in a long text; a use looks up only
 * the definitions that can apply where it stands.
 */
interface TermScopes {
  /** scope `document`, ordered by where they are made */
  everywhere: number[];
  /** scope `following`, ordered by where they start */
  following: number[];
  /** scoped to units: the anchor → definitions */
  byAnchor: Map<string, number[]>;
}

/** One trie over every defined term: each position of the text is matched once, longest term first. */
interface TrieNode {
  next: Map<number, TrieNode>;
  term?: TermScopes;
}

/**
 * Finds every use of a defined term inside the scope of a definition of it. At each position
 * the longest term that has a definition in scope wins (保有特定個人情報 over 保有個人情報 over
 * 個人情報); among definitions in scope, the innermost, then the latest. A definition's own term
 * is not a use.
 */
export function findTermUses(st: Structure, defs: ScopedDefinition[]): TermRef[] {
  const root: TrieNode = { next: new Map() };
  const own = new Map<number, Set<number>>();
  defs.forEach((d, index) => {
    const key = termKey(d.definition.term);
    if (key.length === 0) return;
    const term = insert(root, key);
    if (!d.anchors) (d.after ? term.following : term.everywhere).push(index);
    else
      for (const anchor of d.anchors) {
        const list = term.byAnchor.get(anchor);
        if (list) list.push(index);
        else term.byAnchor.set(anchor, [index]);
      }
    let at = own.get(d.definition.termStart);
    if (!at) {
      at = new Set();
      own.set(d.definition.termStart, at);
    }
    at.add(key.length);
  });
  // the first letters of all terms: most positions of a text start none, and are skipped at once
  const first = new Uint8Array(0x10000);
  for (const code of root.next.keys()) first[code] = 1;
  const uses: TermRef[] = [];
  for (const unit of st.units) scanUnit(unit, root, first, defs, own, uses);
  return uses;
}

function insert(root: TrieNode, key: string): TermScopes {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    let next = node.next.get(c);
    if (!next) {
      next = { next: new Map() };
      node.next.set(c, next);
    }
    node = next;
  }
  node.term ??= { everywhere: [], following: [], byAnchor: new Map() };
  return node.term;
}

function scanUnit(
  unit: TextUnit,
  root: TrieNode,
  first: Uint8Array,
  defs: ScopedDefinition[],
  own: Map<number, Set<number>>,
  uses: TermRef[],
): void {
  const text = unit.view.text;
  const origin = unit.view.origin;
  const matches: Array<{ length: number; term: TermScopes }> = [];
  for (let i = 0; i < text.length; ) {
    const code = half(text, i);
    let node = first[code] === 1 ? root.next.get(code) : undefined;
    if (!node) {
      i++;
      continue;
    }
    matches.length = 0;
    for (let j = i + 1; node; j++) {
      if (node.term) matches.push({ length: j - i, term: node.term });
      node = j < text.length ? node.next.get(half(text, j)) : undefined;
    }
    const start = origin[i]!;
    let advance = 1;
    for (let k = matches.length - 1; k >= 0; k--) {
      const match = matches[k]!;
      if (own.get(start)?.has(match.length)) {
        advance = match.length;
        break;
      }
      if (match.length === 1 && !standsAlone(text, i)) continue;
      const index = applicable(match.term, defs, unit, start);
      if (index === undefined) continue;
      const d = defs[index]!.definition;
      uses.push({
        term: d.term,
        at: unit.from,
        definition: d.at,
        definitionIndex: index,
        start,
        end: origin[i + match.length - 1]! + 1,
      });
      advance = match.length;
      break;
    }
    i += advance;
  }
}

const LETTER = /[\u4e00-\u9fff々\u30a0-\u30ff]/;

/** A one-letter term (法) is a use only as a word of its own: not in 法律, 方法, 法人; 法第76条 is. */
function standsAlone(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (before !== undefined && LETTER.test(before)) return false;
  return after === undefined || !LETTER.test(after) || after === '第' || after === '附';
}

/** The character code at `i` in half-width form (terms are keyed half-width). */
function half(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/** The definition in scope at a position: the innermost, then the most recent. */
function applicable(
  term: TermScopes,
  defs: ScopedDefinition[],
  unit: TextUnit,
  at: number,
): number | undefined {
  let best = -1;
  for (const anchor of unit.ancestors) {
    const list = term.byAnchor.get(anchor);
    if (list) for (const index of list) best = better(defs, best, index, at);
  }
  // of the definitions for the rest of the text, the latest one already made is the innermost
  const following = term.following;
  const made = lastBefore(following, defs, at, (d) => d.definition.termEnd);
  if (made >= 0) best = better(defs, best, following[made]!, at);
  // definitions for the whole text are equal in scope: the latest made before here, else the first
  const everywhere = term.everywhere;
  if (everywhere.length > 0) {
    const latest = lastBefore(everywhere, defs, at, (d) => d.definition.start);
    best = better(defs, best, everywhere[Math.max(0, latest)]!, at);
  }
  return best < 0 ? undefined : best;
}

/** Index in `list` (ordered by `key`) of the last definition whose `key` is at most `at`, or -1. */
function lastBefore(
  list: number[],
  defs: ScopedDefinition[],
  at: number,
  key: (d: ScopedDefinition) => number,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(defs[list[mid]!]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The better of two definitions for a use at `at`: in scope, then smaller scope, then later. */
function better(defs: ScopedDefinition[], best: number, index: number, at: number): number {
  const d = defs[index]!;
  if (d.after && at < d.definition.termEnd) return best;
  if (best < 0) return index;
  const b = defs[best]!;
  if (d.size < b.size) return index;
  if (d.size === b.size && d.definition.start <= at && d.definition.start > b.definition.start) return index;
  return best;
}
