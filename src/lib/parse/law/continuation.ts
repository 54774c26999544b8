import type { Parent } from '../../tree/types.ts';
import type { LineClass } from './classify.ts';
import { markerFits } from './rules/items.ts';
import type { LawState } from './state.ts';

/** Marks no sentence or unit starts with: the line goes on with the one before. */
export const CONTINUES = /^[、，,。．)」』]/;

export type Continuation = 'no' | 'joined' | 'label-in-sentence';

/**
 * Does a line go on with the sentence of the line before (broken where a web page had a link)?
 * Only when that sentence is unfinished (no 。, or a parenthesis left open) and the line is
 * not a unit of its own: a label reads as a label when its number runs on in sequence, and as
 * part of the sentence when it does not.
 */
export function continuesSentence(
  s: LawState,
  index: number,
  cls: LineClass,
  captionAhead: boolean,
): Continuation {
  const line = s.lines[index]!;
  const prev = s.lines[index - 1];
  if (!prev || prev.blank || s.lastTextLine !== prev || !s.lastTextUnit) return 'no';
  if (!s.b.stack.includes(s.lastTextUnit)) return 'no';
  if (/。\s*$/.test(prev.norm)) return 'no';
  const open = s.openParens > 0;
  const body = line.norm.slice(line.indent).trimEnd();
  switch (cls.kind) {
    case 'page-break':
    case 'toc-label':
    case 'supplement':
    case 'appendix':
    case 'division':
    case 'trailing-date':
      return 'no';
    case 'caption':
      return !captionAhead && (s.labelsAlone || open) ? 'joined' : 'no';
    case 'article':
      if (!s.labelsAlone || !cls.alone) return 'no';
      return articleFits(s, cls) ? 'no' : 'label-in-sentence';
    case 'paragraph': {
      if (!s.labelsAlone) return 'no';
      if (paragraphFits(s, cls.num) || markerFits(s, cls.readings)) return 'no';
      return 'label-in-sentence';
    }
    case 'marker':
      if (!s.labelsAlone) return 'no';
      return markerFits(s, cls.readings) ? 'no' : 'label-in-sentence';
    default:
      return s.labelsAlone || open || CONTINUES.test(body) ? 'joined' : 'no';
  }
}

function articleFits(s: LawState, cls: Extract<LineClass, { kind: 'article' }>): boolean {
  if (Number.isNaN(cls.main)) return false;
  const last = s.lastArticle;
  return (
    cls.main === last + 1 || (cls.main === last && cls.num !== String(last)) || (last === 0 && cls.main === 1)
  );
}

function paragraphFits(s: LawState, n: number): boolean {
  const holder = s.b.nearest('article', 'supplement');
  if (!holder) return false;
  let last = 0;
  for (const c of holder.children) if (c.type === 'paragraph') last = Number((c as Parent).num ?? 0);
  return n === last + 1;
}
