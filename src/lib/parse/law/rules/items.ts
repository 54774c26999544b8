import { isLeaf, type Leaf, type Parent, type ParentType } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import { inferredLabel, letterPosition, type MarkerMatch } from '../../markers.ts';
import {
  currentUnit,
  ensureParagraph,
  type LawState,
  openUnit,
  paragraphHolder,
  RANK,
  textPlaced,
} from '../state.ts';
import { SENTENCE_END } from './paragraph.ts';

/** Words that announce a list of items or sub-items. */
const ANNOUNCES_LIST = /次に掲げる|次のいずれか|次の各号|次のとおり|以下に掲げる|次の事項/;

/** Words that announce a table whose rows follow. */
const ANNOUNCES_TABLE = /次の表|下欄に(?:掲げる|定める)/;

/** Sub-items nest at most this deep: deeper markers continue a list (a long run of (1) stays flat). */
const MAX_UNIT_DEPTH = 8;

const position = (reading: MarkerMatch, order: 'aiueo' | 'iroha'): number =>
  reading.letter ? letterPosition(reading.letter, order) : reading.num;

interface Choice {
  parent: Parent;
  reading: MarkerMatch;
  pos: number;
  order: 'aiueo' | 'iroha';
}

/** The next marker of a list already open, innermost first. */
function continuesList(s: LawState, units: Parent[], readings: readonly MarkerMatch[]): Choice | undefined {
  for (let i = units.length - 1; i >= 0; i--) {
    const state = s.lists.get(units[i]!);
    if (!state) continue;
    for (const r of readings) {
      if (r.family !== state.family) continue;
      const pos = position(r, state.order);
      // 九の二 comes after 九: an item inserted by amendment keeps its list's count
      if (r.branch ? pos === state.last : pos === state.last + 1)
        return { parent: units[i]!, reading: r, pos, order: state.order };
    }
  }
  return undefined;
}

/** The first marker of a new list under the innermost unit. */
function opensList(s: LawState, units: Parent[], readings: readonly MarkerMatch[]): Choice | undefined {
  const parent = units[units.length - 1] ?? ensureParagraph(s);
  if (!parent || s.lists.get(parent) || units.length >= MAX_UNIT_DEPTH) return undefined;
  // 次の表の上欄に掲げる…: what follows are the rows of a table a page flattened, not items
  if (ANNOUNCES_TABLE.test(ownText(parent))) return undefined;
  for (const r of readings) {
    const order: 'aiueo' | 'iroha' = r.letter === 'イ' ? 'iroha' : 'aiueo';
    const pos = position(r, order);
    if (pos === 1 && !r.branch) return { parent, reading: r, pos, order };
  }
  return undefined;
}

/** A drafting slip: a gap, a repeat or a step back in an open list, after a complete sentence. */
function slipsInList(
  s: LawState,
  line: Line,
  units: Parent[],
  readings: readonly MarkerMatch[],
): Choice | undefined {
  const { b } = s;
  const previous = (
    s.lastTextUnit?.text ?? b.source.slice(s.prevLine?.start ?? 0, s.prevLine?.end ?? 0)
  ).trim();
  if (!SENTENCE_END.test(previous) && !/[もの場合とき]$/.test(previous)) return undefined;
  for (let i = units.length - 1; i >= 0; i--) {
    const state = s.lists.get(units[i]!);
    if (!state) continue;
    const r = readings.find((x) => x.family === state.family && !x.branch);
    if (!r) continue;
    const pos = position(r, state.order);
    if (Number.isNaN(pos) || pos > state.last + 3) continue;
    const rule =
      pos === state.last ? 'duplicate-number' : pos > state.last ? 'numbering-gap' : 'out-of-order';
    b.message(
      `Unexpected marker \`${r.label}\`, expected number ${state.last + 1} of this list`,
      rule,
      line.start + line.indent,
      line.start + line.indent + r.length,
    );
    return { parent: units[i]!, reading: r, pos, order: state.order };
  }
  return undefined;
}

/** Open paragraphs, items and sub-items, outermost first. */
function openUnits(s: LawState): Parent[] {
  return s.b.stack.filter((n) => n.type === 'paragraph' || n.type === 'item' || n.type === 'subitem');
}

/** Would a marker line be read as an item or sub-item here (without a slip)? */
export function markerFits(s: LawState, readings: readonly MarkerMatch[]): boolean {
  const units = openUnits(s);
  if (continuesList(s, units, readings) || findGluedFirst(s, readings)) return true;
  const parent = units[units.length - 1];
  if (parent ? s.lists.get(parent) : !paragraphHolder(s)) return false;
  return readings.some((r) => position(r, r.letter === 'イ' ? 'iroha' : 'aiueo') === 1);
}

function openListUnit(s: LawState, parent: Parent): Parent {
  const type: ParentType = parent.type === 'paragraph' ? 'item' : 'subitem';
  const depth =
    parent.type === 'subitem' ? s.b.rankOf(parent) + 1 : type === 'item' ? RANK.item : RANK.subitem;
  return openUnit(s, type, depth, parent);
}

/**
 * Opens an item or sub-item for a marker line (一, (1), イ, ア …, inline or alone on its line),
 * by the marker's family and sequence; false when the marker fits nowhere.
 */
export function placeMarker(s: LawState, line: Line, readings: readonly MarkerMatch[]): boolean {
  const { b } = s;
  let units = openUnits(s);
  let choice = continuesList(s, units, readings);
  if (!choice && splitGluedFirst(s, readings)) {
    units = openUnits(s);
    choice = continuesList(s, units, readings);
  }
  choice ??= opensList(s, units, readings) ?? slipsInList(s, line, units, readings);
  if (!choice) return false;
  const { parent, reading, pos, order } = choice;
  const node = openListUnit(s, parent);
  node.label = reading.label;
  node.num = reading.branch ? `${pos}_${reading.branch}` : String(pos);
  s.lists.set(parent, { family: reading.family, order, last: Math.max(pos, s.lists.get(parent)?.last ?? 0) });
  b.leaf('break', line.start, line.start + line.indent, node);
  const markerEnd = line.start + line.indent + reading.length;
  b.leaf('marker', line.start + line.indent, markerEnd, node);
  if (markerEnd >= line.start + line.raw.trimEnd().length) {
    b.leaf('break', markerEnd, line.end, node);
    textPlaced(s, undefined, line);
    s.awaiting = node;
  } else {
    b.leaf('text', markerEnd, line.end, node);
    textPlaced(s, node, line);
    s.awaiting = undefined;
  }
  return true;
}

/** The sentence text a unit holds so far (its own text leaves; at most 2,000 characters). */
function ownText(unit: Parent): string {
  let text = '';
  for (const child of unit.children) {
    if (isLeaf(child) && child.type === 'text') text += child.value;
    if (text.length > 2000) break;
  }
  return text;
}

/** The source from a unit's first leaf up to `end` (at most the last 2,000 characters). */
function textSoFar(s: LawState, unit: Parent, end: number): string {
  let start = end;
  for (const child of unit.children) {
    const span = s.b.spanOf(child);
    if (span) {
      start = span.start;
      break;
    }
  }
  return s.b.source.slice(Math.max(start, end - 2000), end);
}

/** A sub-item whose marker the extraction lost: an indented line after a list announcement. */
export function placeInferred(s: LawState, line: Line): boolean {
  const { b } = s;
  const unit = currentUnit(s);
  if (!unit || line.indent === 0 || s.awaiting) return false;
  const siblingList = unit.type === 'subitem' ? b.stack[b.stack.indexOf(unit) - 1] : undefined;
  const siblingState = siblingList ? s.lists.get(siblingList) : undefined;
  let parent: Parent;
  if (siblingState?.family === 'inferred' && unit.inferred) parent = siblingList!;
  else if (!s.lists.get(unit) && ANNOUNCES_LIST.test(textSoFar(s, unit, line.start))) parent = unit;
  else return false;
  if (openUnits(s).length >= MAX_UNIT_DEPTH) return false;
  const state = s.lists.get(parent) ?? { family: 'inferred' as const, order: 'aiueo' as const, last: 0 };
  const pos = state.last + 1;
  const node = openListUnit(s, parent);
  node.label = node.type === 'item' ? `(${pos})` : inferredLabel(pos);
  node.num = String(pos);
  node.inferred = true;
  s.lists.set(parent, { ...state, last: pos });
  b.leaf('break', line.start, line.start + line.indent, node);
  b.leaf('text', line.start + line.indent, line.end, node);
  b.message(
    `Missing marker: inferred ${node.type} \`${node.label}\` from the indented line after a list announcement`,
    'inferred-marker',
    line.start,
    line.start + line.indent,
    'info',
  );
  textPlaced(s, node, line);
  return true;
}

/** The first marker of each family, as printed glued to the text before it. */
function firstMarkerOf(reading: MarkerMatch): { text: RegExp; order: 'aiueo' | 'iroha' } | undefined {
  if (reading.family === 'katakana' && reading.letter === 'ロ')
    return { text: /イ[ \u3000]/, order: 'iroha' };
  if (reading.family === 'katakana' && reading.letter === 'イ')
    return { text: /ア[ \u3000]/, order: 'aiueo' };
  if (reading.family === 'paren-katakana' && reading.letter === 'ロ')
    return { text: /[(（]イ[)）]/, order: 'iroha' };
  if (reading.family === 'paren-katakana' && reading.letter === 'イ')
    return { text: /[(（]ア[)）]/, order: 'aiueo' };
  if (reading.family === 'paren-arabic' && reading.num === 2)
    return { text: /[(（][1１][)）]/, order: 'aiueo' };
  if (reading.family === 'kanji' && reading.num === 2 && !reading.branch)
    return { text: /一[ \u3000]/, order: 'aiueo' };
  return undefined;
}

/**
 * A web page that lost the line break before a list's first marker prints it glued to the
 * text before (次に掲げる書類イ　解散の…), the second marker (ロ) on a line of its own. When the
 * second comes and the unit before has no list yet, the first is split off that unit's text.
 */
function splitGluedFirst(s: LawState, readings: readonly MarkerMatch[]): boolean {
  const found = findGluedFirst(s, readings);
  if (!found) return false;
  const { b } = s;
  const { unit, index, leaf, offset, labelLength, separatorLength, reading, order } = found;
  const span = b.spanOf(leaf)!;
  const end = span.end;
  const moved = unit.children.splice(index + 1);
  leaf.value = b.source.slice(span.start, offset);
  b.setEnd(leaf, offset);
  const node = openListUnit(s, unit);
  node.label = b.source.slice(offset, offset + labelLength);
  node.num = '1';
  b.leaf('marker', offset, offset + labelLength + separatorLength, node);
  b.leaf('text', offset + labelLength + separatorLength, end, node);
  // a unit's sentence text is read from its text leaves when the tree is finished: moving the
  // leaves moves the text
  for (const child of moved) node.children.push(child);
  s.lists.set(unit, { family: reading.family, order, last: 1 });
  b.message(
    `Marker \`${node.label}\` glued to the text before it (the page lost a line break): read as its list's first`,
    'glued-marker',
    offset,
    offset + labelLength,
    'info',
  );
  return true;
}

interface GluedMarker {
  unit: Parent;
  /** the text leaf the first marker is glued into, and its index in the unit */
  leaf: Leaf;
  index: number;
  offset: number;
  labelLength: number;
  separatorLength: number;
  reading: MarkerMatch;
  order: 'aiueo' | 'iroha';
}

/** Where the first marker of the list a second marker continues is glued to the text before. */
function findGluedFirst(s: LawState, readings: readonly MarkerMatch[]): GluedMarker | undefined {
  const { b } = s;
  const unit = s.lastTextUnit;
  if (!unit || s.lists.get(unit) || !b.stack.includes(unit)) return undefined;
  if (unit.type !== 'paragraph' && unit.type !== 'item' && unit.type !== 'subitem') return undefined;
  for (const reading of readings) {
    const first = firstMarkerOf(reading);
    if (!first) continue;
    for (let index = 0; index < unit.children.length; index++) {
      const leaf = unit.children[index]!;
      if (!isLeaf(leaf) || leaf.type !== 'text') continue;
      const m = first.text.exec(leaf.value);
      // glued: the marker follows text on its line, it does not open the line
      if (!m || m.index === 0 || /\s/.test(leaf.value[m.index - 1]!)) continue;
      const span = b.spanOf(leaf);
      if (!span) continue;
      const labelLength = m[0].trimEnd().length;
      return {
        unit,
        index,
        leaf,
        offset: span.start + m.index,
        labelLength,
        separatorLength: m[0].length - labelLength,
        reading,
        order: first.order,
      };
    }
  }
  return undefined;
}
