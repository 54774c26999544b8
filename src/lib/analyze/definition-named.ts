import { type FoundDefinition, leadingScope, make, printed } from './definition-model.ts';
import { phraseStart } from './definition-phrase.ts';
import { withoutParentheticals } from './parentheticals.ts';
import { afterGap } from './printed-gap.ts';
import type { TextUnit } from './structure.ts';

/**
 * A sentence that names phrases outside any parenthesis: 「前項の図書館のうち、地方公共団体の設置する
 * 図書館を公立図書館といい、…の設置する図書館を私立図書館という。」 (図書館法), 「…により指定された区域を
 * 「指定区域」という。」. The term is quoted or a bare noun of kanji and katakana; the phrase is what
 * the grammar reads back from its を.
 */
const NAMED =
  /を(?:「([^「」()]{1,30})」|([\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{2,20}))と(?:いい、|(?:総称|称)し、|(?:いう|総称する|称する)(?=。|$))/g;
/** A phrase that only points back (これを「X」という): the term names what the sentence before said. */
const POINTER_ONLY = /^(?:これら|これ|それら|それ|その|当該)$/;

/** Definitions a sentence states as …を X という, outside parentheses and quotations. */
export function named(unit: TextUnit, out: FoundDefinition[]): void {
  const s = unit.norm.text;
  const depth = nesting(s);
  /** where the last naming ended: …を公立図書館といい、 is no part of the next phrase */
  let floor = 0;
  for (const m of s.matchAll(NAMED)) {
    if (depth[m.index] !== 0) continue;
    const previous = floor;
    floor = m.index + m[0].length;
    const term = m[1] ?? m[2]!;
    const termStart = m.index + 1 + (m[1] ? 1 : 0);
    const from = afterGap(unit, phraseStart(s, m.index, term, previous), m.index);
    const meaning = withoutParentheticals(printed(unit, from, m.index)).trim();
    if (!meaning || POINTER_ONLY.test(meaning)) continue;
    const sentence = sentenceStart(s, from);
    out.push(
      make(unit, termStart, termStart + term.length, from, m.index + m[0].length, {
        meaning,
        scope: leadingScope(unit, sentence, from),
      }),
    );
  }
}

/** How far back the words that scope a sentence (この法律において) are looked for. */
const SCOPE_REACH = 200;

/** Where the sentence holding `i` starts, looked for no further back than the scope's words can be. */
function sentenceStart(s: string, i: number): number {
  const floor = Math.max(0, i - SCOPE_REACH);
  for (let k = i - 1; k >= floor; k--) if (s[k] === '。') return k + 1;
  return floor;
}

/** How deep in parentheses or quotations each position is: only what stands at depth 0 defines. */
function nesting(s: string): Uint16Array {
  const depth = new Uint16Array(s.length + 1);
  let d = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === '(' || c === '「') d++;
    depth[k] = d;
    if ((c === ')' || c === '」') && d > 0) d--;
  }
  depth[s.length] = d;
  return depth;
}
