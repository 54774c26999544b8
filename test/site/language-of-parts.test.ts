import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { japaneseRuns, markLanguageOfParts } from '../../src/lib/site/language-of-parts.ts';

type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Text of the body holding a Japanese letter outside any lang="ja" element (a full parser's view). */
function unmarked(html: string): string[] {
  const letter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const found: string[] = [];
  const visit = (node: ChildNode | DefaultTreeAdapterMap['document'], lang: string) => {
    if (node.nodeName === '#text') {
      const { value } = node as DefaultTreeAdapterMap['textNode'];
      if (letter.test(value) && !lang.startsWith('ja')) found.push(value);
      return;
    }
    if (!('childNodes' in node)) return;
    let here = lang;
    if ('tagName' in node) {
      if (['script', 'style', 'head', 'template'].includes(node.tagName)) return;
      here = node.attrs.find((attribute) => attribute.name === 'lang')?.value ?? lang;
    }
    for (const child of node.childNodes) visit(child, here);
  };
  visit(parse(html, { scriptingEnabled: false }), '');
  return found;
}

const page = (lang: string, body: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

describe('language of parts', () => {
  it('wraps each Japanese run of an English page, keeping numbers inside a run', () => {
    const html = markLanguageOfParts(page('en', '<p>See 第26条第2項 (請求に対する決定) now.</p>'));
    expect(html).toContain('<p>See <span lang="ja">第26条第2項 (請求に対する決定</span>) now.</p>');
    expect(unmarked(html)).toEqual([]);
  });

  it('leaves Japanese pages, pages without Japanese and text already marked unchanged', () => {
    const ja = page('ja', '<p>請求</p>');
    const plain = page('en', '<p>Requests</p>');
    const marked = page('en', '<div lang="ja"><p>請求 <b>開示</b></p></div><p lang="ja-JP">訂正</p>');
    expect(markLanguageOfParts(ja)).toBe(ja);
    expect(markLanguageOfParts(plain)).toBe(plain);
    expect(markLanguageOfParts(marked)).toBe(marked);
  });

  it('marks English inside Japanese inside English again', () => {
    const html = markLanguageOfParts(page('en', '<div lang="ja">開示<p lang="en">see 訂正</p></div>'));
    expect(html).toContain('<p lang="en">see <span lang="ja">訂正</span></p>');
    expect(unmarked(html)).toEqual([]);
  });

  it('keeps scripts, styles, attributes and comments byte for byte', () => {
    const body =
      '<script>const s = "<p>請求</p>";</script><style>p::after{content:"請求"}</style>' +
      '<a title="開示 > 請求" data-x=\'<b>訂正</b>\' href="/x">Go 開示</a><!-- 請求 --><br/>削除';
    const html = markLanguageOfParts(page('en', body));
    expect(html).toContain('<script>const s = "<p>請求</p>";</script>');
    expect(html).toContain('<style>p::after{content:"請求"}</style>');
    expect(html).toContain(
      `<a title="開示 > 請求" data-x='<b>訂正</b>' href="/x">Go <span lang="ja">開示</span></a>`,
    );
    expect(html).toContain('<!-- 請求 --><br/><span lang="ja">削除</span>');
  });

  it('gives an all-Japanese option the attribute itself, and uses tspan in SVG text', () => {
    const html = markLanguageOfParts(
      page(
        'en',
        '<select><option value="a">日向市</option><option>Hyuga 市</option></select><svg><text>14日</text></svg>',
      ),
    );
    expect(html).toContain('<option value="a" lang="ja">日向市</option>');
    expect(html).toContain('<option>Hyuga 市</option>');
    expect(html).toContain('<text><tspan lang="ja">14日</tspan></text>');
  });

  it('finds runs with a letter only: lone full-width punctuation is no run', () => {
    expect(japaneseRuns('a (b) 「x」')).toEqual([]);
    expect(japaneseRuns('Art. 1（目的） and 2 項 or 1(a)')).toEqual([
      [6, 10],
      [17, 18],
    ]);
  });

  it('only ever inserts tags, and leaves no Japanese text unmarked (property)', () => {
    const piece = fc.constantFrom(
      '請求',
      '第26条',
      ' ',
      'Art. 1',
      '(',
      '(目的)',
      '<b>',
      '</b>',
      '<span lang="ja">',
      '</span>',
      '<br>',
      '&amp;',
      '<a href="/x?a=1&amp;b=開示">',
      '</a>',
      '、',
      '1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // Balanced input: close what was opened, in order.
        const open: string[] = [];
        let body = '';
        for (const p of pieces) {
          if (p.startsWith('</')) {
            const name = p.slice(2, -1);
            if (open.at(-1) === name) {
              open.pop();
              body += p;
            }
          } else if (p.startsWith('<') && p !== '<br>') {
            // Valid HTML only: an element is not nested in itself (a link in a link is re-parented).
            const name = /^<(\w+)/.exec(p)![1]!;
            if (open.includes(name)) continue;
            open.push(name);
            body += p;
          } else body += p;
        }
        body += open
          .reverse()
          .map((name) => `</${name}>`)
          .join('');
        const input = page('en', `<p>${body}</p>`);
        const output = markLanguageOfParts(input);
        expect(output.replace(/<span lang="ja">|<\/span>/g, '')).toBe(
          input.replace(/<span lang="ja">|<\/span>/g, ''),
        );
        expect(unmarked(output)).toEqual([]);
      }),
    );
  });
});
