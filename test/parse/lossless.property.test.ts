import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leafText, outline, parseText } from './helpers.ts';

/** Fragments that real sources are made of, so generated documents exercise every rule. */
const FRAGMENTS = [
  '第1条 この条例は、目的を定める。',
  '第十一条の二　この法律は、施行する。',
  '(目的)',
  '（定義）',
  '2 前項の規定は、適用しない。',
  '２　前条の規定にかかわらず、次に掲げる。',
  '(1) 本人の同意があるとき。',
  '（１）　法令に基づくとき。',
  '一　文書',
  'イ　図画',
  'ア 氏名',
  ' 不正アクセス行為を防止するための保護対策',
  '第2章 実施機関の義務',
  '第一節　通則',
  '附 則',
  '附　則（令和六年六月一日法律第十号）',
  '第4条から第6条まで 削除',
  '用語 定義',
  '会員等 プラポ利用規約について承諾した者',
  '① 会員等の本人確認',
  '名称 | 根拠法',
  '沿革情報',
  '平成19年10月1日 条例第24号',
  '- 3 -',
  '目次',
  'Privacy Policy',
  '  1. We will take necessary measures.',
  '  • Twitter',
  'お問い合わせ',
  '電話:0175-22-1111(代表)',
  '〒035-8686',
  '{props.x} <script>alert(1)</script> import x from "y"',
  '𠮷野家 葛󠄀城 \u200b\u202e',
  '',
];

const documentArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    ),
    { maxLength: 60 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom('\n', '\r\n', '\n\n', '\r', '\u3000\n'), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((breaks) => parts.map((p, i) => p + breaks[i]).join('')),
  );

describe('parsing loses nothing', () => {
  it.each(['law', 'page'] as const)(
    'every character of a generated %s document is in exactly one leaf',
    (style) => {
      fc.assert(
        fc.property(documentArb, (text) => {
          const { tree } = parseText(text, { style });
          expect(leafText(tree)).toBe(text);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('is deterministic', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const first = parseText(text);
        const second = parseText(text);
        expect(JSON.stringify(second.tree)).toBe(JSON.stringify(first.tree));
        expect(outline(second.tree)).toBe(outline(first.tree));
        expect(second.file.messages.map(String)).toEqual(first.file.messages.map(String));
      }),
      { numRuns: 100 },
    );
  });

  it('gives every node a position inside the source', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const { tree } = parseText(text);
        const walk = (n: import('../../src/lib/tree/types.ts').Node) => {
          if (n.position) {
            expect(n.position.start.offset).toBeGreaterThanOrEqual(0);
            expect(n.position.end.offset ?? 0).toBeLessThanOrEqual(text.length);
          }
          if ('children' in n) n.children.forEach(walk);
          else expect(text.slice(n.position!.start.offset, n.position!.end.offset)).toBe(n.value);
        };
        walk(tree);
      }),
      { numRuns: 200 },
    );
  });
});
