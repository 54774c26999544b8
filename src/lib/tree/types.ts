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
  /** a table header row, or a cell of one */
  header?: boolean;
  /** table cells: the columns and rows a cell spans, when more than one (rebuilt flattened tables) */
  colspan?: number;
  rowspan?: number;
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

/*
 * One interface per node type, in the style of @types/mdast: each names its `type`, so code that
 * tests `node.type` (or calls {@link is}) gets the node it tested for, and the maps below say what
 * each type is. `Parent` and `Leaf` stay the shapes every walker handles; these narrow them.
 */

/** 第N編: a part, the widest container (anchor `part-1`). */
export interface Part extends Parent {
  type: 'part';
}
/** 第N章: a chapter (anchor `ch-2`, `ch-4_2`). */
export interface Chapter extends Parent {
  type: 'chapter';
}
/** 第N節: a section of a chapter (anchor `ch-3-sec-1`). */
export interface Section extends Parent {
  type: 'section';
}
/** 第N款: a subsection of a section (anchor `ch-3-sec-1-sub-2`). */
export interface Subsection extends Parent {
  type: 'subsection';
}
/** 第N目: a division of a subsection (anchor `…-div-1`). */
export interface Division extends Parent {
  type: 'division';
}
/** 第N条: an article with its caption, or a deletion placeholder (anchor `art-11_2`). */
export interface Article extends Parent {
  type: 'article';
}
/** 項: a paragraph of an article or supplement (anchor `art-26-p2`). */
export interface Paragraph extends Parent {
  type: 'paragraph';
}
/** 号: an item of a paragraph (anchor `art-8-p2-i6`). */
export interface Item extends Parent {
  type: 'item';
}
/** イ, (1) …: a sub-item of an item or sub-item (anchor `art-21-p1-i2-s4`). */
export interface Subitem extends Parent {
  type: 'subitem';
}
/** 附則: supplementary provisions (anchor `suppl-1`), with the amending law in `amendment`. */
export interface Supplement extends Parent {
  type: 'supplement';
}
/** 別表, 別記, 様式: an appended table or form (anchor `appx-1`), the related articles in `title`. */
export interface Appendix extends Parent {
  type: 'appendix';
}
/** The document title line (○日向市個人情報保護条例). */
export interface Title extends Parent {
  type: 'title';
}
/** The date and number lines under the title. */
export interface Enactment extends Parent {
  type: 'enactment';
}
/** The printed table of contents (anchor `toc`). */
export interface Toc extends Parent {
  type: 'toc';
}
/** One line of the printed table of contents: `label` 第1章, `title` 総則. */
export interface TocEntry extends Parent {
  type: 'tocEntry';
}
/** Text before the first article or heading (anchor `preamble`). */
export interface Preamble extends Parent {
  type: 'preamble';
}
/** A table (anchor `art-2-p1-t1`). */
export interface Table extends Parent {
  type: 'table';
}
/** A table row; `header` for header rows. */
export interface Row extends Parent {
  type: 'row';
}
/** A table cell with its `text`. */
export interface Cell extends Parent {
  type: 'cell';
}
/** A page heading with `title` and `depth` (anchor `h-1`). */
export interface Heading extends Parent {
  type: 'heading';
}
/** Unmarked text: a sentence after a list, a page paragraph (anchor `art-6-p1-b1`, `h-3-b2`). */
export interface Block extends Parent {
  type: 'block';
}
/** A list of a page; `ordered` when numbered (anchor `h-1-l1`). */
export interface List extends Parent {
  type: 'list';
}
/** One entry of a page list (anchor `h-1-l1-2`). */
export interface ListItem extends Parent {
  type: 'listItem';
}
/** An お問い合わせ block with the parsed `contact` (anchor `contact`). */
export interface Contact extends Parent {
  type: 'contact';
}
/** A reiki trailer: `data.enforced`, `data.classification` (anchor `meta`). */
export interface Metadata extends Parent {
  type: 'metadata';
}
/** 沿革: the amendment history of a reiki page. */
export interface History extends Parent {
  type: 'history';
}
/** One 沿革 entry with `date` (ISO) and `label`. */
export interface HistoryEntry extends Parent {
  type: 'historyEntry';
}
/** A run of page furniture, reserved: every consumer skips it as it skips a chrome leaf. */
export interface ChromeBlock extends Parent {
  type: 'chrome';
}

/** Sentence text of its parent unit. */
export interface Text extends Leaf {
  type: 'text';
}
/** A printed marker with its separator: 第1条, (1), ２, 附 則. */
export interface Marker extends Leaf {
  type: 'marker';
}
/** An article caption line with its parentheses: (目的). */
export interface Caption extends Leaf {
  type: 'caption';
}
/** Line breaks, blank lines and indentation between units. */
export interface Break extends Leaf {
  type: 'break';
}
/** Page furniture kept but classified by `kind`. */
export interface ChromeLeaf extends Leaf {
  type: 'chrome';
  kind?: ChromeKind;
}
/** Text the parser could not place (reported `unparsed-text`). */
export interface Unparsed extends Leaf {
  type: 'unparsed';
}

/** Every structural node by its type (the document root has its own {@link DocumentNode}). */
export interface ParentMap {
  document: DocumentNode;
  title: Title;
  enactment: Enactment;
  toc: Toc;
  tocEntry: TocEntry;
  preamble: Preamble;
  part: Part;
  chapter: Chapter;
  section: Section;
  subsection: Subsection;
  division: Division;
  article: Article;
  paragraph: Paragraph;
  item: Item;
  subitem: Subitem;
  supplement: Supplement;
  table: Table;
  row: Row;
  cell: Cell;
  heading: Heading;
  block: Block;
  list: List;
  listItem: ListItem;
  contact: Contact;
  metadata: Metadata;
  history: History;
  historyEntry: HistoryEntry;
  appendix: Appendix;
  chrome: ChromeBlock;
}

/** Every leaf by its type. */
export interface LeafMap {
  text: Text;
  marker: Marker;
  caption: Caption;
  break: Break;
  chrome: ChromeLeaf;
  unparsed: Unparsed;
}

/** The containers 編 … 目 (see ./levels.ts). */
export type Container = Part | Chapter | Section | Subsection | Division;
/** The provisions 条 … sub-items. */
export type Provision = Article | Paragraph | Item | Subitem;
/** Any structural node, narrowed by its `type`. */
export type AnyParent = ParentMap[keyof ParentMap];
/** Any leaf, narrowed by its `type`. */
export type AnyLeaf = LeafMap[keyof LeafMap];

/**
 * True when `node` is a structural node of `type`: `if (is(node, 'article')) node.caption …`
 * narrows to {@link Article} without a cast. A chrome leaf is no `chrome` parent.
 */
export function is<T extends ParentType>(node: Node | undefined, type: T): node is ParentMap[T] {
  return node !== undefined && node.type === type && 'children' in node;
}

/** True when a node is a leaf holding source text. */
export function isLeaf(node: Node): node is Leaf {
  return !('children' in node);
}
