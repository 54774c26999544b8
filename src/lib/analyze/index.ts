import type { VFile } from 'vfile';
import { ERA_NAME_PATTERN } from '../text/era.ts';
import { type LawNumber, parseLawNumber } from '../text/law-number.ts';
import { type DocumentNode, is } from '../tree/types.ts';
import { leafText } from '../tree/walk.ts';
import { findDefinitions } from './definitions.ts';
import { Reporter } from './diagnostics.ts';
import { findLawMentions, type LawInfo, type LawMention, LawRegistry } from './laws.ts';
import { normalizeForMatching } from './normalize.ts';
import { trimMentionToGap } from './printed-gap.ts';
import { ReferencePass } from './references.ts';
import { Resolver } from './resolve.ts';
import { scopeDefinitions } from './scope.ts';
import { indexStructure, type TextUnit } from './structure.ts';
import { findTermUses } from './terms.ts';
import type { RefsResult } from './types.ts';

export { type Citation, citedBy, enclosingAnchors } from './backlinks.ts';
export type { Definition, ExternalTarget, Reference, RefsResult, TermRef } from './types.ts';

/** An era year after normalisation: 平成18年. */
const ERA_YEAR = new RegExp(`(?:${ERA_NAME_PATTERN})\\d+年`);

/**
 * The document's own law number: the era year of its promulgation and its number (平成18年9月22日 +
 * 条例第57号), or the enactment line of a national law (平成十五年法律第五十七号).
 */
function ownNumber(tree: DocumentNode): LawNumber | undefined {
  const enactment = tree.children.find((c) => is(c, 'enactment'));
  const printed = [tree.promulgated ?? '', tree.number ?? '', enactment ? leafText(enactment) : ''].join(' ');
  const s = normalizeForMatching(printed).text;
  const year = ERA_YEAR.exec(s)?.[0];
  const number = /(?:法律|政令|[^\d年月日]*(?:条例|規則))第\d+号/.exec(s)?.[0];
  return year && number ? parseLawNumber(`${year}${number}`) : undefined;
}

/** 土地改良法施行規則 → 土地改良法 (法) and 土地改良法施行令 (令); …に関する法律施行令 → …に関する法律. */
const IMPLEMENTING = /^(.+法律?)施行(令|規則|細則)$/;

/**
 * An order or rule implementing a law calls it 法 (and a rule its order 令) without defining the
 * word, as e-Gov's 施行令 and 施行規則 do: 法第3条 there is the parent law's article, never this
 * text's. A definition the text does give (以下「法」という。) stays first.
 */
function nameParentLaws(title: string, registry: LawRegistry): void {
  const m = IMPLEMENTING.exec(title);
  if (!m) return;
  const parent = (name: string, kind: LawInfo['kind']): LawInfo =>
    registry.lookupBefore(name, name.length)?.law ?? { title: name, lawNum: null, lawId: null, kind };
  if (!registry.has('法')) registry.addName('法', parent(m[1]!, 'act'));
  if (m[2] !== '令' && !registry.has('令')) registry.addName('令', parent(`${m[1]}施行令`, 'cabinet-order'));
}

/**
 * Definitions, term uses and cross-references of a parsed document (docs/refs.md).
 *
 * Passes, each its own module: index the tree (structure) → find laws cited with their number
 * (laws) → find definitions as written (definitions) → read pointer chains and resolve them
 * against the tree or another law (pointers, resolve, references) → resolve definition scopes
 * from the references that state them (scope) → find term uses with one trie (terms).
 * Problems become messages on `file` (`dangling-reference`, `unresolved-reference`,
 * `ambiguous-reference`); nothing throws.
 */
export function analyzeReferences(tree: DocumentNode, file: VFile): RefsResult {
  const source = String(file.value ?? '');
  const st = indexStructure(tree, source);
  const registry = new LawRegistry(
    tree.title ? normalizeForMatching(tree.title).text : undefined,
    ownNumber(tree),
  );
  const mentions = new Map<TextUnit, LawMention[]>();
  for (const unit of st.units) {
    const found = findLawMentions(unit.norm.text);
    for (const m of found) {
      trimMentionToGap(unit, m);
      m.law = registry.intern(m.law);
      if (m.law.title) registry.addName(m.law.title, m.law);
      if (m.alias) registry.addName(m.alias.term, m.law);
    }
    mentions.set(unit, found);
  }
  const found = findDefinitions(st, mentions, registry);
  if (tree.title) nameParentLaws(normalizeForMatching(tree.title).text, registry);
  const reporter = new Reporter(file, source);
  const refs = new ReferencePass(st, registry, new Resolver(st), reporter).run(mentions);
  const scoped = scopeDefinitions(found, refs, st);
  const termRefs = findTermUses(st, scoped);
  return {
    references: refs.map(({ text, from, start, end, targets, external, resolved }) => ({
      text,
      from,
      start,
      end,
      targets,
      external,
      resolved,
    })),
    definitions: scoped.map((d) => d.definition),
    termRefs,
  };
}
