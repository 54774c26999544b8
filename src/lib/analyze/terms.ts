import { termKey } from './definitions.ts';
import type { ScopedDefinition } from './scope.ts';
import type { Structure, TextUnit } from './structure.ts';
import type { TermRef } from './types.ts';

/** One trie over every defined term: each position of the text is matched once, longest term first. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** indices of the definitions of the term ending here */
  defs?: number[];
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
    node.defs ??= [];
    node.defs.push(index);
    let at = own.get(d.definition.termStart);
    if (!at) {
      at = new Set();
      own.set(d.definition.termStart, at);
    }
    at.add(key.length);
  });
  const uses: TermRef[] = [];
  for (const unit of st.units) scanUnit(unit, root, defs, own, uses);
  return uses;
}

function scanUnit(
  unit: TextUnit,
  root: TrieNode,
  defs: ScopedDefinition[],
  own: Map<number, Set<number>>,
  uses: TermRef[],
): void {
  const text = unit.view.text;
  const origin = unit.view.origin;
  const matches: Array<{ length: number; defs: number[] }> = [];
  for (let i = 0; i < text.length; ) {
    let node = root.next.get(half(text, i));
    if (!node) {
      i++;
      continue;
    }
    matches.length = 0;
    for (let j = i + 1; node; j++) {
      if (node.defs) matches.push({ length: j - i, defs: node.defs });
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
      const index = applicable(match.defs, defs, unit, start);
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
  candidates: number[],
  defs: ScopedDefinition[],
  unit: TextUnit,
  at: number,
): number | undefined {
  let best: number | undefined;
  for (const index of candidates) {
    const d = defs[index]!;
    if (d.after && at < d.definition.termEnd) continue;
    if (d.anchors && !unit.ancestors.some((a) => d.anchors!.has(a))) continue;
    const b = best === undefined ? undefined : defs[best]!;
    if (
      !b ||
      d.size < b.size ||
      (d.size === b.size && d.definition.start <= at && d.definition.start > b.definition.start)
    )
      best = index;
  }
  return best;
}
