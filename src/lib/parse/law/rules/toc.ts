import type { Line } from '../../lines.ts';
import type { LineClass } from '../classify.ts';
import { type LawState, RANK } from '../state.ts';

/**
 * A line of the table of contents: its label, an entry (第一章　総則（第一条・第二条）, 附則)
 * or the wrapped rest of an entry. Nothing here opens a unit: a TOC's 附則 is only an entry.
 */
export function tocRule(s: LawState, line: Line, cls: LineClass): void {
  const { b } = s;
  const at = line.start + line.indent;
  const body = line.body;
  let toc = b.nearest('toc');
  if (!toc) {
    b.closeTo(b.root);
    toc = b.open({ type: 'toc', children: [] }, RANK.top);
  }
  if (cls.kind === 'toc-label') {
    b.closeTo(toc);
    b.leaf('break', line.start, at, toc);
    b.leaf('marker', at, line.end, toc);
    return;
  }
  if (cls.kind === 'division' || cls.kind === 'supplement') {
    b.closeTo(toc);
    const entry = b.open({ type: 'tocEntry', children: [] }, RANK.top + 1);
    entry.label = body.split(/\s/)[0]!;
    const title = (cls.kind === 'division' ? cls.title : '').replace(/\(第.*\)$/, '').trim();
    if (title) entry.title = title;
    b.leaf('break', line.start, at, entry);
    b.leaf('text', at, line.end, entry);
    return;
  }
  const target = b.nearest('tocEntry') ?? toc;
  b.leaf('break', line.start, at, target);
  b.leaf('text', at, line.end, target);
}
