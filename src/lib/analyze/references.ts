import type { Parent } from '../tree/types.ts';
import type { Reporter } from './diagnostics.ts';
import { type ExternalPath, egovUrl, externalAnchor, parseLawNumber } from './law-numbers.ts';
import type { LawInfo, LawMention, LawRegistry } from './laws.ts';
import { normalizeForMatching } from './normalize.ts';
import { type Chain, type Group, LEVEL_RANK, type Level, tokenizePointers } from './pointers.ts';
import type { Problem, ResolvedPath, Resolver, SameMemory } from './resolve.ts';
import { printedText, type Structure, sourceSpan, type TextUnit } from './structure.ts';
import type { ExternalTarget, Reference } from './types.ts';

/** A reference with what later passes need: its unit and normalised offsets, and whether it is a range. */
export interface FoundReference extends Reference {
  unit: TextUnit;
  nStart: number;
  nEnd: number;
  range: boolean;
}

/** What a chain points into: this document, or another law at a path. */
type Into = { kind: 'internal' } | { kind: 'external'; law: LawInfo };

/** Where the last list member pointed, for the next one to inherit. */
interface Previous {
  into: Into;
  path?: ResolvedPath;
  ext?: ExternalPath;
}

/** 同条 may repeat an article of another law (統計法第2条第6項 … 同条第7項). */
interface ExternalMemory {
  law: LawInfo;
  path: ExternalPath;
}

/** Which laws 同法, 同条例, 同令, 同規則 may repeat. */
const SAME_LAW: Record<string, (law: LawInfo) => boolean> = {
  法: (l) => l.kind === 'act' || (l.kind === 'unknown' && /法(?:律)?$/.test(l.title ?? '')),
  条例: (l) =>
    l.kind === 'ordinance' || l.kind === 'self' || (l.kind === 'unknown' && /条例$/.test(l.title ?? '')),
  令: (l) => l.kind === 'cabinet-order' || l.kind === 'imperial-order' || /令$/.test(l.title ?? ''),
  規則: (l) => l.kind === 'ordinance' || l.kind === 'ministerial' || /規則$/.test(l.title ?? ''),
  省令: (l) => l.kind === 'ministerial',
};

const EXT_LEVELS: Array<keyof ExternalPath & Level> = [
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
];

/**
 * Finds, joins and resolves every reference, unit by unit in document order. 同 repeats what the
 * same paragraph (with its items) last mentioned; 同法 the law last cited anywhere before.
 */
export class ReferencePass {
  readonly found: FoundReference[] = [];
  private memory: SameMemory = new Map();
  private extMemory = new Map<Level, ExternalMemory>();
  private memoryKey: Parent | undefined;
  private readonly lastLaw: LawInfo[] = [];
  private readonly amending = new Map<Parent, LawInfo | null>();
  private readonly tables = new Map<Parent, LawInfo | null>();
  /** the law last cited in the unit being read, and where that citation ends */
  private citedInUnit: { unit: TextUnit; law: LawInfo; end: number } | undefined;

  constructor(
    private readonly st: Structure,
    private readonly registry: LawRegistry,
    private readonly resolver: Resolver,
    private readonly reporter: Reporter,
  ) {}

  /** Runs over every unit; `mentions` are the numbered law mentions of each unit. */
  run(mentions: Map<TextUnit, LawMention[]>): FoundReference[] {
    for (const unit of this.st.units) this.unit(unit, mentions.get(unit) ?? []);
    return this.found;
  }

  private unit(unit: TextUnit, mentions: LawMention[]): void {
    const key = unit.context.paragraph ?? unit.node;
    if (key !== this.memoryKey) {
      this.memory = new Map();
      this.extMemory = new Map();
      this.memoryKey = key;
    }
    const used = new Set<LawMention>();
    const groups = tokenizePointers(unit.norm.s, mentions, this.registry);
    let before: Group | undefined;
    const resolved = new Map<Chain, Previous>();
    const pending = [...mentions];
    for (const group of groups) {
      // mentions before this group that no chain used are citations of a whole law
      while (pending.length > 0 && pending[0]!.parenEnd <= group.start)
        this.mention(unit, pending.shift()!, used);
      const afterNaka = before?.naka === true && before.end + 1 === group.start;
      this.group(unit, group, afterNaka, used, resolved);
      before = group;
    }
    for (const m of pending) this.mention(unit, m, used);
  }

  /** A law cited by name and number with no provision after it: a reference to the whole law. */
  private mention(unit: TextUnit, mention: LawMention, used: Set<LawMention>): void {
    const law = this.registry.intern(mention.law);
    this.noteLaw(law);
    if (used.has(mention)) return;
    this.citedInUnit = { unit, law, end: mention.parenEnd };
    this.push(unit, mention.nameStart, mention.parenEnd, [], this.external(law, {}, null), true, false);
  }

  private group(
    unit: TextUnit,
    group: Group,
    afterNaka: boolean,
    used: Set<LawMention>,
    resolved: Map<Chain, Previous>,
  ): void {
    const owner = group.inside ? resolved.get(group.inside) : undefined;
    let previous: Previous | undefined;
    for (const [k, chain] of group.chains.entries()) {
      if (chain.law?.kind === 'mention') used.add(chain.law.mention);
      const first = chain.parts[0]!;
      // 第27条(第4項を除き…): a provision below an article inside the parentheses of a chain is that chain's
      const narrows =
        k === 0 && owner && !chain.law && first.rel === 'ABS' && LEVEL_RANK[first.level] > LEVEL_RANK.article;
      const into = narrows ? owner.into : this.into(unit, chain, previous, afterNaka);
      if ('ruleId' in into) {
        this.emitProblem(unit, chain, into);
        previous = undefined;
        continue;
      }
      const base = narrows ? owner : k === 0 && owner?.into.kind === 'internal' ? owner : previous;
      previous =
        into.kind === 'internal'
          ? this.internal(unit, chain, base?.into.kind === 'internal' ? base.path : undefined)
          : this.externalChain(unit, chain, into.law, base?.into.kind === 'external' ? base.ext : undefined);
      resolved.set(chain, previous);
    }
  }

  /** Decides whether a chain points into this document or another law. */
  private into(
    unit: TextUnit,
    chain: Chain,
    previous: Previous | undefined,
    afterNaka: boolean,
  ): Into | Problem {
    const prefix = chain.law;
    if (prefix) {
      let law: LawInfo | undefined;
      if (prefix.kind === 'mention') law = this.registry.intern(prefix.mention.law);
      else if (prefix.kind === 'name') law = prefix.law;
      else if (prefix.kind === 'unknown')
        law = { title: prefix.title, lawNum: null, lawId: null, kind: 'unknown' };
      else {
        const fits = SAME_LAW[prefix.which];
        law = fits ? this.lastLaw.findLast(fits) : undefined;
        if (!law)
          return {
            ruleId: 'unresolved-reference',
            reason: `a law cited before for 同${prefix.which} to repeat`,
          };
      }
      this.noteLaw(law);
      if (law.kind === 'self') return { kind: 'internal' };
      return { kind: 'external', law };
    }
    if (chain.link !== 'first' && previous) return previous.into;
    const first = chain.parts[0]!;
    if (first.rel === 'SAME' && this.extMemory.has(first.level) && !this.memory.has(first.level)) {
      return { kind: 'external', law: this.extMemory.get(first.level)!.law };
    }
    const tableLaw = this.tableLaw(unit);
    if (tableLaw && first.rel === 'ABS') return { kind: 'external', law: tableLaw };
    const amending = this.amendingLaw(unit);
    if (amending && !afterNaka && !chain.suppl && first.rel === 'ABS')
      return { kind: 'external', law: amending };
    const sentenceLaw = this.sentenceLaw(unit, chain);
    if (sentenceLaw) return { kind: 'external', law: sentenceLaw };
    return { kind: 'internal' };
  }

  /**
   * 個人情報保護法第4章第2節の規定により第16条第2項に規定する…: an article this document does
   * not have, in a sentence that has just cited another law, is that law's article.
   */
  private sentenceLaw(unit: TextUnit, chain: Chain): LawInfo | undefined {
    const first = chain.parts[0]!;
    const cited = this.citedInUnit;
    if (!cited || cited.unit !== unit || chain.suppl || first.rel !== 'ABS' || first.level !== 'article')
      return;
    if (this.resolver.articles(undefined).byNum.has(first.num ?? '')) return;
    if (unit.norm.s.slice(cited.end, chain.start).includes('。')) return;
    return cited.law;
  }

  private internal(unit: TextUnit, chain: Chain, inherited: ResolvedPath | undefined): Previous {
    const r = this.resolver.resolve(chain, unit, this.memory, inherited);
    if (r.problem) {
      // an amending enactment's supplementary provisions are often excerpted (抄): what is not
      // here is that enactment's own provision
      const amending = this.amendingLaw(unit);
      if (amending && !chain.law && r.problem.ruleId === 'dangling-reference')
        return this.externalChain(unit, chain, amending, undefined);
      this.emitProblem(unit, chain, r.problem);
      return { into: { kind: 'internal' } };
    }
    for (const [level, node] of Object.entries(r.path) as Array<[Level, Parent]>) {
      this.memory.set(level, node);
      this.extMemory.delete(level);
    }
    const targets = r.targets.map((n) => n.id).filter((id): id is string => id !== undefined);
    this.push(unit, chain.start, chain.end, targets, null, true, chain.rangeTo !== undefined);
    return { into: { kind: 'internal' }, path: r.path };
  }

  private externalChain(
    unit: TextUnit,
    chain: Chain,
    law: LawInfo,
    inherited: ExternalPath | undefined,
  ): Previous {
    const into: Into = { kind: 'external', law };
    const start = this.externalPath(chain, law, inherited);
    if ('ruleId' in start) {
      if (law === this.amendingLaw(unit)) {
        this.push(
          unit,
          chain.start,
          chain.end,
          [],
          this.external(law, {}, null),
          true,
          chain.rangeTo !== undefined,
        );
        return { into };
      }
      this.emitProblem(unit, chain, start);
      return { into };
    }
    let path = start;
    let anchor = externalAnchor(start);
    if (chain.rangeTo) {
      const end = this.externalPath(chain.rangeTo, law, start);
      const last = 'ruleId' in end ? null : externalAnchor(end);
      if (!('ruleId' in end)) path = end;
      anchor = anchor && last ? `${anchor}..${last}` : null;
    }
    for (const level of EXT_LEVELS) {
      if (path[level] === undefined) continue;
      this.extMemory.set(level, { law, path: truncate(path, level) });
      this.memory.delete(level);
    }
    this.citedInUnit = { unit, law, end: chain.end };
    const target = this.external(law, start, anchor);
    const resolved = law.lawId !== null || law.lawNum !== null;
    this.push(unit, chain.start, chain.end, [], target, resolved, chain.rangeTo !== undefined);
    if (!resolved) {
      const span = sourceSpan(unit, chain.start, chain.end);
      const text = printedText(unit, chain.start, chain.end);
      this.reporter.report(
        span,
        `Unexpected reference \`${text}\` into a law cited without its number, expected the law's number in parentheses where it is first cited`,
        'unresolved-reference',
      );
    }
    return { into, ext: path };
  }

  /** The numbers a chain names inside another law, inheriting what a list member omits. */
  private externalPath(
    chain: Chain,
    law: LawInfo,
    inherited: ExternalPath | undefined,
  ): ExternalPath | Problem {
    let path: ExternalPath = {};
    for (const [k, part] of chain.parts.entries()) {
      if (k === 0) {
        if (part.rel === 'SAME') {
          const remembered = this.extMemory.get(part.level);
          if (!remembered || remembered.law !== law) {
            return {
              ruleId: 'unresolved-reference',
              reason: `an earlier ${part.level} of ${law.title ?? 'that law'}`,
            };
          }
          path = { ...remembered.path };
          continue;
        }
        if (part.rel !== 'ABS') {
          return {
            ruleId: 'unresolved-reference',
            reason: 'an absolute provision number inside another law',
          };
        }
        if (inherited) path = truncate(inherited, part.level, true);
      }
      const value = part.letter ?? part.num;
      if (part.rel === 'ABS' && value !== undefined && EXT_LEVELS.includes(part.level as never)) {
        path[part.level as keyof ExternalPath & Level] = value;
      }
    }
    if (chain.suppl) path.suppl = true;
    return path;
  }

  private external(law: LawInfo, path: ExternalPath, anchor: string | null): ExternalTarget {
    return {
      lawNum: law.lawNum,
      lawId: law.lawId,
      title: law.title,
      anchor,
      url: egovUrl(law.lawId, path),
    };
  }

  private noteLaw(law: LawInfo): void {
    if (this.lastLaw[this.lastLaw.length - 1] !== law) this.lastLaw.push(law);
  }

  /**
   * 次の表の上欄に掲げる行政不服審査法の規定の適用については…: the provisions a reading-in table
   * lists, and the pointers in its cells, are that law's.
   */
  private tableLaw(unit: TextUnit): LawInfo | undefined {
    if (unit.node.type !== 'cell') return undefined;
    let table = this.st.parent.get(unit.node);
    while (table && table.type !== 'table') table = this.st.parent.get(table);
    if (!table) return undefined;
    if (this.tables.has(table)) return this.tables.get(table) ?? undefined;
    let law: LawInfo | null = null;
    let holder = this.st.parent.get(table);
    while (holder && !this.st.unitOf.has(holder)) holder = this.st.parent.get(holder);
    const s = holder ? this.st.unitOf.get(holder)!.norm.s : '';
    const m = /表の上欄に掲げる(.+?)の規定/.exec(s);
    if (m) {
      const start = m.index + '表の上欄に掲げる'.length;
      const end = start + m[1]!.length;
      if (m[1] === '同法') law = this.lastLaw.findLast(SAME_LAW.法!) ?? null;
      else {
        const named = this.registry.lookupBefore(s, end);
        if (named?.start === start && named.law.kind !== 'self') law = named.law;
      }
    }
    this.tables.set(table, law);
    return law ?? undefined;
  }

  /** In the supplementary provisions of an amending enactment, 第N条 are that enactment's articles. */
  private amendingLaw(unit: TextUnit): LawInfo | null {
    const supplement = unit.context.supplement;
    if (!supplement?.amendment) return null;
    let law = this.amending.get(supplement);
    if (law === undefined) {
      const number = parseLawNumber(normalizeForMatching(supplement.amendment).s);
      law = number ? this.registry.intern({ title: null, ...number }) : null;
      this.amending.set(supplement, law);
    }
    return law;
  }

  private emitProblem(unit: TextUnit, chain: Chain, problem: Problem): void {
    this.push(unit, chain.start, chain.end, [], null, false, chain.rangeTo !== undefined);
    const span = sourceSpan(unit, chain.start, chain.end);
    const text = printedText(unit, chain.start, chain.end);
    const reason =
      problem.ruleId === 'dangling-reference'
        ? `Unexpected reference \`${text}\` to a missing provision (${problem.reason}), expected an existing provision`
        : problem.ruleId === 'ambiguous-reference'
          ? `Unexpected ambiguous reference \`${text}\` (${problem.reason}), expected the paragraph to be named`
          : `Unexpected reference \`${text}\` that cannot be resolved, expected ${problem.reason}`;
    this.reporter.report(span, reason, problem.ruleId);
  }

  private push(
    unit: TextUnit,
    nStart: number,
    nEnd: number,
    targets: string[],
    external: ExternalTarget | null,
    resolved: boolean,
    range: boolean,
  ): void {
    const { start, end } = sourceSpan(unit, nStart, nEnd);
    this.found.push({
      text: printedText(unit, nStart, nEnd),
      from: unit.from,
      start,
      end,
      targets,
      external,
      resolved,
      unit,
      nStart,
      nEnd,
      range,
    });
  }
}

/** The levels of a path down to `level` (or above it, when `exclusive`). */
function truncate(path: ExternalPath, level: Level, exclusive = false): ExternalPath {
  const out: ExternalPath = {};
  if (path.suppl) out.suppl = true;
  for (const l of EXT_LEVELS) {
    const rank = LEVEL_RANK[l];
    if (rank > LEVEL_RANK[level] || (exclusive && rank === LEVEL_RANK[level])) break;
    if (path[l] !== undefined) out[l] = path[l];
  }
  return out;
}
