import { readFileSync } from 'node:fs';
import { normalizeForMatching } from '../../src/lib/analyze/normalize.ts';
import type { Reference } from '../../src/lib/analyze/types.ts';
import { analyzeText } from './helpers.ts';
import { type HostKind, hostDocument, type Placement, sentenceUnit } from './reference-host.ts';

/**
 * Scores references on labelled sentences (test/fixtures/refs/sentences.json): each sentence is
 * analysed inside its host document; a labelled reference counts when a reference over the same words
 * in the sentence's unit has exactly its targets (internal) or is external at its anchor (the anchor
 * itself, an enclosing unit of it, or a range starting there) with no targets, and the labelled lawId.
 */

export interface LabelledRef {
  text: string;
  targets?: string[];
  external?: { anchor: string; lawId?: string };
}

export interface RefCase extends Placement {
  id: number;
  host: HostKind;
  text: string;
  refs: LabelledRef[];
}

export interface RefScore {
  refs: number;
  exact: number;
  /** references of other laws linked into the host */
  wrongInternal: number;
  /** references found that no label covers */
  extra: number;
  misses: string[];
}

export function readRefCases(path: string): RefCase[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: RefCase[] }).cases;
}

const plain = (text: string) => normalizeForMatching(text).text;
const overlaps = (a: string, b: string) => plain(a).includes(plain(b)) || plain(b).includes(plain(a));
const within = (from: string, unit: string) => from === unit || from.startsWith(`${unit}-`);

function externalMatches(found: Reference, want: NonNullable<LabelledRef['external']>): boolean {
  const ext = found.external;
  if (!ext?.anchor || found.targets.length > 0) return false;
  if (want.lawId && ext.lawId !== want.lawId) return false;
  return (
    ext.anchor === want.anchor ||
    want.anchor.startsWith(`${ext.anchor}-`) ||
    ext.anchor.startsWith(`${want.anchor}..`)
  );
}

function internalMatches(found: Reference, want: string[]): boolean {
  if (found.external) return false;
  return JSON.stringify([...new Set(found.targets)].sort()) === JSON.stringify([...new Set(want)].sort());
}

function describe(r: Reference): string {
  const ext = r.external ? ` ext ${r.external.lawId} ${r.external.anchor}` : '';
  return `${r.text} → [${r.targets.join(',')}]${ext}`;
}

export function scoreReferences(cases: RefCase[]): RefScore {
  const score: RefScore = { refs: 0, exact: 0, wrongInternal: 0, extra: 0, misses: [] };
  for (const c of cases) {
    const { result } = analyzeText(hostDocument(c.host, c.text, c), {}, `sentence-${c.id}.txt`);
    const unit = sentenceUnit(c);
    const here = result.references.filter((r) => within(r.from, unit));
    for (const label of c.refs) {
      score.refs++;
      const candidates = here.filter((r) => overlaps(r.text, label.text));
      const ok = label.external
        ? candidates.some((r) => externalMatches(r, label.external!))
        : candidates.some((r) => internalMatches(r, label.targets ?? []));
      if (label.external && candidates.some((r) => r.targets.length > 0)) score.wrongInternal++;
      if (ok) score.exact++;
      else {
        const want = label.external
          ? `ext ${label.external.lawId ?? '?'} ${label.external.anchor}`
          : `[${label.targets}]`;
        score.misses.push(
          `#${c.id} ${label.text}: ${candidates.map(describe).join(' | ') || 'none'} ≠ ${want}`,
        );
      }
    }
    for (const r of here)
      if (!c.refs.some((label) => overlaps(r.text, label.text))) {
        score.extra++;
        score.misses.push(`#${c.id} extra ${describe(r)}`);
      }
  }
  return score;
}
