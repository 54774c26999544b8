import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/lib/analyze/types.ts';
import { analyzeFile, refAt, refsAt, SHARED } from './helpers.ts';

/**
 * The Act on the Protection of Personal Information as plain text in both numeral styles
 * (../shared/eval): a whole national law, with amending acts' supplementary provisions.
 */
const MUNICIPAL = join(SHARED, 'eval/appi.txt');
const NATIONAL = join(SHARED, 'eval/appi.national.txt');
const present = existsSync(MUNICIPAL) && existsSync(NATIONAL);
if (!present) console.warn(`APPI reference tests skipped: ${MUNICIPAL} is absent`);

/** What a reference points at, whatever its printed numerals. */
const key = (r: Reference) =>
  JSON.stringify([r.from, r.targets, r.external?.lawId ?? null, r.external?.anchor ?? null]);

describe.skipIf(!present)('the APPI in Arabic and in kanji numerals', () => {
  const municipal = present ? analyzeFile(MUNICIPAL) : undefined;
  const national = present ? analyzeFile(NATIONAL) : undefined;

  it('gives the same references in both styles (tables aside, which the parser reads differently)', () => {
    // the national text omits the appended tables (別表), so its 別表 references find nothing
    const keys = (refs: Reference[]) =>
      refs
        .filter((r) => !/-t\d/.test(r.from) && !r.text.includes('別表'))
        .map(key)
        .sort();
    expect(keys(national!.result.references)).toEqual(keys(municipal!.result.references));
  });

  it('resolves nearly everything inside the Act; the rest is reported', () => {
    const refs = national!.result.references;
    const internal = refs.filter((r) => r.external === null);
    // in the main provisions; supplementary provisions cite the numbering of their day
    const unresolved = internal.filter(
      (r) => !r.resolved && !r.from.startsWith('suppl-') && !r.text.includes('別表'),
    );
    expect(internal.length).toBeGreaterThan(900);
    expect(unresolved).toEqual([]);
    const reported = new Set(
      national!.messages.flatMap((m) => (m.place && 'start' in m.place ? [m.place.start.offset] : [])),
    );
    expect(refs.filter((r) => !r.resolved && !reported.has(r.start))).toEqual([]);
  });

  it('reads iroha sub-items by position when the text marks them ア, イ but cites イ, ロ', () => {
    expect(refAt(municipal!.result, 'art-2-p11-i3', '第78条第1項第7号イ').targets).toEqual([
      'art-78-p1-i7-s1',
    ]);
    expect(refAt(municipal!.result, 'art-2-p11-i3', 'ロ').targets).toEqual(['art-78-p1-i7-s2']);
    expect(refAt(national!.result, 'art-2-p11-i3', 'ロ').targets).toEqual(['art-78-p1-i7-s2']);
  });

  it('reads provisions in parentheses after a chain as that chain’s (第27条(第4項を除き…))', () => {
    const at = (text: string) => refsAt(national!.result, 'art-148-p1', text).flatMap((r) => r.targets);
    // 第二十一条（第一項、第三項及び第四項…）, 第二十七条（第四項を除き、第五項及び第六項…）, 第四十一条（第四項…）
    expect(at('第四項')).toEqual(['art-21-p4', 'art-27-p4', 'art-41-p4', 'art-30-p4']);
    expect(at('第六項')).toEqual(expect.arrayContaining(['art-27-p6', 'art-43-p6']));
  });

  it('links 別表第N to the appended table', () => {
    expect(refAt(municipal!.result, 'art-58-p1-i1', '別表第2').targets).toEqual(['appx-2']);
  });

  it('reads the Act citing itself with its number as itself', () => {
    const ref = refAt(
      municipal!.result,
      'art-106-p2-t1-r1-c3',
      '個人情報の保護に関する法律(平成15年法律第57号)第107条第2項',
    );
    expect(ref.targets).toEqual(['art-107-p2']);
  });

  it('reads a reading-in table as the cited law’s provisions', () => {
    const ref = refAt(municipal!.result, 'art-106-p2-t1-r1-c1', '第9条第4項');
    expect(ref.external).toMatchObject({ lawId: '426AC0000000068', anchor: 'art-9-p4' });
  });

  it('reads an amending act’s articles in its supplementary provisions as that act’s', () => {
    const amending = national!.result.references.filter(
      (r) =>
        r.from.startsWith('suppl-') && !r.from.startsWith('suppl-1-') && r.external?.lawId?.match(/^\d{3}AC/),
    );
    expect(amending.length).toBeGreaterThan(50);
    expect(amending.every((r) => r.targets.length === 0)).toBe(true);
  });

  it('reads 新個人情報保護法 (the Act as amended) as the Act, 旧個人情報保護法 as its former text', () => {
    const defs = national!.result.definitions;
    expect(defs.find((d) => d.term === '新個人情報保護法')?.law?.lawId).toBe('415AC0000000057');
    const newer = national!.result.references.filter((r) => r.text.startsWith('新個人情報保護法'));
    expect(newer.length).toBeGreaterThan(0);
    expect(newer.every((r) => r.external === null)).toBe(true);
    const older = national!.result.references.filter((r) => r.text.startsWith('旧個人情報保護法'));
    expect(older.every((r) => r.external?.lawId === '415AC0000000057' && r.targets.length === 0)).toBe(true);
  });

  it('scopes definitions by chapter lists (この章、第6章及び第7章において)', () => {
    const d = national!.result.definitions.find((x) => x.term === '仮名加工情報取扱事業者');
    expect(d?.scope).toBe('ch-4,ch-6,ch-7');
    const e = national!.result.definitions.find((x) => x.term === '個人情報取扱事業者');
    expect(e?.scope).toBe('ch-4,ch-6..ch-8');
    // an abbreviation of a law given inside its number's parentheses, with a scope
    const f = national!.result.definitions.find((x) => x.term === '行政機関情報公開法');
    expect(f).toMatchObject({ at: 'art-60-p1', scope: 'ch-5', law: { lawId: '411AC0000000042' } });
  });
});
