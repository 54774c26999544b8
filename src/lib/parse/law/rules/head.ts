import { isAmendmentLine, isNoteLine, readDateLine, readOwnNumberLine } from '../../dates.ts';
import type { Line } from '../../lines.ts';
import { CONTINUES } from '../continuation.ts';
import { isFull, type LawState, RANK } from '../state.ts';
import { placeText } from './text.ts';

/**
 * The document head, before the first structural line: the title, the enactment date and
 * number, and a preamble (an enactment statement, a policy's introduction).
 */
export function headRule(s: LawState, line: Line): void {
  const { b, root } = s;
  const at = line.start + line.indent;
  const body = line.body;
  if (!root.title && !b.root.children.some((c) => c.type === 'title' || c.type === 'preamble')) {
    const node = b.open({ type: 'title', children: [] }, RANK.top);
    b.leaf('break', line.start, at, node);
    b.leaf('text', at, line.end, node);
    root.title = b.source
      .slice(at, line.end)
      .trim()
      .replace(/^[○◎●]\s*/, '');
    node.title = root.title;
    return;
  }
  // after the law's own number, a date and a number are its amendment history (改正　…条例第8号 /
  // 平成17年3月28日条例第2号 …): kept with the header, never taken for its number or a preamble
  const amendment = root.number !== undefined && isAmendmentLine(body);
  const date = amendment ? undefined : readDateLine(body);
  const number = amendment ? undefined : readOwnNumberLine(body);
  const header = date || number || amendment || isNoteLine(body);
  // a date or number line alone is the law's header even after a page's line that is no sentence
  // (更新日：…); after an enactment statement (…定める。) it is the statement's date and signature
  const afterSentence = /。\s*$/.test(s.prevLine?.norm ?? '');
  if (
    header &&
    (((date || number) && !afterSentence) || !b.root.children.some((c) => c.type === 'preamble'))
  ) {
    const node = b.nearest('enactment') ?? b.open({ type: 'enactment', children: [] }, RANK.top);
    if (date) {
      root.promulgated = body;
      root.promulgatedIso = date;
    }
    if (number) {
      // a national law number carries its year (平成十五年法律第五十七号): that is the number
      root.number = number.dateText && !number.date ? `${number.dateText}${number.number}` : number.number;
      if (number.dateText && !root.promulgated) root.promulgated = number.dateText;
      if (number.date && !root.promulgatedIso) root.promulgatedIso = number.date;
    }
    b.leaf('break', line.start, at, node);
    b.leaf('text', at, line.end, node);
    return;
  }
  const inPreamble = s.lastTextUnit?.type === 'preamble';
  const joined = inPreamble && !isFull(s, s.prevLine) && continuesPreamble(s, line);
  placeText(s, line, at, inPreamble && (joined || isFull(s, s.prevLine)));
  if (joined)
    b.message(
      'Line continues the sentence before it (broken where the page had a link): joined',
      'joined-line',
      at,
      line.end,
      'info',
    );
}

const WHOLE_PAREN = /^[（(][^（()）]*[）)](?:\s*最終改正.*)?$/;

/**
 * 土地区画整理法 / (昭和29年法律第119号)第4条 / 、第6条第1項 … の規定に基き…を定める: an enactment
 * statement a web page broke at each link goes on while its sentence is unfinished, as a
 * provision's sentence does (continuation.ts), in a text whose labels stand alone on their line.
 */
function continuesPreamble(s: LawState, line: Line): boolean {
  const prev = s.prevLine;
  if (!prev || prev.blank || s.lastTextLine !== prev) return false;
  // (昭和30年3月31日建設省令第5号)最終改正：…: the number line is a line of its own
  if (WHOLE_PAREN.test(prev.body)) return false;
  if (CONTINUES.test(line.norm.slice(line.indent))) return true;
  return s.labelsAlone && !/。\s*$/.test(prev.norm);
}
