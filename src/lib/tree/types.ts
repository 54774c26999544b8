import type { Position } from 'unist';

/**
 * The Reiki Atlas syntax tree (see ./README.md for the specification with examples).
 *
 * Two kinds of node:
 * - leaves (`Literal`) hold the source text itself: concatenating every leaf in document order
 *   gives back the source byte-for-byte (after decoding), so nothing can be lost;
 * - structural nodes (`Parent`) group leaves and carry what the parser understood
 *   (`id` = URL anchor, `label` as printed, `num` normalised, `caption`, `title`, `text`).
 */

/** Leaf kinds. */
export type LeafType =
  /** sentence text belonging to its parent unit */
  | 'text'
  /** a printed marker: 第1条, (1), ２, ア, ①, 附 則 … */
  | 'marker'
  /** an article caption line as printed, with its parentheses: (目的) */
  | 'caption'
  /** line breaks, blank lines and indentation between units */
  | 'break'
  /** web/PDF page furniture kept but classified: navigation, share buttons, surveys, page breaks */
  | 'chrome'
  /** text the parser could not place; kept verbatim and reported */
  | 'unparsed';

/** Kinds of page furniture recognised in web pages and PDF extractions. */
export type ChromeKind =
  | 'navigation'
  | 'share'
  | 'survey'
  | 'breadcrumb'
  | 'updated'
  | 'page-break'
  | 'image'
  | 'back-to-top'
  | 'script'
  | 'other';

export interface Leaf {
  type: LeafType;
  value: string;
  position?: Position;
  /** for chrome: what kind of furniture it is */
  kind?: ChromeKind;
}

/** Structural node types. */
export type ParentType =
  | 'document'
  | 'title'
  | 'enactment'
  | 'toc'
  | 'tocEntry'
  | 'preamble'
  | 'part'
  | 'chapter'
  | 'section'
  | 'subsection'
  | 'division'
  | 'article'
  | 'paragraph'
  | 'item'
  | 'subitem'
  | 'supplement'
  | 'table'
  | 'row'
  | 'cell'
  | 'heading'
  | 'block'
  | 'list'
  | 'listItem'
  | 'contact'
  | 'metadata'
  | 'history'
  | 'historyEntry'
  | 'appendix'
  | 'chrome';

/** Any node of the tree. */
export type Node = Leaf | Parent;

export interface Parent {
  type: ParentType;
  children: Node[];
  position?: Position;
  /** URL anchor (art-11_2, art-8-p2-i6, ch-3-sec-1, suppl-2-p1 …); unique within a document */
  id?: string;
  /** the marker as printed (第十一条の二, ２, (1), ア) */
  label?: string;
  /** normalised number: "11_2" for 第十一条の二, "2" for ２, "1" for ア (its position in the sequence) */
  num?: string;
  /** article caption without parentheses */
  caption?: string;
  /** heading/title text of chapters, sections, supplements, headings, documents */
  title?: string;
  /** own sentence text (paragraph, item, subitem, cell, block, listItem), normalised, without label or children */
  text?: string;
  /** heading depth for page headings (1 = top) */
  depth?: number;
  /** the marker was not printed but inferred (lost in extraction) */
  inferred?: boolean;
  /** the unit is a deletion placeholder (削除) */
  deleted?: boolean;
  /** 附則 amendment label: the part in parentheses, e.g. 平成19年10月1日条例第24号 */
  amendment?: string;
  /** last number of a deleted range (第29条から第31条まで 削除 → num "29", through "31") */
  through?: string;
  /** contact data parsed from a contact block */
  contact?: ContactData;
  /** metadata: dates, numbers and classification found in reiki trailers */
  data?: Record<string, string>;
  /** history entry: date (ISO) and number */
  date?: string;
  /** a table header row */
  header?: boolean;
  /** list style: ordered lists of pages */
  ordered?: boolean;
  /** kind of chrome block */
  kind?: ChromeKind;
}

/** Contact details parsed from an "お問い合わせ" block. */
export interface ContactData {
  organization?: string;
  department?: string[];
  postalCode?: string;
  address?: string;
  tel?: string[];
  fax?: string;
  email?: string;
  url?: string;
  extensions?: string[];
}

/** Document kinds, as in the source metadata. */
export type DocumentKind = 'ordinance' | 'policy' | 'page' | 'law';

/** The root: one source document. */
export interface DocumentNode extends Parent {
  type: 'document';
  /** how the body was read: law-style articles, a policy, or a page of headings and lists */
  style: 'law' | 'policy' | 'page';
  /** language of the source text */
  lang: 'ja' | 'en';
  /** document title as parsed (○日向市個人情報保護条例 → 日向市個人情報保護条例) */
  title?: string;
  /** law/ordinance number as printed (条例第57号, 法律第五十七号) */
  number?: string;
  /** promulgation date as printed */
  promulgated?: string;
  /** promulgation date as ISO yyyy-mm-dd, when it could be read */
  promulgatedIso?: string;
}

/** True when a node is a leaf holding source text. */
export function isLeaf(node: Node): node is Leaf {
  return !('children' in node);
}
