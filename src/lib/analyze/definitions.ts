import { glosses, parenthesised, quoted } from './definition-forms.ts';
import { ITEM_DEFINITIONS, items, tableRows } from './definition-lists.ts';
import type { FoundDefinition } from './definition-model.ts';
import { named } from './definition-named.ts';
import type { LawMention, LawRegistry } from './laws.ts';
import { normalizeForMatching } from './normalize.ts';
import type { Structure, TextUnit } from './structure.ts';

export { type FoundDefinition, type ScopeSpec, termKey } from './definition-model.ts';

/**
 * Finds the definitions of a document: 「X」とは…をいう, (以下「X」という。), X(…をいう。以下同じ。),
 * …を X という,
 * definition items (一 法令 法律…をいう) and definition tables (用語 | 定義). Abbreviations of laws
 * are registered with the registry so that 番号法第19条 reads as that law's article.
 */
export function findDefinitions(
  st: Structure,
  mentions: Map<TextUnit, LawMention[]>,
  registry: LawRegistry,
): FoundDefinition[] {
  const out: FoundDefinition[] = [];
  const unitOf = st.unitOf;
  for (const unit of st.units) {
    const found = mentions.get(unit) ?? [];
    const s = unit.norm.text;
    // most units define nothing: look for the words every form needs before reading any
    if (s.includes('とは')) quoted(unit, found, out);
    if (s.includes('以下') || s.includes('において「') || s.includes('(「') || s.includes('(これを'))
      parenthesised(unit, found, registry, out);
    if (s.includes('をい')) glosses(unit, out);
    if (s.includes('とい') || s.includes('と総称') || s.includes('と称')) named(unit, out);
    if (unit.node.type === 'paragraph' && ITEM_DEFINITIONS.test(unit.norm.text))
      items(unit, unitOf, mentions, out);
  }
  for (const table of st.tables) tableRows(st, table, unitOf, mentions, out);
  out.sort((a, b) => a.start - b.start);
  for (const d of out) if (d.law) registry.addName(normalizeForMatching(d.term).text, d.law);
  return out;
}
