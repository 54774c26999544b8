/**
 * The structural levels of a law, in one place: the containers 編/章/節/款/目, the provisions
 * 条/項/号 and the sub-items below them, the supplementary provisions (附則) and the appended
 * tables (別表). Every layer reads its names from here — the parser its counters and nesting
 * ranks, the anchors their prefixes, the analysis its pointer levels, the e-Gov import and export
 * their element names, the site, search and translation their English words — so a level is
 * described once and the layers cannot drift apart.
 *
 * English words follow Japanese Law Translation (JLT): Part, Chapter, Section, Subsection,
 * Division; Article, Paragraph, Item; Supplementary Provisions; Appended Table.
 */

/** Containers of articles, widest first: 編, 章, 節, 款, 目. */
export type ContainerType = 'part' | 'chapter' | 'section' | 'subsection' | 'division';
/** Provisions, widest first: 条, 項, 号, and the sub-items イ/ロ/ハ, (1) … below an item. */
export type ProvisionType = 'article' | 'paragraph' | 'item' | 'subitem';
/** Every structural level: containers, provisions, 附則 and 別表. */
export type LevelType = ContainerType | ProvisionType | 'supplement' | 'appendix';

/** What one structural level is called in each layer. */
export interface StructuralLevel<T extends LevelType = LevelType> {
  type: T;
  /** the level's Japanese name: 章, 条, 号の細分, 附則, 別表 */
  name: string;
  /** the counter printed in 第N…: 第3章, 第11条; `undefined` for levels numbered otherwise (ア, 附則, 別表第1) */
  counter: string | undefined;
  /**
   * the anchor segment before the number: `ch-` (ch-2), `sec-` (ch-3-sec-1), `art-` (art-11_2),
   * `p` (art-26-p2), `suppl-` (suppl-1)
   */
  anchor: string;
  /**
   * nesting depth, widest first: a unit closes every open unit of the same or a larger rank.
   * 附則 and 別表 stand beside the main provisions, so they are the widest.
   */
  rank: number;
  /** the e-Gov standard law XML elements: the unit, its heading, its entry in a TOC */
  egov: {
    /** the unit: Chapter, Article, Subitem1 (Subitem2 … one level deeper: {@link egovSubitem}) */
    element: string;
    /** its printed heading or number: ChapterTitle, ArticleTitle, ParagraphNum, SupplProvisionLabel */
    title: string;
    /** its entry in a TOC: TOCChapter; `undefined` where the TOC lists none (paragraphs, items) */
    toc: string | undefined;
  };
  /** the English word of a label (JLT): Chapter, Article, Supplementary Provisions */
  english: string;
  /** the English noun in running text: "an enclosing chapter", "a sub-item" */
  noun: string;
  /** how an English label numbers it: Chapter IV (roman), Section 4 (arabic) */
  numbering: 'roman' | 'arabic';
}

/** A container level: always counted (第N章) and listed in an e-Gov TOC. */
export interface ContainerLevel extends StructuralLevel<ContainerType> {
  counter: string;
  egov: { element: string; title: string; toc: string };
}

/** The registry, widest level first. */
export const LEVELS = {
  supplement: {
    type: 'supplement',
    name: '附則',
    counter: undefined,
    anchor: 'suppl-',
    rank: 1,
    egov: { element: 'SupplProvision', title: 'SupplProvisionLabel', toc: 'TOCSupplProvision' },
    english: 'Supplementary Provisions',
    noun: 'supplementary provisions',
    numbering: 'arabic',
  },
  appendix: {
    type: 'appendix',
    name: '別表',
    counter: undefined,
    anchor: 'appx-',
    rank: 1,
    egov: { element: 'AppdxTable', title: 'AppdxTableTitle', toc: 'TOCAppdxTableLabel' },
    english: 'Appended Table',
    noun: 'appended table',
    numbering: 'arabic',
  },
  part: {
    type: 'part',
    name: '編',
    counter: '編',
    anchor: 'part-',
    rank: 2,
    egov: { element: 'Part', title: 'PartTitle', toc: 'TOCPart' },
    english: 'Part',
    noun: 'part',
    numbering: 'roman',
  },
  chapter: {
    type: 'chapter',
    name: '章',
    counter: '章',
    anchor: 'ch-',
    rank: 3,
    egov: { element: 'Chapter', title: 'ChapterTitle', toc: 'TOCChapter' },
    english: 'Chapter',
    noun: 'chapter',
    numbering: 'roman',
  },
  section: {
    type: 'section',
    name: '節',
    counter: '節',
    anchor: 'sec-',
    rank: 4,
    egov: { element: 'Section', title: 'SectionTitle', toc: 'TOCSection' },
    english: 'Section',
    noun: 'section',
    numbering: 'arabic',
  },
  subsection: {
    type: 'subsection',
    name: '款',
    counter: '款',
    anchor: 'sub-',
    rank: 5,
    egov: { element: 'Subsection', title: 'SubsectionTitle', toc: 'TOCSubsection' },
    english: 'Subsection',
    noun: 'subsection',
    numbering: 'arabic',
  },
  division: {
    type: 'division',
    name: '目',
    counter: '目',
    anchor: 'div-',
    rank: 6,
    egov: { element: 'Division', title: 'DivisionTitle', toc: 'TOCDivision' },
    english: 'Division',
    noun: 'division',
    numbering: 'arabic',
  },
  article: {
    type: 'article',
    name: '条',
    counter: '条',
    anchor: 'art-',
    rank: 7,
    egov: { element: 'Article', title: 'ArticleTitle', toc: 'TOCArticle' },
    english: 'Article',
    noun: 'article',
    numbering: 'arabic',
  },
  paragraph: {
    type: 'paragraph',
    name: '項',
    counter: '項',
    anchor: 'p',
    rank: 8,
    egov: { element: 'Paragraph', title: 'ParagraphNum', toc: undefined },
    english: 'Paragraph',
    noun: 'paragraph',
    numbering: 'arabic',
  },
  item: {
    type: 'item',
    name: '号',
    counter: '号',
    anchor: 'i',
    rank: 9,
    egov: { element: 'Item', title: 'ItemTitle', toc: undefined },
    english: 'Item',
    noun: 'item',
    numbering: 'roman',
  },
  subitem: {
    type: 'subitem',
    name: '号の細分',
    counter: undefined,
    anchor: 's',
    rank: 10,
    egov: { element: 'Subitem1', title: 'Subitem1Title', toc: undefined },
    english: 'Subitem',
    noun: 'sub-item',
    numbering: 'arabic',
  },
} as const satisfies { [T in LevelType]: StructuralLevel<T> };

/** Every level, widest first (附則 and 別表, then 編 … 目, then 条 … sub-items). */
export const LEVEL_LIST: readonly StructuralLevel[] = Object.values(LEVELS);

/** The container levels 編, 章, 節, 款, 目, widest first. */
export const CONTAINER_LEVELS: readonly ContainerLevel[] = [
  LEVELS.part,
  LEVELS.chapter,
  LEVELS.section,
  LEVELS.subsection,
  LEVELS.division,
];

/** The container types, widest first. */
export const CONTAINER_TYPES: readonly ContainerType[] = CONTAINER_LEVELS.map((level) => level.type);

/** The provision levels 条, 項, 号 and sub-items, widest first. */
export const PROVISION_LEVELS: readonly StructuralLevel<ProvisionType>[] = [
  LEVELS.article,
  LEVELS.paragraph,
  LEVELS.item,
  LEVELS.subitem,
];

/** The container counters as one string, widest first: 編章節款目 (for regular-expression classes). */
export const CONTAINER_COUNTERS: string = CONTAINER_LEVELS.map((level) => level.counter).join('');

/** The counters of every counted level, widest first: 編章節款目条項号 (for regular-expression classes). */
export const COUNTERS: string = LEVEL_LIST.flatMap((level) => level.counter ?? []).join('');

/**
 * The counters a relative pointer names (前条, 次章, 同項, この款, 前3条): every counter but 目,
 * which after この, 本, 前, 次, 同 starts ordinary words far more often (この目的, 本目標, 前目的).
 */
export const RELATIVE_COUNTERS: string = COUNTERS.replace(LEVELS.division.counter, '');

/** The level a printed counter names: 章 → chapter, 条 → article; `undefined` for other characters. */
export function levelOfCounter(counter: string): StructuralLevel | undefined {
  return LEVEL_LIST.find((level) => level.counter !== undefined && level.counter === counter);
}

/** The container level a printed counter names: 編 → part … 目 → division. */
export function containerOfCounter(counter: string): ContainerLevel | undefined {
  return CONTAINER_LEVELS.find((level) => level.counter === counter);
}

/** The level of a node type, `undefined` for types that are no structural level (tables, headings …). */
export function levelOf(type: string): StructuralLevel | undefined {
  return Object.hasOwn(LEVELS, type) ? LEVELS[type as LevelType] : undefined;
}

/** The container level of a node type: chapter → 章; `undefined` for other types. */
export function containerLevelOf(type: string): ContainerLevel | undefined {
  return CONTAINER_LEVELS.find((level) => level.type === type);
}

/** True when `type` is a container type (part … division). */
export function isContainerType(type: string): type is ContainerType {
  return (CONTAINER_TYPES as readonly string[]).includes(type);
}

/** The container level of an e-Gov element name: Chapter → chapter; `undefined` for other elements. */
export function containerOfElement(element: string): ContainerLevel | undefined {
  return CONTAINER_LEVELS.find((level) => level.egov.element === element);
}

/** The e-Gov element of a sub-item `depth` levels below its item (1 = ア, 2 = (ア) …): Subitem1 … Subitem10. */
export function egovSubitem(depth: number): string {
  return `Subitem${depth}`;
}
