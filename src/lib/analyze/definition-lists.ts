import type { Parent } from '../tree/types.ts';
import { childrenOfType as childrenOf } from '../tree/walk.ts';
import { type FoundDefinition, leadingScope, type ScopeSpec } from './definition-model.ts';
import type { LawMention } from './laws.ts';
import { withoutParentheticals } from './parentheticals.ts';
import { type Structure, sourceSpan, type TextUnit } from './structure.ts';

/** Definitions laid out as lists: definition items (一 法令 法律…をいう) and 用語 | 定義 tables. */

/** A paragraph announcing definition items. */
export const ITEM_DEFINITIONS = /(?:次の各号|次|各号)に掲げる用語の意義|用語の意義は/;
const TABLE_HEAD = /^(?:用語|語句|用語名)$/;
const TABLE_MEANING = /^(?:定義|意味|意義|説明|内容)$/;

/**
 * An item's term, a space, and its text. The term may list nouns with 、 (高齢者、障害者等: バリアフリー法),
 * each ending in a kanji or katakana, never in kana as a clause's words before a 、 do.
 */
const ITEM_TERM =
  /^([^\s、。()「」]{1,30}(?:(?<=[^\u3041-\u309f])、[^\s、。()「」]{1,30}){0,3})[ \u3000]+(\S[\s\S]*)$/;

/** 次の各号に掲げる用語の意義は…: each item is a term, a space, and what it means. */
export function items(
  paragraph: TextUnit,
  unitOf: Map<Parent, TextUnit>,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const scope = leadingScope(paragraph, 0, paragraph.norm.text.search(ITEM_DEFINITIONS));
  for (const item of childrenOf(paragraph.node, 'item')) {
    const unit = unitOf.get(item);
    if (!unit) continue;
    const m = ITEM_TERM.exec(unit.view.text);
    if (!m || m[1]!.length > 30) continue;
    const meaningAt = unit.view.text.length - m[2]!.length;
    fromView(unit, unit.from, m[1]!.length, meaningAt, scope, mentions, out);
  }
}

/** A table whose head reads 用語 | 定義: each row defines the term in its first cell. */
export function tableRows(
  st: Structure,
  table: Parent,
  unitOf: Map<Parent, TextUnit>,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const rows = childrenOf(table, 'row');
  const head = childrenOf(rows[0] ?? table, 'cell').map((c) => (c.text ?? '').trim());
  if (head.length < 2 || !TABLE_HEAD.test(head[0]!) || !TABLE_MEANING.test(head[1]!)) return;
  let holder = st.parent.get(table);
  while (holder && !unitOf.has(holder)) holder = st.parent.get(holder);
  const holderUnit = holder ? unitOf.get(holder) : undefined;
  const scope: ScopeSpec = holderUnit
    ? leadingScope(holderUnit, 0, holderUnit.norm.text.length)
    : { kind: 'document' };
  for (const row of rows.slice(1)) {
    const [termCell, meaningCell] = childrenOf(row, 'cell').map((c) => unitOf.get(c));
    if (!termCell || !meaningCell || termCell.view.text.length > 30) continue;
    const meaning = meaningCell.view.text;
    const law = (mentions.get(meaningCell) ?? []).find(
      (x) => x.nameStart === 0 && x.parenEnd >= meaningCell.norm.text.length - 1,
    )?.law;
    const termSpan = sourceSpan(termCell, 0, termCell.norm.text.length);
    const meaningSpan = sourceSpan(meaningCell, 0, meaningCell.norm.text.length);
    out.push({
      unit: termCell,
      at: table.id ?? termCell.from,
      term: termCell.view.text,
      termStart: termSpan.start,
      termEnd: termSpan.end,
      text: `${termCell.view.text} ${meaning}`,
      start: termSpan.start,
      end: meaningSpan.end,
      meaning,
      scope: law ? { kind: 'document' } : scope,
      ...(law ? { law } : {}),
    });
  }
}

/** A definition whose term and meaning are view offsets of one unit (definition items). */
function fromView(
  unit: TextUnit,
  at: string,
  termLength: number,
  meaningAt: number,
  scope: ScopeSpec,
  mentions: Map<TextUnit, LawMention[]>,
  out: FoundDefinition[],
): void {
  const o = unit.view.origin;
  const meaning = glossed(unit.view.text.slice(meaningAt));
  const nMeaning = unit.norm.origin.findIndex((v: number) => v >= meaningAt);
  // 法　個人情報の保護に関する法律(平成15年法律第57号)をいう: the item abbreviates that law; 道路管理者
  // 道路法(…)第18条第1項に規定する道路管理者 names a thing the law speaks of, not the law
  const law = (mentions.get(unit) ?? []).find(
    (x) => x.nameStart === nMeaning && unit.norm.text.startsWith('をい', x.parenEnd),
  )?.law;
  out.push({
    unit,
    at,
    term: unit.view.text.slice(0, termLength),
    termStart: o[0]!,
    termEnd: o[termLength - 1]! + 1,
    text: unit.view.text,
    start: o[0]!,
    end: o[unit.view.text.length - 1]! + 1,
    meaning,
    scope: law ? { kind: 'document' } : scope,
    ...(law ? { law } : {}),
  });
}

/**
 * What an item's text says its term is: up to its をいう, also when a proviso (…をいう。ただし、…を除く。)
 * or an inclusion (…をいい、…を含む。) follows; the whole text when it has no をいう. Shown, as every
 * meaning is, without the parentheticals nested in it.
 */
function glossed(text: string): string {
  const plain = withoutParentheticals(text);
  const gloss = /をい(?:う。?$|う。ただし|い、)/.exec(plain);
  return gloss ? plain.slice(0, gloss.index) : plain;
}
