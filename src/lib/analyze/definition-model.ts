import { toHalfwidth } from '../text/chars.ts';
import type { LawInfo } from './laws.ts';
import { printedText, sourceSpan, type TextUnit } from './structure.ts';

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

/** A definition found in the text, its scope still as written. */
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

/** A definition from normalised offsets of one unit: the term, and the whole defining expression. */
export function make(
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

/** The printed text of a normalised span, or '' when it is empty. */
export function printed(unit: TextUnit, start: number, end: number): string {
  return end > start ? printedText(unit, start, end) : '';
}

/** The scope a sentence states before a definition: この条例において → document; この章において → phrase. */
export function leadingScope(unit: TextUnit, from: number, to: number): ScopeSpec {
  const region = unit.norm.text.slice(from, Math.max(from, to));
  if (SELF_SCOPE.test(region)) return { kind: 'document' };
  const at = region.lastIndexOf('において');
  if (at < 0) return { kind: 'document' };
  return { kind: 'phrase', unit, start: from, end: from + at, after: false };
}

/** The half-width form under which a term is matched. */
export function termKey(term: string): string {
  return toHalfwidth(term).replace(/[ \u3000\t]/g, '');
}
