import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { analyzeReferences } from '../analyze/index.ts';
import type { Definition } from '../analyze/types.ts';
import type { DocumentNode, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { leafText } from '../tree/walk.ts';
import type { ParsedDocument } from './documents.ts';
import type { AlignedTerm, Localized } from './topic-scheme.ts';
import { collectText } from './units.ts';

/** A term a document defines, with the clause that defines it. */
export interface TermDefinition {
  city: string;
  doc: string;
  /** the term as written: `個人情報`, `Personal Information` */
  term: string;
  /** the aligned key (`個人情報` for both of the above), see `terms` in content/topics.yaml */
  key: string;
  /** anchor of the defining paragraph, block or table */
  anchor: string;
  /** the defining text, as the document has it */
  text: string;
  /** which reading found it */
  rule: DefinitionRule;
}

/** How a definition was read. */
type DefinitionRule = 'analyze' | 'heading' | 'sentence';

/** A definition before alignment: what a reader finds in one document. */
interface FoundDefinition {
  term: string;
  anchor: string;
  text: string;
  rule: DefinitionRule;
}

/** Reads the definitions of one document tree (and of its analysis, when the content build made one). */
type DefinitionReader = (tree: DocumentNode, analyzed?: readonly Definition[]) => FoundDefinition[];

/**
 * The readers used by default, in order of preference for a term found twice in a document: the
 * reference analysis (src/lib/analyze) for ordinances and policies, then the readings of
 * explanatory pages it does not attempt.
 */
const DEFAULT_READERS: readonly DefinitionReader[] = [
  readAnalyzedDefinitions,
  readSentenceDefinitions,
  readHeadingDefinitions,
];

/** 個人情報とは / What is "Personal Information"? — headings of explanatory pages. */
const HEADING_TERM = /^(?:(.{1,20}?)とは[?？]?|What (?:is|are) ["“]?(.{1,60}?)["”]?\s*\?)$/u;
/** We define "Personal Information" as … */
const DEFINE_SENTENCE = /\bWe define ["“]([^"”]{1,60})["”] as\b/u;
/** …ものをいいます — a page block that defines the heading above it. */
const DEFINING_BLOCK = /(?:もの|こと|者)をいい(?:ます|う)|をいいます/u;

/**
 * Definitions found by `analyzeReferences`, keeping those that define a term for the whole
 * document (「実施機関」とは…をいう, rows of a 用語 | 定義 table) and leaving out abbreviations of a
 * phrase or of a law (以下「開示請求」という / 以下「番号法」という), which are not the document's
 * vocabulary. The text shown is the whole defining clause, or the table row's meaning.
 */
function readAnalyzedDefinitions(
  tree: DocumentNode,
  analyzed: readonly Definition[] = analyzeReferences(tree, new VFile({ value: leafText(tree) })).definitions,
): FoundDefinition[] {
  const wanted = analyzed.filter((definition) => definition.scope === 'document' && !definition.law);
  // one walk for all anchors: a long document has thousands of definitions
  const byId = new Map<string, Parent>();
  if (wanted.length > 0)
    visit(tree, (node) => {
      if (!isLeaf(node) && node.id && !byId.has(node.id)) byId.set(node.id, node);
    });
  return wanted.flatMap((definition): FoundDefinition[] => {
    const node = byId.get(definition.at);
    if (!node) return [];
    const text = node.type === 'table' ? (definition.meaning ?? definition.text) : collectText(node);
    return [{ term: definition.term, anchor: definition.at, text, rule: 'analyze' }];
  });
}

/** Definitions of explanatory pages: a `X とは` / `What is "X"?` heading, or a term heading over a block that says what it means. */
function readHeadingDefinitions(tree: DocumentNode): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading' || !node.id || !node.title) return;
    const title = node.title.trim();
    const match = HEADING_TERM.exec(title);
    const first = node.children.find((child): child is Parent => !isLeaf(child) && Boolean(child.text));
    const term =
      match?.[1] ??
      match?.[2] ??
      (first?.text && isTermTitle(title) && DEFINING_BLOCK.test(first.text) ? title : '');
    if (!term || !first?.text) return;
    found.push({ term, anchor: first.id ?? node.id, text: first.text.trim(), rule: 'heading' });
  });
  return found;
}

/** A heading that is a bare term: short, one word, no sentence punctuation. */
function isTermTitle(title: string): boolean {
  return title.length <= 12 && !/[\s、。,.?？]/u.test(title);
}

/** Definitions stated in a sentence: `We define "X" as …`. */
function readSentenceDefinitions(tree: DocumentNode): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  walk(tree, (node) => {
    if (!node.id || !node.text) return;
    const match = DEFINE_SENTENCE.exec(node.text);
    if (match?.[1]) found.push({ term: match[1], anchor: node.id, text: node.text.trim(), rule: 'sentence' });
  });
  return found;
}

/**
 * The definitions of a document, aligned to the keys of `terms`; a term found by two readers is
 * kept once (the first reader's reading).
 */
export function readDefinitions(
  document: ParsedDocument,
  terms: readonly AlignedTerm[] = [],
  readers: readonly DefinitionReader[] = DEFAULT_READERS,
): TermDefinition[] {
  const seen = new Set<string>();
  const out: TermDefinition[] = [];
  for (const reader of readers) {
    for (const found of reader(document.tree, document.definitions)) {
      const key = alignTerm(found.term, terms);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ city: document.city, doc: document.doc, key, ...found });
    }
  }
  return out;
}

/** The aligned key of a term as written: its `terms` entry (key or alias, case-insensitive), else the term. */
export function alignTerm(term: string, terms: readonly AlignedTerm[]): string {
  const written = term.trim();
  const lower = written.toLowerCase();
  const entry = terms.find(
    (candidate) =>
      candidate.key === written || candidate.aliases.some((alias) => alias.toLowerCase() === lower),
  );
  return entry?.key ?? written;
}

/** One term across documents: the rows of the definitions comparison. */
export interface DefinitionRow {
  key: string;
  /** name in both languages (the term itself when `terms` does not list it) */
  label: Localized;
  definitions: TermDefinition[];
}

/**
 * Every defined term across documents, side by side: terms defined by more documents first, then
 * in the order of `terms`, then by key.
 */
export function compareDefinitions(
  documents: readonly ParsedDocument[],
  terms: readonly AlignedTerm[] = [],
  readers: readonly DefinitionReader[] = DEFAULT_READERS,
): DefinitionRow[] {
  const rows = new Map<string, DefinitionRow>();
  for (const document of documents) {
    for (const definition of readDefinitions(document, terms, readers)) {
      const entry = terms.find((term) => term.key === definition.key);
      const row = rows.get(definition.key) ?? {
        key: definition.key,
        label: entry?.label ?? { ja: definition.key, en: definition.key },
        definitions: [],
      };
      row.definitions.push(definition);
      rows.set(definition.key, row);
    }
  }
  const order = (key: string) => {
    const index = terms.findIndex((term) => term.key === key);
    return index < 0 ? terms.length : index;
  };
  return [...rows.values()].sort(
    (a, b) =>
      b.definitions.length - a.definitions.length ||
      order(a.key) - order(b.key) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Every structural node of `node` outside the supplementary provisions, in document order. */
function walk(node: Parent, each: (node: Parent) => void): void {
  visit(node, (child) => {
    if (isLeaf(child)) return CONTINUE;
    if (child.type === 'supplement') return SKIP;
    each(child);
    return CONTINUE;
  });
}
