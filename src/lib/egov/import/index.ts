import type { VFile } from 'vfile';
import { appendAll } from '../../arrays.ts';
import { eraOfRomaji, gregorianYear, printedEraYear } from '../../text/era.ts';
import { type LawAttributes, lawIdOf, readLawNumber } from '../../text/law-number.ts';
import type { DocumentNode, Parent } from '../../tree/types.ts';
import { childElement, childElements, parseXml, type XmlElement } from '../xml.ts';
import { ImportContext } from './context.ts';
import { findLawRoot } from './envelope.ts';
import { inlineText } from './flatten.ts';
import { readBlock, readItem, readParagraph, readTableStruct, readUnits, stripParentheses } from './units.ts';

/** Appendix elements (別表, 別記, 様式 …), read as headings with their content. */
const APPENDICES: ReadonlySet<string> = new Set([
  'AppdxTable',
  'AppdxNote',
  'AppdxStyle',
  'AppdxFormat',
  'Appdx',
  'AppdxFig',
  'SupplProvisionAppdxTable',
  'SupplProvisionAppdxStyle',
  'SupplProvisionAppdx',
]);
const TOC_ENTRIES = new Set([
  'TOCPreambleLabel',
  'TOCPart',
  'TOCChapter',
  'TOCSection',
  'TOCSubsection',
  'TOCDivision',
  'TOCArticle',
  'TOCSupplProvision',
  'TOCAppdxTableLabel',
]);

/**
 * Read an e-Gov standard law XML source (`file.value`) into the document tree, with the anchors
 * the parser gives (art-11_2, art-26-p2, art-8-p2-i6, ch-3-sec-1, suppl-1-art-2 …), `text` on every
 * unit and `position` on every node and leaf pointing at the XML element it was read from. Leaves
 * hold the printed text (not the markup): their concatenation is the law as plain text, and no
 * sentence of the XML is left out. The document's `data` keeps the Law attributes (`egov: 'Law'`,
 * `lawId`, `lawNum`, `era`, `year`, `num`, `lawType` …) so the law can be written back as XML.
 * Problems are messages on `file` (`invalid-xml`, `unexpected-element`); a source without a
 * `<Law>` root gets a fatal `not-egov-xml` message and an empty document.
 */
export function importEgovXml(file: VFile, options: { lang?: 'ja' | 'en' } = {}): DocumentNode {
  const source = String(file.value ?? '');
  const { root: element, problems } = parseXml(source);
  const { law: root, envelope } = findLawRoot(element);
  const lang =
    root?.attributes.Lang === 'en' ? 'en' : element?.attributes.Lang === 'ja' ? 'ja' : (options.lang ?? 'ja');
  const ctx = new ImportContext(source, file, lang);
  for (const problem of problems)
    ctx.warn(`Unexpected XML: ${problem.reason}`, 'invalid-xml', problem.offset);
  const doc: DocumentNode = { type: 'document', style: 'law', lang, children: [] };
  if (!root) {
    const failed =
      envelope?.code && envelope.code !== '0'
        ? ` (the API answered ${envelope.code}${envelope.message ? `: ${envelope.message}` : ''})`
        : '';
    const reason = envelope
      ? `Missing <Law> in the e-Gov API envelope${failed}, expected DataRoot/ApplData/LawFullText/Law`
      : `Unexpected ${element ? `<${element.name}>` : 'empty document'}, expected an e-Gov law XML with a <Law> root`;
    const message = file.message(reason, { ruleId: 'not-egov-xml', source: 'reiki-egov' });
    message.fatal = true;
    return doc;
  }
  doc.position = ctx.position(root);
  readLawAttributes(doc, root);
  if (envelope)
    doc.data = { ...doc.data, envelope: 'DataRoot', ...(envelope.lawId ? { lawId: envelope.lawId } : {}) };
  const body = childElement(root, 'LawBody');
  const lawNum = childElement(root, 'LawNum');
  const lawNumNode = lawNum
    ? ctx.node<Parent>(
        {
          type: 'enactment',
          text: inlineText(lawNum),
          children: [ctx.textLeaf('text', lawNum), ctx.lineBreak()],
        },
        lawNum,
      )
    : undefined;
  if (!body) {
    ctx.warn('Missing <LawBody>, expected the body of the law', 'invalid-xml', root);
    if (lawNumNode) doc.children.push(lawNumNode);
    return doc;
  }
  if (!childElement(body, 'LawTitle') && lawNumNode) doc.children.push(lawNumNode);
  let supplements = 0;
  const appendixCounts = new Map<string, number>();
  for (const element of childElements(body)) {
    switch (element.name) {
      case 'LawTitle':
        doc.title = inlineText(element).trim();
        doc.children.push(
          ctx.node<Parent>(
            {
              type: 'title',
              title: doc.title,
              text: doc.title,
              children: [ctx.textLeaf('text', element), ctx.lineBreak()],
            },
            element,
          ),
        );
        if (lawNumNode) doc.children.push(lawNumNode);
        break;
      case 'EnactStatement': {
        const node = ctx.node<Parent>(
          { type: 'enactment', data: { egov: 'EnactStatement' }, text: inlineText(element), children: [] },
          element,
        );
        node.children.push(ctx.textLeaf('text', element), ctx.lineBreak());
        doc.children.push(node);
        break;
      }
      case 'TOC':
        doc.children.push(readToc(ctx, element));
        break;
      case 'Preamble':
        childElements(element, 'Paragraph').forEach((paragraph, index) => {
          const node = readParagraph(ctx, paragraph, 'preamble-p');
          node.type = 'preamble';
          node.id = index === 0 ? 'preamble' : `preamble-${index + 1}`;
          doc.children.push(node);
        });
        break;
      case 'MainProvision':
        appendAll(doc.children, readUnits(ctx, childElements(element), { articles: '', parent: '' }));
        break;
      case 'SupplProvision':
        doc.children.push(readSupplement(ctx, element, ++supplements, appendixCounts));
        break;
      default:
        if (APPENDICES.has(element.name)) doc.children.push(readAppendix(ctx, element, '', appendixCounts));
        else {
          ctx.warn(
            `Unexpected <${element.name}> in <LawBody>, kept its text as a block`,
            'unexpected-element',
            element,
            'info',
          );
          doc.children.push(readBlock(ctx, element, `body-b${doc.children.length + 1}`));
        }
    }
  }
  return doc;
}

/** Title, number, promulgation date and the Law attributes, from `<Law>` and `<LawNum>`. */
function readLawAttributes(doc: DocumentNode, root: XmlElement): void {
  const { Era, Year, Num, LawType, PromulgateMonth, PromulgateDay } = root.attributes;
  const lawNumElement = childElement(root, 'LawNum');
  const lawNum = lawNumElement ? inlineText(lawNumElement).trim() : undefined;
  const number: LawAttributes = {
    ...(Era ? { era: Era } : {}),
    ...(Year ? { year: Year } : {}),
    ...(Num ? { num: Num } : {}),
    ...(LawType ? { lawType: LawType } : {}),
  };
  const parsed = lawNum ? readLawNumber(lawNum) : undefined;
  if (parsed?.number) doc.number = parsed.number;
  const data: Record<string, string> = { egov: 'Law' };
  const lawId = lawIdOf(number);
  if (lawId) data.lawId = lawId;
  if (lawNum) data.lawNum = lawNum;
  for (const [key, value] of Object.entries(root.attributes)) {
    if (key !== 'Lang') data[key.charAt(0).toLowerCase() + key.slice(1)] = value;
  }
  const title = childElement(childElement(root, 'LawBody') ?? root, 'LawTitle');
  for (const key of ['Kana', 'Abbrev', 'AbbrevKana'] as const) {
    const value = title?.attributes[key];
    if (value) data[key.charAt(0).toLowerCase() + key.slice(1)] = value;
  }
  doc.data = data;
  const era = eraOfRomaji(Era ?? '');
  if (era && Year && PromulgateMonth && PromulgateDay) {
    const year = gregorianYear(era, Number(Year));
    const month = Number(PromulgateMonth);
    const day = Number(PromulgateDay);
    doc.promulgatedIso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    doc.promulgated = `${era.name}${printedEraYear(Number(Year))}年${month}月${day}日`;
  }
}

/** A supplement (附則): its label with the amending law's number, then its provisions. */
function readSupplement(
  ctx: ImportContext,
  element: XmlElement,
  k: number,
  appendixCounts: Map<string, number>,
): Parent {
  const id = `suppl-${k}`;
  const node = ctx.node<Parent>({ type: 'supplement', id, num: String(k), children: [] }, element);
  const label = childElement(element, 'SupplProvisionLabel');
  const amend = element.attributes.AmendLawNum;
  const extract = element.attributes.Extract === 'true';
  if (label) {
    node.label = inlineText(label).trim();
    node.children.push(ctx.textLeaf('marker', label));
  }
  if (amend || extract) {
    const printed = `${amend ? `（${amend}）` : ''}${extract ? `${ctx.separator}抄` : ''}`;
    node.children.push(ctx.leaf('text', printed, label ?? element));
    node.amendment = `${amend ?? ''}${extract ? '抄' : ''}`;
  }
  node.children.push(ctx.lineBreak());
  const units = childElements(element).filter((child) => !APPENDICES.has(child.name));
  appendAll(node.children, readUnits(ctx, units, { articles: `${id}-`, parent: id }));
  for (const child of childElements(element)) {
    if (APPENDICES.has(child.name)) node.children.push(readAppendix(ctx, child, `${id}-`, appendixCounts));
  }
  return node;
}

/**
 * An appendix (別表第一, 別記, 様式 …) as the parser reads one: `appx-N` in document order, `label`
 * as printed, `title` the related articles without parentheses, then its tables, items and
 * remarks. `data.egov` says which element it was, so it is written back as one.
 */
function readAppendix(
  ctx: ImportContext,
  element: XmlElement,
  prefix: string,
  counts: Map<string, number>,
): Parent {
  const n = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, n);
  const id = `${prefix}appx-${n}`;
  const node = ctx.node<Parent>(
    { type: 'appendix', id, num: String(n), data: { egov: element.name }, children: [] },
    element,
  );
  const title = childElements(element).find(
    (child) => child.name.endsWith('Title') || child.name === 'ArithFormulaNum',
  );
  const related = childElement(element, 'RelatedArticleNum');
  if (title) {
    node.label = inlineText(title).trim();
    node.children.push(ctx.textLeaf('marker', title));
  }
  if (related) {
    node.children.push(ctx.textLeaf('text', related));
    node.title = stripParentheses(inlineText(related));
  }
  node.children.push(ctx.lineBreak());
  let tables = 0;
  let blocks = 0;
  for (const child of childElements(element)) {
    if (child === title || child === related) continue;
    if (child.name === 'TableStruct')
      appendAll(node.children, readTableStruct(ctx, child, `${id}-t${++tables}`));
    else if (child.name === 'Item') node.children.push(readItem(ctx, child, id, 0));
    else node.children.push(readBlock(ctx, child, `${id}-b${++blocks}`));
  }
  return node;
}

/** The table of contents: one entry per chapter, section …, supplement and appendix label. */
function readToc(ctx: ImportContext, element: XmlElement): Parent {
  const toc = ctx.node<Parent>({ type: 'toc', id: 'toc', children: [] }, element);
  const label = childElement(element, 'TOCLabel');
  if (label) toc.children.push(ctx.textLeaf('marker', label), ctx.lineBreak());
  const visit = (entry: XmlElement) => {
    const parts = childElements(entry).filter((child) => !TOC_ENTRIES.has(child.name));
    const node = ctx.node<Parent>({ type: 'tocEntry', children: [] }, entry);
    const lines = parts.length > 0 ? parts : [entry];
    const texts = lines.map((part) => inlineText(part));
    lines.forEach((part) => {
      node.children.push(ctx.textLeaf('text', part));
    });
    node.children.push(ctx.lineBreak());
    node.text = texts.join('');
    const heading = (texts[0] ?? '').trim();
    const labelMatch = /^(第[^\s\u3000]+?[編章節款目条](?:の[^\s\u3000]+?)*)[\s\u3000]*(.*)$/.exec(heading);
    if (entry.name === 'TOCArticle') {
      node.label = heading;
      const caption = childElement(entry, 'ArticleCaption');
      if (caption)
        node.title = inlineText(caption)
          .trim()
          .replace(/^[（(](.*)[）)]$/, '$1');
    } else if (labelMatch) {
      node.label = labelMatch[1]!;
      if (labelMatch[2]) node.title = labelMatch[2];
    } else node.label = heading;
    toc.children.push(node);
    for (const child of childElements(entry)) if (TOC_ENTRIES.has(child.name)) visit(child);
  };
  for (const child of childElements(element)) if (TOC_ENTRIES.has(child.name)) visit(child);
  return toc;
}
