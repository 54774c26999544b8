import { readDateLine, readNumberLine } from '../../dates.ts';
import type { Line } from '../../lines.ts';
import { isFull, type LawState, RANK } from '../state.ts';
import { placeText } from './text.ts';

/**
 * The document head, before the first structural line: the title, the enactment date and
 * number, and a preamble (an enactment statement, a policy's introduction).
 */
export function headRule(s: LawState, line: Line): void {
  const { b, root } = s;
  const at = line.start + line.indent;
  const body = line.norm.slice(line.indent).trimEnd();
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
  const date = readDateLine(body);
  const number = readNumberLine(body);
  if ((date || number) && !b.root.children.some((c) => c.type === 'preamble')) {
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
  const continuation = isFull(s, s.prevLine) && s.lastTextUnit?.type === 'preamble';
  placeText(s, line, at, continuation);
}
