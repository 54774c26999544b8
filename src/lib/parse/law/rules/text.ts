import { CONTAINER_TYPES } from '../../../tree/levels.ts';
import type { Parent } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import { currentUnit, ensureParagraph, type LawState, paragraphHolder, RANK, textPlaced } from '../state.ts';

/** Connectives that open a sentence of the paragraph after its list of items. */
const AFTER_LIST = /^(?:なお|ただし|また|この場合|前各号|上記)[、,]/;

/**
 * Places a line of text that has no marker of its own: the sentence of a unit whose label
 * stood alone, the rest of a sentence broken over lines, a preamble, or an unmarked block.
 */
export function placeText(s: LawState, line: Line, from: number, continuation: boolean): void {
  const { b } = s;
  const end = line.start + line.raw.length;
  let target: Parent | undefined;
  if (continuation && s.lastTextUnit && b.stack.includes(s.lastTextUnit)) {
    target = s.lastTextUnit;
    b.closeTo(target);
  } else if (
    s.mode === 'head' ||
    (!b.nearest('article', 'supplement', 'metadata', 'appendix') && s.mode === 'body' && !paragraphHolder(s))
  ) {
    const preamble = b.nearest('preamble');
    if (continuation && preamble) target = s.lastTextUnit ?? preamble;
    else {
      const division = b.nearest(...CONTAINER_TYPES);
      b.closeTo(division ?? b.root);
      target = b.open({ type: division ? 'block' : 'preamble', children: [] }, RANK.inner);
    }
  } else {
    const unit = ensureParagraph(s);
    if (unit && (s.awaiting === unit || unit.children.every((c) => c.type !== 'text' && c.type !== 'marker')))
      target = unit;
    else {
      const unitNow = currentUnit(s);
      const afterList =
        unitNow && unitNow.type !== 'paragraph' && AFTER_LIST.test(line.norm.slice(line.indent));
      const holder =
        (afterList ? b.nearest('paragraph') : unitNow) ??
        b.nearest('article', 'supplement', 'metadata', 'appendix') ??
        paragraphHolder(s) ??
        b.current;
      b.closeTo(holder);
      target = b.open({ type: 'block', children: [] }, RANK.inner);
    }
  }
  const awaited = s.awaiting ? b.nearest('article') : undefined;
  if (awaited && /^削\s*除$/.test(line.norm.slice(line.indent).trim())) awaited.deleted = true;
  s.awaiting = undefined;
  b.closeTo(target);
  b.leaf('break', line.start, from);
  b.leaf('text', from, end);
  textPlaced(s, target, line);
}
