import { describe, expect, it } from 'vitest';
import { byId, leafText, nodesOf, outline, parseFile } from './helpers.ts';

const SOURCES = 'content/sources';
const seeds = {
  minato: `${SOURCES}/minato/privacy-policy.txt`,
  mutsu: `${SOURCES}/mutsu/privacy-system.txt`,
  nagareyama: `${SOURCES}/nagareyama/privacy-system.txt`,
  hyuga: `${SOURCES}/hyuga/personal-information-protection-ordinance.txt`,
  odawara: `${SOURCES}/odawara/smart-city-privacy-policy.txt`,
};

describe.each(Object.entries(seeds))('seed %s', (city, path) => {
  const { tree, file } = parseFile(path);

  it('keeps every character in exactly one leaf', () => {
    expect(leafText(tree)).toBe(String(file.value));
  });

  it('matches its golden outline', async () => {
    await expect(outline(tree)).toMatchFileSnapshot(`golden/${city}.outline.txt`);
  });
});

describe('Hyuga ordinance (seed 003)', () => {
  const { tree, file } = parseFile(seeds.hyuga);
  const articles = nodesOf(tree, 'article').filter((a) => !a.id!.startsWith('suppl-'));

  it('has its title, number and date', () => {
    expect(tree.title).toBe('日向市個人情報保護条例');
    expect(tree.number).toBe('条例第57号');
    expect(tree.promulgatedIso).toBe('2006-09-22');
  });

  it('has 6 chapters with their sections', () => {
    expect(nodesOf(tree, 'chapter').map((c) => `${c.id} ${c.title}`)).toEqual([
      'ch-1 総則',
      'ch-2 実施機関における個人情報の保護',
      'ch-3 開示、訂正及び利用停止',
      'ch-4 日向市個人情報保護審議会',
      'ch-5 雑則',
      'ch-6 罰則',
    ]);
    expect(nodesOf(tree, 'section').map((s) => s.id)).toEqual([
      'ch-2-sec-1',
      'ch-2-sec-2',
      'ch-3-sec-1',
      'ch-3-sec-2',
      'ch-3-sec-3',
      'ch-3-sec-4',
    ]);
  });

  it('has 67 articles (64 + 第11条の2–4) with their captions', () => {
    expect(articles).toHaveLength(67);
    expect(articles.slice(11, 14).map((a) => a.id)).toEqual(['art-11_2', 'art-11_3', 'art-11_4']);
    expect(byId(tree, 'art-11_2')?.caption).toBe('保有特定個人情報の利用の制限');
    expect(articles.filter((a) => a.caption).length).toBe(63);
    expect(byId(tree, 'art-61')?.caption).toBeUndefined();
  });

  it('infers the sub-items whose ア/イ markers were lost, and says so', () => {
    const sub = byId(tree, 'art-21-p1-i2-s4')!;
    expect(sub.inferred).toBe(true);
    expect(sub.label).toBe('エ');
    expect(sub.text).toMatch(/^人の生命、身体又は健康の保護/);
    expect(nodesOf(byId(tree, 'art-21-p1-i8')!, 'subitem')).toHaveLength(7);
    expect(file.messages.filter((m) => m.ruleId === 'inferred-marker').length).toBe(17);
  });

  it('has 8 supplementary provisions with their amendment labels', () => {
    const suppl = nodesOf(tree, 'supplement');
    expect(suppl).toHaveLength(8);
    expect(suppl[1]!.amendment).toBe('平成19年10月1日条例第24号');
    expect(byId(tree, 'suppl-1-p1')?.text).toMatch(/^この条例は、平成19年1月1日から施行する。/);
    expect(byId(tree, 'suppl-6-p3')?.caption).toBe('経過措置');
  });

  it('reads the reiki trailer: enforcement, classification and the amendment history', () => {
    const meta = nodesOf(tree, 'metadata')[0]!;
    expect(meta.data).toMatchObject({
      enforcedIso: '2018-09-25',
      classification: '第3類 行政通則/第4章 広報・情報',
    });
    const entries = nodesOf(meta, 'historyEntry');
    expect(entries).toHaveLength(8);
    expect(entries[3]).toMatchObject({ date: '2012-09-14', label: '条例第19号' });
  });
});

describe('Odawara policy (seed 004)', () => {
  const { tree } = parseFile(seeds.odawara);

  it('has its 12 articles with captions, full-width numbers read', () => {
    const articles = nodesOf(tree, 'article');
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 12 }, (_, i) => `art-${i + 1}`));
    expect(byId(tree, 'art-10')?.caption).toBe('本ポリシーの変更');
  });

  it('joins lines the PDF wrapped and closes up spaced letters', () => {
    expect(byId(tree, 'art-4-p1')?.text).toBe(
      '当市は、下記に定める保有個人情報を取得した場合、各利用目的の範囲内で適正にその個人情報の取扱いを行います。',
    );
    expect(byId(tree, 'art-12-p1')?.text).toMatch(
      /^当市の住所および当市に関する最新の情報は、当市ウェブサイト/,
    );
  });

  it('reads both tables as tables, rows rejoined across broken lines', () => {
    const [terms, purposes] = nodesOf(tree, 'table');
    const rows = (t: typeof terms) => nodesOf(t!, 'row').map((r) => nodesOf(r, 'cell').map((c) => c.text));
    expect(rows(terms)).toContainEqual([
      '法施行条例',
      '小田原市個人情報の保護に関する法律施行条例（令和４年１２月１６日条例第２８号）',
    ]);
    expect(rows(terms)).toHaveLength(10);
    const purposeRows = rows(purposes).filter((r) => r[0] !== '保有個人情報');
    expect(purposeRows).toHaveLength(3);
    expect(purposeRows[2]![0]).toBe('取引先（加盟店を含む。）に関する個人情報');
    expect(purposeRows[0]![1]).toContain('⑫ 当市又は加盟店からのクーポン又は割引券の発行又は利用');
  });

  it('keeps the sentence after a list at paragraph level, and the enactment date', () => {
    expect(byId(tree, 'art-6-p1-b1')?.text).toMatch(/^なお、/);
    expect(nodesOf(tree, 'metadata')[0]!.data).toEqual({ enacted: '2024-01-17' });
  });
});

describe('overview pages and the English policy (seeds 000–002)', () => {
  it('finds headings, lists and a contact block with lost separators (Minato)', () => {
    const { tree } = parseFile(seeds.minato);
    expect(tree.title).toBe('Privacy Policy');
    const headings = nodesOf(tree, 'heading').map((h) => h.title);
    expect(headings).toEqual([
      'Handling of Personal Information',
      'What is "Personal Information"?',
      'Use of Personal Information',
      'Posting of Personal Information',
      'Other',
      'SSL',
    ]);
    expect(nodesOf(byId(tree, 'h-1')!, 'listItem')).toHaveLength(4);
    expect(nodesOf(tree, 'contact')[0]!.contact).toEqual({
      department: [
        'General Affairs Department',
        'Information Policy Section',
        'Information Disclosure and Personal Information Protection Subsection',
      ],
      tel: ['03-3578-2082'],
      fax: '03-3578-2069',
    });
  });

  it('classifies chrome instead of dropping it (Mutsu)', () => {
    const { tree } = parseFile(seeds.mutsu);
    const chrome: string[] = [];
    const walk = (n: import('../../src/lib/tree/types.ts').Node) => {
      if ('children' in n) n.children.forEach(walk);
      else if (n.type === 'chrome') chrome.push(`${n.kind}:${n.value.trim()}`);
    };
    walk(tree);
    expect(chrome).toContain('navigation:ナビゲーションスキップメニュー');
    expect(chrome).toContain('share:• Twitter');
    expect(chrome).toContain('survey:質問:このページの情報は役に立ちましたか?');
    expect(chrome).toContain('back-to-top:ページ上部へ');
    expect(nodesOf(tree, 'table')).toHaveLength(3);
    expect(nodesOf(tree, 'contact')[0]!.contact).toMatchObject({
      department: ['総務部総務課'],
      postalCode: '035-8686',
      address: '青森県むつ市中央一丁目8-1',
      tel: ['0175-22-1111 (代表)'],
    });
  });

  it('nests sub-headings under their group heading (Nagareyama)', () => {
    const { tree } = parseFile(seeds.nagareyama);
    const group = nodesOf(tree, 'heading').find((h) => h.title === '請求方法等')!;
    expect(nodesOf(group, 'heading').map((h) => h.title)).toContain('請求の方法');
    expect(nodesOf(tree, 'contact')[0]!.contact).toMatchObject({
      department: ['総務部', '総務課'],
      postalCode: '270-0192',
      tel: ['04-7150-6067'],
      fax: '04-7159-0133',
    });
  });
});

describe('policies take the layout their text has', () => {
  it('reads an article-less web policy as a page, an article policy as articles', () => {
    const web = parseFile(seeds.minato, { style: 'policy' });
    expect(web.tree.style).toBe('policy');
    expect(nodesOf(web.tree, 'heading').length).toBeGreaterThan(3);
    const articles = parseFile(seeds.odawara, { style: 'policy' });
    expect(nodesOf(articles.tree, 'article')).toHaveLength(12);
  });
});
