import type { ParentType } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import type { LineClass } from '../classify.ts';
import { type LawState, RANK, textPlaced } from '../state.ts';
import { releaseCaption } from './caption.ts';

type DivisionClass = Extract<LineClass, { kind: 'division' }>;
type SupplementClass = Extract<LineClass, { kind: 'supplement' }>;
type AppendixClass = Extract<LineClass, { kind: 'appendix' }>;

/** Opens a part, chapter, section, subsection or division (第N編/章/節/款/目 and its title). */
export function divisionRule(s: LawState, line: Line, cls: DivisionClass): void {
  const { b } = s;
  const at = line.start + line.indent;
  s.table = undefined;
  releaseCaption(s);
  const type: ParentType = cls.division;
  const node = b.open({ type, children: [] }, RANK[cls.division]);
  if (cls.num) node.num = cls.num;
  const labelEnd = at + cls.labelLength;
  node.label = b.source.slice(at, labelEnd);
  node.title = b.source
    .slice(line.start + line.norm.indexOf(cls.title, line.indent + cls.labelLength), line.end)
    .trim();
  b.leaf('break', line.start, at, node);
  b.leaf('marker', at, labelEnd, node);
  b.leaf('text', labelEnd, line.end, node);
  textPlaced(s, undefined, line);
  s.awaiting = undefined;
}

/** Opens a supplementary provision (附則, 附　則（平成五年五月七日法律第三九号）, 附則抄). */
export function supplementRule(s: LawState, line: Line, cls: SupplementClass): void {
  const { b } = s;
  const at = line.start + line.indent;
  s.table = undefined;
  s.supplementCount++;
  const node = b.open({ type: 'supplement', children: [] }, RANK.top);
  node.label = b.source.slice(at, line.end).trim();
  node.num = String(s.supplementCount);
  if (cls.amendment) node.amendment = cls.amendment;
  b.leaf('break', line.start, at, node);
  b.leaf('marker', at, line.end, node);
  s.lastArticle = 0;
  textPlaced(s, undefined, line);
  s.awaiting = undefined;
}

/** Opens an appended table or form (別表第1, 別記, 様式第2号) after the provisions. */
export function appendixRule(s: LawState, line: Line, cls: AppendixClass): boolean {
  const provisions = s.lastArticle > 0 || (s.paragraphsFrom !== undefined && s.mode === 'body');
  if (!(s.supplementCount > 0 || provisions || s.appendixCount > 0)) return false;
  const { b } = s;
  const at = line.start + line.indent;
  s.table = undefined;
  releaseCaption(s);
  s.appendixCount++;
  const node = b.open({ type: 'appendix', children: [] }, RANK.top);
  node.label = b.source.slice(at, at + cls.labelLength);
  node.num = String(s.appendixCount);
  if (cls.title) node.title = cls.title;
  b.leaf('break', line.start, at, node);
  b.leaf('marker', at, line.end, node);
  textPlaced(s, undefined, line);
  s.awaiting = undefined;
  return true;
}
