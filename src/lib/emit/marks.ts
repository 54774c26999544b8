import type { RefsResult } from '../analyze/types.ts';
import { maxOf } from '../arrays.ts';
import type { Leaf, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import type { INLINE_COMPONENTS } from './components.ts';

/**
 * An inline annotation of the source text, by source offsets (half-open), emitted as a text
 * element around the text it covers: `<Ref to="art-11-p2-i1">第11条第2項第1号</Ref>`.
 */
export interface InlineMark {
  start: number;
  end: number;
  name: MarkName;
  /** attributes of the element, as strings */
  attributes: Record<string, string>;
}

/** A mark's element name (components.ts: `INLINE_COMPONENTS`). */
type MarkName = (typeof INLINE_COMPONENTS)[number];

/** Where references to another law or document of the site go. */
interface MarkOptions {
  /** the corpus document holding a law (e-Gov ID), as `createLawIndex(...).lawIdToDocument` gives it */
  findLaw?: (lawId: string) => { city: string; doc: string } | undefined;
}

/** Which mark wins where two overlap: a reference over a definition over a term use. */
const PRIORITY: Record<MarkName, number> = { Ref: 0, Dfn: 1, Term: 2 };

/**
 * The marks of a document from its reference analysis (src/lib/analyze):
 * - `<Ref>` for every reference: `to` (internal targets, space-separated; the first is the link),
 *   or `doc` + `anchor` (a law the site has), or `href` + `law` (e-Gov), or `law` alone (an
 *   ordinance or a law without a known address), or `status="dangling"` / `"unresolved"`;
 * - `<Dfn id term at>` around the term of each definition (`id` is `def-{at}`, `def-{at}-2` …);
 * - `<Term def at>` around each use of a defined term: `def` is the id of its `<Dfn>`, or, when the
 *   definition's term could not be marked, the anchor of the unit that defines it.
 *
 * Only marks that lie inside one run of text leaves of one unit are kept (see {@link placeable});
 * where marks overlap, a reference wins over a definition over a term use. Sorted by offset.
 */
export function marksFromAnalysis(tree: Parent, result: RefsResult, options: MarkOptions = {}): InlineMark[] {
  const fits = placeable(tree);
  const candidates: Array<InlineMark & { index?: number }> = [];
  for (const reference of result.references) {
    candidates.push({
      start: reference.start,
      end: reference.end,
      name: 'Ref',
      attributes: refAttributes(reference, options),
    });
  }
  const ids = new Map<string, number>();
  result.definitions.forEach((definition, index) => {
    const n = (ids.get(definition.at) ?? 0) + 1;
    ids.set(definition.at, n);
    const id = n === 1 ? `def-${definition.at}` : `def-${definition.at}-${n}`;
    candidates.push({
      start: definition.termStart,
      end: definition.termEnd,
      name: 'Dfn',
      attributes: { id, term: definition.term, at: definition.at },
      index,
    });
  });
  const accepted = acceptMarks(candidates.filter((mark) => fits(mark.start, mark.end)));
  const dfnIds = new Map<number, string>();
  for (const mark of accepted) if (mark.index !== undefined) dfnIds.set(mark.index, mark.attributes.id!);

  const uses = result.termRefs.map((use) => ({
    start: use.start,
    end: use.end,
    name: 'Term' as const,
    attributes: {
      def: dfnIds.get(use.definitionIndex) ?? use.definition,
      at: use.definition,
    },
  }));
  return acceptMarks([...accepted, ...uses.filter((mark) => fits(mark.start, mark.end))]).map(
    ({ start, end, name, attributes }) => ({ start, end, name, attributes }),
  );
}

function refAttributes(
  reference: RefsResult['references'][number],
  options: MarkOptions,
): Record<string, string> {
  if (reference.targets.length > 0) return { to: reference.targets.join(' ') };
  const external = reference.external;
  if (external) {
    const law = external.title ?? external.lawNum ?? '';
    const site = external.lawId ? options.findLaw?.(external.lawId) : undefined;
    if (site) {
      return {
        doc: `${site.city}/${site.doc}`,
        ...(external.anchor ? { anchor: external.anchor } : {}),
        law,
      };
    }
    if (external.url) return { href: external.url, law };
    return { law, status: reference.resolved ? 'external' : 'unresolved' };
  }
  return { status: reference.resolved ? 'unresolved' : 'dangling' };
}

/** Keep marks that do not overlap one already kept, in priority order; sorted by offset. */
function acceptMarks<T extends InlineMark>(candidates: T[]): T[] {
  const ordered = [...candidates].sort(
    (a, b) => PRIORITY[a.name] - PRIORITY[b.name] || a.start - b.start || b.end - a.end,
  );
  const kept: T[] = [];
  // offsets already covered by a kept mark: one check per offset, not per pair of marks (a long
  // document has tens of thousands of marks)
  const covered = new Uint8Array(Math.max(0, maxOf(ordered.map((mark) => mark.end))) + 1);
  for (const mark of ordered) {
    if (mark.end <= mark.start) continue;
    if (covered.subarray(mark.start, mark.end).includes(1)) continue;
    covered.fill(1, mark.start, mark.end);
    kept.push(mark);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A test for offsets: true when `[start, end)` lies inside one run of text leaves (and the breaks
 * between them) of one unit, every leaf's position spanning exactly its value. The emitter can
 * wrap such a span in one element; anything else (a span across a marker or caption, into another
 * unit, or without positions) would be cut.
 */
function placeable(tree: Parent): (start: number, end: number) => boolean {
  const runs: Array<[number, number]> = [];
  const walk = (node: Parent) => {
    let run: [number, number] | undefined;
    for (const child of node.children) {
      if (!isLeaf(child)) {
        run = undefined;
        walk(child);
        continue;
      }
      const span = spanOf(child);
      if (!span || (child.type !== 'text' && child.type !== 'break')) {
        run = undefined;
        continue;
      }
      if (run && run[1] === span[0]) run[1] = span[1];
      else {
        run = [span[0], span[1]];
        runs.push(run);
      }
    }
  };
  walk(tree);
  runs.sort((a, b) => a[0] - b[0]);
  return (start, end) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [from, to] = runs[mid]!;
      if (to <= start) lo = mid + 1;
      else if (from > start) hi = mid - 1;
      else return end <= to;
    }
    return false;
  };
}

function spanOf(leaf: Leaf): [number, number] | undefined {
  const start = leaf.position?.start.offset;
  const end = leaf.position?.end.offset;
  if (start === undefined || end === undefined || end - start !== leaf.value.length) return undefined;
  return [start, end];
}
