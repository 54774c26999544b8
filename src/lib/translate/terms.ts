import { appendAll } from '../arrays.ts';
import { isContainerType } from '../tree/levels.ts';
import type { DocumentNode } from '../tree/types.ts';
import type { GlossaryEntry } from './glossary.ts';
import { normalizeRendering } from './reference.ts';
import { collectUnits, type TranslationUnit } from './units.ts';

/** What makes a term glossary-worthy: a definition, an article caption, a chapter/section title, a page heading. */
type TermKind = 'defined' | 'caption' | 'title' | 'heading';

/** A term found in a document, with the unit it was found in. */
interface TermOccurrence {
  term: string;
  kind: TermKind;
  /** translation key of the unit (see {@link collectUnits}) */
  key: string;
}

/** 「X」とは…をいう; (以下/次号において)「X」という, といいます, と総称する; (以下、X といいます。) without brackets. */
const JA_DEFINITIONS = [
  /「([^「」]+)」とは/gu,
  /「([^「」]+)」と(?:いう|いい|総称)/gu,
  /[（(]以下、?([^「」、。()（）\s]{1,20})と(?:いう|いい)/gu,
];
/** We define "X" as …, "X" means …. */
const EN_DEFINITIONS = [
  /\bdefines? ["\u201c]([^"\u201d]+)["\u201d] as\b/giu,
  /["\u201c]([^"\u201d]+)["\u201d] (?:means|refers to)\b/giu,
];
/** Header cells of a definition table (用語 | 定義). */
const TERM_HEADERS = new Set(['用語', '語句', 'Term']);

/**
 * The terms a glossary must render for a document, in document order: every defined term (by the
 * patterns above and the first column of a 用語/定義 table), every article or supplementary
 * paragraph caption, every chapter/section title and every page heading. Terms are given as the
 * source writes them (English for an English source).
 */
export function collectTerms(tree: DocumentNode): TermOccurrence[] {
  const units = collectUnits(tree);
  const found: TermOccurrence[] = [];
  const patterns = tree.lang === 'ja' ? JA_DEFINITIONS : EN_DEFINITIONS;
  for (const unit of units) {
    if (unit.field === 'caption') found.push({ term: unit.source, kind: 'caption', key: unit.key });
    // titles of the structural containers (編/章/節/款/目)
    else if (unit.field === 'title' && isContainerType(unit.type))
      found.push({ term: unit.source, kind: 'title', key: unit.key });
    else if (unit.field === 'title' && unit.type === 'heading')
      found.push({ term: unit.source, kind: 'heading', key: unit.key });
    else if (unit.field === 'text' && unit.type !== 'cell') {
      for (const pattern of patterns) {
        for (const [, term = ''] of unit.source.matchAll(pattern))
          found.push({ term, kind: 'defined', key: unit.key });
      }
    }
  }
  appendAll(found, tableTerms(units));
  return found;
}

/** First-column cells of tables whose first row is headed 用語 (term). */
function tableTerms(units: readonly TranslationUnit[]): TermOccurrence[] {
  const cells = units.filter((unit) => unit.type === 'cell');
  const tables = new Set(
    cells
      .filter((cell) => cell.key === `${cell.anchor}-r1-c1` && TERM_HEADERS.has(cell.source))
      .map((cell) => cell.anchor),
  );
  return cells
    .filter((cell) => tables.has(cell.anchor) && /-r(?!1-)\d+-c1$/.test(cell.key))
    .map((cell) => ({ term: cell.source, kind: 'defined' as const, key: cell.key }));
}

/**
 * Terms of a document ({@link collectTerms}) that the glossary does not render: for a Japanese
 * source, terms without an entry of that `ja`; for an English source, terms that no entry has as
 * its `en` (compared by {@link normalizeRendering}).
 */
export function findUnrenderedTerms(tree: DocumentNode, entries: readonly GlossaryEntry[]): TermOccurrence[] {
  const rendered =
    tree.lang === 'ja'
      ? new Set(entries.filter((entry) => entry.en.trim()).map((entry) => entry.ja))
      : new Set(entries.filter((entry) => entry.ja.trim()).map((entry) => normalizeRendering(entry.en)));
  return collectTerms(tree).filter(
    (occurrence) => !rendered.has(tree.lang === 'ja' ? occurrence.term : normalizeRendering(occurrence.term)),
  );
}
