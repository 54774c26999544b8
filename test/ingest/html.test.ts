import fc from 'fast-check';
import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/lib/ingest/html.ts';
import type { ChromeRange } from '../../src/lib/ingest/source-data.ts';

/** Every text node of the page, as parse5 reads it: what must survive extraction. */
function allText(html: string): string {
  const texts: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.ParentNode): void => {
    const children = 'content' in node ? node.content.childNodes : node.childNodes;
    for (const child of children) {
      if (child.nodeName === '#text' && 'value' in child) texts.push(child.value);
      else if ('childNodes' in child) visit(child);
    }
  };
  visit(parse(html, { scriptingEnabled: false }));
  return texts.join('');
}

/** True when every non-whitespace character of `needle` appears in `haystack`, in order. */
function keepsText(haystack: string, needle: string): boolean {
  const chars = [...needle.replace(/\s+/g, '')];
  let index = 0;
  for (const char of haystack.replace(/\s+/g, '')) if (char === chars[index]) index++;
  return index === chars.length;
}

/** Ranges are sorted, disjoint, inside the text and trimmed. */
function expectWellFormed(text: string, chrome: ChromeRange[]): void {
  let previousEnd = 0;
  for (const { start, end } of chrome) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(text[start]).toMatch(/\S/);
    expect(text[end - 1]).toMatch(/\S/);
    previousEnd = end;
  }
}

function chromeOf(html: string): Array<[string, string]> {
  const { text, chrome } = extractHtml(html);
  expectWellFormed(text, chrome);
  return chrome.map(({ start, end, kind }) => [kind, text.slice(start, end)]);
}

describe('extractHtml: structure', () => {
  it('separates blocks by a blank line and decodes entities', () => {
    const { text } = extractHtml('<h1>個人情報</h1><p>A &amp; B &lt;tag&gt; &#x5186;&nbsp;</p><div>三</div>');
    expect(text).toBe('個人情報\n\nA & B <tag> 円\u00a0\n\n三');
  });

  it('collapses white space, removing line breaks between Japanese characters only', () => {
    const { text } = extractHtml('<p>特定の個人が\n   識別される。 See\n<b>this</b>  and\tthat.</p>');
    expect(text).toBe('特定の個人が識別される。 See this and that.');
  });

  it('keeps full-width spaces used as indentation', () => {
    expect(extractHtml('<p>　個人に関する情報</p>').text).toBe('　個人に関する情報');
  });

  it('breaks lines at <br>, a blank line for two', () => {
    expect(extractHtml('<p>総務部 総務課<br>〒270-0192<br><br>電話</p>').text).toBe(
      '総務部 総務課\n〒270-0192\n\n電話',
    );
  });

  it('numbers ordered lists as the browser shows them and bullets the others', () => {
    const html = `<p>前文</p><ol><li>一</li><li>二<ol type="a"><li>甲</li><li>乙</li></ol></li><li value="7">七</li></ol>
      <ol start="3" reversed><li>c</li><li>b</li></ol><ul><li>点</li><li><p>段落</p></li><li><ul><li>入れ子</li></ul></li></ul>`;
    expect(extractHtml(html).text).toBe(
      [
        '前文',
        '',
        '  1. 一',
        '  2. 二',
        '    a. 甲',
        '    b. 乙',
        '  7. 七',
        '',
        '  3. c',
        '  2. b',
        '',
        '  • 点',
        '  • 段落',
        '    ◦ 入れ子',
      ].join('\n'),
    );
  });

  it('writes one table row per line, cells joined by a single space', () => {
    const html =
      '<table><caption>令和4年度</caption><tr><th>開示</th><th>一部開示</th></tr><tr><td>1</td><td><p>0</p><p>2</p></td><td></td></tr></table>';
    expect(extractHtml(html).text).toBe('令和4年度\n開示 一部開示\n1 0 2');
  });

  it('keeps preformatted text as written', () => {
    expect(extractHtml('<pre>  第1条\n    ア 項目</pre>').text).toBe('  第1条\n    ア 項目');
  });

  it('writes definition lists as consecutive lines', () => {
    expect(extractHtml('<dl><dt>用語</dt><dd>定義</dd></dl>').text).toBe('用語\n定義');
  });

  it('keeps image alternative text, classified as image', () => {
    expect(chromeOf('<p>地図 <img alt="画像:地図" src="m.png"></p>')).toEqual([['image', '画像:地図']]);
  });
});

describe('extractHtml: page furniture', () => {
  it.each([
    ['nav element', '<nav><a href="/">ホーム</a></nav><p>本文</p>', [['navigation', 'ホーム']]],
    [
      'global navigation by id',
      '<ul id="gnavi"><li>くらし</li></ul><p>本文</p>',
      [['navigation', '• くらし']],
    ],
    [
      'skip link',
      '<a href="#main">本文へ移動する</a><p id="main">本文</p>',
      [['navigation', '本文へ移動する']],
    ],
    [
      'breadcrumb by class',
      '<div class="pankuzu">ホーム &gt; 市政</div><p>本文</p>',
      [['breadcrumb', 'ホーム > 市政']],
    ],
    [
      'breadcrumb by label',
      '<nav aria-label="パンくずリスト">ホーム</nav><p>本文</p>',
      [['breadcrumb', 'ホーム']],
    ],
    [
      'share links without classes',
      '<p>本文</p><ul><li><a href="https://twitter.com/share?u=1">Twitter</a></li><li><a href="https://www.facebook.com/sharer/sharer.php">facebook</a></li></ul>',
      [['share', '• Twitter\n  • facebook']],
    ],
    [
      'share block by heading',
      '<p>本文</p><div><h2>この記事をSNSでシェアする</h2><p>LINE</p></div>',
      [['share', 'この記事をSNSでシェアする\n\nLINE']],
    ],
    [
      'survey by its question',
      '<p>本文</p><form><p>質問:このページの情報は役に立ちましたか?</p><label><input type="radio">はい</label></form>',
      [['survey', '質問:このページの情報は役に立ちましたか?\n\nはい']],
    ],
    ['survey by id', '<p>本文</p><div id="tmp_enquete"><p>評価</p></div>', [['survey', '評価']]],
    ['page top link', '<p>本文</p><p><a href="#top">ページ上部へ</a></p>', [['back-to-top', 'ページ上部へ']]],
    ['page footer', '<p>本文</p><footer>市役所</footer>', [['other', '市役所']]],
    ['aside', '<p>本文</p><aside>関連情報</aside>', [['other', '関連情報']]],
    ['hidden text', '<p>本文</p><p hidden>隠し</p>', [['other', '隠し']]],
    ['document title', '<title>個人情報｜市</title><p>本文</p>', [['other', '個人情報｜市']]],
    [
      'script and style, text kept',
      '<p>本文</p><script>if (a < b) x();</script><style>p{}</style>',
      [['script', 'if (a < b) x();\n\np{}']],
    ],
    [
      'noscript',
      '<p>本文</p><noscript><p>JavaScriptを有効に</p></noscript>',
      [['script', 'JavaScriptを有効に']],
    ],
  ])('%s', (_, html, expected) => {
    expect(chromeOf(html)).toEqual(expected);
  });

  it('does not treat the header of an article as page furniture', () => {
    expect(chromeOf('<article><header><h1>条例</h1></header><p>本文</p></article>')).toEqual([]);
  });

  it('lets the innermost furniture decide, and keeps kinds apart', () => {
    const html = '<footer><div class="sns">シェア</div><p>市役所</p></footer><p>本文</p>';
    expect(chromeOf(html)).toEqual([
      ['share', 'シェア'],
      ['other', '市役所'],
    ]);
  });

  it('never runs page scripts', () => {
    const probe = globalThis as { reikiProbe?: boolean };
    extractHtml(
      '<script>globalThis.reikiProbe = true</script><img src=x onerror="globalThis.reikiProbe = true">',
    );
    expect(probe.reikiProbe).toBeUndefined();
  });
});

describe('extractHtml: nothing is lost', () => {
  const word = fc.constantFrom(
    '個人情報',
    '第1条',
    'ア',
    '市長',
    'policy',
    '&amp;',
    '&lt;',
    '　',
    ' ',
    '\n',
    '\t',
    '1.',
    '<!-- c -->',
  );
  const tags = [
    'p',
    'div',
    'span',
    'b',
    'a',
    'li',
    'ul',
    'ol',
    'table',
    'tr',
    'td',
    'th',
    'h2',
    'nav',
    'header',
    'footer',
    'aside',
    'section',
    'article',
    'pre',
    'dl',
    'dt',
    'dd',
    'br',
    'script',
    'style',
    'noscript',
    'select',
    'option',
    'textarea',
    'template',
    'form',
    'label',
    'title',
    'ruby',
    'rt',
    'img',
    'hr',
    'iframe',
  ];
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      word,
      fc
        .tuple(
          fc.constantFrom(...tags),
          fc.constantFrom('', ' class="nav"', ' id="footer"', ' hidden', ' alt="代替"'),
          fc.array(tie('tree'), { maxLength: 4 }),
        )
        .map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
    ),
  }));

  it('keeps every non-whitespace character of the page text, in order, with well-formed ranges', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        const html = parts.join('');
        const { text, chrome } = extractHtml(html);
        expect(keepsText(text, allText(html))).toBe(true);
        expectWellFormed(text, chrome);
      }),
    );
  });
});

describe('extractHtml: tables that lay out the page', () => {
  it('reads a cell holding the page’s text as blocks, and a data table inside it one row per line', () => {
    const html =
      '<table><tr><td><ul><li>第1条(目的)</li></ul></td><td><p>○架空町条例</p><div>(目的)</div>' +
      '<table><tr><td>第1条</td><td>この条例は、…を目的とする。</td></tr>' +
      '<tr><td>2</td><td>前項の規定は、…</td></tr></table></td></tr></table>';
    const { text } = extractHtml(html);
    expect(text.split('\n').filter((l) => l.trim())).toEqual([
      '  • 第1条(目的)',
      '○架空町条例',
      '(目的)',
      '第1条 この条例は、…を目的とする。',
      '2 前項の規定は、…',
    ]);
  });

  it('keeps a data cell of a few paragraphs on its row’s line', () => {
    const { text } = extractHtml(
      '<table><tr><td>白黒複写</td><td><p>1枚につき</p><p>10円</p></td></tr></table>',
    );
    expect(text.trim()).toBe('白黒複写 1枚につき 10円');
  });
});

describe('extractHtml: a page’s own controls', () => {
  it('marks a list of links into the page (条項目次) as navigation, and buttons as furniture', () => {
    const { text, chrome } = extractHtml(
      '<ul><li><a href="#JO1">第1条(目的)</a></li><li><a href="#JO2">第2条(定義)</a></li></ul>' +
        '<div><button>印刷</button></div><p>第1条 この条例は…</p>',
    );
    const kinds = chrome.map((c) => `${c.kind} ${text.slice(c.start, c.end).trim()}`);
    expect(kinds).toEqual(['navigation • 第1条(目的)\n  • 第2条(定義)', 'other 印刷']);
  });

  it('keeps a list whose items hold more than a link into the page as text', () => {
    const { chrome } = extractHtml(
      '<ul><li><a href="#a">第1条</a>の規定による届出</li><li><a href="/x">外部</a></li></ul>',
    );
    expect(chrome).toEqual([]);
  });
});

describe('extractHtml: a saved frameset page', () => {
  it('reads the <noframes> content as the page a reader without frames sees, not as markup', () => {
    const { text } = extractHtml(
      '<frameset cols="25%,75%"><frame src="toc.html"><frame src="honbun.html">' +
        '<noframes><body><p>○架空町規則</p><p>第1条 この規則は…</p></body></noframes></frameset>',
    );
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['○架空町規則', '第1条 この規則は…']);
  });

  it('reads nested <noframes> once as markup, the rest as text, whatever the depth', () => {
    const { text } = extractHtml(`<noframes>${'<noframes>'.repeat(100000)}x`);
    expect(text.endsWith('x')).toBe(true);
  });
});

describe('extractHtml: the cells of tables', () => {
  const cellsOf = (html: string) => {
    const { text, tableCells } = extractHtml(html);
    return tableCells.map(({ start, end, ...place }) => ({ text: text.slice(start, end), ...place }));
  };

  it('records where each cell’s text lies, its table and row, and the spans the page merged it over', () => {
    const cells = cellsOf(
      '<table><tr><th rowspan="2">区分</th><th colspan="2">保存期間</th></tr>' +
        '<tr><th>起算日</th><th>期間</th></tr>' +
        '<tr><td>予算に関する文書</td><td> 翌年度の4月1日 </td><td>10年</td></tr></table>' +
        '<table><thead><tr><td>名称</td><td>金額</td></tr></thead><tr><td>写し</td><td></td></tr></table>',
    );
    expect(cells).toEqual([
      { text: '区分', table: 0, row: 0, header: true, rowspan: 2 },
      { text: '保存期間', table: 0, row: 0, header: true, colspan: 2 },
      { text: '起算日', table: 0, row: 1, header: true },
      { text: '期間', table: 0, row: 1, header: true },
      { text: '予算に関する文書', table: 0, row: 2, header: false },
      { text: '翌年度の4月1日', table: 0, row: 2, header: false },
      { text: '10年', table: 0, row: 2, header: false },
      { text: '名称', table: 1, row: 3, header: true },
      { text: '金額', table: 1, row: 3, header: true },
      // an empty cell has no text to point at
      { text: '写し', table: 1, row: 4, header: false },
    ]);
  });

  it('records the table inside a cell of the page’s layout, not the layout cell', () => {
    const { text, tableCells } = extractHtml(
      '<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>右</td></tr></table>',
    );
    const cells = tableCells.map((c) => [text.slice(c.start, c.end), c.table]);
    // tables are numbered as their first recorded cell is met
    expect(cells).toEqual([
      ['内1', 0],
      ['内2', 0],
      ['右', 1],
    ]);
  });
});
