import { is } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import type { LineClass } from '../classify.ts';
import { type LawState, openUnit, paragraphHolder, RANK, textPlaced } from '../state.ts';
import { flushCaption } from './caption.ts';
import { markerFits } from './items.ts';

type ParagraphClass = Extract<LineClass, { kind: 'paragraph' }>;

/** Ends of sentences: a unit whose text ends here is complete. */
export const SENTENCE_END = /[。．.)）」]$/;

/**
 * Opens a numbered paragraph (２, 2, ○２; inline or alone on its line) when its number runs on
 * from the article's paragraphs; a slip of up to two numbers after a complete sentence is
 * accepted and reported. False when the number does not fit: the line is something else.
 */
export function paragraphRule(s: LawState, line: Line, cls: ParagraphClass): boolean {
  const { b } = s;
  const holder = paragraphHolder(s);
  if (!holder) return false;
  // ② after ① is the next item of a circled list, not a paragraph
  if (cls.circled && markerFits(s, cls.readings)) return false;
  const at = line.start + line.indent;
  const n = cls.num;
  const paragraphs = holder.children.filter((c) => is(c, 'paragraph'));
  const lastNum = paragraphs.length ? Number(paragraphs[paragraphs.length - 1]!.num) : 0;
  const labelled = paragraphs.length === 1 && !paragraphs[0]!.label && n === 1;
  const previous = (
    s.lastTextUnit ? b.source.slice(s.prevLine?.start ?? 0, s.prevLine?.end ?? 0) : ''
  ).trim();
  const complete = SENTENCE_END.test(previous) || /[もの場合とき者]$/.test(previous) || !s.lastTextUnit;
  const digitsAt = at + cls.prefixLength;
  let accept = n === lastNum + 1 || (n === 1 && paragraphs.length === 0);
  if (!accept && complete && n > lastNum + 1 && n <= lastNum + 3) {
    accept = true;
    // an extract (抄) prints only some paragraphs: its gaps are expected, not slips
    const extract = /抄/.test(b.nearest('supplement')?.label ?? '');
    b.message(
      `Unexpected paragraph number ${n}, expected ${lastNum + 1}`,
      'numbering-gap',
      digitsAt,
      digitsAt + cls.digitsLength,
      extract ? 'info' : 'warning',
    );
  } else if (!accept && complete && n === lastNum && n > 1) {
    accept = true;
    b.message(
      `Unexpected repeated paragraph number ${n}, expected ${lastNum + 1}`,
      'duplicate-number',
      digitsAt,
      digitsAt + cls.digitsLength,
    );
  }
  if (!accept || labelled) return false;
  s.table = undefined;
  const p = openUnit(s, 'paragraph', RANK.paragraph, holder);
  flushCaption(s, p);
  p.num = String(n);
  p.label = b.source.slice(digitsAt, digitsAt + cls.digitsLength);
  b.leaf('break', line.start, at, p);
  b.leaf('marker', at, at + cls.restStart, p);
  if (cls.alone) {
    b.leaf('break', at + cls.restStart, line.end, p);
    textPlaced(s, undefined, line);
    s.awaiting = p;
  } else {
    b.leaf('text', at + cls.restStart, line.end, p);
    textPlaced(s, p, line);
    s.awaiting = undefined;
  }
  return true;
}
