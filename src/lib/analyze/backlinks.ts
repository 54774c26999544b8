import type { RefsResult } from './types.ts';

/** A place that cites a provision. */
export interface Citation {
  /** anchor of the unit holding the reference */
  from: string;
  /** the reference as printed */
  text: string;
  start: number;
  end: number;
  /** false when the reference names a unit inside this one (an item, for its article) */
  direct: boolean;
}

/** art-11-p2-i3 → art-11-p2 → art-11: the paragraph and article enclosing an anchor. */
export function enclosingAnchors(anchor: string): string[] {
  const out: string[] = [];
  let a = anchor;
  for (;;) {
    const m = /^(.*art-[^-]+(?:-[pis]\d+)*)-[pis]\d+$/.exec(a);
    if (!m) break;
    a = m[1]!;
    out.push(a);
  }
  return out;
}

/**
 * For every cited anchor, the places that cite it: the target itself, and the paragraph and
 * article that enclose it. References from inside a unit to that unit (前項 within the same
 * article, for the article) are left out: a cited-by list shows where else a provision matters.
 */
export function citedBy(result: RefsResult): Map<string, Citation[]> {
  const map = new Map<string, Citation[]>();
  const seen = new Set<string>();
  for (const ref of result.references) {
    for (const target of ref.targets) {
      for (const anchor of [target, ...enclosingAnchors(target)]) {
        if (ref.from === anchor || ref.from.startsWith(`${anchor}-`)) continue;
        const key = `${anchor}\u0000${ref.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let list = map.get(anchor);
        if (!list) {
          list = [];
          map.set(anchor, list);
        }
        list.push({
          from: ref.from,
          text: ref.text,
          start: ref.start,
          end: ref.end,
          direct: anchor === target,
        });
      }
    }
  }
  return map;
}
