import { appendAll } from '../arrays.ts';
import { LEVELS } from '../tree/levels.ts';
import { is, type Parent } from '../tree/types.ts';
import type { Reporter } from './diagnostics.ts';
import {
  EXT_LEVELS,
  type ExternalMemory,
  type ExternalPath,
  externalAnchor,
  externalPath,
  externalTarget,
  truncate,
} from './external.ts';
import { LawContext } from './law-context.ts';
import type { LawInfo, LawMention, LawRegistry } from './laws.ts';
import type { Chain, Group, Level } from './pointers.ts';
import type { Problem, ResolvedPath, Resolver, SameMemory } from './resolve.ts';
import { printedText, type Structure, sourceSpan, type TextUnit } from './structure.ts';
import { tokenizePointers } from './tokenize.ts';
import type { ExternalTarget, Reference } from './types.ts';

/** Relations counted from where the pointer is written (前条, 次項, この条): never another law's. */
const RELATIVE_TO_HERE = new Set(['PREV', 'NEXT', 'HERE']);

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

/**
 * Finds, joins and resolves every reference, unit by unit in document order. 同 repeats what the
 * same paragraph (with its items) last mentioned; 同法 the law last cited anywhere before.
 */
export class ReferencePass {
  readonly found: FoundReference[] = [];
  private memory: SameMemory = new Map();
  private extMemory = new Map<Level, ExternalMemory>();
  private memoryKey: Parent | undefined;
  /** the last 第N条第M項各号 of the unit: what 当該各号 after it lists */
  private lastEach: Previous | undefined;
  private readonly laws: LawContext;
  /** laws named with their number inside quoted text: not what 同法 after the quote repeats */
  private readonly quotedMentions = new Set<LawMention>();

  constructor(
    private readonly st: Structure,
    private readonly registry: LawRegistry,
    private readonly resolver: Resolver,
    private readonly reporter: Reporter,
  ) {
    this.laws = new LawContext(st, registry);
  }

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
    this.lastEach = undefined;
    const groups = tokenizePointers(unit.norm.text, mentions, this.registry);
    let before: Group | undefined;
    const resolved = new Map<Chain, Previous>();
    const pending = [...mentions];
    for (const group of groups) {
      // mentions before this group that no chain used are citations of a whole law
      while (pending.length > 0 && pending[0]!.parenEnd <= group.start)
        this.mention(unit, pending.shift()!, used);
      const afterNaka = before?.naka === true && before.end + 1 === group.start;
      if (group.quoted) this.quotedGroup(unit, group, used, resolved);
      else this.group(unit, group, afterNaka, used, resolved);
      before = group;
    }
    for (const m of pending) this.mention(unit, m, used);
  }

  /** A law cited by name and number with no provision after it: a reference to the whole law. */
  private mention(unit: TextUnit, mention: LawMention, used: Set<LawMention>): void {
    const law = this.registry.intern(mention.law);
    if (this.quotedMentions.has(mention)) return;
    this.laws.note(law);
    if (used.has(mention)) return;
    this.laws.citedAt(unit, law, mention.parenEnd);
    this.push(unit, mention.nameStart, mention.parenEnd, [], externalTarget(law, {}, null), true, false);
  }

  /**
   * A group inside 「」 naming another law: a reference of its own, but what 同条 and 同法 repeat
   * after the quote is what the sentence itself cited before it (第10条の規定の適用については、
   * 同条第1項中「法第41条第1項」とあるのは…と、同条第2項中…: article 10's paragraphs).
   */
  private quotedGroup(
    unit: TextUnit,
    group: Group,
    used: Set<LawMention>,
    resolved: Map<Chain, Previous>,
  ): void {
    const memory = new Map(this.memory);
    const extMemory = new Map(this.extMemory);
    const lastEach = this.lastEach;
    const restore = this.laws.checkpoint();
    this.group(unit, group, false, used, resolved);
    for (const chain of group.chains)
      if (chain.law?.kind === 'mention') this.quotedMentions.add(chain.law.mention);
    this.memory = memory;
    this.extMemory = extMemory;
    this.lastEach = lastEach;
    restore();
  }

  private group(
    unit: TextUnit,
    group: Group,
    afterNaka: boolean,
    used: Set<LawMention>,
    resolved: Map<Chain, Previous>,
  ): void {
    const owner = group.inside ? resolved.get(group.inside) : undefined;
    let previous: Previous | undefined = group.after ? resolved.get(group.after) : undefined;
    for (const [k, chain] of group.chains.entries()) {
      if (chain.law?.kind === 'mention') used.add(chain.law.mention);
      const first = chain.parts[0]!;
      // 第58条第2項各号に掲げる者が行う当該各号に定める業務: the items just cited, in whichever law
      if (first.anaphoric && this.lastEach) {
        previous = this.repeatEach(unit, chain, this.lastEach);
        continue;
      }
      // 次の表の上欄…同表の中欄: 同表 after no appended table is the table printed in the text, no provision
      if (
        first.rel === 'SAME' &&
        first.level === 'appendix' &&
        !this.memory.has('appendix') &&
        !this.extMemory.has('appendix')
      ) {
        previous = undefined;
        continue;
      }
      // 第27条(第4項を除き…): a provision below an article inside the parentheses of a chain is that chain's
      // and, when that chain is a chapter or section of another law (行政手続法第3章(第12条及び第14条を
      // 除く。)), so are articles: the exception is carved out of what the chain cited
      const ownerLevel = group.inside?.parts[group.inside.parts.length - 1]?.level;
      const narrows =
        k === 0 &&
        owner &&
        !chain.law &&
        first.rel === 'ABS' &&
        (LEVELS[first.level].rank > LEVELS.article.rank ||
          (owner.into.kind === 'external' &&
            ownerLevel !== undefined &&
            LEVELS[ownerLevel].rank < LEVELS.article.rank &&
            first.level === 'article'));
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
      const last = chain.parts[chain.parts.length - 1]!;
      if (last.rel === 'EACH' && last.level === 'item' && chain.parts.length > 1) this.lastEach = previous;
    }
  }

  /** 当該各号 after 第N条第M項各号: the same items, as a reference of its own. */
  private repeatEach(unit: TextUnit, chain: Chain, each: Previous): Previous {
    if (each.into.kind === 'internal') {
      const holder = each.path?.paragraph ?? each.path?.article;
      const items = holder ? this.itemsOf(holder) : [];
      this.push(unit, chain.start, chain.end, items, null, items.length > 0, false);
      if (items.length === 0)
        this.emitProblem(unit, chain, {
          ruleId: 'unresolved-reference',
          reason: 'the items of the 各号 cited before',
        });
      return each;
    }
    const path = each.ext ?? {};
    this.push(
      unit,
      chain.start,
      chain.end,
      [],
      externalTarget(each.into.law, path, externalAnchor(path)),
      true,
      false,
    );
    return each;
  }

  private itemsOf(holder: Parent): string[] {
    const ids: string[] = [];
    for (const child of holder.children) if (is(child, 'item') && child.id) ids.push(child.id);
    if (ids.length === 0 && holder.type === 'article')
      for (const child of holder.children) if (is(child, 'paragraph')) appendAll(ids, this.itemsOf(child));
    return ids;
  }

  /** 同法施行令, 同法施行規則: the order or rule of the law 同法 repeats, named after it. */
  private sameLawsOrder(title: string | null): string | null {
    const m = title ? /^同法(施行(?:令|規則|細則))$/.exec(title) : null;
    const same = m ? this.laws.same('法') : undefined;
    return same?.title ? `${same.title}${m![1]}` : title;
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
        law = { title: this.sameLawsOrder(prefix.title), lawNum: null, lawId: null, kind: 'unknown' };
      else {
        law = this.laws.same(prefix.which);
        if (!law)
          return {
            ruleId: 'unresolved-reference',
            reason: `a law cited before for 同${prefix.which} to repeat`,
          };
      }
      this.laws.note(law);
      if (law.kind === 'self') return { kind: 'internal' };
      return { kind: 'external', law };
    }
    const first = chain.parts[0]!;
    // 法第3条及び次条: a pointer relative to where it is written is this document's, in any list
    if (RELATIVE_TO_HERE.has(first.rel)) return { kind: 'internal' };
    // 同条 repeats the article last named, in whichever law, also as a list member
    // (法第14条第1項…にあつては第1号から第4号まで、同条第3項…)
    if (first.rel === 'SAME' && this.extMemory.has(first.level) && !this.memory.has(first.level)) {
      return { kind: 'external', law: this.extMemory.get(first.level)!.law };
    }
    if (chain.link !== 'first' && previous) return previous.into;
    const tableLaw = this.laws.tableLaw(unit);
    if (tableLaw && first.rel === 'ABS') return { kind: 'external', law: tableLaw };
    const amending = this.laws.amendingLaw(unit);
    if (amending && !afterNaka && !chain.suppl && first.rel === 'ABS')
      return { kind: 'external', law: amending };
    const sentenceLaw = this.laws.sentenceLaw(unit, chain, (num) =>
      this.resolver.articles(undefined).byNum.has(num),
    );
    if (sentenceLaw) return { kind: 'external', law: sentenceLaw };
    return { kind: 'internal' };
  }

  private internal(unit: TextUnit, chain: Chain, inherited: ResolvedPath | undefined): Previous {
    const r = this.resolver.resolve(chain, unit, this.memory, inherited);
    if (r.problem) {
      // an amending enactment's supplementary provisions are often excerpted (抄): what is not
      // here is that enactment's own provision
      const amending = this.laws.amendingLaw(unit);
      if (amending && !chain.law && r.problem.ruleId === 'dangling-reference')
        return this.externalChain(unit, chain, amending, undefined);
      this.emitProblem(unit, chain, r.problem);
      return { into: { kind: 'internal' } };
    }
    // 同条 repeats the article a reference named, not the one 第1号 or 前号 lie in by position
    const named = LEVELS[chain.parts[0]!.level].rank;
    for (const [level, node] of Object.entries(r.path) as Array<[Level, Parent]>) {
      if (LEVELS[level].rank < named && !inherited?.[level]) continue;
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
    const start = externalPath(chain, law, inherited, this.extMemory);
    if ('ruleId' in start) {
      if (law === this.laws.amendingLaw(unit)) {
        this.push(
          unit,
          chain.start,
          chain.end,
          [],
          externalTarget(law, {}, null),
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
      const end = externalPath(chain.rangeTo, law, start, this.extMemory);
      const last = 'ruleId' in end ? null : externalAnchor(end);
      if (!('ruleId' in end)) path = end;
      anchor = anchor && last ? `${anchor}..${last}` : null;
    }
    for (const level of EXT_LEVELS) {
      if (path[level] === undefined) continue;
      this.extMemory.set(level, { law, path: truncate(path, level) });
      this.memory.delete(level);
    }
    this.laws.citedAt(unit, law, chain.end);
    const target = externalTarget(law, start, anchor);
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
