import { textViewOf } from '../parse/finalize.ts';
import { type MappedText, mappedAt, sourceRange, sourceRangeThrough } from '../text/mapped-text.ts';
import { LEVEL_LIST, type LevelType } from '../tree/levels.ts';
import { type Caption, type DocumentNode, isLeaf, type Parent, type ParentType } from '../tree/types.ts';
import { normalizeForMatching } from './normalize.ts';

/** Levels a context records: every structural level but 別表, which holds no 条/項 of its own. */
type ContextLevel = Exclude<LevelType, 'appendix'>;

/** The structural units enclosing a position: what この条, 前項, 同号 … are relative to. */
type Context = Partial<Record<ContextLevel, Parent>>;

/** A piece of sentence text the analysis reads: a unit's own text, or an article caption. */
export interface TextUnit {
  /** the unit holding the text (the article, for a caption) */
  node: Parent;
  /** anchor of the smallest anchored unit holding the text */
  from: string;
  /** the repaired text and its map to the source */
  view: MappedText;
  /** the text prepared for matching: half-width, no spaces, kanji numerals of pointers in Arabic */
  norm: MappedText;
  context: Context;
  /** anchors of the unit and every enclosing unit, innermost first */
  ancestors: string[];
}

/** Everything the passes need to know about the tree, collected in one walk. */
export interface Structure {
  root: DocumentNode;
  source: string;
  parent: Map<Parent, Parent>;
  /** text units in document order */
  units: TextUnit[];
  /** the text unit of each node that has sentence text (captions excluded) */
  unitOf: Map<Parent, TextUnit>;
  /** units of each level (article, paragraph, item … supplement) in document order, and each one's index there */
  ofType: Map<ParentType, Parent[]>;
  indexOf: Map<Parent, number>;
  /** articles of the main provisions, in order */
  mainArticles: Parent[];
  /** supplementary provisions, in order */
  supplements: Parent[];
  /** tables, in order */
  tables: Parent[];
  /** appended tables and forms (別表, 別記, 様式), in order */
  appendices: Parent[];
  /** source span of each anchored node */
  span: Map<string, { start: number; end: number }>;
}

/** Node types whose text the analysis does not read: navigation, titles, history. */
const SKIPPED: ReadonlySet<ParentType> = new Set([
  'toc',
  'tocEntry',
  'title',
  'enactment',
  'metadata',
  'history',
  'historyEntry',
  'chrome',
  'contact',
]);

/** Context levels, outermost first (附則, then 編 … sub-items): entering a unit keeps the levels above it and clears those below. */
const ORDER: readonly ContextLevel[] = LEVEL_LIST.map((level) => level.type).filter(
  (type): type is ContextLevel => type !== 'appendix',
);

/** The context level of a node type, `undefined` for units that open none (tables, blocks, 別表). */
function contextLevelOf(type: ParentType): ContextLevel | undefined {
  return ORDER.find((level) => level === type);
}

/** The context inside `node`, a unit of level `key`, entered from `outer`. */
function enter(outer: Context, key: ContextLevel, node: Parent): Context {
  const inner: Context = {};
  for (const k of ORDER) {
    if (k === key) {
      inner[k] = node;
      break;
    }
    const v = outer[k];
    if (v) inner[k] = v;
  }
  return inner;
}

/** Walks the tree once and indexes what reference resolution and scoping look up. */
export function indexStructure(root: DocumentNode, source: string): Structure {
  const s: Structure = {
    root,
    source,
    parent: new Map(),
    units: [],
    unitOf: new Map(),
    ofType: new Map(),
    indexOf: new Map(),
    mainArticles: [],
    supplements: [],
    tables: [],
    appendices: [],
    span: new Map(),
  };
  // anchors of the enclosing units, outermost first; copied (innermost first) only for text units
  const anchors: string[] = [];
  const walk = (node: Parent, context: Context) => {
    let inner = context;
    const key = contextLevelOf(node.type);
    if (key) {
      inner = enter(context, key, node);
      let list = s.ofType.get(node.type);
      if (!list) {
        list = [];
        s.ofType.set(node.type, list);
      }
      s.indexOf.set(node, list.length);
      list.push(node);
    }
    if (node.id) {
      anchors.push(node.id);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) s.span.set(node.id, { start, end });
    }
    if (node.type === 'article') {
      if (!inner.supplement) s.mainArticles.push(node);
      addCaption(s, node, inner, anchors.toReversed());
    } else if (node.type === 'supplement') s.supplements.push(node);
    else if (node.type === 'table') s.tables.push(node);
    else if (node.type === 'appendix') s.appendices.push(node);
    const view = textViewOf(node, root);
    if (view && view.text.length > 0) {
      const here = anchors.toReversed();
      const unit: TextUnit = {
        node,
        from: here[0] ?? 'doc',
        view,
        norm: normalizeForMatching(view.text),
        context: inner,
        ancestors: here,
      };
      s.units.push(unit);
      s.unitOf.set(node, unit);
    }
    for (const child of node.children) {
      if (isLeaf(child) || SKIPPED.has(child.type)) continue;
      s.parent.set(child, node);
      walk(child, inner);
    }
    if (node.id) anchors.pop();
  };
  walk(root, {});
  return s;
}

function addCaption(s: Structure, article: Parent, context: Context, ancestors: string[]): void {
  const leaf = article.children.find((c): c is Caption => isLeaf(c) && c.type === 'caption');
  if (!leaf) return;
  const start = leaf.position?.start.offset;
  if (start === undefined) return;
  const view = mappedAt(leaf.value, start);
  s.units.push({
    node: article,
    from: ancestors[0] ?? 'doc',
    view,
    norm: normalizeForMatching(view.text),
    context,
    ancestors,
  });
}

/** Source offsets of a span of a unit's normalised text. */
export function sourceSpan(unit: TextUnit, nStart: number, nEnd: number): { start: number; end: number } {
  return sourceRangeThrough(unit.view, unit.norm, nStart, nEnd);
}

/** The printed (repaired) text of a span of a unit's normalised text. */
export function printedText(unit: TextUnit, nStart: number, nEnd: number): string {
  const { start, end } = sourceRange(unit.norm, nStart, nEnd);
  return unit.view.text.slice(start, end);
}
