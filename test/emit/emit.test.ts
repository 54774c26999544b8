import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES, emitDocument, parseMdx } from '../../src/lib/emit/index.ts';
import type { DocumentNode, Node } from '../../src/lib/tree/types.ts';
import { isLeaf } from '../../src/lib/tree/types.ts';
import { readingOf, readWithAstro } from './readers.ts';
import { br, documentOf, leaf, marker, node, ordinance, page, text } from './trees.ts';

/** Strings that would be syntax if the emitter forgot to escape them. */
const HOSTILE = [
  '{props.secret}',
  '{/* comment */}',
  '<script>alert(1)</script>',
  '<Component prop={1} />',
  '</Article>',
  '<Article id="evil">',
  'import fs from "node:fs"',
  'export const x = 1',
  'export default function Evil() {}',
  '`code` and ```fence```',
  '<!-- comment -->',
  '*emph* _emph_ **strong** # heading > quote | a | b |',
  '[link](http://x.example) ![img](y.png) <https://z.example>',
  '&amp; &#123; &lt; &nbsp',
  '\\{escaped\\} \\\\',
  '---',
  '# 見出し',
  '> 引用',
  '- 箇条',
  '1. 番号',
  '| a | b |\n|---|---|\n| c | d |',
  'line one\n\nline two',
  '  indented\n    code block',
  '~~strike~~ www.example.com a@b.example',
  '$x$ $$y$$ :::note',
  '"quotes" -- dashes ... ellipsis',
  'CRLF\r\nCR\rLF\n',
  'trailing spaces  \nhard break\\\nbackslash',
  '\ttab\t',
  '全角　スペース　',
  'a\u2028b\u2029c',
];

/** Concatenated source text of the leaves an emitted MDX keeps (everything but breaks). */
function keptText(children: Node[]): string {
  return children
    .map((child) => (isLeaf(child) ? (child.type === 'break' ? '' : child.value) : keptText(child.children)))
    .join('');
}

/** Every text value in an mdast tree, in order. */
function textOf(tree: unknown): string {
  const node = tree as { type: string; value?: string; children?: unknown[] };
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Node types and element names found in a parsed MDX tree. */
function vocabularyOf(tree: Root): { types: Set<string>; names: Set<string> } {
  const types = new Set<string>();
  const names = new Set<string>();
  const walk = (value: unknown) => {
    const node = value as { type: string; name?: string; children?: unknown[] };
    types.add(node.type);
    if (node.name) names.add(node.name);
    node.children?.forEach(walk);
  };
  walk(tree);
  return { types, names };
}

function expectSafe(doc: DocumentNode) {
  const { mdast, mdx, roundTrip } = emitDocument(doc);
  expect(roundTrip).toEqual({ ok: true });
  const parsed = parseMdx(mdx);
  const { types, names } = vocabularyOf(parsed);
  for (const type of types)
    expect(['root', 'paragraph', 'text', 'mdxJsxFlowElement', 'mdxJsxTextElement']).toContain(type);
  for (const name of names) expect(COMPONENT_NAMES).toContain(name);
  expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
  return { mdast, mdx, parsed };
}

describe('emitting a parsed document', () => {
  it('writes an ordinance as MDX components', async () => {
    const { mdx } = emitDocument(ordinance());
    await expect(mdx).toMatchFileSnapshot('__snapshots__/ordinance.mdx');
  });

  it('writes a page as MDX components', async () => {
    const { mdx } = emitDocument(page());
    await expect(mdx).toMatchFileSnapshot('__snapshots__/page.mdx');
  });

  it.each([
    ['ordinance', ordinance()],
    ['page', page()],
  ])('reads the %s back as the same tree, with every source character but breaks', (_, doc) => {
    const { parsed } = expectSafe(doc);
    expect(textOf(parsed).replace(/\s/g, '')).toBe(keptText(doc.children).replace(/\s/g, ''));
  });
});

describe('hostile source text stays text', () => {
  it.each(HOSTILE)('in a paragraph: %j', (value) => {
    const doc = documentOf([node('paragraph', { id: 'p' }, [marker('１'), text(value)])]);
    const { parsed } = expectSafe(doc);
    expect(textOf(parsed)).toBe(`１${value}`);
  });

  it.each(HOSTILE)('alone, as a caption, a heading and unparsed text: %j', (value) => {
    const doc = documentOf([
      node('paragraph', {}, [text(value)]),
      node('article', { id: 'art-1' }, [leaf('caption', value), br(), node('paragraph', {}, [text('x')])]),
      node('heading', { id: 'h-1' }, [text(value)]),
      leaf('unparsed', value),
    ]);
    const { parsed } = expectSafe(doc);
    const trimmed = value.trim();
    if (trimmed) expect(textOf(parsed)).toContain(trimmed);
  });

  it.each(HOSTILE)('in attributes: %j', (value) => {
    const doc = documentOf(
      [node('article', { id: 'art-1', label: value, caption: value, title: value }, [text('x')])],
      { title: value, number: value },
    );
    const { mdast } = expectSafe(doc);
    const article = (mdast.children[0] as { children: Array<{ attributes: unknown[] }> }).children[0]!;
    expect(article.attributes).toHaveLength(4);
  });
});

describe('structure', () => {
  it('gives headings a true hierarchy: chapter h2, article caption h3, page headings by nesting', () => {
    const law = emitDocument(ordinance()).mdx;
    expect(law).toContain('<Head level="2" of="ch-1"><Marker>第1章</Marker> 総則</Head>');
    expect(law).toContain('<Head level="3" of="art-1"><Caption>(目的)</Caption></Head>');
    expect(law).toContain(
      '<Head level="2" of="art-11_2"><Marker>第１１条の２</Marker><Caption>（適用関係）</Caption></Head>',
    );
    expect(law).toContain('<Head level="3" of="suppl-1-p1"><Caption>(施行期日)</Caption></Head>');
    const web = emitDocument(page()).mdx;
    expect(web).toMatch(/<Heading id="h-1" title=[^>]*>\s*<Head level="2" of="h-1">Handling/);
    expect(web).toMatch(/<Heading id="h-2" title="Fees">\s*<Head level="3" of="h-2">Fees<\/Head>/);
    expect(web).toMatch(/<Heading id="h-3" title="Contact">\s*<Head level="2" of="h-3">Contact<\/Head>/);
  });

  it("starts an article's first paragraph with the article number, as printed", () => {
    expect(emitDocument(ordinance()).mdx).toMatch(
      /<Paragraph id="art-1-p1" num="1">\s*<Marker>第1条<\/Marker> この条例は/,
    );
  });

  it('drops line wraps between Japanese characters in running text, keeps other breaks', () => {
    const { mdx } = emitDocument(ordinance());
    expect(mdx).toContain('個人情報保護方針');
    expect(mdx).toContain('平成18年9月22日&#xA;&#xA;条例第57号');
    expect(mdx).toContain('優先します。 &#xA;&#xA;(PDF wrap kept between Latin words)&#xA;second line');
  });

  it('keeps tables and lists valid: stray content is wrapped in a row, cell or item', () => {
    const { mdast } = emitDocument(page());
    const names = (tree: unknown, parent: string): string[][] => {
      const node = tree as { name?: string; children?: unknown[] };
      const here =
        node.name === parent ? [(node.children ?? []).map((c) => (c as { name?: string }).name ?? '?')] : [];
      return [...here, ...(node.children ?? []).flatMap((child) => names(child, parent))];
    };
    for (const row of names(mdast, 'Table'))
      for (const name of row) expect(['Row', 'Chrome']).toContain(name);
    for (const row of names(mdast, 'Row')) for (const name of row) expect(['Cell', 'Chrome']).toContain(name);
    for (const row of names(mdast, 'List'))
      for (const name of row) expect(['ListItem', 'Chrome']).toContain(name);
  });

  it('replaces what MDX cannot hold (U+0000, lone surrogates) with U+FFFD', () => {
    const doc = documentOf([node('paragraph', {}, [text('a\u0000b\ud800c')])]);
    const { parsed } = expectSafe(doc);
    expect(textOf(parsed)).toBe('a\uFFFDb\uFFFDc');
  });

  it('writes attributes a JSX string cannot hold as JS string literals', () => {
    const { mdx } = emitDocument(
      documentOf([node('article', { id: 'art-1', caption: 'A & "B"\n{C}' }, [text('x')])]),
    );
    expect(mdx).toContain('caption={"A & \\"B\\"\\n\\u007bC\\u007d"}');
  });
});
