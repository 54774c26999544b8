import { letterPosition } from '../parse/markers.ts';
import { CONTAINER_TYPES, LEVELS, levelOf } from '../tree/levels.ts';
import type { Parent } from '../tree/types.ts';
import { childrenOfType as childrenOf, unitsOfType } from '../tree/walk.ts';
import { normalizeForMatching } from './normalize.ts';
import type { Chain, Level, PointerPart } from './pointers.ts';
import type { Structure, TextUnit } from './structure.ts';

/** The node chosen at each level along a resolved chain: what list members and 同 inherit. */
export type ResolvedPath = Partial<Record<Level, Parent>>;

/** Why a chain has no target. */
export interface Problem {
  ruleId: 'dangling-reference' | 'unresolved-reference' | 'ambiguous-reference';
  reason: string;
}

/** An internal chain resolved: its targets (empty when a problem kept it unlinked). */
interface InternalResolution {
  targets: Parent[];
  path: ResolvedPath;
  problem?: Problem;
}

/** Articles of one body (main provisions or a supplement): in order, by number, and their positions. */
interface ArticleIndex {
  list: Parent[];
  byNum: Map<string, Parent[]>;
  index: Map<Parent, number>;
}

/** Nodes last mentioned at each level, for 同条, 同項, 同号. */
export type SameMemory = Map<Level, Parent>;

/** The noun of a level in messages: "an enclosing chapter", "no sub-item". */
function nounOf(level: Level): string {
  return LEVELS[level].noun;
}

/** Resolves chains against the tree; one per document. */
export class Resolver {
  private readonly iroha: boolean;
  private readonly bodies = new Map<Parent | null, ArticleIndex>();

  /**
   * Sub-item letters are read in the order the text's own references use: national laws count
   * イ, ロ, ハ (iroha), municipal texts ア, イ, ウ (gojūon). A text that marks its sub-items ア, イ
   * but cites 第7号イ又はロ counts in iroha, so イ is the first.
   */
  constructor(private readonly st: Structure) {
    this.iroha =
      (st.ofType.get('subitem') ?? []).some((n) => n.label === 'ロ' || n.label === '(ロ)') ||
      st.units.some((u) => IROHA_CITED.test(u.norm.text));
  }

  /**
   * Resolves one chain written in `unit`. `inherited` is the path of the list member before
   * it: 第7条第2号又は第3号 reads the second member as article 7's item 3. `range` resolves the
   * end of a range (X から Y まで) and expands it.
   */
  resolve(chain: Chain, unit: TextUnit, memory: SameMemory, inherited?: ResolvedPath): InternalResolution {
    const start = this.resolveParts(chain, unit, memory, inherited);
    if (!chain.rangeTo || start.problem) return start;
    const end = this.resolveParts(chain.rangeTo, unit, memory, start.path);
    if (end.problem) return end;
    const a = start.targets[0];
    const b = end.targets[end.targets.length - 1];
    if (!a || !b || a.type !== b.type) {
      return {
        targets: [],
        path: end.path,
        problem: unresolved('a range whose ends are different kinds of unit'),
      };
    }
    const list = this.st.ofType.get(a.type) ?? [];
    const i = this.st.indexOf.get(a)!;
    const j = this.st.indexOf.get(b)!;
    if (j < i)
      return { targets: [], path: end.path, problem: unresolved('a range that ends before it starts') };
    const parent = this.st.parent.get(a);
    const sameParent = parent === this.st.parent.get(b);
    const targets = list.slice(i, j + 1).filter((n) => !sameParent || this.st.parent.get(n) === parent);
    return { targets, path: end.path };
  }

  private resolveParts(
    chain: Chain,
    unit: TextUnit,
    memory: SameMemory,
    inherited: ResolvedPath | undefined,
  ): InternalResolution {
    let targets: Parent[] = [];
    for (const [k, part] of chain.parts.entries()) {
      const step =
        k === 0 ? this.first(part, chain.suppl, unit, memory, inherited) : this.narrow(targets[0]!, part);
      if ('ruleId' in step) return { targets: [], path: {}, problem: step };
      targets = step;
      if (targets.length === 0) return { targets, path: {}, problem: dangling(`no ${nounOf(part.level)}`) };
    }
    const anchorNode = targets.length === 1 ? targets[0]! : this.st.parent.get(targets[0]!);
    return { targets, path: anchorNode ? this.pathOf(anchorNode) : {} };
  }

  /** The nodes a chain's first part designates. */
  private first(
    part: PointerPart,
    suppl: boolean,
    unit: TextUnit,
    memory: SameMemory,
    inherited: ResolvedPath | undefined,
  ): Parent[] | Problem {
    const ctx = unit.context;
    switch (part.rel) {
      case 'HERE': {
        const node = ctx[part.level as keyof typeof ctx];
        return node ? [node] : unresolved(`a ${nounOf(part.level)} to be \`this\` one`);
      }
      case 'SAME': {
        const node = memory.get(part.level);
        return node ? [node] : unresolved(`an earlier ${nounOf(part.level)} for 同 to repeat`);
      }
      case 'PREV':
      case 'NEXT': {
        const here = ctx[part.level as keyof typeof ctx];
        if (!here) return unresolved(`an enclosing ${nounOf(part.level)} to count from`);
        const siblings = this.siblings(here);
        const i = this.positionIn(siblings, here);
        if (part.rel === 'NEXT') {
          const next = siblings[i + 1];
          return next ? [next] : dangling(`no ${nounOf(part.level)} after ${here.id}`);
        }
        const count = part.count === 'all' ? i : (part.count ?? 1);
        if (count < 1 || i - count < 0) return dangling(`fewer than ${Math.max(count, 1)} before ${here.id}`);
        return siblings.slice(i - count, i);
      }
      case 'ABS':
        return this.absolute(part, suppl, unit, inherited);
      case 'EACH': {
        // 次の各号に掲げる…: the items of this paragraph
        const items = ctx.paragraph ? childrenOf(ctx.paragraph, 'item') : [];
        return items.length > 0 ? items : unresolved('items in the paragraph for 各号 to list');
      }
      default:
        return unresolved('a pointer that can start a reference');
    }
  }

  /** 第N条/項/号/章/節 at the start of a chain: inherits the outer levels from the list or position. */
  private absolute(
    part: PointerPart,
    suppl: boolean,
    unit: TextUnit,
    inherited: ResolvedPath | undefined,
  ): Parent[] | Problem {
    const ctx = unit.context;
    const supplement = suppl ? (ctx.supplement ?? this.st.supplements[0]) : undefined;
    if (suppl && !supplement) return dangling('no supplementary provisions');
    switch (part.level) {
      case 'article': {
        // a list member after 附則第8条第2項 is another article of the same supplementary provisions
        const body = supplement ?? (inherited?.article ? this.supplementOf(inherited.article) : undefined);
        return this.articles(body).byNum.get(part.num ?? '') ?? [];
      }
      case 'paragraph': {
        const base = supplement ?? inherited?.article ?? ctx.article ?? ctx.supplement;
        if (!base) return unresolved('an enclosing article for 第N項');
        return childrenOf(base, 'paragraph').filter((p) => p.num === part.num);
      }
      case 'item': {
        const base = inherited?.paragraph ?? inherited?.article ?? ctx.paragraph ?? ctx.article;
        if (!base) return unresolved('an enclosing paragraph for 第N号');
        return this.narrow(base, part);
      }
      case 'subitem': {
        const base = inherited?.item ?? ctx.item;
        if (!base) return unresolved('an enclosing item for a sub-item letter');
        return this.narrow(base, part);
      }
      case 'appendix':
        return this.st.appendices.filter((a) => normalizeForMatching(a.label ?? '').text === part.num);
      case 'chapter':
      case 'part': {
        const list = (this.st.ofType.get(part.level) ?? []).filter((n) => !this.inSupplement(n));
        return list.filter((n) => n.num === part.num);
      }
      case 'section':
      case 'subsection':
      case 'division': {
        // numbered within the container one level wider: 第2節 of the chapter it is written in
        const level = CONTAINER_TYPES[CONTAINER_TYPES.indexOf(part.level) - 1]!;
        const base = inherited?.[level] ?? ctx[level as keyof typeof ctx];
        if (!base) return unresolved(`an enclosing ${nounOf(level)} for 第N${part.level}`);
        return this.narrow(base, part);
      }
    }
  }

  /** The children of `node` a later part of a chain designates. */
  private narrow(node: Parent, part: PointerPart): Parent[] | Problem {
    if (part.level === 'item' && (node.type === 'article' || node.type === 'supplement')) {
      const paragraphs = childrenOf(node, 'paragraph');
      if (paragraphs.length === 1) return this.narrow(paragraphs[0]!, part);
      const holding = paragraphs.filter((p) =>
        childrenOf(p, 'item').some((i) => part.rel === 'EACH' || i.num === part.num),
      );
      if (holding.length === 1) return this.narrow(holding[0]!, part);
      if (holding.length === 0) return dangling(`no ${nounOf('item')} in ${node.id}`);
      return ambiguous(`an item of ${node.id}, which has several paragraphs with items`);
    }
    if (part.level === 'article') return this.articles(undefined).byNum.get(part.num ?? '') ?? [];
    const children = childrenOf(node, part.level);
    if (part.rel === 'EACH') {
      return children.length > 0 ? children : dangling(`no ${nounOf(part.level)}s in ${node.id}`);
    }
    if (part.letter) {
      const n = String(letterPosition(part.letter, this.iroha ? 'iroha' : 'aiueo'));
      const byNum = children.filter((c) => c.num === n);
      return byNum.length > 0 ? byNum : dangling(`${node.id} has no ${nounOf('subitem')} ${part.letter}`);
    }
    const found = children.filter((c) => c.num === part.num);
    return found.length > 0 ? found : dangling(`${node.id} has no ${nounOf(part.level)} ${part.num}`);
  }

  /** Units of the same kind a relative pointer counts among: articles of the same body, else siblings. */
  private siblings(node: Parent): Parent[] {
    if (node.type === 'article') return this.articles(this.supplementOf(node)).list;
    const parent = this.st.parent.get(node);
    return parent ? childrenOf(parent, node.type) : [node];
  }

  /** Where a node stands among its siblings; articles by lookup, as there may be thousands. */
  private positionIn(siblings: Parent[], node: Parent): number {
    if (node.type === 'article') return this.articles(this.supplementOf(node)).index.get(node) ?? -1;
    return siblings.indexOf(node);
  }

  /** The articles of the main provisions (`undefined`) or of one supplement, indexed once. */
  articles(body: Parent | undefined): ArticleIndex {
    let index = this.bodies.get(body ?? null);
    if (!index) {
      const list = body ? unitsOfType(body, 'article') : this.st.mainArticles;
      index = { list, byNum: new Map(), index: new Map() };
      for (const [i, a] of list.entries()) {
        index.index.set(a, i);
        const same = index.byNum.get(a.num ?? '');
        if (same) same.push(a);
        else index.byNum.set(a.num ?? '', [a]);
      }
      this.bodies.set(body ?? null, index);
    }
    return index;
  }

  private supplementOf(node: Parent): Parent | undefined {
    for (let n: Parent | undefined = node; n; n = this.st.parent.get(n))
      if (n.type === 'supplement') return n;
    return undefined;
  }

  private inSupplement(node: Parent): boolean {
    return this.supplementOf(node) !== undefined;
  }

  /** The node and its enclosing units by level. */
  pathOf(node: Parent): ResolvedPath {
    const path: ResolvedPath = {};
    for (let n: Parent | undefined = node; n; n = this.st.parent.get(n)) {
      const level = levelOf(n.type)?.type;
      if (level !== undefined && level !== 'supplement' && !path[level]) path[level] = n;
    }
    return path;
  }
}

/** A sub-item letter that only the iroha order reaches early (第7号ロ). */
const IROHA_CITED = /号[ロハニホヘトチリヌルヲワ](?![ァ-ヶー])/;

function dangling(detail: string): Problem {
  return { ruleId: 'dangling-reference', reason: detail };
}

function unresolved(expected: string): Problem {
  return { ruleId: 'unresolved-reference', reason: expected };
}

function ambiguous(detail: string): Problem {
  return { ruleId: 'ambiguous-reference', reason: detail };
}
