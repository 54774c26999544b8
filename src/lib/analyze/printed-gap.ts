import { sourceRange } from '../text/mapped-text.ts';
import type { LawMention } from './laws.ts';
import type { TextUnit } from './structure.ts';

/**
 * A phrase never reaches across a space in the printed text: 湿式流水検知装置　一次側(…) is an item's
 * term and the start of its text. The normalised text has no spaces, so the printed one is read.
 * Returns the first position at or after `from` that follows the last gap before `to`.
 */
export function afterGap(unit: TextUnit, from: number, to: number): number {
  const { start, end } = sourceRange(unit.norm, from, to);
  const printedSpan = unit.view.text.slice(start, end);
  const gap = printedSpan.search(/\s\S*$/);
  if (gap < 0) return from;
  for (let n = from; n < to; n++) if (sourceRange(unit.norm, n, n + 1).start > start + gap) return n;
  return to;
}

/**
 * A law's name never takes in the term of the item it is cited in: in 「二　地方税　地方税法(昭和25年
 * 法律第226号)…」 the name is 地方税法, not 地方税地方税法, which the text without spaces would read.
 */
export function trimMentionToGap(unit: TextUnit, mention: LawMention): void {
  if (mention.nameStart >= mention.parenStart) return;
  const start = afterGap(unit, mention.nameStart, mention.parenStart);
  if (start === mention.nameStart) return;
  const name = unit.norm.text.slice(start, mention.parenStart);
  mention.nameStart = start;
  // 法律, 条例 alone are not titles, as findLawMentions reads them
  mention.law = { ...mention.law, title: name.length > 2 ? name : null };
}
