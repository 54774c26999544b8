import { ERAS } from '../text/era.ts';
import { parseXml, type XmlElement } from './xml.ts';

/**
 * The structure of e-Gov standard law XML (法令標準XMLスキーマ, XMLSchemaForJapaneseLaw_v3.xsd):
 * for each element, which children it may hold and in what order, written as a small regular
 * expression over child names (`?` optional, `*` any number, `+` one or more, `|` choice). The
 * rules follow the schema's sequences; where the schema nests choices inside sequences the rule
 * may be a little looser, never stricter.
 */
const CONTENT: Record<string, string> = {
  Law: 'LawNum LawBody',
  LawBody:
    'LawTitle? EnactStatement* TOC? Preamble? MainProvision SupplProvision* AppdxTable* AppdxNote* AppdxStyle* AppdxFormat* Appdx* AppdxFig*',
  TOC: 'TOCLabel? TOCPreambleLabel? (TOCPart+ | TOCChapter+ | TOCSection+ | TOCArticle+)? TOCSupplProvision? TOCAppdxTableLabel*',
  TOCPart: 'PartTitle ArticleRange? TOCChapter*',
  TOCChapter: 'ChapterTitle ArticleRange? TOCSection*',
  TOCSection: 'SectionTitle ArticleRange? (TOCSubsection | TOCDivision)*',
  TOCSubsection: 'SubsectionTitle ArticleRange? TOCDivision*',
  TOCDivision: 'DivisionTitle ArticleRange?',
  TOCArticle: 'ArticleTitle ArticleCaption?',
  TOCSupplProvision: 'SupplProvisionLabel ArticleRange? (TOCArticle | TOCChapter)*',
  Preamble: 'Paragraph+',
  MainProvision: 'Part+ | Chapter+ | Section+ | Article+ | Paragraph+',
  Part: 'PartTitle Article* Chapter*',
  Chapter: 'ChapterTitle Article* Section*',
  Section: 'SectionTitle Article* (Subsection+ | Division+)?',
  Subsection: 'SubsectionTitle Article* Division*',
  Division: 'DivisionTitle Article+',
  Article: 'ArticleCaption? ArticleTitle Paragraph+ SupplNote?',
  // the schema's choice: amendments, classes, figures then items, or items then figures and lists
  Paragraph:
    'ParagraphCaption? ParagraphNum ParagraphSentence (AmendProvision* | Class* | (TableStruct | FigStruct | StyleStruct)+ Item* | Item+ (TableStruct | FigStruct | StyleStruct | List)*)',
  ParagraphSentence: 'Sentence+',
  AmendProvision: 'AmendProvisionSentence? NewProvision*',
  AmendProvisionSentence: 'Sentence+',
  Class: 'ClassTitle? ClassSentence Item*',
  ClassSentence: 'Sentence+ | Column+ | Table',
  Item: 'ItemTitle? ItemSentence Subitem1* (TableStruct | FigStruct | StyleStruct | List)*',
  ItemSentence: 'Sentence+ | Column+ | Table',
  Column: 'Sentence+',
  SupplProvision:
    'SupplProvisionLabel (Chapter+ | Article+ | Paragraph+) SupplProvisionAppdxTable* SupplProvisionAppdxStyle* SupplProvisionAppdx*',
  SupplProvisionAppdxTable: 'SupplProvisionAppdxTableTitle RelatedArticleNum? TableStruct*',
  SupplProvisionAppdxStyle: 'SupplProvisionAppdxStyleTitle RelatedArticleNum? StyleStruct*',
  SupplProvisionAppdx: 'ArithFormulaNum? RelatedArticleNum? ArithFormula*',
  AppdxTable: 'AppdxTableTitle? RelatedArticleNum? (TableStruct | Item)* Remarks*',
  AppdxNote: 'AppdxNoteTitle? RelatedArticleNum? (NoteStruct | FigStruct | TableStruct)* Remarks?',
  AppdxStyle: 'AppdxStyleTitle? RelatedArticleNum? StyleStruct* Remarks?',
  AppdxFormat: 'AppdxFormatTitle? RelatedArticleNum? FormatStruct* Remarks?',
  Appdx: 'ArithFormulaNum? RelatedArticleNum? ArithFormula* Remarks?',
  AppdxFig: 'AppdxFigTitle? RelatedArticleNum? (FigStruct | TableStruct)*',
  TableStruct: 'TableStructTitle? Remarks* Table Remarks*',
  Table: 'TableHeaderRow* TableRow+',
  TableHeaderRow: 'TableHeaderColumn+',
  TableRow: 'TableColumn+',
  FigStruct: 'FigStructTitle? Remarks* Fig Remarks*',
  NoteStruct: 'NoteStructTitle? Remarks* Note Remarks*',
  StyleStruct: 'StyleStructTitle? Remarks* Style Remarks*',
  FormatStruct: 'FormatStructTitle? Remarks* Format Remarks*',
  Remarks: 'RemarksLabel (Item+ | Sentence+)?',
  List: 'ListSentence Sublist1*',
  ListSentence: 'Sentence+ | Column+',
  Sublist1: 'Sublist1Sentence Sublist2*',
  Sublist1Sentence: 'Sentence+ | Column+',
  Sublist2: 'Sublist2Sentence Sublist3*',
  Sublist2Sentence: 'Sentence+ | Column+',
  Sublist3: 'Sublist3Sentence',
  Sublist3Sentence: 'Sentence+ | Column+',
  Ruby: 'Rt*',
};

/** Elements holding text mixed with these inline elements. */
const INLINE = 'Line Ruby Sup Sub';
const TEXT_ELEMENTS = [
  'LawNum',
  'LawTitle',
  'EnactStatement',
  'TOCLabel',
  'TOCPreambleLabel',
  'TOCAppdxTableLabel',
  'ArticleRange',
  'PartTitle',
  'ChapterTitle',
  'SectionTitle',
  'SubsectionTitle',
  'DivisionTitle',
  'ArticleTitle',
  'ArticleCaption',
  'ParagraphCaption',
  'ParagraphNum',
  'SupplNote',
  'ClassTitle',
  'ItemTitle',
  'SupplProvisionLabel',
  'SupplProvisionAppdxTableTitle',
  'SupplProvisionAppdxStyleTitle',
  'AppdxTableTitle',
  'AppdxNoteTitle',
  'AppdxStyleTitle',
  'AppdxFormatTitle',
  'AppdxFigTitle',
  'ArithFormulaNum',
  'RelatedArticleNum',
  'TableStructTitle',
  'FigStructTitle',
  'NoteStructTitle',
  'StyleStructTitle',
  'FormatStructTitle',
  'RemarksLabel',
  'Rt',
  'Line',
  'Sup',
  'Sub',
  ...Array.from({ length: 10 }, (_, i) => `Subitem${i + 1}Title`),
];
/** Mixed content with structure of its own: any element may appear inside. */
const OPEN_ELEMENTS = new Set([
  'Sentence',
  'TableColumn',
  'TableHeaderColumn',
  'NewProvision',
  'QuoteStruct',
  'ArithFormula',
  'Fig',
  'Note',
  'Style',
  'Format',
]);

for (let n = 1; n <= 10; n++) {
  const next = n < 10 ? `Subitem${n + 1}* ` : '';
  CONTENT[`Subitem${n}`] =
    `Subitem${n}Title? Subitem${n}Sentence ${next}(TableStruct | FigStruct | StyleStruct | List)*`;
  CONTENT[`Subitem${n}Sentence`] = 'Sentence+ | Column+ | Table';
}
for (const name of TEXT_ELEMENTS) CONTENT[name] ??= `(${INLINE.split(' ').join(' | ')})*`;

/** Attributes every instance must carry, and the values some may take. */
const REQUIRED: Record<string, readonly string[]> = {
  Law: ['Era', 'Year', 'Num', 'LawType', 'Lang'],
  Part: ['Num'],
  Chapter: ['Num'],
  Section: ['Num'],
  Subsection: ['Num'],
  Division: ['Num'],
  Article: ['Num'],
  Paragraph: ['Num'],
  Item: ['Num'],
  ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Subitem${i + 1}`, ['Num']])),
};
const VALUES: Record<string, RegExp> = {
  'Law@Era': new RegExp(`^(${ERAS.map((era) => era.romaji).join('|')})$`),
  'Law@Year': /^[1-9][0-9]*$/,
  'Law@LawType': /^(Constitution|Act|CabinetOrder|ImperialOrder|MinisterialOrdinance|Rule|Misc)$/,
  'Law@Lang': /^(ja|en)$/,
  'Law@PromulgateMonth': /^(0?[1-9]|1[0-2])$/,
  'Law@PromulgateDay': /^(0?[1-9]|[12][0-9]|3[01])$/,
  'Paragraph@Num': /^[1-9][0-9]*$/,
  'Article@Num': /^[0-9]+(_[0-9]+)*(:[0-9]+(_[0-9]+)*)?$/,
  'Item@Num': /^[0-9]+(_[0-9]+)*(:[0-9]+(_[0-9]+)*)?$/,
  'Sentence@Function': /^(main|proviso)$/,
  'SupplProvision@Extract': /^(true|false)$/,
};

const COMPILED = new Map(Object.entries(CONTENT).map(([name, rule]) => [name, compile(rule)]));

/** Turn `A? (B | C)* D+` into a regular expression over `A,B,C,D,` strings. */
function compile(rule: string): RegExp {
  const source = rule
    .replace(/\s*\|\s*/g, '|')
    .replace(/\(/g, '(?:')
    .replace(/[A-Za-z][A-Za-z0-9]*/g, (name) => `(?:${name},)`)
    .replace(/\s+/g, '');
  return new RegExp(`^(?:${source})$`);
}

/** A structural violation: what is wrong, where (element path and source offset). */
interface SchemaIssue {
  /** the rule the problem breaks; an export is valid when there are none (docs/api.md) */
  rule:
    | 'unknown-element'
    | 'content-model'
    | 'unexpected-text'
    | 'missing-attribute'
    | 'invalid-attribute'
    | 'not-well-formed';
  reason: string;
  path: string;
  offset: number;
}

/**
 * Check an e-Gov law XML document against the schema's structure: the root is `Law`, every
 * element is known, children come in the order and number the schema allows, element-only
 * content holds no text, and required attributes are present with valid values.
 */
export function checkEgovXml(xml: string): SchemaIssue[] {
  const { root, problems } = parseXml(xml);
  const issues: SchemaIssue[] = problems.map((p) => ({
    rule: 'not-well-formed',
    reason: p.reason,
    path: '',
    offset: p.offset,
  }));
  if (!root)
    return [
      ...issues,
      { rule: 'content-model', reason: 'Missing root element, expected <Law>', path: '', offset: 0 },
    ];
  if (root.name !== 'Law')
    issues.push({
      rule: 'content-model',
      reason: `Unexpected root <${root.name}>, expected <Law>`,
      path: root.name,
      offset: root.start,
    });
  checkElement(root, root.name, issues);
  return issues;
}

function checkElement(element: XmlElement, path: string, issues: SchemaIssue[]): void {
  const { name } = element;
  const issue = (rule: SchemaIssue['rule'], reason: string) =>
    issues.push({ rule, reason, path, offset: element.start });
  for (const attribute of REQUIRED[name] ?? []) {
    if (element.attributes[attribute] === undefined)
      issue('missing-attribute', `Missing ${name}@${attribute}`);
  }
  for (const [attribute, value] of Object.entries(element.attributes)) {
    const pattern = VALUES[`${name}@${attribute}`];
    if (pattern && !pattern.test(value))
      issue('invalid-attribute', `Unexpected ${name}@${attribute}="${value}"`);
  }
  const children = element.children.filter((child): child is XmlElement => child.type === 'element');
  if (!OPEN_ELEMENTS.has(name)) {
    const rule = COMPILED.get(name);
    if (!rule) {
      issue('unknown-element', `Unexpected element <${name}>, expected one of the e-Gov law schema`);
      return;
    }
    const sequence = children.map((child) => `${child.name},`).join('');
    if (!rule.test(sequence)) {
      const got = children.map((child) => child.name).join(' ') || 'nothing';
      issue('content-model', `Unexpected children of <${name}>: ${got}; expected ${CONTENT[name]}`);
    }
    const mixed = TEXT_ELEMENTS.includes(name) || name === 'Ruby';
    if (!mixed && element.children.some((child) => child.type === 'text' && child.value.trim() !== ''))
      issue('unexpected-text', `Unexpected text in <${name}>, expected only elements`);
  }
  const counts = new Map<string, number>();
  for (const child of children) {
    const n = (counts.get(child.name) ?? 0) + 1;
    counts.set(child.name, n);
    checkElement(child, `${path}/${child.name}[${n}]`, issues);
  }
}
