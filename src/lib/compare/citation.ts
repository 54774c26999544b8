import { visitParents } from 'unist-util-visit-parents';
import type { DocumentNode, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';

/** What an anchor points at, for citing it: 第26条第1項, 「請求に対する決定」, お問い合わせ. */
export type Citation =
  | { kind: 'article'; article: string; paragraph?: string; item?: string }
  | { kind: 'section'; title: string }
  | { kind: 'preamble' }
  | { kind: 'contact' }
  | { kind: 'supplement' }
  | { kind: 'document' };

/**
 * How to cite an anchor of a tree, from the units that contain it: the article, paragraph and item
 * of law-style texts (a paragraph is named only when its article has several), the heading of
 * pages, or the preamble and contact blocks.
 */
export function citeAnchor(tree: DocumentNode, anchor: string): Citation {
  const path = pathTo(tree, anchor);
  if (!path) return { kind: 'document' };
  if (path.some((node) => node.type === 'supplement')) return { kind: 'supplement' };
  const article = path.find((node) => node.type === 'article');
  if (article?.num) {
    const paragraph = path.find((node) => node.type === 'paragraph');
    const item = path.find((node) => node.type === 'item');
    const paragraphs = article.children.filter(
      (child) => !isLeaf(child) && child.type === 'paragraph',
    ).length;
    return {
      kind: 'article',
      article: article.num,
      ...(paragraph?.num && paragraphs > 1 ? { paragraph: paragraph.num } : {}),
      ...(item?.num ? { item: item.num } : {}),
    };
  }
  if (path.some((node) => node.type === 'contact')) return { kind: 'contact' };
  if (path.some((node) => node.type === 'preamble')) return { kind: 'preamble' };
  const heading = path.findLast((node) => node.type === 'heading');
  if (heading?.title) return { kind: 'section', title: heading.title };
  return { kind: 'document' };
}

/**
 * The chain of nodes from the root to the node with an anchor (root excluded). A page cites many
 * anchors of the same tree (a compare page one per unit of every document), so the chains of a
 * tree are found in one walk and kept while the tree lives, instead of a walk per anchor.
 */
export function pathTo(root: Parent, anchor: string): readonly Parent[] | undefined {
  let paths = pathsByTree.get(root);
  if (!paths) {
    paths = anchorPaths(root);
    pathsByTree.set(root, paths);
  }
  return paths.get(anchor);
}

const pathsByTree = new WeakMap<Parent, ReadonlyMap<string, readonly Parent[]>>();

/** Every anchored node's chain from the root (root excluded); the first node in document order wins. */
function anchorPaths(root: Parent): ReadonlyMap<string, readonly Parent[]> {
  const paths = new Map<string, readonly Parent[]>();
  visitParents(root, (node, parents) => {
    if (isLeaf(node) || node === root || !node.id || paths.has(node.id)) return;
    paths.set(node.id, [...parents.slice(1), node]);
  });
  return paths;
}

/** An article number as printed in Japanese (11_2 → 11条の2) or English (11_2 → 11-2). */
export function articleNumber(num: string, lang: 'ja' | 'en'): { article: string; branch: string } {
  const [main = num, ...branches] = num.split('_');
  return {
    article: main,
    branch: branches.map((branch) => (lang === 'ja' ? `の${branch}` : `-${branch}`)).join(''),
  };
}
