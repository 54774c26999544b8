/**
 * What a search result is: one article (with its paragraphs, items and tables), one paragraph of
 * 附則, a preamble, one section of a page (a heading with the blocks, lists and tables under
 * it, without its sub-headings), or a chapter or section of a law (its title, and the captions of
 * the articles in it), so that 罰則 or "penalties" finds the chapter that holds the penal provisions. Units come from the document tree; their text in either site
 * language comes from the source or from its translation, keyed as in src/lib/translate.
 */
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isContainerType } from '../tree/levels.ts';
import type { DocumentNode, Node, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { childrenOfType } from '../tree/walk.ts';

/** A piece of text of a unit and the translation key it is stored under. */
interface TextPart {
  /** translation key: the anchor for own text, `{table}-r{row}-c{col}` for a cell, '' when untranslatable */
  key: string;
  /** the marker as printed (２, (1), ア), shown before the text */
  label?: string;
  /** the source text */
  text: string;
}

/** A heading around a unit (chapter, section, parent page heading), with its translation key. */
interface ContextPart {
  /** as printed: 第3章 開示、訂正及び利用停止 */
  text: string;
  /** the label (第3章) kept apart, so the translated title can be prefixed with an English label */
  label?: string;
  key: string;
}

/** One search result, language-neutral: what the tree says about it. */
export interface SearchUnit {
  /** URL anchor of the unit: art-26, suppl-1-p5, h-13, preamble, contact */
  anchor: string;
  type: 'article' | 'supplement' | 'preamble' | 'heading' | 'contact' | 'appendix' | 'container';
  /** label as printed (第26条, 5 for a 附則 paragraph) */
  label?: string;
  /** normalised number (26, 11_2) */
  num?: string;
  /** the anchor citations resolve to: art-26 for 第26条 of the main provisions */
  citation?: string;
  /** the article caption or heading title, in the source language */
  caption?: string;
  /** translation key of the caption */
  captionKey?: string;
  /** 附則: its amendment label (平成19年10月1日条例第24号), and how many paragraphs the 附則 has */
  amendment?: string;
  amendmentKey?: string;
  siblings?: number;
  context: ContextPart[];
  parts: TextPart[];
}

const SKIPPED = new Set(['title', 'enactment', 'toc', 'metadata', 'history', 'chrome']);
const TEXT_UNITS = new Set(['paragraph', 'item', 'subitem', 'block', 'listItem', 'preamble']);

/** The search units of a document, in document order. */
export function collectSearchUnits(tree: DocumentNode): SearchUnit[] {
  const units: SearchUnit[] = [];
  const walk = (node: Node, context: ContextPart[], inSupplement: boolean): void => {
    if (isLeaf(node) || SKIPPED.has(node.type)) return;
    const id = node.id;
    if (isContainerType(node.type)) {
      const heading = contextOf(node);
      if (heading && id && node.title) {
        units.push({
          anchor: id,
          type: 'container',
          ...optional({ label: node.label }),
          caption: node.title,
          captionKey: `${id}#title`,
          context,
          parts: articleCaptions(node),
        });
      }
      const inner = heading ? [...context, heading] : context;
      for (const child of node.children) walk(child, inner, inSupplement);
      return;
    }
    if (node.type === 'article' && id) {
      units.push({
        anchor: id,
        type: 'article',
        ...optional({ label: node.label, num: node.num, caption: node.caption }),
        ...(node.caption ? { captionKey: `${id}#caption` } : {}),
        ...(!inSupplement && /^art-[0-9_]+$/.test(id) ? { citation: id } : {}),
        context,
        parts: collectParts(node),
      });
      return;
    }
    if (node.type === 'supplement' && id) {
      collectSupplement(node, context, units, walk);
      return;
    }
    if (node.type === 'heading' && id) {
      const parts = collectParts(node, true);
      const caption = node.title;
      if (parts.length > 0) {
        units.push({
          anchor: id,
          type: 'heading',
          ...optional({ caption }),
          ...(caption ? { captionKey: `${id}#title` } : {}),
          context,
          parts,
        });
      }
      const inner = caption ? [...context, { text: caption, key: `${id}#title` }] : context;
      for (const child of node.children) {
        if (!isLeaf(child) && child.type === 'heading') walk(child, inner, inSupplement);
      }
      return;
    }
    if ((node.type === 'preamble' || node.type === 'contact' || node.type === 'appendix') && id) {
      const parts = collectParts(node);
      if (parts.length === 0) return;
      units.push({
        anchor: id,
        type: node.type,
        ...optional({ label: node.label, caption: node.title ?? node.caption }),
        ...(node.title ? { captionKey: `${id}#title` } : node.caption ? { captionKey: `${id}#caption` } : {}),
        context,
        parts,
      });
      return;
    }
    for (const child of node.children) walk(child, context, inSupplement);
  };
  for (const child of tree.children) walk(child, [], false);
  return units;
}

/** Paragraphs of a 附則 are units of their own; a caption covers the paragraphs after it until the next. */
function collectSupplement(
  supplement: Parent,
  context: ContextPart[],
  units: SearchUnit[],
  walk: (node: Node, context: ContextPart[], inSupplement: boolean) => void,
): void {
  const id = supplement.id!;
  const heading: ContextPart = { text: supplement.label ?? '附則', key: `${id}#amendment` };
  const paragraphs = supplement.children.filter(
    (child): child is Parent => !isLeaf(child) && child.type === 'paragraph',
  );
  let caption: { text: string; key: string } | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.caption && paragraph.id)
      caption = { text: paragraph.caption, key: `${paragraph.id}#caption` };
    const parts = collectParts(paragraph);
    if (!paragraph.id || parts.length === 0) continue;
    units.push({
      anchor: paragraphs.length === 1 ? id : paragraph.id,
      type: 'supplement',
      ...optional({ label: paragraph.label ?? paragraph.num, amendment: supplement.amendment }),
      ...(supplement.amendment ? { amendmentKey: `${id}#amendment` } : {}),
      ...(caption ? { caption: caption.text, captionKey: caption.key } : {}),
      siblings: paragraphs.length,
      context,
      parts,
    });
  }
  for (const child of supplement.children) {
    if (!isLeaf(child) && child.type !== 'paragraph') walk(child, [...context, heading], true);
  }
}

/** The heading a container gives the units inside it: 第3章 開示、訂正及び利用停止. */
function contextOf(node: Parent): ContextPart | undefined {
  if (!node.title && !node.label) return undefined;
  const text = [node.label, node.title].filter(Boolean).join(' ');
  return { text, ...optional({ label: node.label }), key: node.id ? `${node.id}#title` : '' };
}

/** The captions of the articles of a chapter or section, as its text (an article without one gives its first paragraph). */
function articleCaptions(container: Parent): TextPart[] {
  const parts: TextPart[] = [];
  visit(container, (node) => {
    if (isLeaf(node) || node === container) return CONTINUE;
    if (SKIPPED.has(node.type)) return SKIP;
    if (node.type !== 'article' || !node.id) return CONTINUE;
    const caption = node.caption ? { key: `${node.id}#caption`, text: node.caption } : collectParts(node)[0];
    if (caption) parts.push(caption);
    return SKIP;
  });
  return parts;
}

/** Own text of a unit and everything inside it, in order; sub-headings left out when `ownOnly`. */
function collectParts(node: Parent, ownOnly = false): TextPart[] {
  const parts: TextPart[] = [];
  visit(node, (current) => {
    if (isLeaf(current)) {
      if (current.type === 'unparsed' && current.value.trim())
        parts.push({ key: '', text: current.value.trim() });
      return CONTINUE;
    }
    if (SKIPPED.has(current.type)) return SKIP;
    if (current !== node && ownOnly && current.type === 'heading') return SKIP;
    if (current.type === 'table' && current.id) {
      collectCells(current, current.id, parts);
      return SKIP;
    }
    if (TEXT_UNITS.has(current.type) && current.text?.trim() && current.id) {
      parts.push({ key: current.id, text: current.text, ...optional({ label: current.label }) });
    }
    return CONTINUE;
  });
  return parts;
}

/** Cells of a table as parts, keyed like translations (rows and columns counted from 1). */
function collectCells(table: Parent, tableId: string, parts: TextPart[]): void {
  childrenOfType(table, 'row').forEach((row, r) => {
    childrenOfType(row, 'cell').forEach((cell, c) => {
      if (cell.text?.trim()) parts.push({ key: `${tableId}-r${r + 1}-c${c + 1}`, text: cell.text });
    });
  });
}

function optional<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as Partial<
    Record<keyof T, string>
  >;
}
