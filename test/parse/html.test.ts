import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { finishSource, readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import type { Node } from '../../src/lib/tree/types.ts';
import { byId, leafText, nodesOf } from './helpers.ts';

const FIXTURE = 'test/fixtures/html/reiki-page.html';

function chromeOf(node: Node): string[] {
  if (!('children' in node)) return node.type === 'chrome' ? [`${node.kind}:${node.value.trim()}`] : [];
  return node.children.flatMap(chromeOf);
}

describe('a saved 例規集 page (.html)', () => {
  const file = readSourceSync(FIXTURE);
  const tree = parseSource(file);

  it('takes the structure from the page text and keeps every extracted character', () => {
    expect(tree.title).toBe('架空町情報公開条例');
    expect(tree.number).toBe('条例第3号');
    expect(nodesOf(tree, 'article').map((a) => `${a.id} ${a.caption}`)).toEqual([
      'art-1 目的',
      'art-2 定義',
      'art-3 開示決定等の期限',
    ]);
    expect(byId(tree, 'art-2-p1-i2')?.text).toBe('公文書 実施機関の職員が職務上作成した文書をいう。');
    expect(byId(tree, 'suppl-1-p1')?.text).toBe('この条例は、令和2年4月1日から施行する。');
    expect(leafText(tree)).toBe(String(file.value));
  });

  it('keeps scripts, navigation, share buttons and the footer as classified chrome, not text', () => {
    const chrome = chromeOf(tree);
    expect(chrome).toContain('navigation:• ホーム');
    expect(chrome).toContain('share:ツイート シェア');
    expect(chrome.some((c) => c.startsWith('script:window.dataLayer'))).toBe(true);
    expect(JSON.stringify(nodesOf(tree, 'paragraph').map((p) => p.text))).not.toContain('dataLayer');
  });

  it('reads the same page saved in Shift_JIS', () => {
    const html = readFileSync(FIXTURE, 'utf8').replace('charset="UTF-8"', 'charset="Shift_JIS"');
    const bytes = Uint8Array.from(
      Encoding.convert(Encoding.stringToCode(html), { to: 'SJIS', from: 'UNICODE' }),
    );
    const sjis = parseSource(finishSource(bytes, 'page-sjis.html'));
    expect(nodesOf(sjis, 'article').map((a) => a.caption)).toEqual(['目的', '定義', '開示決定等の期限']);
  });
});

describe('tables a saved law page marked up', () => {
  const page = (body: string) =>
    finishSource(new TextEncoder().encode(`<html><body>${body}</body></html>`), 'ordinance.html');
  const law =
    '<p>○東川市公文書管理条例</p><p>(整理)</p><p>第1条　保存期間の基準は、別表に定めるところによる。</p>' +
    '<table><tr><td>(1)</td><td>条例の制定に関する文書</td></tr><tr><td>(2)</td><td>予算に関する文書</td></tr></table>' +
    '<p>別表(第1条関係)</p>' +
    '<table><tr><th rowspan="2">区分</th><th colspan="2">保存期間</th></tr><tr><th>起算日</th><th>期間</th></tr>' +
    '<tr><td>条例に関する文書</td><td rowspan="2">翌年度の4月1日</td><td>30年</td></tr>' +
    '<tr><td>予算に関する文書</td><td>10年</td></tr>' +
    '<tr><td>その他の文書</td><td colspan="2">実施機関が定める期間</td></tr></table>';

  it('keeps a 別表’s merged cells as cells spanning rows and columns, its 見出し rows as header rows', () => {
    const file = page(law);
    const tree = parseSource(file, { style: 'law' });
    expect(leafText(tree)).toBe(String(file.value));
    const [table] = nodesOf(nodesOf(tree, 'appendix')[0]!, 'table');
    const rows = nodesOf(table!, 'row').map((row) => ({
      header: row.header === true && nodesOf(row, 'cell').every((c) => c.header === true),
      cells: nodesOf(row, 'cell').map((c) => [c.text, c.colspan ?? 1, c.rowspan ?? 1]),
    }));
    expect(rows).toEqual([
      {
        header: true,
        cells: [
          ['区分', 1, 2],
          ['保存期間', 2, 1],
        ],
      },
      {
        header: true,
        cells: [
          ['起算日', 1, 1],
          ['期間', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['条例に関する文書', 1, 1],
          ['翌年度の4月1日', 1, 2],
          ['30年', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['予算に関する文書', 1, 1],
          ['10年', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['その他の文書', 1, 1],
          ['実施機関が定める期間', 2, 1],
        ],
      },
    ]);
  });

  it('reads a page’s table of label and text cells in the provisions as the items it lays out', () => {
    const tree = parseSource(page(law), { style: 'law' });
    const article = nodesOf(tree, 'article')[0]!;
    expect(nodesOf(article, 'table')).toHaveLength(0);
    expect(nodesOf(article, 'item').map((i) => i.text)).toEqual([
      '条例の制定に関する文書',
      '予算に関する文書',
    ]);
  });
});

describe('tables a saved city page marked up', () => {
  it('keeps them as the page has them: cells holding spaces whole, merged cells spanning, no table inferred', () => {
    const html =
      '<h1>個人情報の取扱いについて</h1><p>本市は、次の表のとおり個人情報を取り扱います。</p>' +
      '<table><tr><th rowspan="2">事務</th><th colspan="2">取り扱う情報</th></tr><tr><th>項目</th><th>保存期間</th></tr>' +
      '<tr><td>住民票の写しの交付</td><td>氏名 住所</td><td>5年</td></tr><tr><td>税の証明</td><td>氏名</td><td>5年</td></tr></table>' +
      '<table><tr><td>窓口</td><td>総務課</td></tr><tr><td>電話</td><td>0120-000-000</td></tr></table>';
    const file = finishSource(new TextEncoder().encode(`<html><body>${html}</body></html>`), 'page.html');
    const tree = parseSource(file, { style: 'page' });
    expect(leafText(tree)).toBe(String(file.value));
    const tables = nodesOf(tree, 'table');
    expect(tables).toHaveLength(2);
    const cells = nodesOf(tables[0]!, 'row').map((row) =>
      nodesOf(row, 'cell').map((c) => [c.text, c.colspan ?? 1, c.rowspan ?? 1, c.header === true]),
    );
    expect(cells).toEqual([
      [
        ['事務', 1, 2, true],
        ['取り扱う情報', 2, 1, true],
      ],
      [
        ['項目', 1, 1, true],
        ['保存期間', 1, 1, true],
      ],
      [
        ['住民票の写しの交付', 1, 1, false],
        ['氏名 住所', 1, 1, false],
        ['5年', 1, 1, false],
      ],
      [
        ['税の証明', 1, 1, false],
        ['氏名', 1, 1, false],
        ['5年', 1, 1, false],
      ],
    ]);
    expect(file.messages.map((m) => m.ruleId)).not.toContain('flattened-table');
  });
});
