import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentNode, Node } from '../../src/lib/tree/types.ts';
import { analyzeText } from './helpers.ts';

/** Lines real sources are made of, pointers of every kind among them, in both numeral styles. */
const LINES = [
  '第1条 この条例は、前条及び次条の規定を定める。',
  '第十一条の二　前項第一号又は第三号の規定は、同項各号に掲げる場合に適用する。',
  '(定義)',
  '第2条 この条例において「実施機関」とは、市長をいう。',
  '2 前項の規定にかかわらず、第3条第2項ただし書及び第8条から前条までの規定を準用する。',
  '２　同条第五項中「前各項」とあるのは「第四十一条第六項」と読み替える。',
  '(1) 地方自治法(昭和22年法律第67号)第244条の2第3項に規定する指定管理者(以下「指定管理者」という。)',
  '（２）　同法第百条及び番号法第十九条各号',
  '一　法令 法律及び条例をいう。',
  'イ　前号イ又はロに掲げるもの',
  'ア 第5条第2号エ',
  '第2章 義務',
  '第一節　通則',
  '附 則',
  '附　則（令和六年六月一日法律第十号）',
  '1 この条例は、公布の日から施行する。ただし、附則第2項及び第61条から第64条までの規定は、この限りでない。',
  '第4条から第6条まで 削除',
  '用語 定義',
  '個人情報保護法 個人情報の保護に関する法律（平成１５年法律第５７号）',
  '以下この節から第3節までにおいて同じ。)',
  '記録(電磁的記録をいう。以下同じ。)を第1項第2号第3条第4項の規定により',
  '((( 「「 )) 」 第 条 項 号 前 次 同 この 本',
  '',
];

/** Every anchor of a tree. */
function anchors(tree: DocumentNode): Set<string> {
  const out = new Set<string>();
  const walk = (n: Node) => {
    if (!('children' in n)) return;
    if (n.id) out.add(n.id);
    n.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('reference analysis on generated documents', () => {
  it('never throws, points only at anchors that exist, and reports what it leaves unresolved', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), (lines) => {
        const text = lines.join('\n\n');
        const { tree, result, messages } = analyzeText(text, { style: 'law' });
        const ids = anchors(tree);
        const reported = new Set(
          messages.flatMap((m) => (m.place && 'start' in m.place ? [m.place.start.offset] : [])),
        );
        for (const ref of result.references) {
          expect(ref.start).toBeGreaterThanOrEqual(0);
          expect(ref.end).toBeGreaterThan(ref.start);
          expect(ref.end).toBeLessThanOrEqual(text.length);
          for (const t of ref.targets) expect(ids.has(t)).toBe(true);
          if (ref.external) expect(ref.targets).toEqual([]);
          if (!ref.resolved) expect(reported.has(ref.start)).toBe(true);
        }
        for (const use of result.termRefs) {
          expect(text.slice(use.start, use.end).replace(/\s/g, '').length).toBeGreaterThan(0);
          expect(result.definitions[use.definitionIndex]?.at).toBe(use.definition);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 25 }), (lines) => {
        const text = lines.join('\n\n');
        expect(analyzeText(text).result).toEqual(analyzeText(text).result);
      }),
      { numRuns: 40 },
    );
  });

  it('reads nothing in text without pointers, and survives an empty source', () => {
    expect(analyzeText('').result).toEqual({ references: [], definitions: [], termRefs: [] });
    expect(analyzeText('Privacy Policy\n\nWe protect your data.', { lang: 'en' }).result.references).toEqual(
      [],
    );
  });
});
