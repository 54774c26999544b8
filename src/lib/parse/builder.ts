import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { addMessage } from '../tree/messages.ts';
import { createLocator } from '../tree/position.ts';
import {
  type ChromeKind,
  isLeaf,
  type Leaf,
  type LeafType,
  type Node,
  type Parent,
  type ParentType,
} from '../tree/types.ts';

/** Offsets of a leaf or node while the tree is being built; positions are added at the end. */
interface Span {
  start: number;
  end: number;
}

/**
 * Grows a tree from left to right. Every character handed to `leaf` ends in exactly one leaf;
 * structure is a stack of open nodes ranked by depth (part < chapter < … < item < sub-item).
 *
 * A leaf gets its position when it is made (its offsets are `position.start.offset` and
 * `position.end.offset`; {@link spanOf}); parents get theirs from their leaves at the end. The
 * book-keeping is in a Map, not a WeakMap: it lives as long as one parse, and a WeakMap's
 * entries are ephemerons that every garbage collection has to trace specially.
 */
export class TreeBuilder {
  readonly root: Parent;
  readonly stack: Parent[];
  /**
   * Each structural node's rank (its depth class), the only book-keeping kept beside a node: a
   * number, not an object per node. A unit's sentence text is not recorded here: it is its
   * text leaves, read when the tree is finished (finalize.ts).
   */
  readonly ranks = new Map<Parent, number>();

  constructor(
    root: Parent,
    readonly source: string,
    readonly file: VFile,
    /** where each line starts, when the caller split the lines already (lineStartsOf) */
    private readonly lineStarts?: Int32Array,
  ) {
    this.root = root;
    this.stack = [root];
    this.ranks.set(root, 0);
  }

  /** The deepest open node. */
  get current(): Parent {
    return this.stack[this.stack.length - 1]!;
  }

  rankOf(node: Parent): number {
    return this.ranks.get(node) ?? 0;
  }

  /** Closes open nodes of rank >= `rank`, then opens `node` as a child of what remains. */
  open(node: Parent, rank: number): Parent {
    while (this.stack.length > 1 && this.rankOf(this.current) >= rank) this.stack.pop();
    this.current.children.push(node);
    this.stack.push(node);
    this.ranks.set(node, rank);
    return node;
  }

  /** Opens `node` as a child of `parent` (which must be open), closing everything below it. */
  openUnder(parent: Parent, node: Parent, rank: number): Parent {
    const at = this.stack.lastIndexOf(parent);
    if (at >= 0) this.stack.length = at + 1;
    parent.children.push(node);
    this.stack.push(node);
    this.ranks.set(node, rank);
    return node;
  }

  /** Closes nodes until `node` is the deepest open one. */
  closeTo(node: Parent): void {
    const at = this.stack.lastIndexOf(node);
    if (at >= 0) this.stack.length = at + 1;
  }

  /** Closes nodes of rank >= `rank`. */
  closeRank(rank: number): void {
    while (this.stack.length > 1 && this.rankOf(this.current) >= rank) this.stack.pop();
  }

  /** Nearest open node of one of the types. */
  nearest(...types: ParentType[]): Parent | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--)
      if (types.includes(this.stack[i]!.type)) return this.stack[i];
    return undefined;
  }

  /** Appends a leaf holding source[start, end) to `parent` (default: the deepest open node). */
  leaf(
    type: LeafType,
    start: number,
    end: number,
    parent: Parent = this.current,
    kind?: ChromeKind,
  ): Leaf | undefined {
    if (end <= start) return undefined;
    // only a break can join the one before it: other leaves skip the look at the last child
    if (type === 'break') {
      const children = parent.children;
      const last = children[children.length - 1];
      if (last && last.type === 'break' && isLeaf(last) && last.position?.end.offset === start) {
        last.value += this.source.slice(start, end);
        last.position.end = this.point(end);
        return last;
      }
    }
    const value = this.source.slice(start, end);
    const position = { start: this.point(start), end: this.point(end) };
    // made whole, in the key order of the tree's JSON, not grown a property at a time
    const node: Leaf = kind ? { type, value, kind, position } : { type, value, position };
    parent.children.push(node);
    return node;
  }

  /** Offsets of a leaf in the source; undefined for a parent while the tree is being built. */
  spanOf(node: Node): Span | undefined {
    if (!isLeaf(node) || !node.position) return undefined;
    return { start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 };
  }

  /** Moves the end of a leaf (a split leaves part of its text to a new leaf). */
  setEnd(leaf: Leaf, end: number): void {
    if (leaf.position) leaf.position.end = this.point(end);
  }

  /**
   * Reports a problem at source[start, end): warnings are defects of the source (strict checks
   * fail on them); infos record a repair the parser made (an inferred marker).
   */
  message(
    reason: string,
    ruleId: string,
    start: number,
    end: number,
    level: 'warning' | 'info' = 'warning',
  ): void {
    const place = { start: this.point(start), end: this.point(end) };
    addMessage(this.file, reason, { place, ruleId, source: 'reiki-parse' }, level);
  }

  private locate: ((offset: number) => Required<Point>) | undefined;
  private lastPoint: Required<Point> | undefined;

  /**
   * Line/column (1-based) and offset of a source offset. One leaf ends where the next starts, so
   * the last point is handed out again for the same offset: the two positions share it (nothing
   * changes a point in place; a moved end gets a new point).
   */
  point(offset: number): Required<Point> {
    const last = this.lastPoint;
    if (last !== undefined && last.offset === offset) return last;
    this.locate ??= createLocator(this.source, this.lineStarts);
    this.lastPoint = this.locate(offset);
    return this.lastPoint;
  }
}
