import { egovUrl } from '../text/law-number.ts';
import type { FoundDefinition } from './definitions.ts';
import type { FoundReference } from './references.ts';
import type { Structure } from './structure.ts';
import type { Definition } from './types.ts';

/** A definition with its scope resolved: where it applies, and how much text that is. */
export interface ScopedDefinition {
  definition: Definition;
  /** anchors of the units it applies in (a use inside one of them, or below, is in scope); null: everywhere */
  anchors: Set<string> | null;
  /** it applies only after the definition itself (以下…, X(…をいう。)) */
  after: boolean;
  /** characters of source covered: the innermost (smallest) definition wins */
  size: number;
}

const SELF_SCOPE = /(?:この|本)(?:条例|規則|法律|規程|要綱|要領|訓令|告示|ポリシー|規約)/;

/**
 * Resolves each definition's scope: the words stating it were references (この章, 次項,
 * この節から第3節まで) the references pass has resolved; their targets are the scope.
 */
export function scopeDefinitions(
  found: FoundDefinition[],
  refs: FoundReference[],
  st: Structure,
): ScopedDefinition[] {
  const whole = st.source.length;
  const byUnit = new Map<FoundReference['unit'], FoundReference[]>();
  for (const r of refs) {
    let list = byUnit.get(r.unit);
    if (!list) {
      list = [];
      byUnit.set(r.unit, list);
    }
    list.push(r);
  }
  return found.map((f) => {
    const definition: Definition = {
      term: f.term,
      at: f.at,
      scope: 'document',
      text: f.text,
      start: f.start,
      end: f.end,
      termStart: f.termStart,
      termEnd: f.termEnd,
    };
    if (f.meaning) definition.meaning = f.meaning;
    if (f.law) {
      const { title, lawNum, lawId } = f.law;
      definition.law = { lawNum, lawId, title, anchor: null, url: egovUrl(lawId, {}) };
    }
    const spec = f.scope;
    if (spec.kind === 'document') return { definition, anchors: null, after: false, size: whole + 1 };
    if (spec.kind === 'unit') {
      definition.scope = f.at;
      return { definition, anchors: new Set([f.at]), after: true, size: spanSize(st, [f.at]) };
    }
    if (spec.kind === 'phrase') {
      const phrase = spec.unit.norm.text.slice(spec.start, spec.end);
      if (SELF_SCOPE.test(phrase)) return { definition, anchors: null, after: false, size: whole + 1 };
      const inside = phraseReferences(byUnit.get(spec.unit) ?? [], phrase, spec.start, spec.end);
      if (inside.length > 0) {
        const targets = inside.flatMap((r) => r.targets);
        definition.scope = inside
          .map((r) =>
            r.range && r.targets.length > 1 ? `${r.targets[0]}..${r.targets.at(-1)}` : r.targets.join(','),
          )
          .join(',');
        return { definition, anchors: new Set(targets), after: spec.after, size: spanSize(st, targets) };
      }
    }
    definition.scope = 'following';
    return { definition, anchors: null, after: true, size: whole - f.start };
  });
}

/**
 * The references that make up a scope phrase: the run of references ending where において begins,
 * joined only by 及び, 並びに, 、 … (この章、第6章及び第7章において). Words before the run belong to
 * the sentence, not the scope. References that found nothing (a drafting slip) are dropped.
 */
function phraseReferences(
  refs: FoundReference[],
  phrase: string,
  start: number,
  end: number,
): FoundReference[] {
  const inside = refs.filter((r) => r.nStart >= start && r.nEnd <= end).sort((a, b) => a.nStart - b.nStart);
  const run: FoundReference[] = [];
  let edge = end;
  for (let k = inside.length - 1; k >= 0; k--) {
    const r = inside[k]!;
    const gap = phrase.slice(r.nEnd - start, edge - start);
    if (!/^(?:及び|並びに|又は|若しくは|、|・)?$/.test(gap)) break;
    run.unshift(r);
    edge = r.nStart;
  }
  return run.filter((r) => r.targets.length > 0);
}

function spanSize(st: Structure, anchors: string[]): number {
  let size = 0;
  for (const a of anchors) {
    const span = st.span.get(a);
    if (span) size += span.end - span.start;
  }
  return size;
}
