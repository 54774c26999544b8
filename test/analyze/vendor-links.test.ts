/**
 * Every link a vendor 例規集 page carries inside its own text (前項, 前各号, 次の各号, 当該各号, 前二号,
 * 前条 …) must be read as a reference from the same unit whose targets hold the unit the link opens.
 * The vendor prints one line per article head, paragraph (clause) and item, in the order of the
 * tree; the line a link or its target sits in is matched to the tree's unit by that order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReferences } from '../../src/lib/analyze/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { parseNumeral } from '../../src/lib/text/numerals.ts';
import type { Node } from '../../src/lib/tree/types.ts';
import { ROOT, SHARED, seedPath } from './helpers.ts';

const TOKYO = join(
  ROOT,
  'content/sources/tokyo/personal-information-protection-act-enforcement-ordinance.html',
);

interface VendorLink {
  /** the unit the link stands in, and the text it covers */
  from: string;
  text: string;
  /** the unit the link opens */
  target: string;
}

/** Paragraphs and items of the tree in document order. */
function provisions(node: Node, out: Array<{ kind: 'paragraph' | 'item'; id: string }> = []) {
  if ((node.type === 'paragraph' || node.type === 'item') && 'id' in node && typeof node.id === 'string')
    out.push({ kind: node.type, id: node.id });
  if ('children' in node) for (const child of node.children) provisions(child as Node, out);
  return out;
}

/** The vendor's in-page links, each placed in the tree by the line it and its target sit in. */
function vendorLinks(html: string, tree: Node): VendorLink[] {
  const units = provisions(tree);
  const lines = [
    ...html.matchAll(
      /<div id="l\d+" class="eline"><div class="(article|clause|item)">([\s\S]*?)(?=<div id="l\d+" class="eline">|$)/g,
    ),
  ];
  const unitOfElement = new Map<string, string>();
  const links: Array<{ line: number; text: string; href: string }> = [];
  let next = 0;
  const lineUnit: string[] = [];
  for (const [k, [, kind, body]] of lines.entries()) {
    const want = kind === 'item' ? 'item' : 'paragraph';
    while (next < units.length && units[next]!.kind !== want) next++;
    const unit = units[next++];
    if (!unit) throw new Error(`vendor line ${k} (${kind}) has no unit in the tree`);
    lineUnit.push(unit.id);
    for (const m of body!.matchAll(/id="(e\d+)"/g)) unitOfElement.set(m[1]!, unit.id);
    for (const m of body!.matchAll(/<a href="#(e\d+)"[^>]*>([^<]+)<\/a>/g))
      links.push({ line: k, href: m[1]!, text: m[2]! });
  }
  return links.map((link) => ({
    from: lineUnit[link.line]!,
    text: link.text,
    target: unitOfElement.get(link.href) ?? `missing ${link.href}`,
  }));
}

describe('links of a vendor 例規集 page', () => {
  const file = readSourceSync(TOKYO);
  const tree = parseSource(file);
  const result = analyzeReferences(tree, file);
  const links = vendorLinks(readFileSync(TOKYO, 'utf8'), tree);

  it('places every in-page link of the Tokyo ordinance in the tree', () => {
    expect(links.length).toBeGreaterThanOrEqual(15);
    expect(links.filter((link) => link.target.startsWith('missing'))).toEqual([]);
    // the links that name items of a paragraph: 次の各号 and 当該各号 open its first item
    expect(links.filter((link) => /各号/.test(link.text)).map((link) => `${link.from} ${link.text}`)).toEqual(
      [
        'art-3-p1-i6 前各号',
        'art-3-p2 前項各号',
        'art-7-p2 次の各号',
        'art-7-p2 当該各号',
        'art-8-p1 次の各号',
        'suppl-1-art-3-p6 前項各号',
      ],
    );
  });

  it('reads each as a reference from the same unit whose targets hold the linked unit', () => {
    const unmatched = links.filter((link) => {
      const candidates = result.references.filter(
        (r) => r.from === link.from && r.text.endsWith(link.text.normalize('NFKC')),
      );
      return !candidates.some((r) =>
        r.targets.some((t) => t === link.target || link.target.startsWith(`${t}-`)),
      );
    });
    expect(unmatched).toEqual([]);
  });

  it('reads 次の各号 and 当該各号 as every item of their paragraph, 前二号 as the two items before', () => {
    const targets = (from: string, text: string) =>
      result.references.find((r) => r.from === from && r.text === text)?.targets;
    expect(targets('art-7-p2', '次の各号')).toEqual(['art-7-p2-i1', 'art-7-p2-i2']);
    expect(targets('art-7-p2', '当該各号')).toEqual(['art-7-p2-i1', 'art-7-p2-i2']);
    expect(targets('art-8-p1', '次の各号')).toEqual(['art-8-p1-i1', 'art-8-p1-i2', 'art-8-p1-i3']);
    expect(targets('art-8-p1-i3', '前二号')).toEqual(['art-8-p1-i1', 'art-8-p1-i2']);
  });
});

/** Anchors of the items directly under a unit. */
function itemsOf(tree: Node, id: string): string[] {
  let found: Node | undefined;
  const walk = (node: Node) => {
    if ('id' in node && node.id === id) found = node;
    else if ('children' in node) for (const child of node.children) walk(child as Node);
  };
  walk(tree);
  if (!found || !('children' in found)) return [];
  return found.children.flatMap((child) =>
    child.type === 'item' && 'id' in child ? [String(child.id)] : [],
  );
}

describe.each([
  ['Tokyo (vendor HTML)', TOKYO],
  ['Hyuga (vendor text)', seedPath('hyuga')],
  ['the APPI', join(SHARED, 'eval/appi.national.txt')],
])('次の各号, 当該各号, 前各号 and 前N条 in %s', (_name, path) => {
  const present = path !== undefined && existsSync(path);
  if (!present) console.warn(`${_name}: skipped, ${path} is absent`);
  it.skipIf(!present)('point at the items of their paragraph and at the articles before', () => {
    const file = readSourceSync(path!);
    const tree = parseSource(file);
    const result = analyzeReferences(tree, file);
    const wrong: string[] = [];
    let checked = 0;
    for (const r of result.references) {
      if (r.external) continue;
      const paragraph = r.from.replace(/-i\d+(?:_\d+)*(?:-.*)?$/, '');
      let expected: string[] | undefined;
      if (r.text === '次の各号' || r.text === '当該各号') expected = itemsOf(tree, paragraph);
      else if (r.text === '前各号') {
        const all = itemsOf(tree, paragraph);
        expected = all.slice(0, all.indexOf(r.from.replace(/(-i\d+(?:_\d+)*).*$/, '$1')));
      } else if (/^前[0-9０-９一二三四五六七八九十]+条$/.test(r.text)) {
        const article = r.from.replace(/-p\d+.*$/, '');
        const n = parseNumeral(r.text.slice(1, -1));
        const siblings = articlesBeside(tree, article);
        expected = siblings.slice(Math.max(0, siblings.indexOf(article) - n), siblings.indexOf(article));
      }
      if (!expected) continue;
      checked++;
      // 当該各号 in an amended excerpt whose items are abridged (一及び二　略) has nothing to point at
      if (expected.length === 0) continue;
      if (JSON.stringify(r.targets) !== JSON.stringify(expected))
        wrong.push(`${r.from} ${r.text}: ${r.targets.join(',')} ≠ ${expected.join(',')}`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

/** The articles of the part (main provisions or one 附則) an article stands in, in order. */
function articlesBeside(tree: Node, article: string): string[] {
  const prefix = article.replace(/art-[^-]*$/, '');
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.type === 'article' && 'id' in node) {
      const id = String(node.id);
      if (id.replace(/art-[^-]*$/, '') === prefix) out.push(id);
    }
    if ('children' in node) for (const child of node.children) walk(child as Node);
  };
  walk(tree);
  return out;
}
