import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { MappedText } from '../text/mapped-text.ts';
import { buildTextView, joinSpan, joinText, type Segment } from '../text/view.ts';
import { LEVELS } from '../tree/levels.ts';
import { addMessage } from '../tree/messages.ts';
import { type DocumentNode, isLeaf, type Leaf, type Parent } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';

/**
 * What the units' repaired text views are built from, kept on the document under a symbol that
 * is not enumerable — JSON, `Object.keys`, spreads and deep equality do not see it. It used to sit
 * in a WeakMap beside the tree (an ephemeron per unit, which every garbage collection traces
 * specially), then on every unit (an `Object.defineProperty` per unit, a call into the runtime
 * that was 2 % of parsing a long law): a unit's view is asked for with its document, as analysis
 * walks it. The slices of the source are the unit's text leaves, found again when a view is built.
 */
const DOCUMENT_TEXT = Symbol('document text');
/** A unit's view once built, under a symbol of its own (defined on first use). */
const UNIT_VIEW = Symbol('unit text view');

/** What every unit of one document shares: one object per document, not one per unit. */
interface DocumentText {
  source: string;
  lang: 'ja' | 'en';
}

type WithDocumentText = DocumentNode & { [DOCUMENT_TEXT]?: DocumentText };
type WithUnitView = Parent & { [UNIT_VIEW]?: MappedText };

/**
 * The repaired text of a unit (a text holder of a tree the parser finished) with its map to the
 * source, for analysis passes; undefined for other nodes, and for trees the parser did not make
 * (read back from JSON, imported from e-Gov XML). Built on first use: most builds never need the
 * map of most units.
 */
export function textViewOf(node: Parent, root: DocumentNode): MappedText | undefined {
  const entry = (root as WithDocumentText)[DOCUMENT_TEXT];
  if (!entry || !TEXT_HOLDERS.has(node.type) || node.text === undefined) return undefined;
  const unit = node as WithUnitView;
  let view = unit[UNIT_VIEW];
  if (!view) {
    view = buildTextView(entry.source, textSegments(node), entry.lang);
    Object.defineProperty(node, UNIT_VIEW, { value: view, configurable: true });
  }
  return view;
}

/** The slices of the source that make a unit's sentence text: its own text leaves, in order. */
function textSegments(unit: Parent): Segment[] {
  const segments: Segment[] = [];
  for (const child of unit.children) {
    if (child.type !== 'text' || !child.position) continue;
    const start = child.position.start.offset ?? 0;
    const end = child.position.end.offset ?? 0;
    if (end > start) segments.push({ start, end });
  }
  return segments;
}

const TEXT_HOLDERS = new Set([
  'paragraph',
  'item',
  'subitem',
  'cell',
  'block',
  'preamble',
  'listItem',
  'heading',
  'tocEntry',
  'historyEntry',
  'title',
]);

/**
 * Completes a built tree: drops nodes that received nothing, computes every node's position,
 * the sentence text of each unit, and the anchors (`id`) of the URL contract. Two walks: one
 * from the leaves up (pruning and positions), one from the root down (text and anchors).
 */
export function finalizeTree(b: TreeBuilder, root: DocumentNode, file: VFile): void {
  pruneAndPlace(root);
  root.position = { start: b.point(0), end: b.point(b.source.length) };
  const text: DocumentText = { source: b.source, lang: root.lang };
  Object.defineProperty(root, DOCUMENT_TEXT, { value: text, configurable: true });
  new Completion(b, root, file).walk(root, '', '', '');
}

/**
 * Drops parents that received nothing and gives every kept parent the position from its first
 * to its last character (leaves got theirs when they were made). The points are the leaves'
 * own objects, shared: nothing changes a point in place once the tree is built.
 */
function pruneAndPlace(node: Parent): boolean {
  const children = node.children;
  let kept = 0;
  let first: Point | undefined;
  let last: Point | undefined;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (!isLeaf(c) && !pruneAndPlace(c)) continue;
    // written back only once a child was dropped: a store into an array of the old generation
    // goes through the write barrier, and nearly every parent keeps all its children
    if (kept !== i) children[kept] = c;
    kept++;
    const position = c.position;
    if (!position) continue;
    if (!first || position.start.offset! < first.offset!) first = position.start;
    if (!last || position.end.offset! > last.offset!) last = position.end;
  }
  if (kept !== children.length) children.length = kept;
  if (first && last && first.offset! <= last.offset!) node.position = { start: first, end: last };
  return kept > 0 || node.type === 'document';
}

/**
 * The walk from the root down: each text holder's sentence text, and each node's anchor. The
 * scope of an anchor (the enclosing division, the unit it hangs under, the prefix of articles in
 * a 附則 or 別表) is passed as three arguments, not an object spread per node.
 */
class Completion {
  private readonly used = new Set<string>();
  private readonly suffixes = new Map<string, number>();
  private readonly counters = new Map<string, number>();
  private readonly source: string;
  private readonly lang: 'ja' | 'en';

  constructor(
    b: TreeBuilder,
    root: DocumentNode,
    private readonly file: VFile,
  ) {
    this.source = b.source;
    this.lang = root.lang;
  }

  walk(node: Parent, division: string, holder: string, articlePrefix: string): void {
    if (TEXT_HOLDERS.has(node.type)) this.fillText(node);
    switch (node.type) {
      case 'part':
      case 'chapter': {
        const prefix = LEVELS[node.type].anchor;
        division = this.claim(node, `${prefix}${node.num ?? this.next(prefix)}`);
        break;
      }
      case 'section':
      case 'subsection':
      case 'division': {
        // sections and below are numbered within their chapter: ch-3-sec-1
        const prefix = LEVELS[node.type].anchor;
        const base = division.startsWith(LEVELS.part.anchor) || !division ? '' : `${division}-`;
        division = this.claim(node, `${base}${prefix}${node.num ?? this.next(`${division}-${prefix}`)}`);
        break;
      }
      case 'supplement':
      case 'appendix': {
        const prefix = LEVELS[node.type].anchor;
        holder = this.claim(node, `${prefix}${node.num ?? this.next(prefix)}`);
        division = '';
        articlePrefix = `${holder}-`;
        break;
      }
      case 'article': {
        const prefix = `${articlePrefix}${LEVELS.article.anchor}`;
        holder = this.claim(node, `${prefix}${node.num ?? this.next(prefix)}`);
        break;
      }
      case 'paragraph':
      case 'item':
      case 'subitem': {
        // the paragraphs of a law without articles are `p1`, `p2`, as e-Gov's MainProvision
        // paragraphs are imported, so the same law gets the same anchors from text or XML
        const prefix = LEVELS[node.type].anchor;
        const base = holder ? `${holder}-${prefix}` : prefix;
        holder = this.claim(node, `${base}${node.num ?? this.next(base)}`);
        break;
      }
      case 'table':
      case 'block':
      case 'list': {
        const key = node.type === 'table' ? 't' : node.type === 'block' ? 'b' : 'l';
        const base = holder || division || 'doc';
        holder = this.claim(node, `${base}-${key}${this.next(`${base}-${key}`)}`);
        break;
      }
      case 'row':
        holder = this.claim(node, `${holder}-r${this.next(`${holder}-r`)}`);
        break;
      case 'cell':
        this.claim(node, `${holder}-c${this.next(`${holder}-c`)}`);
        break;
      case 'listItem':
        this.claim(node, `${holder}-${this.next(`${holder}-li`)}`);
        break;
      case 'heading':
        holder = this.claim(node, `h-${this.next('h')}`);
        break;
      case 'preamble':
        holder = this.claim(
          node,
          this.next('preamble') === 1 ? 'preamble' : `preamble-${this.counters.get('preamble')}`,
        );
        break;
      case 'toc':
      case 'metadata':
      case 'contact': {
        const base = node.type === 'metadata' ? 'meta' : node.type;
        const n = this.next(base);
        holder = this.claim(node, n === 1 ? base : `${base}-${n}`);
        break;
      }
      default:
        break;
    }
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (!isLeaf(c)) this.walk(c, division, holder, articlePrefix);
    }
  }

  /** The unit's sentence text (its text view is built from the same leaves when analysis asks). */
  private fillText(node: Parent): void {
    // most units hold one text leaf: its text is joined without a segment array
    const children = node.children;
    let only: Leaf | undefined;
    let count = 0;
    for (let i = 0; i < children.length; i++) {
      const c = children[i]!;
      if (c.type !== 'text' || !c.position) continue;
      if ((c.position.end.offset ?? 0) <= (c.position.start.offset ?? 0)) continue;
      only = c as Leaf;
      count++;
    }
    node.text =
      count === 1
        ? joinSpan(this.source, only!.position!.start.offset ?? 0, only!.position!.end.offset ?? 0, this.lang)
        : joinText(this.source, textSegments(node), this.lang);
  }

  private next(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  /** Gives the node its anchor, made unique (and reported) when the number repeats. */
  private claim(node: Parent, id: string): string {
    let unique = id;
    // added and checked in one lookup (the set grew, or the id was taken): a lookup per node of a
    // set as large as the tree is a cost of its own
    const used = this.used;
    let size = used.size;
    if (used.add(id).size === size) {
      // a text that repeats one number thousands of times must not search from __2 each time
      let k = this.suffixes.get(id) ?? 2;
      do {
        unique = `${id}__${k++}`;
        size = used.size;
      } while (used.add(unique).size === size);
      this.suffixes.set(id, k);
    }
    if (unique !== id && node.position) {
      addMessage(this.file, `Unexpected second \`${node.label ?? id}\`, expected each number once`, {
        place: node.position,
        ruleId: 'duplicate-number',
        source: 'reiki-parse',
      });
    }
    node.id = unique;
    return unique;
  }
}
