import { describe, expect, it } from 'vitest';
import type { Parent } from '../../src/lib/tree/types.ts';
import { leafText, nodesOf, parseFile, parseText } from './helpers.ts';

const HYUGA = 'content/sources/hyuga/personal-information-protection-ordinance.txt';

/** Ids and texts of every article unit: what must not change when only the typography does. */
function units(tree: Parent): string[] {
  return ['article', 'paragraph', 'item', 'subitem'].flatMap((type) =>
    nodesOf(tree, type).map((n) => `${n.id} ${(n.text ?? n.caption ?? '').replace(/[\s\u3000]/g, '')}`),
  );
}

const toFullwidth = (s: string) =>
  s.replace(/[0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('the same ordinance in other typography', () => {
  const original = parseFile(HYUGA);
  const source = String(original.file.value);

  it('reads full-width digits, parentheses and ideographic spaces like their ASCII forms', () => {
    const wide = source.replace(/^[^\n]*$/gm, (line) =>
      toFullwidth(line).replace(/^([（(][０-９]+[)）]|[０-９]+|第[０-９]+条(?:の[０-９]+)*) /, '$1\u3000'),
    );
    const { tree, file } = parseText(wide, {}, 'wide.txt');
    const strip = (xs: string[]) => xs.map((x) => x.normalize('NFKC'));
    expect(strip(units(tree))).toEqual(strip(units(original.tree)));
    expect(leafText(tree)).toBe(String(file.value));
  });

  it('reads CRLF line ends like LF', () => {
    const { tree } = parseText(source.replace(/\n/g, '\r\n'), {}, 'crlf.txt');
    expect(units(tree)).toEqual(units(original.tree));
  });

  it('does not depend on blank lines between units', () => {
    const { tree } = parseText(source.replace(/\n\n+/g, '\n'), {}, 'dense.txt');
    expect(units(tree)).toEqual(units(original.tree));
  });

  it('does not depend on indentation of marked units', () => {
    const indented = source.replace(/^(\(\d+\)|\d+ )/gm, '  $1');
    const { tree } = parseText(indented, {}, 'indented.txt');
    expect(units(tree)).toEqual(units(original.tree));
  });
});
