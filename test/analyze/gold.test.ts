import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RefsResult } from '../../src/lib/analyze/types.ts';
import { analyzeFile, SHARED, seedPath } from './helpers.ts';

/**
 * The hand-checked sample ../shared/eval/refs-sample.json, scored as ../shared/tools/refs-eval.py
 * scores it (ported here so that a plain `vitest run` checks it).
 */
interface GoldRef {
  from: string;
  text: string;
  targets?: string[];
  external?: { external: string; anchor: string };
  dangling?: boolean;
}
interface Gold {
  refs: GoldRef[];
  definitions: Array<{ term: string; at: string }>;
  uses: Array<{ term: string; at: string; definition: string }>;
}

const GOLD = join(SHARED, 'eval/refs-sample.json');
const present = existsSync(GOLD) && seedPath('hyuga') !== undefined;
if (!present) console.warn(`refs gold sample skipped: ${GOLD} or the Hyuga seed is absent`);

/** art-61..art-64 → art-61, art-62, art-63, art-64 (the scorer's range form). */
function expand(targets: string[]): string[] {
  return targets.flatMap((t) => {
    const m = /^art-(\d+)\.\.art-(\d+)$/.exec(t);
    if (!m) return [t];
    const out: string[] = [];
    for (let n = Number(m[1]); n <= Number(m[2]); n++) out.push(`art-${n}`);
    return out;
  });
}

const within = (from: string, unit: string) => from === unit || from.startsWith(`${unit}-`);
const paraLevel = (t: string) => t.replace(/-(i|s)\d+.*$/, '');

/** The scorer's figures: references exact (internal, external, dangling), definitions and uses recall. */
export function score(result: RefsResult, gold: Gold) {
  let exact = 0;
  let paragraph = 0;
  let n = 0;
  const misses: string[] = [];
  for (const g of gold.refs) {
    n++;
    const cands = result.references.filter(
      (r) => within(r.from, g.from) && r.text && (g.text.includes(r.text) || r.text.includes(g.text)),
    );
    const targets = [...new Set(cands.flatMap((r) => expand(r.targets)))].sort();
    const exts = cands.map((r) => r.external).filter((e) => e !== null);
    if (g.dangling) {
      if (targets.length === 0) exact++;
      else misses.push(`dangling linked ${g.from} ${g.text} -> ${targets}`);
      continue;
    }
    if (g.external) {
      const want = g.external.external;
      const ok = exts.some((e) =>
        want.startsWith('ordinance:') ? !/^\d{3}AC\d{10}$/.test(e.lawId ?? '') : e.lawId === want,
      );
      if (ok) exact++;
      else misses.push(`external miss ${g.from} ${g.text} -> ${JSON.stringify(exts)} ${targets}`);
      continue;
    }
    const gt = [...new Set(g.targets ?? [])].sort();
    if (JSON.stringify(targets) === JSON.stringify(gt)) {
      exact++;
      paragraph++;
    } else {
      const level = (ts: string[]) => JSON.stringify([...new Set(ts.map(paraLevel))].sort());
      if (level(targets) === level(gt)) paragraph++;
      misses.push(`internal miss ${g.from} ${g.text} -> ${targets} (gold ${gt})`);
    }
  }
  const definitions = gold.definitions.filter((d) =>
    result.definitions.some((x) => x.term === d.term && (x.at.startsWith(d.at) || d.at.startsWith(x.at))),
  ).length;
  const uses = gold.uses.filter((u) =>
    result.termRefs.some(
      (x) => within(x.at, u.at) && x.term === u.term && x.definition.startsWith(u.definition),
    ),
  ).length;
  return {
    accuracy: exact / n,
    paragraphLevel: paragraph / Math.max(1, gold.refs.filter((g) => !g.dangling && !g.external).length),
    definitions: definitions / gold.definitions.length,
    uses: uses / gold.uses.length,
    misses,
  };
}

describe.skipIf(!present)('the shared gold sample (refs-sample.json)', () => {
  it('scores 1.0 on references, definitions and uses', () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    const { result } = analyzeFile(seedPath('hyuga')!);
    const s = score(result, gold);
    expect(s.misses).toEqual([]);
    expect(s.accuracy).toBe(1);
    expect(s.definitions).toBe(1);
    expect(s.uses).toBe(1);
  });
});
