import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Segment } from '../text/view.ts';
import { addMessage } from '../tree/messages.ts';
import { createLocator } from '../tree/position.ts';
import type { ChromeKind, Leaf, LeafType, Node, Parent, ParentType } from '../tree/types.ts';

/** Offsets of a leaf or node while the tree is being built; positions are added at the end. */
export interface Span {
  start: number;
  end: number;
}

/** Book-keeping the builder keeps beside each structural node. */
export interface NodeState {
  rank: number;
  segments: Segment[];
}

/**
 * Grows a tree from left to right. Every character handed to `leaf` ends in exactly one leaf;
 * structure is a stack of open nodes ranked by depth (part < chapter < … < item < sub-item).
 */
export class TreeBuilder {
  readonly root: Parent;
  readonly stack: Parent[];
  readonly state = new WeakMap<Parent, NodeState>();
  readonly spans = new WeakMap<Node, Span>();

  constructor(
    root: Parent,
    readonly source: string,
    readonly file: VFile,
  ) {
    this.root = root;
    this.stack = [root];
    this.state.set(root, { rank: 0, segments: [] });
  }

  /** The deepest open node. */
  get current(): Parent {
    return this.stack[this.stack.length - 1]!;
  }

  rankOf(node: Parent): number {
    return this.state.get(node)?.rank ?? 0;
  }

  /** Closes open nodes of rank >= `rank`, then opens `node` as a child of what remains. */
  open(node: Parent, rank: number): Parent {
    while (this.stack.length > 1 && this.rankOf(this.current) >= rank) this.stack.pop();
    this.current.children.push(node);
    this.stack.push(node);
    this.state.set(node, { rank, segments: [] });
    return node;
  }

  /** Opens `node` as a child of `parent` (which must be open), closing everything below it. */
  openUnder(parent: Parent, node: Parent, rank: number): Parent {
    const at = this.stack.lastIndexOf(parent);
    if (at >= 0) this.stack.length = at + 1;
    parent.children.push(node);
    this.stack.push(node);
    this.state.set(node, { rank, segments: [] });
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
    const last = parent.children[parent.children.length - 1];
    const lastSpan = last ? this.spans.get(last) : undefined;
    if (last && type === 'break' && last.type === 'break' && lastSpan && lastSpan.end === start) {
      (last as Leaf).value += this.source.slice(start, end);
      lastSpan.end = end;
      return last as Leaf;
    }
    const node: Leaf = { type, value: this.source.slice(start, end) };
    if (kind) node.kind = kind;
    parent.children.push(node);
    this.spans.set(node, { start, end });
    if (type === 'text') this.state.get(parent)?.segments.push({ start, end });
    return node;
  }

  /** Records a sentence-text slice for a node whose leaf is elsewhere (kept for joins). */
  segments(node: Parent): Segment[] {
    return this.state.get(node)?.segments ?? [];
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

  /** Line/column (1-based) and offset of a source offset. */
  point(offset: number): Required<Point> {
    this.locate ??= createLocator(this.source);
    return this.locate(offset);
  }
}
