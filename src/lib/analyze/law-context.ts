import { parseLawNumber } from '../text/law-number.ts';
import type { Parent } from '../tree/types.ts';
import type { LawInfo, LawRegistry } from './laws.ts';
import { normalizeForMatching } from './normalize.ts';
import type { Chain } from './pointers.ts';
import type { Structure, TextUnit } from './structure.ts';

/** Which laws 同法, 同条例, 同令, 同規則 may repeat. */
const SAME_LAW: Record<string, (law: LawInfo) => boolean> = {
  法: (l) => l.kind === 'act' || (l.kind === 'unknown' && /法(?:律)?$/.test(l.title ?? '')),
  条例: (l) =>
    l.kind === 'ordinance' || l.kind === 'self' || (l.kind === 'unknown' && /条例$/.test(l.title ?? '')),
  令: (l) => l.kind === 'cabinet-order' || l.kind === 'imperial-order' || /令$/.test(l.title ?? ''),
  規則: (l) => l.kind === 'ordinance' || l.kind === 'ministerial' || /規則$/.test(l.title ?? ''),
  省令: (l) => l.kind === 'ministerial',
  条約: (l) => l.kind === 'treaty' || (l.kind === 'unknown' && /条約$/.test(l.title ?? '')),
  議定書: (l) => l.kind === 'treaty' || (l.kind === 'unknown' && /議定書$/.test(l.title ?? '')),
  協定: (l) => l.kind === 'treaty' || (l.kind === 'unknown' && /協定$/.test(l.title ?? '')),
};

/**
 * Which law a chain with no law name before it belongs to, when not this document: the law
 * 同法 repeats, the law a reading-in table lists, the amending enactment whose supplementary
 * provisions these are, the law a sentence has just cited.
 */
export class LawContext {
  private readonly cited: LawInfo[] = [];
  private readonly amending = new Map<Parent, LawInfo | null>();
  private readonly tables = new Map<Parent, LawInfo | null>();
  /** the law last cited in the unit being read, and where that citation ends */
  private lastInUnit: { unit: TextUnit; law: LawInfo; end: number } | undefined;

  constructor(
    private readonly st: Structure,
    private readonly registry: LawRegistry,
  ) {}

  /** Records that a law was cited (for 同法). */
  note(law: LawInfo): void {
    if (this.cited[this.cited.length - 1] !== law) this.cited.push(law);
  }

  /** Records a citation of a law in a unit, ending at a normalised offset (for the sentence rule). */
  citedAt(unit: TextUnit, law: LawInfo, end: number): void {
    this.lastInUnit = { unit, law, end };
  }

  /**
   * What the context knows now, to return to: quoted text (「法第41条第1項」とあるのは…) cites laws
   * that 同法 and the sentence rule after the quote do not repeat.
   */
  checkpoint(): () => void {
    const length = this.cited.length;
    const last = this.lastInUnit;
    return () => {
      this.cited.length = length;
      this.lastInUnit = last;
    };
  }

  /** The law 同法 (同条例, 同令, 同規則) repeats: the last cited of that kind. */
  same(which: string): LawInfo | undefined {
    const fits = SAME_LAW[which];
    return fits ? this.cited.findLast(fits) : undefined;
  }

  /**
   * 個人情報保護法第4章第2節の規定により第16条第2項に規定する…: an article this document does
   * not have (`exists` says), in a sentence that has just cited another law, is that law's.
   */
  sentenceLaw(unit: TextUnit, chain: Chain, exists: (num: string) => boolean): LawInfo | undefined {
    const first = chain.parts[0]!;
    const cited = this.lastInUnit;
    if (!cited || cited.unit !== unit || chain.suppl || first.rel !== 'ABS' || first.level !== 'article')
      return;
    if (exists(first.num ?? '')) return;
    if (unit.norm.text.slice(cited.end, chain.start).includes('。')) return;
    return cited.law;
  }

  /**
   * 次の表の上欄に掲げる行政不服審査法の規定の適用については…: the provisions a reading-in table
   * lists, and the pointers in its cells, are that law's.
   */
  tableLaw(unit: TextUnit): LawInfo | undefined {
    if (unit.node.type !== 'cell') return undefined;
    let table = this.st.parent.get(unit.node);
    while (table && table.type !== 'table') table = this.st.parent.get(table);
    if (!table) return undefined;
    if (this.tables.has(table)) return this.tables.get(table) ?? undefined;
    let law: LawInfo | null = null;
    let holder = this.st.parent.get(table);
    while (holder && !this.st.unitOf.has(holder)) holder = this.st.parent.get(holder);
    const s = holder ? this.st.unitOf.get(holder)!.norm.text : '';
    const m = /表の上欄に掲げる(.+?)の規定/.exec(s);
    if (m) {
      const start = m.index + '表の上欄に掲げる'.length;
      const end = start + m[1]!.length;
      if (m[1] === '同法') law = this.same('法') ?? null;
      else {
        const named = this.registry.lookupBefore(s, end);
        if (named?.start === start && named.law.kind !== 'self') law = named.law;
      }
    }
    this.tables.set(table, law);
    return law ?? undefined;
  }

  /** In the supplementary provisions of an amending enactment, 第N条 are that enactment's articles. */
  amendingLaw(unit: TextUnit): LawInfo | null {
    const supplement = unit.context.supplement;
    if (!supplement?.amendment) return null;
    let law = this.amending.get(supplement);
    if (law === undefined) {
      const number = parseLawNumber(normalizeForMatching(supplement.amendment).text);
      law = number ? this.registry.intern({ title: null, ...number }) : null;
      this.amending.set(supplement, law);
    }
    return law;
  }
}
