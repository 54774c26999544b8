import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkRoundTrip, parseMdx } from '../../src/lib/emit/mdx.ts';

/** The tree `mdx` reads as, with one change made by `change`. */
function changed(mdx: string, change: (tree: Root) => void): Root {
  const tree = structuredClone(parseMdx(mdx));
  change(tree);
  return tree;
}

const MDX = '<Article id="art-1">\n  第一条 この条例は、\n</Article>\n';

describe('checkRoundTrip', () => {
  it('accepts MDX that reads back as its tree, positions and data aside', () => {
    expect(
      checkRoundTrip(
        MDX,
        changed(MDX, (tree) => delete tree.position),
      ),
    ).toEqual({ ok: true });
  });

  it('names the first difference: a changed attribute, a missing child, an extra field', () => {
    const attribute = changed(MDX, (tree) => {
      const element = tree.children[0] as { attributes: Array<{ value: string }> };
      element.attributes[0]!.value = 'art-2';
    });
    expect(checkRoundTrip(MDX, attribute)).toEqual({
      ok: false,
      path: 'children[0].attributes[0].value',
      expected: 'art-2',
      actual: 'art-1',
    });
    const missing = changed(MDX, (tree) => {
      (tree.children[0] as { children: unknown[] }).children = [];
    });
    expect(checkRoundTrip(MDX, missing)).toMatchObject({ ok: false, path: 'children[0].children[0]' });
    const extra = changed(MDX, (tree) => Object.assign(tree.children[0]!, { name: 'Article', extra: 1 }));
    expect(checkRoundTrip(MDX, extra)).toMatchObject({ ok: false, path: 'children[0].extra', expected: 1 });
  });

  it('takes a field the tree leaves undefined as absent, as the reader does', () => {
    const undefinedField = changed(MDX, (tree) => Object.assign(tree, { extra: undefined }));
    expect(checkRoundTrip(MDX, undefinedField)).toEqual({ ok: true });
  });
});
