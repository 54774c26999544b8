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
