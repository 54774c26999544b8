import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RefsResult } from '../../src/lib/analyze/types.ts';
import { emitDocument, type InlineMark, marksFromAnalysis, parseMdx } from '../../src/lib/emit/index.ts';
import { rebaseOnText, toPlainText } from '../../src/lib/export/text.ts';
import type { DocumentNode } from '../../src/lib/tree/types.ts';
import { readingOf, readWithAstro } from './readers.ts';
import { br, documentOf, marker, node, ordinance, text } from './trees.ts';

/** The ordinance fixture with positions pointing into its own plain text, as parsed trees have. */
function positioned(doc: DocumentNode = ordinance()): { tree: DocumentNode; source: string } {
  const { tree } = rebaseOnText(doc);
  return { tree, source: toPlainText(doc) };
}

/** The mark covering `needle` in `source` (the first after `after`). */
function markAt(
  source: string,
  needle: string,
  name: InlineMark['name'],
  attributes: Record<string, string>,
  after = '',
): InlineMark {
  return { ...span(source, needle, after), name, attributes };
}

function textOf(tree: unknown): string {
  const node = tree as { type: string; value?: string; children?: unknown[] };
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function expectFaithful(tree: DocumentNode, marks: InlineMark[]) {
  const plain = emitDocument(tree);
  const marked = emitDocument(tree, { marks });
  expect(marked.roundTrip).toEqual({ ok: true });
  expect(readingOf(readWithAstro(marked.mdx))).toEqual(readingOf(marked.mdast));
  // Marks add elements, never text.
  expect(textOf(parseMdx(marked.mdx))).toBe(textOf(parseMdx(plain.mdx)));
  return marked.mdx;
}

describe('inline marks', () => {
  it('wraps references, definitions and term uses in Ref, Dfn and Term elements', () => {
    const { tree, source } = positioned();
    const marks = [
      markAt(source, '実施機関', 'Dfn', { id: 'def-art-2-p1-i1', term: '実施機関', at: 'art-2-p1-i1' }),
      markAt(source, '前項', 'Ref', { to: 'art-2-p1' }),
      markAt(source, '個人情報', 'Term', { def: 'def-x', at: 'art-2-p2' }, '「個人情報」'),
    ].sort((a, b) => a.start - b.start);
    const mdx = expectFaithful(tree, marks);
    expect(mdx).toContain('<Dfn id="def-art-2-p1-i1" term="実施機関" at="art-2-p1-i1">実施機関</Dfn>　市長');
    expect(mdx).toContain('<Marker>2 </Marker><Ref to="art-2-p1">前項</Ref>の規定にかかわらず');
    expect(mdx).toContain('「<Term def="def-x" at="art-2-p2">個人情報</Term>」とは');
  });

  it('keeps a reference wrapped across a line whole, dropping the wrap between Japanese characters', () => {
    const { tree, source } = positioned();
    const start = source.indexOf('その他の') + 4;
    const end = source.indexOf('護方針') + 3;
    const mdx = expectFaithful(tree, [
      { start, end, name: 'Ref', attributes: { href: 'https://x.example/' } },
    ]);
    expect(mdx).toContain('<Ref href="https://x.example/">個人情報保護方針</Ref>');
  });

  it('escapes hostile text inside a mark and hostile attribute values', () => {
    const hostile = '{props.x} <script>alert(1)</script> `code` *em*';
    const doc = documentOf([node('paragraph', { id: 'p' }, [marker('１'), text(`前 ${hostile} 後`)])]);
    const { tree, source } = positioned(doc);
    const mark = markAt(source, hostile, 'Ref', { href: 'https://a.example/?a=1&b="2"' });
    const mdx = expectFaithful(tree, [mark]);
    expect(mdx).not.toMatch(/[^\\]<script>/);
  });

  it('round-trips any text with marks at any offsets', () => {
    const anyText = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(anyText, anyText, fc.nat(), fc.nat(), (a, b, x, y) => {
        const doc = documentOf([node('paragraph', { id: 'p' }, [marker('２'), text(a), br('\n'), text(b)])]);
        const { tree, source } = positioned(doc);
        const from = 2 + (x % Math.max(1, source.length - 2));
        const to = Math.min(source.length, from + 1 + (y % 8));
        expectFaithful(tree, [{ start: from, end: to, name: 'Term', attributes: { def: 'd', at: 'p' } }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('marks from the reference analysis', () => {
  const analysis = (source: string): RefsResult => ({
    references: [
      {
        ...span(source, '前項'),
        text: '前項',
        from: 'art-2-p2',
        targets: ['art-2-p1'],
        external: null,
        resolved: true,
      },
      {
        ...span(source, '第9条'),
        text: '第9条',
        from: 'art-2-p1',
        targets: [],
        external: null,
        resolved: false,
      },
      {
        ...span(source, '個人情報保', 'その他の'),
        text: '個人情報保',
        from: 'art-11_2-p1',
        targets: [],
        external: {
          lawNum: '平成15年法律第57号',
          lawId: '415AC0000000057',
          title: '個人情報の保護に関する法律',
          anchor: 'art-2-p1',
          url: 'https://laws.e-gov.go.jp/law/415AC0000000057#Mp-At_2-Pr_1',
        },
        resolved: true,
      },
    ],
    definitions: [
      {
        term: '個人情報',
        at: 'art-2-p2',
        scope: 'document',
        text: '「個人情報」とは{生存する}個人に関する情報をいう',
        ...span(source, '「個人情報」とは'),
        termStart: source.indexOf('「個人情報」とは') + 1,
        termEnd: source.indexOf('「個人情報」とは') + 5,
      },
    ],
    termRefs: [
      {
        term: '個人情報',
        at: 'art-11_2-p1',
        definition: 'art-2-p2',
        definitionIndex: 0,
        ...span(source, '個人情報', 'その他の'),
      },
      {
        term: '実施機関',
        at: 'art-2-p1-i1',
        definition: 'art-2-p1-i1',
        definitionIndex: 5,
        ...span(source, '実施機関'),
      },
    ],
  });

  it('links internal targets, marks dangling ones, and lets a reference win over a term inside it', () => {
    // 実施機関's definition (index 5) has no mark here, so its uses link to the unit that defines it.
    const { tree, source } = positioned(withNinth());
    const marks = marksFromAnalysis(tree, analysis(source));
    expect(marks.map((m) => [m.name, source.slice(m.start, m.end), m.attributes])).toEqual([
      ['Ref', '第9条', { status: 'dangling' }],
      ['Term', '実施機関', { def: 'art-2-p1-i1', at: 'art-2-p1-i1' }],
      ['Ref', '前項', { to: 'art-2-p1' }],
      ['Dfn', '個人情報', { id: 'def-art-2-p2', term: '個人情報', at: 'art-2-p2' }],
      [
        'Ref',
        '個人情報保',
        {
          href: 'https://laws.e-gov.go.jp/law/415AC0000000057#Mp-At_2-Pr_1',
          law: '個人情報の保護に関する法律',
        },
      ],
    ]);
  });

  it("links a law the site has to its page, and a term whose definition has no mark to the definition's unit", () => {
    const { tree, source } = positioned(withNinth());
    const result = analysis(source);
    result.references = result.references.filter((r) => r.text !== '個人情報保');
    const marks = marksFromAnalysis(tree, result, {
      findLaw: (id) => (id === '415AC0000000057' ? { city: 'national', doc: 'appi' } : undefined),
    });
    expect(
      marks.find((m) => m.name === 'Term' && source.slice(m.start, m.end) === '個人情報')?.attributes,
    ).toEqual({
      def: 'def-art-2-p2',
      at: 'art-2-p2',
    });
    expect(marks.find((m) => source.slice(m.start, m.end) === '実施機関')?.attributes).toEqual({
      def: 'art-2-p1-i1',
      at: 'art-2-p1-i1',
    });
    const law = marksFromAnalysis(tree, analysis(source), {
      findLaw: () => ({ city: 'national', doc: 'appi' }),
    }).find((m) => m.attributes.law);
    expect(law?.attributes).toEqual({
      doc: 'national/appi',
      anchor: 'art-2-p1',
      law: '個人情報の保護に関する法律',
    });
  });

  it('drops marks that would cut across a marker or another unit', () => {
    const { tree, source } = positioned();
    const across = { start: source.indexOf('(1) ') - 2, end: source.indexOf('(1) ') + 6 };
    const result: RefsResult = {
      references: [
        { ...across, text: '', from: 'art-2-p1', targets: ['art-1'], external: null, resolved: true },
      ],
      definitions: [],
      termRefs: [],
    };
    expect(marksFromAnalysis(tree, result)).toEqual([]);
  });
});

/** Offsets of `needle`, the first after `after` when given. */
function span(source: string, needle: string, after = ''): { start: number; end: number } {
  const start = source.indexOf(needle, after ? source.indexOf(after) : 0);
  if (start === -1) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
}

/** The ordinance with a reference to an article it does not have. */
function withNinth(): DocumentNode {
  const doc = ordinance();
  const article = doc.children.find((c) => 'id' in c && c.id === 'ch-1') as { children: unknown[] };
  const second = article.children.find((c) => (c as { id?: string }).id === 'art-2') as {
    children: Array<{ id?: string; children?: unknown[] }>;
  };
  const first = second.children.find((c) => c.id === 'art-2-p1')!;
  first.children!.splice(1, 0, text('(第9条参照)'));
  return doc;
}
