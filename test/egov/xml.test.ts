import { describe, expect, it } from 'vitest';
import { el, parseXml, serializeXml, textContent } from '../../src/lib/egov/xml.ts';

describe('parseXml', () => {
  it('reads elements, attributes and text with their source offsets', () => {
    const source = '<?xml version="1.0"?>\n<!-- note --><A x="1" y=\'&amp;\'><B>te&lt;xt</B><C/></A>';
    const { root, problems } = parseXml(source);
    expect(problems).toEqual([]);
    expect(root?.name).toBe('A');
    expect(root?.attributes).toEqual({ x: '1', y: '&' });
    const [b, c] = root!.children;
    expect(b?.type === 'element' && source.slice(b.start, b.end)).toBe('<B>te&lt;xt</B>');
    expect(textContent(root!)).toBe('te<xt');
    expect(c?.type === 'element' && c.name).toBe('C');
  });

  it('keeps CDATA as text and decodes numeric references', () => {
    const { root } = parseXml('<A><![CDATA[<raw>]]>&#x3042;&#12354;</A>');
    expect(textContent(root!)).toBe('<raw>ああ');
  });

  it('reports mismatched and unclosed tags instead of throwing', () => {
    const { root, problems } = parseXml('<A><B></A>');
    expect(root?.name).toBe('A');
    expect(problems.map((p) => p.reason)).toEqual(['Unexpected `</A>`, expected `</B>` first']);
    expect(parseXml('<A><B>').problems).toHaveLength(2);
    expect(parseXml('<A>&nbsp;</A>').problems[0]?.reason).toMatch(/^Unexpected reference `&nbsp;`/);
  });
});

describe('serializeXml', () => {
  it('escapes text and attributes so that they read back the same', () => {
    const text = 'a < b & "c" \u0001';
    const xml = serializeXml(el('A', { v: 'x"y\nz' }, el('B', {}, text), el('C')));
    const { root, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    expect(root?.attributes.v).toBe('x"y\nz');
    expect(textContent(root!.children.find((c) => c.type === 'element' && c.name === 'B')!)).toBe(
      'a < b & "c" \uFFFD',
    );
    expect(xml).toContain('<C/>');
  });
});
