import { appendAll } from '../../arrays.ts';
import { eraOf, printedEraYear } from '../../text/era.ts';
import { readLawNumber } from '../../text/law-number.ts';
import { CONTAINER_LEVELS, containerLevelOf, isContainerType } from '../../tree/levels.ts';
import type { DocumentKind, DocumentNode, Parent } from '../../tree/types.ts';
import { isLeaf } from '../../tree/types.ts';
import { el, serializeXml, type XmlOut } from '../xml.ts';
import { headingText, ownText, parents, pushWritten, textLines, UnitWriter } from './units.ts';

/** What the metadata knows that the tree may not: used for the Law attributes and LawTitle. */
interface EgovExportMeta {
  title?: string | undefined;
  kind?: DocumentKind | undefined;
  number?: string | undefined;
  /** ISO dates */
  promulgated?: string | undefined;
  enforced?: string | undefined;
  updated?: string | undefined;
  /** ISO date the exported version's text stood at (its as-of date), when the others are unknown */
  asOf?: string | undefined;
}

const MAIN_UNITS = new Set(['part', 'chapter', 'section', 'subsection', 'division', 'article', 'paragraph']);
/** Top-level nodes that are not body text. */
const SKIPPED = new Set([
  'title',
  'enactment',
  'toc',
  'metadata',
  'history',
  'chrome',
  'supplement',
  'appendix',
]);

/**
 * Write a document tree as e-Gov standard law XML (see docs/api.md for the mapping):
 * Law/LawNum/LawBody with LawTitle, TOC (rebuilt from the structure), Preamble, MainProvision
 * (Part/Chapter/Section/Subsection/Division/Article/Paragraph/Item/Subitem1…), SupplProvision
 * and AppdxTable/AppdxNote/AppdxStyle/AppdxFormat. Documents without articles (policies, pages)
 * become a MainProvision of Paragraphs: a heading is the ParagraphCaption of the text under it,
 * lists become Items. Page furniture and reiki trailers (metadata, history) are left out.
 */
export function toEgovXml(tree: DocumentNode, meta: EgovExportMeta = {}): string {
  return serializeXml(buildEgovLaw(tree, meta));
}

/** The `<Law>` element of {@link toEgovXml}, before serialization. */
function buildEgovLaw(tree: DocumentNode, meta: EgovExportMeta = {}): XmlOut {
  const writer = new UnitWriter(tree.lang);
  const body = el('LawBody');
  const title = tree.title ?? meta.title;
  const data = tree.data ?? {};
  // the schema requires LawTitle: a text without a title (none printed, no metadata) gets an empty one
  body.children!.push(
    el('LawTitle', { Kana: data.kana, Abbrev: data.abbrev, AbbrevKana: data.abbrevKana }, title ?? ''),
  );
  for (const node of parents(tree)) {
    if (node.type === 'enactment' && node.data?.egov === 'EnactStatement')
      body.children!.push(el('EnactStatement', {}, ownText(node)));
  }
  const toc = parents(tree).find((node) => node.type === 'toc');
  if (toc) body.children!.push(buildToc(tree, toc));

  const top = parents(tree).filter((node) => !SKIPPED.has(node.type));
  const structured = top.some((node) => MAIN_UNITS.has(node.type) && node.type !== 'paragraph');
  const main = el('MainProvision');
  const preamble = el('Preamble');
  if (structured) {
    let seenUnit = false;
    const counters = new Map<string, number>();
    const next = (type: string) => {
      const n = counters.get(type) ?? 0;
      counters.set(type, n + 1);
      return n;
    };
    for (const node of top) {
      if (isContainerType(node.type)) pushWritten(main, writer.container(node, next(node.type)));
      else if (node.type === 'article') main.children!.push(writer.article(node, next('article')));
      else if (!seenUnit) {
        appendAll(preamble.children!, textParagraphs(writer, [node], preamble.children!.length));
        continue;
      } else writer.orphan(node);
      seenUnit = true;
    }
    normalizeMain(main);
  } else {
    appendAll(main.children!, textParagraphs(writer, top, 0));
  }
  if (writer.hasPending() || main.children!.length === 0) {
    // Lists with no paragraph after them, or a document without any text: a paragraph holds them.
    const holder = writer.paragraph({ type: 'paragraph', text: '', children: [] }, main.children!.length);
    if (main.children!.every((child) => typeof child !== 'string' && child.name === 'Paragraph'))
      main.children!.push(holder);
    else preamble.children!.push(holder);
  }
  if (preamble.children!.length > 0) body.children!.push(preamble);
  body.children!.push(main);

  let supplements = 0;
  for (const node of parents(tree))
    if (node.type === 'supplement') body.children!.push(buildSupplement(writer, node, supplements++));
  const appendices = parents(tree).filter((node) => node.type === 'appendix');
  for (const supplement of parents(tree).filter((node) => node.type === 'supplement'))
    appendAll(
      appendices,
      parents(supplement).filter((node) => node.type === 'appendix'),
    );
  const order = ['AppdxTable', 'AppdxNote', 'AppdxStyle', 'AppdxFormat'];
  const built = appendices.map((node) => buildAppendix(writer, node));
  built.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  appendAll(body.children!, built);
  writer.finish();

  return el('Law', lawAttributes(tree, meta), el('LawNum', {}, lawNumText(tree, meta)), body);
}

/** Text units as paragraphs: a heading captions the text under it, lists become items. */
function textParagraphs(writer: UnitWriter, nodes: Parent[], start: number): XmlOut[] {
  const out: XmlOut[] = [];
  const visit = (node: Parent, caption?: string): void => {
    if (node.type === 'heading' || node.type === 'contact') {
      const title = node.title ?? headingText(node);
      const children = parents(node);
      const first = children[0];
      const own = ownText(node) === title ? '' : node.type === 'contact' ? '' : ownText(node);
      if (first && (first.type === 'block' || first.type === 'preamble') && own === '') {
        out.push(writer.paragraph(first, start + out.length, title || undefined));
        for (const child of children.slice(1)) visit(child);
      } else {
        const holder: Parent = {
          type: 'paragraph',
          text: own,
          children: children.filter((c) => c.type === 'list' || c.type === 'table'),
        };
        out.push(writer.paragraph(holder, start + out.length, title || undefined));
        for (const child of children) if (child.type !== 'list' && child.type !== 'table') visit(child);
      }
      return;
    }
    if (node.type === 'list' || node.type === 'table') {
      out.push(
        writer.paragraph({ type: 'paragraph', text: '', children: [node] }, start + out.length, caption),
      );
      return;
    }
    if (MAIN_UNITS.has(node.type) && node.type !== 'paragraph') {
      for (const line of textLines(node))
        out.push(writer.paragraph({ type: 'paragraph', text: line, children: [] }, start + out.length));
      return;
    }
    out.push(writer.paragraph(node, start + out.length, caption));
  };
  for (const node of nodes) visit(node);
  return out;
}

/** Container elements from the widest to the narrowest. */
const CONTAINER_RANK = CONTAINER_LEVELS.map((level) => level.egov.element);

/**
 * MainProvision holds one kind of unit: anything narrower than its widest container (articles
 * after chapters, a section printed before the first chapter) is wrapped in the container before
 * it, or in the next one when none precedes it.
 */
function normalizeMain(main: XmlOut): void {
  normalizeUnits(main, 0);
}

/** Wraps narrower units into the widest container kind among `parent`'s children, at every depth. */
function normalizeUnits(parent: XmlOut, heading: number): void {
  const all = parent.children!.filter((child): child is XmlOut => typeof child !== 'string');
  const head = all.slice(0, heading);
  const children = all.slice(heading);
  const names = new Set(children.map((child) => child.name));
  const widest = names.size > 1 ? CONTAINER_RANK.find((name) => names.has(name)) : undefined;
  if (widest) {
    const rebuilt: XmlOut[] = [];
    let loose: XmlOut[] = [];
    for (const child of children) {
      if (child.name !== widest) {
        const last = rebuilt.at(-1);
        if (last) last.children!.push(child);
        else loose.push(child);
      } else {
        if (loose.length > 0) {
          child.children!.splice(1, 0, ...loose);
          loose = [];
        }
        rebuilt.push(child);
      }
    }
    parent.children = [...head, ...rebuilt];
  }
  for (const child of parent.children as XmlOut[]) {
    if (typeof child !== 'string' && CONTAINER_RANK.includes(child.name)) normalizeUnits(child, 1);
  }
}

/** SupplProvision: label, amending law number (AmendLawNum, Extract for 抄), then its provisions. */
function buildSupplement(writer: UnitWriter, node: Parent, index: number): XmlOut {
  const amendment = node.amendment?.trim().replace(/^[（(](.*)[）)]$/, '$1');
  const extract = amendment?.endsWith('抄') ?? false;
  const amendLawNum = extract ? amendment!.slice(0, -1).trim() : amendment;
  const out = el('SupplProvision', {
    AmendLawNum: amendLawNum || undefined,
    Extract: extract ? 'true' : undefined,
  });
  out.children!.push(el('SupplProvisionLabel', {}, node.label?.trim() || '附則'));
  const units = parents(node).filter((child) => child.type !== 'appendix');
  const hasArticles = units.some((child) => child.type === 'article' || child.type === 'chapter');
  let count = 0;
  if (hasArticles) {
    for (const child of units) {
      if (child.type === 'article') out.children!.push(writer.article(child, count++));
      else if (child.type === 'chapter') pushWritten(out, writer.container(child, count++));
      else writer.orphan(child);
    }
  } else {
    for (const child of units) {
      if (child.type === 'paragraph') out.children!.push(writer.paragraph(child, count++));
      else writer.orphan(child);
    }
  }
  if (out.children!.length === 1) {
    const text = bodyText(node);
    out.children!.push(writer.paragraph({ type: 'paragraph', num: '1', text, children: [] }, 0));
  }
  void index;
  return out;
}

/** An appendix as AppdxTable (別表), AppdxNote (別記), AppdxStyle (様式) or AppdxFormat. */
function buildAppendix(writer: UnitWriter, node: Parent): XmlOut {
  const given = node.data?.egov?.replace(/^SupplProvision/, '');
  const label = node.label?.trim() ?? '';
  const name =
    given && ['AppdxTable', 'AppdxNote', 'AppdxStyle', 'AppdxFormat'].includes(given)
      ? given
      : label.startsWith('様式')
        ? 'AppdxStyle'
        : label.startsWith('別記')
          ? 'AppdxNote'
          : 'AppdxTable';
  const out = el(name, {});
  if (label) out.children!.push(el(`${name}Title`, {}, label));
  if (node.title) out.children!.push(el('RelatedArticleNum', {}, `（${node.title}）`));
  const content: XmlOut[] = [];
  const remarks: XmlOut[] = [];
  let items = 0;
  for (const child of parents(node)) {
    if (child.type === 'table') appendAll(content, writer.table(child));
    else if (name === 'AppdxTable' && (child.type === 'item' || child.type === 'subitem'))
      content.push(writer.item(child, 0, items++));
    else {
      const label = child.type === 'block' ? child.label?.trim() : undefined;
      const lines =
        child.type === 'block' && child.text !== undefined ? child.text.split('\n') : textLines(child);
      if (label && lines[0]?.startsWith(label)) lines[0] = lines[0].slice(label.length).trim();
      const sentences = lines.filter((line) => line !== '').flatMap((line) => writer.sentences(line));
      if (sentences.length === 0) continue;
      if (name === 'AppdxTable')
        remarks.push(el('Remarks', {}, el('RemarksLabel', {}, ...(label ? [label] : [])), ...sentences));
      else {
        const struct = name.replace(/^Appdx/, '');
        content.push(el(`${struct}Struct`, {}, el(struct, {}, ...sentences)));
      }
    }
  }
  out.children!.push(...content, ...remarks);
  return out;
}

/** The table of contents, rebuilt from the structure so it always matches the body. */
function buildToc(tree: DocumentNode, toc: Parent): XmlOut {
  const label = toc.children.find((child) => isLeaf(child) && child.type === 'marker');
  const out = el('TOC', {}, el('TOCLabel', {}, label && isLeaf(label) ? label.value.trim() : '目次'));
  const entry = (node: Parent, index: number): XmlOut | undefined => {
    const level = containerLevelOf(node.type);
    if (!level) return undefined;
    const children = parents(node);
    const articles = children.filter((child) => child.type === 'article');
    const range = articleRange(articles.map((article) => article.label?.trim() ?? ''));
    const out = el(level.egov.toc, {
      Num: node.num && /^[0-9_]+$/.test(node.num) ? node.num : String(index + 1),
    });
    out.children!.push(el(level.egov.title, {}, headingText(node)));
    if (range) out.children!.push(el('ArticleRange', {}, range));
    let n = 0;
    for (const child of children) {
      const inner = entry(child, n);
      if (inner) {
        out.children!.push(inner);
        n++;
      }
    }
    return out;
  };
  let n = 0;
  for (const node of parents(tree)) {
    const built = entry(node, n);
    if (built) {
      out.children!.push(built);
      n++;
    }
  }
  if (n === 0) {
    for (const article of parents(tree).filter((node) => node.type === 'article')) {
      const tocArticle = el(
        'TOCArticle',
        { Num: article.num ?? String(n + 1) },
        el('ArticleTitle', {}, article.label?.trim() ?? ''),
      );
      if (article.caption) tocArticle.children!.push(el('ArticleCaption', {}, `（${article.caption}）`));
      out.children!.push(tocArticle);
      n++;
    }
  }
  if (parents(tree).some((node) => node.type === 'supplement'))
    out.children!.push(el('TOCSupplProvision', {}, el('SupplProvisionLabel', {}, '附則')));
  return out;
}

/** （第一条―第三条）, （第四十一条・第四十二条）, （第七条）. */
function articleRange(labels: string[]): string | undefined {
  const printed = labels.filter((label) => label !== '');
  if (printed.length === 0) return undefined;
  if (printed.length === 1) return `（${printed[0]}）`;
  if (printed.length === 2) return `（${printed[0]}・${printed[1]}）`;
  return `（${printed[0]}―${printed.at(-1)}）`;
}

/** The text of a supplement after its heading line. */
function bodyText(node: Parent): string {
  const leaves = node.children.filter(isLeaf);
  const firstBreak = leaves.findIndex((leaf) => leaf.type === 'break' && /[\r\n]/.test(leaf.value));
  return leaves
    .slice(firstBreak + 1)
    .filter((leaf) => leaf.type === 'text')
    .map((leaf) => leaf.value)
    .join('')
    .trim();
}

/**
 * The schema requires `Law@Num`, `@Era` and `@Year`, which a page or policy may not have. Without a
 * number, `Num` is 1 and `LawNum` stays empty (the empty `LawNum` says "no number"); without any
 * date, `Era`/`Year` are those of this placeholder and `PromulgateMonth`/`PromulgateDay` are left
 * out (docs/api.md).
 */
const NO_NUMBER = '1';
const UNKNOWN_DATE = '2019-05-01';

/**
 * Law attributes: kept from an imported law; otherwise read from the number and dates (Era and
 * Year from the promulgation date, else the enforcement or update date; LawType from the kind of
 * number: 法律 Act, 政令 CabinetOrder, 府令/省令 MinisterialOrdinance, 規則 Rule, anything else Misc).
 */
function lawAttributes(tree: DocumentNode, meta: EgovExportMeta): Record<string, string | undefined> {
  const data = tree.data;
  if (data?.egov === 'Law') {
    return {
      Era: data.era,
      Year: data.year,
      Num: data.num,
      PromulgateMonth: data.promulgateMonth,
      PromulgateDay: data.promulgateDay,
      LawType: data.lawType,
      Lang: tree.lang,
    };
  }
  const promulgated = tree.promulgatedIso ?? meta.promulgated;
  const date = promulgated ?? meta.enforced ?? meta.updated ?? meta.asOf ?? UNKNOWN_DATE;
  const era = eraOf(date);
  const number = tree.number ?? meta.number;
  const printed = number ? readLawNumber(`令和元年${number}`) : undefined;
  return {
    Era: era?.era.romaji ?? 'Reiwa',
    Year: String(era?.year ?? 1),
    Num: printed?.num !== undefined ? String(printed.num).padStart(3, '0') : NO_NUMBER,
    PromulgateMonth: promulgated ? promulgated.slice(5, 7) : undefined,
    PromulgateDay: promulgated ? promulgated.slice(8, 10) : undefined,
    LawType: printed?.lawType === 'Constitution' ? 'Misc' : (printed?.lawType ?? 'Misc'),
    Lang: tree.lang,
  };
}

/** LawNum: kept from an imported law; otherwise the era year and the number (平成18年条例第57号). */
function lawNumText(tree: DocumentNode, meta: EgovExportMeta): string {
  if (tree.data?.lawNum) return tree.data.lawNum;
  const number = tree.number ?? meta.number;
  const date = tree.promulgatedIso ?? meta.promulgated;
  const era = date ? eraOf(date) : undefined;
  if (!number) return '';
  return era ? `${era.era.name}${printedEraYear(era.year)}年${number}` : number;
}
