import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { Citation } from '../analyze/backlinks.ts';
import type { Definition, TermRef } from '../analyze/types.ts';
import type { Localized } from '../emit/manifest.ts';
import { headingLevels } from '../emit/to-mdast.ts';
import type { GeneratedRefs } from '../generated/index.ts';
import type { Lang } from '../i18n/index.ts';
import type { UnitTranslation } from '../translate/status.ts';
import { DOCUMENT_TITLE_KEY } from '../translate/units.ts';
import { CONTAINER_TYPES } from '../tree/levels.ts';
import type { DocumentNode, Parent, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { citedNumber } from './cited-number.ts';
import { type CitationStep, citationSteps, citeEnglish, citeJapanese, englishLabel } from './labels.ts';

/** How a document page shows its text: the original, the translation, or both side by side. */
type View = 'orig' | 'trans' | 'both';
/** The views, in the order the view control offers them. */
export const VIEWS: readonly View[] = ['orig', 'trans', 'both'];

/**
 * Everything the MDX components of a document page need to know, set by the page as
 * `Astro.locals.doc` before the text renders.
 */
export interface DocContext {
  /** language of the page (its interface, citations and previews) */
  lang: Lang;
  /** language of the source text */
  sourceLang: Lang;
  /** language the translation is in (the other one) */
  transLang: Lang;
  city: string;
  doc: string;
  /** the document's title in both languages */
  title: Localized;
  /** true when the page carries a translation beside the original */
  bilingual: boolean;
  /** the view the page opens with */
  view: View;
  /** units by anchor */
  nodes: Map<string, Parent>;
  /** ancestors of each anchored unit, from the root's first child down to the unit itself */
  paths: Map<string, Parent[]>;
  /** anchors of the units shown side by side with their translation (see {@link collectRows}) */
  rows: Set<string>;
  /** the heading level each anchored unit's heading takes */
  levels: Map<string, number>;
  /** translation state by key (`art-26-p1`, `art-26#caption`, `#title` …) */
  translation: Map<string, UnitTranslation>;
  /** places that cite each anchor */
  citedBy: Record<string, Citation[]>;
  /** the internal targets of the references of each unit (by the anchor of the unit holding them) */
  cites: Map<string, Set<string>>;
  /** definitions in the order of the analysis */
  definitions: Definition[];
  /** uses of defined terms, in order (`at`: the unit holding the use) */
  termRefs: TermRef[];
  /** the address of the document page, absolute (citations carry it) */
  url: string;
  /** English renderings of Japanese terms (the glossary) */
  glossary: ReadonlyMap<string, string>;
  /**
   * the promulgation date (ISO) and number the document prints under its title, and the number a
   * pasted citation gives it (with its year and issuer: 平成18年日向市条例第57号, {@link citedNumber})
   */
  enactment: { iso?: string; number?: string; cited?: Localized };
  /** rows none of whose text the team has translated (see {@link collectUntranslatedRows}) */
  untranslatedRows: Set<string>;
  /** an official translation into the translation's language, published elsewhere: linked, never copied */
  official?: { url: string; name: Localized };
}

/** Units shown side by side with their translation when they are not inside such a unit. */
const ROW_TYPES: ReadonlySet<ParentType> = new Set([
  'article',
  'paragraph',
  'item',
  'subitem',
  'block',
  'list',
  'table',
  'preamble',
  'contact',
  'appendix',
  'toc',
]);

/**
 * The units that carry a translation beside them: every article whole, and outside articles the
 * smallest blocks of text (supplementary paragraphs, page blocks, lists, tables, contact blocks,
 * preambles, the printed contents). Containers (chapters, sections, supplements, page headings)
 * are not rows: their heading line is ({@link isHeadRow}).
 */
export function collectRows(tree: DocumentNode): Set<string> {
  const rows = new Set<string>();
  visit(tree, (node) => {
    if (node === tree) return CONTINUE;
    if (isLeaf(node) || node.type === 'metadata' || node.type === 'chrome') return SKIP;
    if (!ROW_TYPES.has(node.type) || !node.id) return CONTINUE;
    rows.add(node.id);
    return SKIP;
  });
  return rows;
}

/** Containers whose heading line is shown beside its translation. */
const HEADED_CONTAINERS: ReadonlySet<ParentType> = new Set([...CONTAINER_TYPES, 'supplement', 'heading']);

/** True when the heading line of unit `of` is a row of its own (a chapter's, not an article's caption). */
export function isHeadRow(context: DocContext, of: string | undefined): boolean {
  const node = of ? context.nodes.get(of) : undefined;
  return node !== undefined && HEADED_CONTAINERS.has(node.type);
}

/** Units by anchor, and the path from the top to each. */
export function indexTree(tree: DocumentNode): { nodes: Map<string, Parent>; paths: Map<string, Parent[]> } {
  const nodes = new Map<string, Parent>();
  const paths = new Map<string, Parent[]>();
  visitParents(tree, (node, parents) => {
    if (isLeaf(node) || node === tree || !node.id || nodes.has(node.id)) return;
    nodes.set(node.id, node);
    // the path leaves out the document itself
    paths.set(node.id, [...parents.slice(1), node]);
  });
  return { nodes, paths };
}

/** What the page is built from. */
interface DocContextInput {
  lang: Lang;
  city: string;
  doc: string;
  title: Localized;
  tree: DocumentNode;
  refs: GeneratedRefs;
  /** translation states of the document's units ({@link translationStatus}), empty without a translation */
  units: readonly UnitTranslation[];
  glossary: ReadonlyMap<string, string>;
  /** the absolute address of the document page (default: the site-relative path) */
  url?: string;
  /** the document's official translation, from its metadata */
  officialTranslation?: { lang: Lang; url: string; name: Localized } | undefined;
  /** the municipality that issued the document, named in the number a citation gives it */
  issuer?: Localized | undefined;
}

/** Build the context of a document page. */
export function createDocContext(input: DocContextInput): DocContext {
  const { lang, tree } = input;
  const sourceLang = tree.lang;
  const transLang: Lang = sourceLang === 'ja' ? 'en' : 'ja';
  const bilingual = input.units.some((unit) => unit.status !== 'missing');
  const { nodes, paths } = indexTree(tree);
  const rows = collectRows(tree);
  const official = input.officialTranslation;
  return {
    lang,
    sourceLang,
    transLang,
    city: input.city,
    doc: input.doc,
    title: input.title,
    bilingual,
    view: defaultView(lang, sourceLang, bilingual),
    nodes,
    paths,
    rows,
    levels: headingLevels(tree),
    translation: new Map(input.units.map((unit) => [unit.key, unit])),
    citedBy: input.refs.citedBy,
    cites: citesOf(input.refs),
    definitions: input.refs.definitions,
    termRefs: input.refs.termRefs ?? [],
    url: input.url ?? `/${lang}/${input.city}/${input.doc}/`,
    glossary: input.glossary,
    enactment: {
      ...(tree.promulgatedIso ? { iso: tree.promulgatedIso } : {}),
      ...(tree.number
        ? {
            number: tree.number,
            cited: {
              ja: citedNumber(
                { printed: tree.number, promulgated: tree.promulgated, issuer: input.issuer },
                'ja',
              ),
              en: citedNumber(
                { printed: tree.number, promulgated: tree.promulgated, issuer: input.issuer },
                'en',
              ),
            },
          }
        : {}),
    },
    untranslatedRows: collectUntranslatedRows(rows, paths, input.units),
    ...(official && official.lang === transLang
      ? { official: { url: official.url, name: official.name } }
      : {}),
  };
}

/**
 * The rows (see {@link collectRows}) whose own text the team has not translated at all: every
 * text unit in them (paragraphs, items, cells …) is missing, though their heading may be
 * translated. Such a row is shown as the original under one "not yet translated" note (with the
 * official translation's link), instead of a flag on each of its units.
 */
export function collectUntranslatedRows(
  rows: ReadonlySet<string>,
  paths: ReadonlyMap<string, Parent[]>,
  units: readonly UnitTranslation[],
): Set<string> {
  const translated = new Set<string>();
  const missing = new Set<string>();
  for (const unit of units) {
    if (unit.field !== 'text') continue;
    const row = paths.get(unit.anchor)?.find((step) => step.id !== undefined && rows.has(step.id))?.id;
    if (!row) continue;
    (unit.status === 'missing' ? missing : translated).add(row);
  }
  return new Set([...missing].filter((row) => !translated.has(row)));
}

/** The internal targets of the references of each unit, by the unit that holds them. */
function citesOf(refs: GeneratedRefs): Map<string, Set<string>> {
  const cites = new Map<string, Set<string>>();
  for (const reference of refs.references) {
    if (reference.targets.length === 0) continue;
    let set = cites.get(reference.from);
    if (!set) {
      set = new Set();
      cites.set(reference.from, set);
    }
    for (const target of reference.targets) set.add(target);
  }
  return cites;
}

/**
 * The view a page opens with: a text in the page's language alone; a text in the other language
 * beside its translation into the page's language.
 */
export function defaultView(lang: Lang, sourceLang: Lang, bilingual: boolean): View {
  return !bilingual || lang === sourceLang ? 'orig' : 'both';
}

/** The translated text of a key when it is translated (stale included), else undefined. */
function translatedText(context: DocContext, key: string): string | undefined {
  return context.translation.get(key)?.translation;
}

/** The English label of a sub-item, by how deep it sits under its item. */
export function labelIn(context: DocContext, node: Parent): string | undefined {
  if (context.transLang !== 'en') return node.label?.trim();
  const path = node.id ? context.paths.get(node.id) : undefined;
  const depth = path ? path.filter((step) => step.type === 'subitem').length : 1;
  return englishLabel(node, depth);
}

/**
 * The heading of a unit in the translation: "Article 26 (Due Date of Decisions on Disclosure)",
 * "Chapter II Protection of Personal Information by Implementing Agencies", "Supplementary
 * Provisions (Ordinance No. 24 of October 1, 2007)", a page heading's translated title.
 */
export function translatedHeading(context: DocContext, node: Parent): string | undefined {
  const id = node.id ?? '';
  const english = context.transLang === 'en';
  const label = english ? englishLabel(node) : node.label?.trim();
  switch (node.type) {
    case 'article': {
      const caption = translatedText(context, `${id}#caption`);
      if (!label) return caption;
      return caption ? `${label} (${caption})` : label;
    }
    case 'supplement': {
      const amendment = translatedText(context, `${id}#amendment`) ?? node.amendment;
      if (!english) return node.label?.trim();
      return amendment ? `${label} (${amendment})` : label;
    }
    case 'heading':
      return translatedText(context, `${id}#title`) ?? node.title;
    default: {
      const title = translatedText(context, `${id}#title`) ?? node.title;
      return [label, title].filter(Boolean).join(english ? ' ' : '　') || undefined;
    }
  }
}

/**
 * The pieces of a unit's heading in the translation: a label made from its number ("Article 26",
 * "Chapter II", "Supplementary Provisions"; the printed one when translating into Japanese) and
 * the key of its translated caption, title or amendment label (in parentheses for articles and
 * supplements).
 */
export function headingParts(
  context: DocContext,
  node: Parent,
): { label?: string; key?: string; parenthesized: boolean } {
  const id = node.id ?? '';
  const english = context.transLang === 'en';
  const field = node.type === 'article' ? 'caption' : node.type === 'supplement' ? 'amendment' : 'title';
  const key = context.translation.has(`${id}#${field}`) ? `${id}#${field}` : undefined;
  if (node.type === 'heading') return { ...(key ? { key } : {}), parenthesized: false };
  const label = english ? englishLabel(node) : node.label?.trim();
  // The printed 附 則(平成19年…) already holds its amendment.
  const withKey = node.type === 'supplement' && !english ? undefined : key;
  return {
    ...(label ? { label } : {}),
    ...(withKey ? { key: withKey } : {}),
    parenthesized: node.type === 'article' || node.type === 'supplement',
  };
}

/** The document title in the page's language (the translation's `#title` for a text in the other language). */
function titleIn(context: DocContext, lang: Lang): string {
  if (lang === context.sourceLang) return context.title[lang];
  return translatedText(context, DOCUMENT_TITLE_KEY) ?? context.title[lang];
}

/** The steps to cite a unit (empty when it is not inside an article or supplementary provision). */
function stepsOf(context: DocContext, anchor: string): CitationStep[] {
  const path = context.paths.get(anchor);
  return path ? citationSteps(path) : [];
}

/**
 * How a unit is cited in `lang`, with the document's title: 日向市個人情報保護条例第26条第1項 /
 * "Hyuga City Personal Information Protection Ordinance, Art. 26(1)". Page sections are cited by
 * their heading. Undefined for units with nothing to cite by.
 */
export function citationOf(
  context: DocContext,
  anchor: string,
  lang: Lang = context.lang,
): string | undefined {
  const local = localCitation(context, anchor, lang);
  if (!local) return undefined;
  const title = titleIn(context, lang);
  return lang === 'ja' ? `${title}${local}` : `${title}, ${local}`;
}

/**
 * A citation to paste elsewhere: the document's title and number, the provision, and the address
 * of the provision on this site.
 * 日向市個人情報保護条例(平成18年日向市条例第57号)第26条第1項 https://…/#art-26-p1;
 * Hyuga City Personal Information Protection Ordinance (Hyuga City Ordinance No. 57 of 2006), Art. 26(1),
 * https://…/#art-26-p1.
 */
export function referenceOf(
  context: DocContext,
  anchor: string,
  lang: Lang = context.lang,
): string | undefined {
  const local = localCitation(context, anchor, lang);
  if (!local) return undefined;
  const title = titleIn(context, lang);
  const number = context.enactment.cited?.[lang];
  const address = `${context.url}#${anchor}`;
  return lang === 'ja'
    ? `${title}${number ? `(${number})` : ''}${local} ${address}`
    : `${title}${number ? ` (${number})` : ''}, ${local}, ${address}`;
}

/** A unit's citation without the document title: 第26条第1項 / Art. 26(1) / 「収集の制限」. */
export function localCitation(
  context: DocContext,
  anchor: string,
  lang: Lang = context.lang,
): string | undefined {
  const steps = stepsOf(context, anchor);
  if (steps.length > 0) {
    return lang === 'ja'
      ? citeJapanese(steps)
      : citeEnglish(steps, (supplement) =>
          context.sourceLang === 'ja' ? translatedText(context, `${supplement.id}#amendment`) : undefined,
        );
  }
  const node = context.nodes.get(anchor);
  if (node?.type !== 'heading') return undefined;
  const title = lang === context.sourceLang ? node.title : translatedText(context, `${anchor}#title`);
  if (!title) return undefined;
  return lang === 'ja' ? `「${title}」` : `“${title}”`;
}
