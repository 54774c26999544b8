import type { Parent } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import type { LineClass } from '../classify.ts';
import { type LawState, openUnit, RANK, textPlaced } from '../state.ts';
import { flushCaption } from './caption.ts';

type ArticleClass = Extract<LineClass, { kind: 'article' }>;

/** Opens an article at its label (第N条), with the caption waiting for it and its first sentence. */
export function articleRule(s: LawState, line: Line, cls: ArticleClass): void {
  const { b } = s;
  const src = b.source;
  const at = line.start + line.indent;
  s.table = undefined;
  const inSupplement = b.nearest('supplement') !== undefined;
  const node: Parent = { type: 'article', children: [] };
  b.open(node, RANK.article);
  flushCaption(s, node);
  if (cls.num) node.num = cls.num;
  const markerEnd = at + cls.labelLength;
  node.label = src.slice(at, markerEnd);
  if (cls.through) node.through = cls.through;
  if (!inSupplement && !Number.isNaN(cls.main) && cls.main < s.lastArticle) {
    b.message(
      `Unexpected article \`${node.label}\` after article ${s.lastArticle}, expected a higher number`,
      'out-of-order',
      at,
      markerEnd,
    );
  }
  if (!Number.isNaN(cls.main)) s.lastArticle = Math.max(s.lastArticle, cls.main);
  b.leaf('break', line.start, at, node);
  b.leaf('marker', at, markerEnd, node);
  let labelEnd = markerEnd;
  if (cls.caption !== undefined) {
    labelEnd = markerEnd + cls.caption.length + 2;
    b.leaf('caption', markerEnd, labelEnd, node);
    node.caption = src.slice(markerEnd + 1, labelEnd - 1);
  }
  const textStart = at + cls.restStart;
  if (!cls.alone) {
    if (cls.deleted) node.deleted = true;
    b.leaf('break', labelEnd, textStart, node);
    const p = openUnit(s, 'paragraph', RANK.paragraph, node);
    p.num = '1';
    b.leaf('text', textStart, line.end, p);
    textPlaced(s, p, line);
    s.awaiting = undefined;
  } else {
    b.leaf('break', labelEnd, line.end, node);
    textPlaced(s, undefined, line);
    s.awaiting = node;
  }
}
