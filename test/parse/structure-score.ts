import type { Node, Parent } from '../../src/lib/tree/types.ts';

/** A gold structure made from e-Gov XML (../shared/eval/*.gold.json). */
export interface GoldLaw {
  law_id: string;
  articles: Array<{
    num: string;
    caption: string | null;
    provision?: string;
    paragraphs: Array<{ num: string; text: string; items?: GoldItem[] }>;
  }>;
}
interface GoldItem {
  marker: string;
  text: string;
  subitems?: GoldItem[];
}

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

function articleIds(num: string): string[] {
  const range = /^第(\d+)条から第(\d+)条まで$/.exec(num);
  if (range) {
    const out: string[] = [];
    for (let k = Number(range[1]); k <= Number(range[2]); k++) out.push(`art-${k}`);
    return out;
  }
  const m = /^第(\d+)条((?:の\d+)*)$/.exec(num);
  if (!m) return [];
  return [`art-${m[1]}${[...m[2]!.matchAll(/の(\d+)/g)].map((b) => `_${b[1]}`).join('')}`];
}

const kids = (n: Parent, type: string) =>
  n.children.filter((c): c is Parent => 'children' in c && c.type === type);

/**
 * The share of the gold's main-provision articles the tree has exactly: caption, paragraph count
 * and texts, items and sub-items (as ../shared/tools/struct-eval.py counts), with the misses.
 */
export function structureExact(tree: Parent, gold: GoldLaw): { exact: number; misses: string[] } {
  const articles = new Map<string, Parent>();
  const stack: Array<{ node: Node; inSupplement: boolean }> = [{ node: tree, inSupplement: false }];
  while (stack.length) {
    const { node, inSupplement } = stack.pop()!;
    if (!('children' in node)) continue;
    const inside = inSupplement || node.type === 'supplement';
    if (node.type === 'article' && !inside && node.id && !articles.has(node.id)) articles.set(node.id, node);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, inSupplement: inside });
  }
  const misses: string[] = [];
  const main = gold.articles.filter((a) => (a.provision ?? 'main') === 'main');
  let exact = 0;
  for (const ga of main) {
    const ids = articleIds(ga.num);
    const pa = ids.map((id) => articles.get(id)).find(Boolean);
    if (!pa) {
      misses.push(`missing ${ga.num}`);
      continue;
    }
    const before = misses.length;
    if (norm(pa.caption) !== norm(ga.caption))
      misses.push(`caption ${pa.id}: ${pa.caption} vs ${ga.caption}`);
    const paragraphs = kids(pa, 'paragraph');
    if (paragraphs.length !== ga.paragraphs.length)
      misses.push(`paragraphs ${pa.id}: ${paragraphs.length} vs ${ga.paragraphs.length}`);
    ga.paragraphs.forEach((gp, i) => {
      const pp = paragraphs[i];
      if (!pp) return;
      if (norm(pp.text) !== norm(gp.text))
        misses.push(`text ${pp.id}: ${pp.text?.slice(0, 30)} vs ${gp.text.slice(0, 30)}`);
      compareList(pp, 'item', gp.items ?? [], misses);
    });
    if (misses.length === before) exact++;
  }
  return { exact: main.length ? exact / main.length : 1, misses };
}

function compareList(parent: Parent, type: 'item' | 'subitem', gold: GoldItem[], misses: string[]): void {
  const units = kids(parent, type);
  if (units.length !== gold.length)
    misses.push(`${type}s of ${parent.id}: ${units.length} vs ${gold.length}`);
  gold.forEach((gi, i) => {
    const unit = units[i];
    if (!unit || norm(unit.text) !== norm(gi.text)) {
      misses.push(
        `${type} ${gi.marker} of ${parent.id}: ${unit?.text?.slice(0, 30)} vs ${gi.text.slice(0, 30)}`,
      );
      return;
    }
    compareList(unit, 'subitem', gi.subitems ?? [], misses);
  });
}
