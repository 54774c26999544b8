import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitDocument, parseMdx } from '../../src/lib/emit/index.ts';
import { representable } from '../../src/lib/emit/to-mdast.ts';
import { readingOf, readWithAstro } from './readers.ts';
import { br, documentOf, leaf, marker, node, text } from './trees.ts';

/** Pieces of markdown, MDX, HTML and JS syntax, whitespace of every kind, and Japanese text. */
const SYNTAX = [
  '{',
  '}',
  '<',
  '>',
  '/',
  '*',
  '_',
  '#',
  '|',
  '`',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '\\',
  '&',
  'amp;',
  '#x20;',
  ';',
  '-',
  '+',
  '=',
  ':',
  '.',
  '1.',
  '"',
  "'",
  '$',
  '^',
  '%',
  '@',
  'a',
  'x',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u3000',
  '\u00a0',
  '\u2028',
  '\u200b',
  'import ',
  'export ',
  '<!--',
  '-->',
  '<Marker>',
  '</Article>',
  '<script>',
  'http://a.example',
  'www.b.example',
  '---',
  '```',
  '第1条',
  '（目的）',
  '①',
  'ア',
  '\u0000',
];

/** Arbitrary text: syntax soup, or any Unicode code points (including U+0000 and lone surrogates). */
const anyText = fc.oneof(
  fc.array(fc.constantFrom(...SYNTAX), { maxLength: 16 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({
    unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((code) => String.fromCharCode(code)),
    maxLength: 6,
  }),
);

function textOf(tree: unknown): string {
  const node = tree as { type: string; value?: string; children?: unknown[] };
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const RUNS = { numRuns: 400 };

describe('any source text round-trips as literal text', () => {
  it('after a marker, in a paragraph: exactly, as MDX and as Astro reads it', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const doc = documentOf([node('paragraph', { id: 'p' }, [marker('２'), text(value)])]);
        const { mdast, mdx, roundTrip } = emitDocument(doc);
        expect(roundTrip).toEqual({ ok: true });
        // Whitespace-only text at the end of a run is layout, and is trimmed.
        expect(textOf(parseMdx(mdx))).toBe(/^\s*$/.test(value) ? '２' : `２${representable(value)}`);
        expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
      }),
      RUNS,
    );
  });

  it('between elements, alone in a paragraph, as a caption and as unparsed text', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, value) => {
        const doc = documentOf([
          node('paragraph', {}, [text(before), leaf('unparsed', value), marker(value), text(value)]),
          node('article', { id: 'art-1' }, [
            leaf('caption', value),
            br(),
            node('paragraph', {}, [text(value)]),
          ]),
          node('heading', { id: 'h-1' }, [text(value)]),
        ]);
        const { mdast, mdx, roundTrip } = emitDocument(doc);
        expect(roundTrip).toEqual({ ok: true });
        expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
      }),
      RUNS,
    );
  });

  it('in attributes', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const doc = documentOf(
          [node('article', { id: 'art-1', label: value, caption: value }, [text('x')])],
          {
            title: value,
          },
        );
        const { mdast, mdx, roundTrip } = emitDocument(doc);
        expect(roundTrip).toEqual({ ok: true });
        expect(readingOf(readWithAstro(mdx))).toEqual(readingOf(mdast));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const doc = () => documentOf([node('paragraph', {}, [marker('1'), text(value)])]);
        expect(emitDocument(doc()).mdx).toBe(emitDocument(doc()).mdx);
      }),
      { numRuns: 50 },
    );
  });
});
