import { NUMERAL_CLASS } from '../../text/numerals.ts';
import { COUNTERS } from '../../tree/levels.ts';
import { is } from '../../tree/types.ts';
import type { Line } from '../lines.ts';
import { isAmendmentRecord, type LineClass } from './classify.ts';
import { markerFits } from './rules/items.ts';
import { type LawState, paragraphHolder } from './state.ts';

/** Marks no sentence or unit starts with: the line goes on with the one before. */
export const CONTINUES = /^[、，,。．)」』]/;

type Continuation = 'no' | 'joined' | 'label-in-sentence';

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
  const body = line.body;
  // a line opening with a closing bracket closes what the line before left open: never a unit
  if (cls.kind === 'text' && /^[)」』]/.test(body)) return 'joined';
  // a sentence ends at 。 only outside parentheses: （…をいう。 / 以下同じ。）を… goes on
  if (/。\s*$/.test(prev.norm) && s.openParens === 0) return 'no';
  // a deleted article's 削除 is its whole text, though it ends without 。: whatever follows (the
  // next article, however far its number jumps) is no rest of it
  if (/(?:^|\s)削除\s*$/.test(prev.norm)) return 'no';
  const open = s.openParens > 0;
  switch (cls.kind) {
    case 'page-break':
    case 'toc-label':
    case 'supplement':
    case 'appendix':
    case 'division':
    case 'trailing-date':
      return 'no';
    case 'caption':
      // （１） alone is a caption's shape and a sub-item's marker: the next marker of a list opens it
      if (s.labelsAlone && markerFits(s, cls.readings)) return 'no';
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
      // (平17条例10・一部改正) under a unit records what amended it: never its sentence's rest
      if (isAmendmentRecord(body)) return 'no';
      // の規定による…, 又は第五十九条…: words no unit's own sentence opens with, so the rest of a
      // sentence broken at a link whatever the layout (labels inline too); flush left only, as an
      // indented line in a list may be an item whose marker was lost (ア / 又はイに掲げる…)
      return s.labelsAlone ||
        open ||
        CONTINUES.test(body) ||
        (line.indent === 0 && (SENTENCE_REST.test(body) || CITED_NUMBER.test(body) || CITATION.test(body))) ||
        (line.indent <= 2 && breaksOffParagraph(s, prev, body))
        ? 'joined'
        : 'no';
  }
}

/**
 * A paragraph's sentence always ends with 。 (items end with a noun, captions with a bracket):
 * one broken off before it goes on in the next line that is no label, flush left or under a
 * hanging indent, as a short PDF extraction (too few lines to show its wrap width) prints it.
 * A line of cells set apart by runs of spaces is a table, not the sentence's rest.
 */
function breaksOffParagraph(s: LawState, prev: Line, body: string): boolean {
  return (
    s.lastTextUnit?.type === 'paragraph' &&
    !PARAGRAPH_CLOSED.test(prev.norm.trimEnd()) &&
    !/\s{2,}|\t/.test(body)
  );
}

/** How a paragraph's last line may end: a sentence, a bracket, a colon before a list, 削除. */
const PARAGRAPH_CLOSED = /(?:[。．.」』)）:：]|削\s*除)$/;

/**
 * After a line that ran to the wrap width, does a label still open its unit? Where the text
 * reads either way, the reading under which the numbering runs in sequence wins: the first
 * article of the provisions always opens, and the next article, paragraph or item in sequence
 * opens unless the line before breaks off where a citation would (、, 第 or a particle) and a
 * pointer's tail (第二項, の規定, 条) follows the label.
 */
export function opensInSequence(s: LawState, index: number, cls: LineClass): boolean {
  let restStart: number;
  switch (cls.kind) {
    case 'article':
      if (!articleFits(s, cls)) return false;
      if (s.lastArticle === 0) return true;
      restStart = cls.restStart;
      break;
    case 'paragraph':
      if (!paragraphFits(s, cls.num) && !markerFits(s, cls.readings)) return false;
      restStart = cls.restStart;
      break;
    case 'marker':
      if (!markerFits(s, cls.readings)) return false;
      restStart = Math.max(...cls.readings.map((r) => r.length));
      break;
    default:
      return false;
  }
  const prev = s.lines[index - 1];
  if (!prev || !CITING_BREAK.test(prev.norm.trimEnd())) return true;
  const line = s.lines[index]!;
  let tail = line.norm.slice(line.indent + restStart).trim();
  if (!tail) {
    const next = s.lines[index + 1];
    tail = next && !next.blank ? next.norm.slice(next.indent).trim() : '';
  }
  return !POINTER_TAIL.test(tail);
}

/** A line broken off where a citation goes on: …、 / …の / …及び. */
const CITING_BREAK = /(?:[、,のにをはがとで第]|及び|又は|並びに|若しくは)$/;

/** What follows a number in a citation: 第二項, の規定, に規定する, 及び第五条, (第 then) 条. */
const POINTER_TAIL = new RegExp(
  `^(?:[${COUNTERS}條號]|第[${NUMERAL_CLASS}]+[項号號]|の[${NUMERAL_CLASS}]|の規定|に規定|に定め|及び|又は|並びに|若しくは|から|まで|ただし書|前段|後段)`,
);

function articleFits(s: LawState, cls: Extract<LineClass, { kind: 'article' }>): boolean {
  if (Number.isNaN(cls.main)) return false;
  const last = s.lastArticle;
  return (
    cls.main === last + 1 || (cls.main === last && cls.num !== String(last)) || (last === 0 && cls.main === 1)
  );
}

function paragraphFits(s: LawState, n: number): boolean {
  const holder = paragraphHolder(s);
  if (!holder) return false;
  let last = 0;
  for (const c of holder.children) if (is(c, 'paragraph')) last = Number(c.num ?? 0);
  return n === last + 1;
}

/**
 * Words only the rest of a sentence starts with (の規定, に規定する, 及び, から…まで, 中「…」):
 * never the first word of a unit's own sentence.
 */
/** (令和五年法律第九十九号)第五十二条…: the number of the law a broken line just named, and more. */
const CITED_NUMBER = new RegExp(`^\\([^()]*第[${NUMERAL_CLASS}]+号\\)\\S`);

/**
 * 第五条第一号, 第四十九条第一項, 同条第九項: a citation, never a unit's label (a label is set apart
 * from its sentence), so a line opening with one is the rest of a sentence a page broke at a link.
 */
const CITATION = new RegExp(
  `^(?:第[${NUMERAL_CLASS}]+条(?:の[${NUMERAL_CLASS}]+)*|同[条法項])第[${NUMERAL_CLASS}]+[項号]`,
);

const SENTENCE_REST = /^(?:[のにをはがでとへもや]|及び|又は|並びに|若しくは|から|まで|中|ただし書|前段|後段)/;

/**
 * Lines shaped like a label alone (第四条, ２, 一) that start a sentence a web page broke at a
 * link: the next line follows without a blank line, unindented, and goes on with what only the
 * rest of a sentence starts with (第二条 / 　第一条 / の規定は、適用しない。). In a text whose
 * labels stand alone such a line is the citation opening the sentence, never a unit.
 */
export function citationHeads(lines: Line[], classes: LineClass[], labelsAlone: boolean): Set<number> {
  const heads = new Set<number>();
  if (!labelsAlone) return heads;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cls = classes[i]!;
    const alone =
      (cls.kind === 'article' && cls.alone && !cls.deleted) ||
      ((cls.kind === 'paragraph' || cls.kind === 'marker') && cls.alone);
    if (!alone) continue;
    const next = lines[i + 1]!;
    if (next.blank || next.indent > 0) continue;
    if (SENTENCE_REST.test(next.norm)) heads.add(i);
  }
  return heads;
}
